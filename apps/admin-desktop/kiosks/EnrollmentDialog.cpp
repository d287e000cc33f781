#include "kiosks/EnrollmentDialog.h"

#include "core/domain/QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

EnrollmentDialog::EnrollmentDialog(const QString& kioskName, const QString& enrollment, const QString& server,
                                   QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)), m_qr(new QLabel(this))
{
    setObjectName(QStringLiteral("enrollmentDialog"));
    setWindowTitle(tr("Enroll the kiosk “%1”").arg(kioskName));

    auto* warning = new QLabel(tr("<b>This code is the kiosk's password.</b> It is shown only now. Anyone who has it "
                                  "can sign in as this kiosk: do not send it by email or chat, and do not keep it. If "
                                  "it is lost or someone else saw it, give the kiosk a new password."),
                               this);
    warning->setObjectName(QStringLiteral("enrollmentWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("background: #fdf1dc; color: #5c3b00; border: 1px solid #e8c27a;"
                                          " padding: 10px 12px; border-radius: 4px;"));

    auto* how = new QLabel(tr("On the kiosk, at “Set up this kiosk”, paste this code into “Enrollment code”, or scan "
                              "the QR code into that field with a barcode scanner. No password is typed by hand."),
                           this);
    how->setWordWrap(true);

    auto* serverLabel =
        new QLabel(tr("The kiosk will connect to %1, the server you are signed in to.").arg(server), this);
    serverLabel->setObjectName(QStringLiteral("enrollmentServer"));
    serverLabel->setWordWrap(true);
    serverLabel->setStyleSheet(QStringLiteral("color: #5b6675;"));

    m_qr->setObjectName(QStringLiteral("enrollmentQr"));
    const QImage qr = qrCodeImage(enrollment, 4);
    m_qr->setPixmap(QPixmap::fromImage(qr));
    m_qr->setFixedSize(qr.size());
    m_qr->setAccessibleName(tr("QR code of the enrollment code"));

    m_text->setObjectName(QStringLiteral("enrollmentText"));
    m_text->setReadOnly(true);
    m_text->setPlainText(enrollment);
    m_text->setWordWrapMode(QTextOption::WrapAnywhere);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Enrollment code"));
    m_text->setLayoutDirection(Qt::LeftToRight); // a code, read left to right in every language
    m_text->setMinimumWidth(320);

    auto* codeRow = new QHBoxLayout;
    codeRow->setSpacing(16);
    codeRow->addWidget(m_qr, 0, Qt::AlignTop);
    codeRow->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("Copy code"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyEnrollmentButton"));
    copy->setToolTip(tr("Copies the code to paste it on the kiosk. Closing this window clears it from the clipboard."));
    auto* close = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("doneButton"));
    close->setDefault(true);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(warning);
    layout->addWidget(how);
    layout->addLayout(codeRow);
    layout->addWidget(serverLabel);
    layout->addWidget(buttons);
}

EnrollmentDialog::~EnrollmentDialog()
{
    forget();
}

QString EnrollmentDialog::enrollmentText() const
{
    return m_text->toPlainText();
}

void EnrollmentDialog::done(int result)
{
    forget();
    QDialog::done(result);
}

void EnrollmentDialog::forget()
{
    const QString code = m_text->toPlainText();
    if (!code.isEmpty() && QApplication::clipboard()->text() == code)
        QApplication::clipboard()->clear();
    m_text->clear();
    m_qr->clear();
}

} // namespace Elect

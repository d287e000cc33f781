#include "organizations/RejectOrganizationDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

RejectOrganizationDialog::RejectOrganizationDialog(const QString& organizationName, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_count(new QLabel(this)), m_reject(nullptr)
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject %1").arg(organizationName));
    auto* intro = new QLabel(tr("Why is %1 turned down? The owner reads this in an email and when signing in, "
                                "so say what they could change.")
                                 .arg(organizationName),
                             this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the registration names no real club; send the club's "
                                    "registration number and register again."));
    m_reason->setAccessibleName(tr("Reason for the rejection"));
    m_reason->setMinimumSize(460, 120);
    m_count->setObjectName(QStringLiteral("reasonCount"));
    m_count->setStyleSheet(QStringLiteral("color: #5b6675;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reject = buttons->addButton(tr("Reject organization"), QDialogButtonBox::AcceptRole);
    m_reject->setObjectName(QStringLiteral("confirmRejectButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectOrganizationDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    updateState();
    m_reason->setFocus();
}

QString RejectOrganizationDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RejectOrganizationDialog::updateState()
{
    const int length = int(reason().size());
    m_reject->setEnabled(length > 0 && length <= kMaxReason);
    if (length == 0)
        m_count->setText(tr("A reason is required."));
    else if (length > kMaxReason)
        m_count->setText(tr("%1 characters: shorten it to %2 at most.")
                             .arg(QLocale().toString(length), QLocale().toString(kMaxReason)));
    else
        m_count->setText(tr("%1 of %2 characters").arg(QLocale().toString(length), QLocale().toString(kMaxReason)));
}

} // namespace Elect

#include "signin/ServiceDialog.h"

#include "shell/MessageBanner.h"
#include "signin/ServiceAddress.h"

#include "core/connection/WhenReady.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace Elect {

ServiceDialog::ServiceDialog(const QString& title, const QString& intro, const QUrl& service, QWidget* parent)
    : QDialog(parent), m_network(new QNetworkAccessManager(this)), m_bodyBox(new QWidget(this)),
      m_body(new QVBoxLayout(m_bodyBox)), m_formBox(new QWidget(this)), m_form(new QFormLayout(m_formBox)),
      m_service(new QLineEdit(m_formBox)), m_banner(new MessageBanner(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(title);
    setMinimumWidth(520);
    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("introLabel"));
    introLabel->setWordWrap(true);
    introLabel->setStyleSheet(QStringLiteral("color: #5b6675;"));

    m_form->setContentsMargins(0, 0, 0, 0);
    m_body->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_service->setText(service.toString());
    m_service->setToolTip(tr("The address of the Elect service (elect serve) that registers organizations and "
                             "sends the emails. Your IT staff or the platform's operator can tell you."));

    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_progress->setObjectName(QStringLiteral("busyBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->hide();

    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(introLabel);
    layout->addSpacing(6);
    layout->addWidget(m_formBox);
    layout->addWidget(m_bodyBox);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
}

QPushButton* ServiceDialog::setMainButton(const QString& text, const QString& objectName,
                                          const QList<QWidget*>& tabOrder)
{
    // The service's address goes last: people rarely change it.
    m_form->addRow(tr("Elect ser&vice:"), m_service);
    m_main = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    m_main->setObjectName(objectName);
    m_main->setDefault(true);
    m_mainText = text;
    connect(m_main, &QPushButton::clicked, this, [this] { submit(); });
    QList<QWidget*> chain = tabOrder;
    chain << m_service << m_main << m_buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    return m_main;
}

bool ServiceDialog::event(QEvent* event)
{
    const bool handled = QDialog::event(event);
    // A message or a step's rows appeared: grow to show all of it. The window's minimum size does not do it,
    // because the wrapped texts make the layout's height depend on its width.
    if (event->type() == QEvent::LayoutRequest && layout() && isVisible()) {
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalMinimumSize().height();
        if (needed > height())
            resize(width(), needed);
    }
    return handled;
}

void ServiceDialog::setMainButtonText(const QString& text)
{
    m_mainText = text;
    if (m_main && !m_busy)
        m_main->setText(text);
}

QString ServiceDialog::messageText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

bool ServiceDialog::messageIsError() const
{
    return m_banner->isVisible() && m_banner->isError();
}

QUrl ServiceDialog::serviceAddress() const
{
    return QUrl::fromUserInput(m_service->text().trimmed());
}

void ServiceDialog::setServiceAddress(const QUrl& url)
{
    m_service->setText(url.toString());
}

bool ServiceDialog::checkServiceAddress()
{
    const QUrl url = serviceAddress();
    const bool loopback = url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    if (url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && loopback)))
        return true;
    m_banner->showError(tr("The Elect service's address must start with https:// (http:// only for this computer), "
                           "such as https://elect.example.org. Ask your IT staff for it."));
    m_service->setFocus();
    m_service->selectAll();
    return false;
}

void ServiceDialog::send(const std::function<QFuture<RegistrationClient::Answer>(RegistrationClient&)>& request,
                         const QString& busyText, std::function<void(const RegistrationClient::Answer&)> done)
{
    if (m_busy || !checkServiceAddress())
        return;
    m_banner->clearMessage();
    setBusy(true, busyText);
    RegistrationClient client(m_network, serviceAddress());
    whenReady(request(client), this, [this, done = std::move(done)](const RegistrationClient::Answer& answer) {
        setBusy(false);
        // A service that answered is the one to use next time.
        if (answer.status != 0)
            rememberRegistrationService(serviceAddress());
        done(answer);
    });
}

void ServiceDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_formBox->setEnabled(!busy);
    m_bodyBox->setEnabled(!busy);
    if (m_main) {
        m_main->setEnabled(!busy);
        m_main->setText(busy ? text : m_mainText);
        m_main->setMinimumWidth(std::max(m_main->minimumWidth(), m_main->sizeHint().width()));
    }
}

QString ServiceDialog::cleanCode(const QString& typed)
{
    QString code = typed;
    // "Code: ABCD-…" pasted with its label.
    const qsizetype colon = code.lastIndexOf(u':');
    if (colon >= 0)
        code = code.mid(colon + 1);
    static const QRegularExpression ends(QStringLiteral("^[\\s\\-\"'“”«».,;]+|[\\s\\-\"'“”«».,;]+$"));
    return code.remove(ends);
}

} // namespace Elect

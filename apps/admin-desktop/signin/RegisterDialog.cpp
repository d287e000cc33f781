#include "signin/RegisterDialog.h"

#include "shell/AdminLog.h"
#include "shell/MessageBanner.h"
#include "signin/PasswordMeter.h"

#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace Elect {

namespace {
void fillCountries(QComboBox* combo)
{
    QList<QPair<QString, QString>> countries;
    for (int t = int(QLocale::Afghanistan); t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter())
            countries.append({QLocale::territoryToString(territory), code});
    }
    QCollator collator;
    std::sort(countries.begin(), countries.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, code] : countries)
        combo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    // The person's own country first guess, Egypt (the seed's) otherwise.
    QString mine = QLocale::territoryToCode(QLocale::system().territory());
    int index = combo->findData(mine);
    if (index < 0)
        index = combo->findData(QStringLiteral("EG"));
    combo->setCurrentIndex(std::max(0, index));
}
} // namespace

RegisterDialog::RegisterDialog(const QUrl& service, const QString& email, QWidget* parent)
    : ServiceDialog(tr("Register an organization"),
                    tr("Register your organization to run its elections with Elect. We email you a code to "
                       "confirm your address; then the platform's team reviews the organization, and you can "
                       "sign in once it is accepted."),
                    service, parent),
      m_organization(new QLineEdit(this)), m_country(new QComboBox(this)), m_firstName(new QLineEdit(this)),
      m_lastName(new QLineEdit(this)), m_email(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_meter(new PasswordMeter(this))
{
    setObjectName(QStringLiteral("registerDialog"));
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("Nile Rowing Club"));
    m_organization->setMaxLength(200);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    fillCountries(m_country);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_firstName->setMaxLength(100);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_lastName->setMaxLength(100);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_email->setMaxLength(254);
    m_email->setText(email);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_meter->setObjectName(QStringLiteral("passwordMeter"));

    form()->addRow(tr("&Organization:"), m_organization);
    form()->addRow(tr("Co&untry:"), m_country);
    form()->addRow(tr("&First name:"), m_firstName);
    form()->addRow(tr("&Last name:"), m_lastName);
    form()->addRow(tr("&Email:"), m_email);
    form()->addRow(tr("&Password:"), m_password);
    form()->addRow(QString(), m_meter);
    form()->addRow(tr("&Repeat password:"), m_confirm);
    setMainButton(tr("Register"), QStringLiteral("registerButton"),
                  {m_organization, m_country, m_firstName, m_lastName, m_email, m_password, m_confirm});

    for (QLineEdit* e : {m_organization, m_firstName, m_lastName, m_email, m_password})
        connect(e, &QLineEdit::textChanged, this, &RegisterDialog::updateMeter);
    m_organization->setFocus();
}

QStringList RegisterDialog::userInputs() const
{
    return {m_organization->text(), m_firstName->text(), m_lastName->text(), m_email->text()};
}

void RegisterDialog::updateMeter()
{
    m_meter->setPassword(m_password->text(), userInputs());
}

void RegisterDialog::submit()
{
    if (isBusy())
        return;
    const auto refuse = [this](QLineEdit* field, const QString& message) {
        banner()->showError(message);
        field->setFocus();
        field->selectAll();
    };
    if (m_organization->text().trimmed().size() < 2)
        return refuse(m_organization, tr("Enter your organization's name, as its members know it."));
    for (QLineEdit* name : {m_firstName, m_lastName})
        if (name->text().trimmed().isEmpty())
            return refuse(name, tr("Enter your first and last name."));
    const QString email = m_email->text().trimmed();
    if (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@'))
        return refuse(m_email, tr("Enter your email address, such as name@example.org. The code goes there."));
    updateMeter();
    if (!m_meter->acceptable())
        return refuse(m_password, tr("Choose a stronger password: the advice under it says how."));
    if (m_confirm->text() != m_password->text())
        return refuse(m_confirm, tr("The two passwords differ. Type the same password twice."));

    RegistrationClient::Registration r;
    r.email = email;
    r.password = m_password->text();
    r.firstName = m_firstName->text().trimmed();
    r.lastName = m_lastName->text().trimmed();
    r.organizationName = m_organization->text().trimmed();
    r.country = m_country->currentData().toString();
    send([r](RegistrationClient& client) { return client.registerOrganization(r); }, tr("Registering…"),
         [this, email](const RegistrationClient::Answer& answer) {
             if (answer.ok()) {
                 qCInfo(lcAdmin) << "registration sent";
                 m_password->clear();
                 m_confirm->clear();
                 Q_EMIT registered(email, serviceAddress());
                 accept();
                 return;
             }
             banner()->showError(answer.outcome == RegistrationClient::Answer::Outcome::WeakPassword &&
                                         !answer.warning.isEmpty()
                                     ? answer.message + u' ' + answer.warning
                                     : answer.message);
             if (answer.key == QLatin1String("password_weak"))
                 m_password->setFocus();
             else if (answer.key == QLatin1String("organization_name_taken") ||
                      answer.key == QLatin1String("organization_name_invalid"))
                 m_organization->setFocus();
             else if (answer.key == QLatin1String("email_invalid"))
                 m_email->setFocus();
             else if (answer.key == QLatin1String("name_missing"))
                 m_firstName->setFocus();
         });
}

} // namespace Elect

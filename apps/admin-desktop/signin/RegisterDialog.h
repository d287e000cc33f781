#pragma once

#include "signin/ServiceDialog.h"

class QComboBox;
class QLineEdit;

namespace Elect {

class PasswordMeter;

/// Registers an organization through `elect serve`'s registration API: the organization's name and country,
/// the owner's name, email and password (twice, with a strength meter). The service checks the password's
/// strength again, where no client can skip it. On success the service emails a code; registered() hands
/// the email on to the verification step.
class RegisterDialog : public ServiceDialog
{
    Q_OBJECT

public:
    RegisterDialog(const QUrl& service, const QString& email, QWidget* parent = nullptr);

Q_SIGNALS:
    void registered(const QString& email, const QUrl& service);

protected:
    void submit() override;

private:
    void updateMeter();
    QStringList userInputs() const;

    QLineEdit* m_organization;
    QComboBox* m_country;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    PasswordMeter* m_meter;
};

} // namespace Elect

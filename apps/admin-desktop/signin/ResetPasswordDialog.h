#pragma once

#include "signin/ServiceDialog.h"

class QLineEdit;
class QPushButton;

namespace Elect {

class PasswordMeter;

/// "Forgot password": first asks `elect serve` to email a reset code, then takes the code and a new
/// password (twice, with the strength meter; the service checks the strength again).
class ResetPasswordDialog : public ServiceDialog
{
    Q_OBJECT

public:
    enum class Step { RequestCode, ChooseNew };

    ResetPasswordDialog(const QUrl& service, const QString& email, QWidget* parent = nullptr);
    Step step() const { return m_step; }
    void setStep(Step step);

Q_SIGNALS:
    void passwordChanged(const QString& email);

protected:
    void submit() override;

private:
    void requestCode();
    void changePassword();
    void updateMeter();

    Step m_step = Step::RequestCode;
    QLineEdit* m_email;
    QPushButton* m_haveCode;
    QPushButton* m_again;
    QLineEdit* m_code;
    QLineEdit* m_password;
    PasswordMeter* m_meter;
    QLineEdit* m_confirm;
};

} // namespace Elect

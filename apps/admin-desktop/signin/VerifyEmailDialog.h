#pragma once

#include "signin/ServiceDialog.h"

class QLineEdit;
class QPushButton;

namespace Elect {

/// Verifies an email address with the code from the message `elect serve` sent (pasted or typed; spaces,
/// dashes and case do not matter), or asks for a new code.
class VerifyEmailDialog : public ServiceDialog
{
    Q_OBJECT

public:
    VerifyEmailDialog(const QUrl& service, const QString& email, QWidget* parent = nullptr);
    /// Says that a code was just sent to \a email (after registering).
    void showCodeSent(const QString& email);

Q_SIGNALS:
    void verified(const QString& email);

protected:
    void submit() override;

private:
    void resend();

    QLineEdit* m_email;
    QLineEdit* m_code;
    QPushButton* m_resend;
};

} // namespace Elect

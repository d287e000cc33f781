#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Elect {

/// Shows a kiosk's enrollment (core/db/KioskEnrollment.h) once: as text to copy and as a QR code, with a
/// warning that it holds the kiosk's password. Nothing of it is kept: closing the dialog forgets it.
class EnrollmentDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a server says, for people, which server the kiosk will connect to.
    EnrollmentDialog(const QString& kioskName, const QString& enrollment, const QString& server,
                     QWidget* parent = nullptr);
    ~EnrollmentDialog() override;

    QString enrollmentText() const;

protected:
    void done(int result) override;

private:
    void forget();

    QPlainTextEdit* m_text;
    QLabel* m_qr;
};

} // namespace Elect

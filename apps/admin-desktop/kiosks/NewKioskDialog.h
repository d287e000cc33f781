#pragma once

#include "shell/FormDialog.h"

class QLineEdit;

namespace Elect {

/// Creates a kiosk: its name and polling station. The database creates the kiosk's login; its random
/// password is made here and handed on once (created()), for the enrollment.
class NewKioskDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit NewKioskDialog(Connection& connection, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The kiosk exists; the dialog closes itself. \a password is shown once and then forgotten.
    void created(qint64 kioskId, const QString& name, const QString& loginRole, const QString& password);

private:
    bool isComplete() const override;
    void create();

    QLineEdit* m_name;
    QLineEdit* m_station;
};

} // namespace Elect

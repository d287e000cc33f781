#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Elect {

class Connection;
class MessageBanner;

/// Creates a kiosk: its name and polling station. The database creates the kiosk's login; its random
/// password is made here and handed on once (created()), for the enrollment.
class NewKioskDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewKioskDialog(Connection& connection, QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The kiosk exists; the dialog closes itself. \a password is shown once and then forgotten.
    void created(qint64 kioskId, const QString& name, const QString& loginRole, const QString& password);

private:
    void updateButton();
    void create();

    Connection& m_connection;
    QLineEdit* m_name;
    QLineEdit* m_station;
    MessageBanner* m_banner;
    QPushButton* m_create;
    bool m_busy = false;
};

} // namespace Elect

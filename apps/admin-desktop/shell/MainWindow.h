#pragma once

#include <QMainWindow>

namespace Elect {

class ElectionsPage;
class PendingOrganizationsPage;
class Connection;

/// The signed-in window: who is signed in, then the work of that role (pending organizations for a
/// system admin, the organization's elections for its staff).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// \a connection must be open and outlive the window.
    MainWindow(Connection& connection, const QString& serverDescription, QWidget* parent = nullptr);

    ElectionsPage* electionsPage() const { return m_elections; }
    PendingOrganizationsPage* pendingPage() const { return m_pending; }

    /// Shows a note in the status bar (e.g. the keychain could not keep the password).
    void showNote(const QString& text);

private:
    Connection& m_connection;
    ElectionsPage* m_elections = nullptr;
    PendingOrganizationsPage* m_pending = nullptr;
};

} // namespace Elect

#pragma once

#include <QHash>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Elect {

class ElectionsPage;
class ElectionWorkspace;
class OrganizationsPage;
class Connection;

/// The signed-in window: who is signed in (the header), the pages of that role in a sidebar, and the
/// election workspace that opens when an election is double-clicked. Pages are plain widgets; a page
/// with a `reload()` slot is reloaded by View > Refresh (F5), and Ctrl+F focuses its QLineEdit named
/// "search", if it has one. Window geometry and the last page are remembered (QSettings).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// \a connection must be open and outlive the window.
    MainWindow(Connection& connection, const QString& serverDescription, QWidget* parent = nullptr);
    ~MainWindow() override;

    ElectionsPage* electionsPage() const { return m_elections; }
    OrganizationsPage* pendingPage() const { return m_pending; }
    /// The election workspace on show, or null.
    ElectionWorkspace* electionWorkspace() const { return m_workspace; }

    /// Adds \a page under \a key to the sidebar (\a title) with \a subtitle above it. The window owns it.
    void addPage(const QString& key, const QString& title, const QString& subtitle, QWidget* page);
    /// The page added under \a key, or null.
    QWidget* page(const QString& key) const;
    /// Shows the page added under \a key (and closes an open election workspace).
    void showPage(const QString& key);
    /// The key of the page on show ("" while an election workspace is on show).
    QString currentPageKey() const;
    /// Changes the sidebar entry of the page added under \a key (e.g. "Notifications (3)"); the page's own
    /// title above it stays.
    void setPageSidebarTitle(const QString& key, const QString& title);

    /// The menus, for pages that add their own actions (e.g. File > New election, Ctrl+N).
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }

    /// Shows a note in the status bar (e.g. the keychain could not keep the password).
    void showNote(const QString& text);

public Q_SLOTS:
    /// Opens the workspace of election \a electionId in place of the pages; Back returns to them.
    void openElection(qint64 electionId);
    void closeElection();
    /// Reloads what is on show (F5).
    void refresh();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageInfo
    {
        QString title;
        QString subtitle;
        QWidget* widget = nullptr;
    };
    void showRow(int row);
    void focusSearch();

    Connection& m_connection;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_body = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QStringList m_keys;
    QHash<QString, PageInfo> m_pageInfo;
    ElectionsPage* m_elections = nullptr;
    OrganizationsPage* m_pending = nullptr;
    ElectionWorkspace* m_workspace = nullptr;
};

} // namespace Elect

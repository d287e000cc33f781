#pragma once

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QProgressBar;
class QPushButton;

namespace Elect {

class Connection;
class ElectionForm;
class MainWindow;
class MessageBanner;

/// File > New election… (Ctrl+N): the election form for a new draft, in the organization's time zone.
/// Create makes the draft (the database decides whether this login may), then the new election opens.
class NewElectionDialog : public QDialog
{
    Q_OBJECT

public:
    NewElectionDialog(Connection& connection, QWidget* parent = nullptr);

    ElectionForm* form() const { return m_form; }
    bool isBusy() const { return m_busy; }

    /// Adds File > New election… (Ctrl+N) to \a window for an organization's owner or administrator: the new
    /// draft opens in the window's election workspace, and the list of elections reloads.
    static void addMenuAction(MainWindow* window, Connection& connection);

Q_SIGNALS:
    void created(qint64 electionId);

private:
    void create();
    void setBusy(bool busy);

    Connection& m_connection;
    ElectionForm* m_form;
    MessageBanner* m_banner;
    QProgressBar* m_busyBar;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
    QTimeZone m_zone;
    bool m_zoneLoaded = false;
    bool m_busy = false;
};

} // namespace Elect

#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Elect {

class Connection;
class MessageBanner;

/// One election's workspace, opened by double-clicking (or Enter on) an election in the list: its title
/// and status, Back, and one tab per area (details, candidates, voters, import, ...). Each tab is a
/// widget built from the connection and the election's id; it may follow electionLoaded() to know the
/// election's state, and emit nothing but its own signals. Add a tab with one addTab line in the
/// constructor.
class ElectionWorkspace : public QWidget
{
    Q_OBJECT

public:
    ElectionWorkspace(Connection& connection, qint64 electionId, QWidget* parent = nullptr);

    qint64 electionId() const { return m_electionId; }
    /// The election as last loaded (id 0 until then).
    const Election& election() const { return m_election; }
    bool isLoading() const { return m_loading; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    /// Loads the election again, then reloads every tab that has a reload() slot.
    void reload();
    /// For tabs that changed the election (published it, renamed it): reloads, and tells the list.
    void noteElectionChanged();

Q_SIGNALS:
    void backRequested();
    /// The election was changed here; the list of elections should reload.
    void electionChanged();
    void electionLoaded(const Elect::Election& election);

private:
    void addTab(QWidget* tab, const QString& objectName, const QString& title);

    Connection& m_connection;
    qint64 m_electionId;
    Election m_election;
    QLabel* m_title;
    QLabel* m_status;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    QPushButton* m_back;
    bool m_loading = false;
};

} // namespace Elect

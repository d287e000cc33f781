#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Elect {

class ActiveElectionModel;
class Clock;
class Connection;
class MessageBanner;

/// For a system admin: the published elections that have not ended, across organizations, with turnout
/// so far and the organization's kiosks online. Loads when shown, on F5 (reload()) and every 30 seconds
/// while shown; double-click or Enter on an election opens it (electionActivated).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 30 * 1000;

    /// \a clock decides running or scheduled (the system's when none).
    explicit DashboardPage(Connection& connection, const Clock* clock = nullptr, QWidget* parent = nullptr);

    ActiveElectionModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    /// Whether the 30-second refresh runs (only while the page is shown).
    bool isRefreshing() const;
    /// For tests: refresh every \a ms instead of every 30 seconds.
    void setRefreshInterval(int ms);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void electionActivated(qint64 electionId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    Connection& m_connection;
    const Clock& m_clock;
    ActiveElectionModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QLabel* m_updated;
    QPushButton* m_refresh;
    QTimer* m_timer;
    bool m_loading = false;
};

} // namespace Elect

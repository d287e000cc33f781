#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Elect {

class ElectionTableModel;
class MessageBanner;
class Connection;

/// The elections the signed-in login may see, as a table, with an empty state.
class ElectionsPage : public QWidget
{
    Q_OBJECT

public:
    ElectionsPage(Connection& connection, const QString& emptyText, QWidget* parent = nullptr);

    ElectionTableModel* model() const { return m_model; }
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    /// An election was double-clicked, or Enter pressed on it: open its workspace.
    void electionActivated(qint64 electionId);

private:
    Connection& m_connection;
    ElectionTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QPushButton* m_refresh;
    bool m_loading = false;
};

} // namespace Elect

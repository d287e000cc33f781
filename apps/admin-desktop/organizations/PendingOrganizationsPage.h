#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Elect {

class MessageBanner;
class OrganizationTableModel;
class Connection;

/// For a system admin: the organizations waiting for review, with Accept and Reject.
class PendingOrganizationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PendingOrganizationsPage(Connection& connection, QWidget* parent = nullptr);

    OrganizationTableModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }

    /// Asks the reason (a dialog), then rejects. Tests call reject() directly.
    void rejectSelectedAskingReason();

public Q_SLOTS:
    void reload();
    void acceptSelected();
    void rejectSelected(const QString& reason);

Q_SIGNALS:
    void loaded();

private:
    const Organization* selected() const;
    void setBusy(bool busy);
    void updateButtons();

    Connection& m_connection;
    OrganizationTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_refresh;
    bool m_busy = false;
};

} // namespace Elect

#pragma once

#include "core/domain/Types.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Elect {

class Connection;
class MessageBanner;
class OrganizationPeopleModel;
class OrganizationTableModel;

/// For a system admin: organizations in every state, filtered by state (waiting for review first) and
/// searched by name, country, owner or email; Accept, and Reject with a reason (asked, then confirmed);
/// and, for the selected organization, its decision and the people who run it (owner and admins).
class OrganizationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationsPage(Connection& connection, QWidget* parent = nullptr);

    OrganizationTableModel* model() const { return m_model; }
    OrganizationPeopleModel* peopleModel() const { return m_peopleModel; }
    bool isBusy() const { return m_busy; }
    bool isLoadingPeople() const { return m_peopleGeneration != m_peopleShown; }
    /// The state the list shows (none: every state).
    std::optional<OrganizationStatus> statusFilter() const;

public Q_SLOTS:
    /// Loads the list again with the filter and search on show, keeping the selection.
    void reload();
    void acceptSelected();
    /// Asks the reason (a dialog), asks to confirm, then rejects.
    void rejectSelectedAskingReason();

Q_SIGNALS:
    void loaded();
    void peopleLoaded();

private:
    const Organization* selected() const;
    void setBusy(bool busy);
    void updateButtons();
    void updateFilterLabels();
    void showDetails();
    void reject(qint64 id, const QString& name, const QString& reason);

    Connection& m_connection;
    OrganizationTableModel* m_model;
    OrganizationPeopleModel* m_peopleModel;
    QComboBox* m_filter;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QLabel* m_detailsTitle;
    QLabel* m_detailsFacts;
    QLabel* m_peopleTitle;
    QTableView* m_peopleTable;
    QWidget* m_details;
    MessageBanner* m_banner;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_refresh;
    QMap<OrganizationStatus, int> m_counts;
    bool m_busy = false;
    int m_generation = 0;
    int m_peopleGeneration = 0;
    int m_peopleShown = 0;
};

} // namespace Elect

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Elect {

class Connection;
class MessageBanner;
class VoterTableModel;

/// The election workspace's Voters tab: the election's voters at any size (VoterTableModel), filters by
/// district, governorate and voted or not, and a search that finds a voter by the exact national id (the
/// database hashes it; the list shows no national id at all). It loads when first shown.
class VotersTab : public QWidget
{
    Q_OBJECT

public:
    VotersTab(Connection& connection, qint64 electionId, QWidget* parent = nullptr);

    VoterTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// True while a national-id search is out.
    bool isSearching() const { return m_searching; }

public Q_SLOTS:
    /// Loads the voters and the filters' choices again (F5, or the workspace reloading).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void search();
    void loadChoices();
    void updateCount();

    Connection& m_connection;
    qint64 m_electionId;
    VoterTableModel* m_model;
    QLineEdit* m_search;
    QPushButton* m_find;
    QComboBox* m_district;
    QComboBox* m_governorate;
    QComboBox* m_voted;
    QLabel* m_count;
    MessageBanner* m_banner;
    QTableView* m_table;
    bool m_shown = false;
    bool m_searching = false;
    qint64 m_foundVoter = 0; ///< the search's voter (0: no search, -1: none found)
};

} // namespace Elect

#pragma once

#include "core/domain/Types.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Elect {

class CandidateDialog;
class CandidateTableModel;
class Connection;
class ElectionWorkspace;
class MessageBanner;

/// The workspace's "Candidates" tab: the election's candidates with their photo and symbol as thumbnails;
/// Add…, Edit… (or double-click, or Enter) and Remove… (asks first) while the election is a draft. The
/// database decides (a candidate standing in a published election is frozen) and its refusal is shown.
class CandidatesTab : public QWidget
{
    Q_OBJECT

public:
    CandidatesTab(Connection& connection, ElectionWorkspace* workspace);

    CandidateTableModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }
    /// The add or edit dialog on show, or null.
    CandidateDialog* dialog() const { return m_dialog; }

    /// Shows candidate \a candidateId selected, now or once the list has loaded (a notification opened it).
    void selectCandidate(qint64 candidateId);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void showElection(const Election& election);
    void updateButtons();
    void setBusy(bool busy);
    void openDialog(int row);
    void saveDialog();
    void askToRemove();
    int selectedRow() const;

    Connection& m_connection;
    ElectionWorkspace* m_workspace;
    Election m_election;
    CandidateTableModel* m_model;
    qint64 m_wantedCandidate = 0;
    QTableView* m_table;
    MessageBanner* m_banner;
    QLabel* m_lockNote;
    QLabel* m_count;
    QProgressBar* m_busyBar;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    CandidateDialog* m_dialog = nullptr;
    bool m_busy = false;
};

} // namespace Elect

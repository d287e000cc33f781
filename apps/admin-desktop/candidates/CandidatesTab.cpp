#include "candidates/CandidatesTab.h"

#include "candidates/CandidateDialog.h"
#include "candidates/CandidateTableModel.h"
#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/CandidateRepository.h"
#include "elections/ElectionWorkspace.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

CandidatesTab::CandidatesTab(Connection& connection, ElectionWorkspace* workspace)
    : QWidget(workspace), m_connection(connection), m_workspace(workspace), m_model(new CandidateTableModel(this)),
      m_table(new QTableView(this)), m_banner(new MessageBanner(this)), m_lockNote(new QLabel(this)),
      m_count(new QLabel(this)), m_busyBar(new QProgressBar(this)), m_add(new QPushButton(tr("&Add candidate…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove…"), this))
{
    m_table->setObjectName(QStringLiteral("candidatesTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, CandidateTableModel::Name);
    m_table->setAccessibleName(tr("Candidates"));
    m_table->setIconSize(QSize(CandidateTableModel::kThumbnailSide, CandidateTableModel::kThumbnailSide));
    m_table->verticalHeader()->setDefaultSectionSize(CandidateTableModel::kThumbnailSide + 8);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid() && m_edit->isEnabled())
            openDialog(index.row());
    });
    m_banner->setObjectName(QStringLiteral("candidatesMessage"));
    m_lockNote->setObjectName(QStringLiteral("candidatesLockNote"));
    m_lockNote->setWordWrap(true);
    m_lockNote->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; color: #5d4300; border: 1px solid "
                                             "#f3dc9b; border-radius: 6px; padding: 8px 12px; }"));
    m_lockNote->hide();
    m_count->setObjectName(QStringLiteral("candidatesCount"));
    m_count->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    m_add->setObjectName(QStringLiteral("addCandidateButton"));
    m_edit->setObjectName(QStringLiteral("editCandidateButton"));
    m_remove->setObjectName(QStringLiteral("removeCandidateButton"));
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(selectedRow()); });
    connect(m_remove, &QPushButton::clicked, this, &CandidatesTab::askToRemove);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CandidatesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CandidatesTab::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyBar);
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_add);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(workspace, &ElectionWorkspace::electionLoaded, this, &CandidatesTab::showElection);
    updateButtons();
    reload();
}

int CandidatesTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CandidatesTab::showElection(const Election& election)
{
    m_election = election;
    m_table->setColumnHidden(CandidateTableModel::District, election.type != ElectionType::District);
    m_table->setColumnHidden(CandidateTableModel::Governorate, election.type != ElectionType::GovernorateBased);
    const bool draft = election.status == ElectionStatus::Draft;
    m_lockNote->setText(draft ? QString()
                              : tr("Candidates can change only while the election is a draft. This election is no "
                                   "longer one, so its candidates are frozen."));
    m_lockNote->setVisible(!draft && !m_connection.identity().isSystemAdmin());
    updateButtons();
}

void CandidatesTab::updateButtons()
{
    const bool staff = !m_connection.identity().isSystemAdmin();
    const bool draft = m_election.id != 0 && m_election.status == ElectionStatus::Draft;
    const bool selected = selectedRow() >= 0;
    for (QPushButton* b : {m_add, m_edit, m_remove})
        b->setVisible(staff);
    m_add->setEnabled(draft && !m_busy);
    m_edit->setEnabled(draft && !m_busy && selected);
    m_remove->setEnabled(draft && !m_busy && selected);
    m_count->setText(tr("%n candidate(s)", nullptr, m_model->rowCount()));
}

void CandidatesTab::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    updateButtons();
}

void CandidatesTab::reload()
{
    const qint64 id = m_workspace->electionId();
    setBusy(true);
    auto load = [id](Database& db) -> Result<QList<CandidateRow>> {
        auto candidates = CandidateRepository(db).list(id);
        if (!candidates)
            return candidates.error();
        QList<CandidateRow> rows;
        for (const CandidateDetails& c : *candidates)
            rows << CandidateRow{c, CandidateTableModel::thumbnail(c.photo), CandidateTableModel::thumbnail(c.symbol)};
        return rows;
    };
    whenReady(m_connection.run(load), this, [this](Result<QList<CandidateRow>> rows) {
        setBusy(false);
        if (!rows) {
            m_banner->showError(rows.message());
        } else {
            const qint64 selected = selectedRow() >= 0 ? m_model->rows().at(selectedRow()).details.id : 0;
            m_model->setRows(std::move(rows).value());
            for (int row = 0; row < m_model->rowCount(); ++row)
                if (m_model->rows().at(row).details.id == selected)
                    m_table->selectionModel()->select(m_model->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            if (m_wantedCandidate)
                selectCandidate(m_wantedCandidate);
        }
        updateButtons();
        Q_EMIT loaded();
    });
}

void CandidatesTab::selectCandidate(qint64 candidateId)
{
    m_wantedCandidate = candidateId;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).details.id == candidateId) {
            // Not selectRow(): right to left, it looks for the column at the viewport's far edge and selects
            // nothing when the columns do not fill the width.
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(m_model->index(row, 0));
            m_table->setFocus();
            m_wantedCandidate = 0;
        }
    }
}

void CandidatesTab::openDialog(int row)
{
    if (m_dialog)
        return;
    const CandidateDetails candidate =
        row >= 0 && row < m_model->rowCount() ? m_model->rows().at(row).details : CandidateDetails{};
    m_dialog = new CandidateDialog(candidate, m_election.type, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CandidateDialog::submitted, this, &CandidatesTab::saveDialog);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void CandidatesTab::saveDialog()
{
    if (!m_dialog)
        return;
    const qint64 electionId = m_workspace->electionId();
    const CandidateDetails candidate = m_dialog->candidate();
    const QString nationalId = m_dialog->nationalId();
    const bool adding = m_dialog->isAdding();
    m_dialog->setBusy(true);
    setBusy(true);
    auto save = [electionId, candidate, nationalId, adding](Database& db) -> Result<bool> {
        CandidateRepository repository(db);
        if (!adding) {
            const Status updated = repository.update(candidate);
            if (!updated)
                return updated.error();
            return false;
        }
        auto added = repository.add(electionId, nationalId, candidate);
        if (!added)
            return added.error();
        return added->existing;
    };
    whenReady(m_connection.run(save), this, [this, candidate, adding](Result<bool> existing) {
        setBusy(false);
        if (m_dialog)
            m_dialog->setBusy(false);
        if (!existing) {
            if (m_dialog)
                m_dialog->showError(existing.message());
            return;
        }
        if (m_dialog)
            m_dialog->accept();
        if (!adding)
            m_banner->showInfo(tr("%1's details are saved.").arg(candidate.name));
        else if (*existing)
            m_banner->showInfo(tr("Your organization already had a candidate with this national id: they now stand in "
                                  "this election too, with the details they had."));
        else
            m_banner->showInfo(tr("%1 now stands in this election.").arg(candidate.name));
        reload();
    });
}

void CandidatesTab::askToRemove()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const CandidateDetails candidate = m_model->rows().at(row).details;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove the candidate?"),
                                tr("Remove %1 from this election?").arg(candidate.name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("A candidate who stands in no other election is deleted, photo and symbol included."));
    QPushButton* yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("rejectButton"));
    box->setDefaultButton(no);
    const qint64 electionId = m_workspace->electionId();
    connect(box, &QMessageBox::finished, this, [this, box, yes, candidate, electionId] {
        if (box->clickedButton() != yes)
            return;
        setBusy(true);
        const qint64 id = candidate.id;
        whenReady(
            m_connection.run([electionId, id](Database& db) { return CandidateRepository(db).remove(electionId, id); }),
            this, [this, name = candidate.name](Status removed) {
                setBusy(false);
                if (!removed) {
                    m_banner->showError(removed.message());
                    return;
                }
                m_banner->showInfo(tr("%1 no longer stands in this election.").arg(name));
                reload();
            });
    });
    box->open();
}

} // namespace Elect

#include "approvals/ApprovalsPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "shell/Formatting.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Elect {

namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

bool isTime(const QString& field)
{
    return field == QLatin1String("starts_at") || field == QLatin1String("ends_at");
}

} // namespace

ApprovalsPage::ApprovalsPage(Connection& connection, bool decides, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_decides(decides), m_banner(new MessageBanner(this)),
      m_table(new QTableWidget(0, 5, this)),
      m_empty(new QLabel(decides ? tr("No approval requests. When an organization admin changes a published "
                                      "election or its candidates, the change waits here for you.")
                                 : tr("You have asked for no changes. Changes to a published election or its "
                                      "candidates wait for the owner's approval, and are listed here."),
                         this)),
      m_stack(new QStackedWidget(this)), m_comparisonTitle(new QLabel(this)),
      m_comparison(new QTableWidget(0, 3, this)), m_decision(new QLabel(this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_banner->setObjectName(QStringLiteral("approvalsMessage"));
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_table->setAccessibleName(decides ? tr("Approval requests") : tr("My approval requests"));
    m_table->setHorizontalHeaderLabels({tr("Asked"), tr("By"), tr("Concerns"), tr("Changes"), tr("Decision")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpListTable(m_table, 4);
    m_table->setColumnHidden(1, !decides); // an admin's own requests: "by" is always them
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalsPage::showSelected);

    m_empty->setObjectName(QStringLiteral("approvalsEmpty"));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_comparisonTitle->setObjectName(QStringLiteral("comparisonTitle"));
    QFont bold = m_comparisonTitle->font();
    bold.setBold(true);
    m_comparisonTitle->setFont(bold);
    m_comparison->setObjectName(QStringLiteral("comparisonTable"));
    m_comparison->setAccessibleName(tr("What the request changes"));
    m_comparison->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUpListTable(m_comparison, 2);
    m_comparison->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparison->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_comparison->setMaximumHeight(160);
    m_decision->setObjectName(QStringLiteral("decisionLabel"));
    m_decision->setWordWrap(true);
    m_decision->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_refresh->setObjectName(QStringLiteral("refreshApprovalsButton"));
    connect(m_refresh, &QPushButton::clicked, this, &ApprovalsPage::reload);

    auto* buttons = new QHBoxLayout;
    if (decides) {
        m_approve = new QPushButton(tr("Approve"), this);
        m_approve->setObjectName(QStringLiteral("approveButton"));
        m_approve->setToolTip(tr("Apply the change now"));
        m_reject = new QPushButton(tr("Reject…"), this);
        m_reject->setObjectName(QStringLiteral("rejectButton"));
        m_reject->setToolTip(tr("Turn the change down, with a reason the requester reads"));
        connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
        connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::askReason);
        buttons->addWidget(m_approve);
        buttons->addWidget(m_reject);
    }
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_comparisonTitle);
    layout->addWidget(m_comparison);
    layout->addWidget(m_decision);
    layout->addLayout(buttons);
    showSelected();
    reload();
}

QString ApprovalsPage::fieldName(const QString& field)
{
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("starts_at"))
        return tr("Starts");
    if (field == QLatin1String("ends_at"))
        return tr("Ends");
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("party"))
        return tr("Party");
    if (field == QLatin1String("description"))
        return tr("Description");
    return field;
}

QString ApprovalsPage::valueText(const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || value.toString().isEmpty())
        return tr("(none)");
    if (isTime(field))
        return shortDateTime(QDateTime::fromString(value.toString(), Qt::ISODate));
    return value.toString();
}

int ApprovalsPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ApprovalsPage::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_refresh->setEnabled(false);
    const bool mineOnly = !m_decides;
    whenReady(m_connection.run([mineOnly](Database& db) { return ApprovalRepository(db).list(mineOnly); }), this,
              [this](Result<QList<ApprovalRequest>> requests) {
                  m_loading = false;
                  m_refresh->setEnabled(true);
                  if (!requests) {
                      m_banner->showError(requests.message());
                      Q_EMIT loaded();
                      return;
                  }
                  const int row = selectedRow();
                  const qint64 selectedId = row >= 0 ? m_requests.at(row).id : 0;
                  m_requests = std::move(requests).value();
                  m_table->setRowCount(int(m_requests.size()));
                  int again = -1;
                  for (int r = 0; r < m_requests.size(); ++r) {
                      const ApprovalRequest& a = m_requests.at(r);
                      QStringList fields;
                      for (const ApprovalField& f : a.fields)
                          fields << fieldName(f.field);
                      QString decision;
                      switch (a.status) {
                      case ApprovalRequest::Status::Pending:
                          decision = tr("Waiting for the owner");
                          break;
                      case ApprovalRequest::Status::Approved:
                          decision = tr("Approved by %1 on %2").arg(a.decidedBy, shortDateTime(a.decidedAt));
                          break;
                      case ApprovalRequest::Status::Rejected:
                          decision = tr("Rejected by %1: %2").arg(a.decidedBy, a.reason);
                          break;
                      }
                      m_table->setItem(r, 0, cell(shortDateTime(a.createdAt)));
                      m_table->setItem(r, 1, cell(a.requestedBy));
                      m_table->setItem(r, 2,
                                       cell(a.target == ApprovalRequest::Target::Election
                                                ? tr("Election: %1").arg(a.targetName)
                                                : tr("Candidate: %1").arg(a.targetName)));
                      m_table->setItem(r, 3, cell(fields.join(tr(", "))));
                      m_table->setItem(r, 4, cell(decision));
                      if (a.status == ApprovalRequest::Status::Pending) {
                          QFont f = m_table->font();
                          f.setBold(true);
                          m_table->item(r, 4)->setFont(f);
                      }
                      if (a.id == selectedId)
                          again = r;
                  }
                  m_stack->setCurrentWidget(m_requests.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
                  if (again < 0 && !m_requests.isEmpty())
                      again = 0;
                  if (again >= 0) // (selectRow() selects nothing while the page has never been shown)
                      m_table->selectionModel()->setCurrentIndex(m_table->model()->index(again, 0),
                                                                 QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
                  showSelected();
                  Q_EMIT loaded();
              });
}

void ApprovalsPage::showSelected()
{
    const int row = selectedRow();
    const ApprovalRequest* a = row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
    m_comparison->setRowCount(a ? int(a->fields.size()) : 0);
    m_comparisonTitle->setVisible(a != nullptr);
    m_comparison->setVisible(a != nullptr);
    m_decision->setVisible(a && a->status != ApprovalRequest::Status::Pending);
    if (a) {
        if (!m_decides)
            m_comparisonTitle->setText(a->target == ApprovalRequest::Target::Election
                                           ? tr("What you asked to change in the election “%1”").arg(a->targetName)
                                           : tr("What you asked to change for the candidate “%1”").arg(a->targetName));
        else
            m_comparisonTitle->setText(
                a->target == ApprovalRequest::Target::Election
                    ? tr("What %1 asks to change in the election “%2”").arg(a->requestedBy, a->targetName)
                    : tr("What %1 asks to change for the candidate “%2”").arg(a->requestedBy, a->targetName));
        if (a->status == ApprovalRequest::Status::Approved)
            m_decision->setText(
                tr("Approved by %1 on %2, and applied.").arg(a->decidedBy, shortDateTime(a->decidedAt)));
        else if (a->status == ApprovalRequest::Status::Rejected)
            m_decision->setText(
                tr("Rejected by %1 on %2. Reason: %3").arg(a->decidedBy, shortDateTime(a->decidedAt), a->reason));
        for (int r = 0; r < a->fields.size(); ++r) {
            const ApprovalField& f = a->fields.at(r);
            m_comparison->setItem(r, 0, cell(fieldName(f.field)));
            m_comparison->setItem(r, 1, cell(valueText(f.field, f.before)));
            auto* after = cell(valueText(f.field, f.after));
            QFont bold = m_comparison->font();
            bold.setBold(true);
            after->setFont(bold);
            m_comparison->setItem(r, 2, after);
        }
    }
    const bool canDecide = a && a->status == ApprovalRequest::Status::Pending && !m_busy;
    if (m_approve)
        m_approve->setEnabled(canDecide);
    if (m_reject)
        m_reject->setEnabled(canDecide);
}

void ApprovalsPage::approveSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_busy)
        return;
    decide(m_requests.at(row).id, true, {});
}

void ApprovalsPage::askReason()
{
    const int row = selectedRow();
    if (row < 0 || m_busy || m_rejectDialog)
        return;
    const qint64 id = m_requests.at(row).id;
    m_rejectDialog = new QDialog(this);
    m_rejectDialog->setObjectName(QStringLiteral("rejectDialog"));
    m_rejectDialog->setWindowTitle(tr("Reject the change"));
    m_rejectDialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* prompt = new QLabel(tr("Why is this change turned down? %1 reads this.").arg(m_requests.at(row).requestedBy),
                              m_rejectDialog);
    prompt->setWordWrap(true);
    auto* reason = new QPlainTextEdit(m_rejectDialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    reason->setAccessibleName(tr("Reason"));
    reason->setTabChangesFocus(true);
    auto* problem = new QLabel(m_rejectDialog);
    problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, m_rejectDialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("rejectOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, m_rejectDialog, [this, reason, problem, id] {
        const QString text = reason->toPlainText().trimmed();
        if (text.isEmpty()) {
            problem->setText(tr("Write a reason, so that the requester knows why."));
            problem->show();
            return;
        }
        m_rejectDialog->accept();
        decide(id, false, text);
    });
    connect(buttons, &QDialogButtonBox::rejected, m_rejectDialog, &QDialog::reject);
    connect(m_rejectDialog, &QDialog::finished, this, [this] { m_rejectDialog = nullptr; });
    auto* layout = new QVBoxLayout(m_rejectDialog);
    layout->addWidget(prompt);
    layout->addWidget(reason);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    m_rejectDialog->resize(460, 240);
    m_rejectDialog->open();
    reason->setFocus();
}

void ApprovalsPage::decide(qint64 id, bool approve, const QString& reason)
{
    m_busy = true;
    showSelected();
    whenReady(m_connection.run([id, approve, reason](Database& db) {
        return approve ? ApprovalRepository(db).approve(id) : ApprovalRepository(db).reject(id, reason);
    }),
              this, [this, approve](Status s) {
                  m_busy = false;
                  if (!s)
                      m_banner->showError(s.message());
                  else
                      m_banner->showInfo(approve ? tr("The change was approved and applied.")
                                                 : tr("The change was rejected; the requester is told why."));
                  reload();
              });
}

} // namespace Elect

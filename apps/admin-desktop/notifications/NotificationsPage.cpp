#include "notifications/NotificationsPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/NotificationRepository.h"
#include "notifications/NotificationFeed.h"
#include "notifications/NotificationTableModel.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

namespace {

struct Loaded
{
    QList<Notification> notifications;
    int unread = 0;
};

bool isApproval(const Notification& n)
{
    return n.type == QLatin1String("approval_requested") || n.type == QLatin1String("approval_decided");
}

} // namespace

NotificationsPage::NotificationsPage(Connection& connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_feed(new NotificationFeed(connection, this)),
      m_model(new NotificationTableModel(this)), m_table(new QTableView(this)),
      m_empty(new QLabel(tr("No notifications yet. Publishing, payments, approval requests and results are "
                            "announced here as they happen."),
                         this)),
      m_stack(new QStackedWidget(this)), m_banner(new MessageBanner(this)), m_open(new QPushButton(tr("Open"), this)),
      m_markRead(new QPushButton(tr("Mark read"), this)), m_markAllRead(new QPushButton(tr("Mark all read"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, NotificationTableModel::What);
    m_table->setAccessibleName(tr("Notifications"));
    m_table->setToolTip(tr("Double-click a notification, or press Enter, to open what it concerns."));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationsPage::updateButtons);
    connect(m_table, &QTableView::activated, this, &NotificationsPage::openSelected);

    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("notificationsMessage"));
    m_open->setObjectName(QStringLiteral("openNotificationButton"));
    m_markRead->setObjectName(QStringLiteral("markReadButton"));
    m_markAllRead->setObjectName(QStringLiteral("markAllReadButton"));
    m_refresh->setObjectName(QStringLiteral("refreshNotificationsButton"));
    m_open->setToolTip(tr("Open the election, the candidate or the approval request this notification is about"));
    connect(m_open, &QPushButton::clicked, this, &NotificationsPage::openSelected);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPage::markSelectedRead);
    connect(m_markAllRead, &QPushButton::clicked, this, &NotificationsPage::markAllRead);
    connect(m_refresh, &QPushButton::clicked, this, &NotificationsPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_markRead);
    buttons->addWidget(m_markAllRead);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    // A new notification, or listening again after a lost connection (something may have been missed).
    connect(m_feed, &NotificationFeed::notified, this, &NotificationsPage::reload);
    connect(m_feed, &NotificationFeed::listening, this, [this](bool on) {
        if (on)
            reload();
    });
    m_feed->start();
    updateButtons();
    reload();
}

int NotificationsPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void NotificationsPage::updateButtons()
{
    const int row = selectedRow();
    const Notification* n = row >= 0 ? &m_model->notificationAt(row) : nullptr;
    m_open->setEnabled(n && (isApproval(*n) || n->electionId.has_value() || n->candidateElectionId.has_value()));
    m_markRead->setEnabled(n && !n->isRead());
    m_markAllRead->setEnabled(m_unread > 0);
}

void NotificationsPage::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    updateButtons();
    Q_EMIT unreadCountChanged(unread);
}

void NotificationsPage::reload()
{
    // Several notifications at once (a publish writes two): one reload now, one more after it.
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    whenReady(m_connection.run([](Database& db) -> Result<Loaded> {
        NotificationRepository repository(db);
        auto list = repository.list();
        if (!list)
            return list.error();
        auto unread = repository.unreadCount();
        if (!unread)
            return unread.error();
        return Loaded{std::move(list).value(), *unread};
    }),
              this, [this](Result<Loaded> got) {
                  m_loading = false;
                  m_refresh->setEnabled(true);
                  if (!got) {
                      m_banner->showError(got.message());
                  } else {
                      const int row = selectedRow();
                      const qint64 selectedId = row >= 0 ? m_model->notificationAt(row).id : 0;
                      m_model->setNotifications(std::move(got->notifications));
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                      const int again = selectedId ? m_model->rowOf(selectedId) : -1;
                      if (again >= 0)
                          m_table->selectionModel()->setCurrentIndex(m_table->model()->index(again, 0),
                                                                     QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
                      setUnread(got->unread);
                      updateButtons();
                  }
                  Q_EMIT loaded();
                  if (m_reloadAgain) {
                      m_reloadAgain = false;
                      reload();
                  }
              });
}

void NotificationsPage::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Notification n = m_model->notificationAt(row);
    if (!n.isRead())
        markSelectedRead();
    if (isApproval(n))
        Q_EMIT approvalsActivated();
    else if (n.candidateId && n.candidateElectionId)
        Q_EMIT candidateActivated(*n.candidateElectionId, *n.candidateId);
    else if (n.electionId)
        Q_EMIT electionActivated(*n.electionId);
}

void NotificationsPage::markSelectedRead()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 id = m_model->notificationAt(row).id;
    whenReady(m_connection.run([id](Database& db) { return NotificationRepository(db).markRead(id); }), this,
              [this](Result<bool> marked) {
                  if (!marked)
                      m_banner->showError(marked.message());
                  reload();
              });
}

void NotificationsPage::markAllRead()
{
    whenReady(m_connection.run([](Database& db) { return NotificationRepository(db).markAllRead(); }), this,
              [this](Result<int> marked) {
                  if (!marked)
                      m_banner->showError(marked.message());
                  else
                      m_banner->showInfo(tr("%n notification(s) marked read.", nullptr, *marked));
                  reload();
              });
}

} // namespace Elect

#include "shell/MainWindow.h"

#include "admins/AdminsPage.h"
#include "approvals/ApprovalsPage.h"
#include "candidates/CandidatesTab.h"
#include "core/connection/Connection.h"
#include "elections/ElectionsPage.h"
#include "elections/ElectionWorkspace.h"
#include "elections/NewElectionDialog.h"
#include "kiosks/KiosksPage.h"
#include "notifications/NotificationFeed.h"
#include "notifications/NotificationsPage.h"
#include "organizations/OrganizationSettingsPage.h"
#include "organizations/OrganizationsPage.h"
#include "platform/DashboardPage.h"
#include "platform/PricingPage.h"
#include "wallet/WalletPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Elect {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kPageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(Connection& connection, const QString& serverDescription, QWidget* parent)
    : QMainWindow(parent), m_connection(connection)
{
    const Identity& who = connection.identity();
    setWindowTitle(who.organizationName.isEmpty() ? tr("Elect administration")
                                                  : tr("Elect administration — %1").arg(who.organizationName));
    resize(1100, 700);

    auto* header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    header->setStyleSheet(QStringLiteral("#header { background: #1f3a5f; }"
                                         " #header QLabel { color: white; }"
                                         " #header QLabel#headerDetail { color: #c9d6e8; }"));
    auto* appName = new QLabel(tr("Elect"), header);
    QFont appFont = appName->font();
    appFont.setPointSizeF(appFont.pointSizeF() * 1.6);
    appFont.setBold(true);
    appName->setFont(appFont);

    auto* name = new QLabel(who.displayName.isEmpty() ? who.email : who.displayName, header);
    name->setObjectName(QStringLiteral("headerName"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);

    const QString roleLine = who.organizationName.isEmpty()
                                 ? toString(who.role)
                                 : tr("%1 · %2").arg(toString(who.role), who.organizationName);
    auto* role = new QLabel(roleLine, header);
    role->setObjectName(QStringLiteral("headerDetail"));
    role->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    role->setToolTip(tr("Signed in as %1 on %2").arg(who.email, serverDescription));

    auto* whoBox = new QVBoxLayout;
    whoBox->setSpacing(2);
    whoBox->addWidget(name);
    whoBox->addWidget(role);

    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(24, 14, 24, 14);
    headerLayout->addWidget(appName);
    headerLayout->addStretch();
    headerLayout->addLayout(whoBox);

    // The sidebar: one entry per page of this role.
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(210);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget#navigation { background: #eef2f7; padding-top: 12px; outline: 0; }"
                       " QListWidget#navigation::item { padding: 9px 18px; border: none; color: #1d2733; }"
                       " QListWidget#navigation::item:hover { background: #e2e9f2; }"
                       " QListWidget#navigation::item:selected { background: #d5e1f0; color: #12263f;"
                       " border-inline-start: 4px solid #1f3a5f; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showRow);

    auto* pagesArea = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(pagesArea);
    contentLayout->setContentsMargins(24, 18, 24, 18);
    contentLayout->setSpacing(6);
    m_title = new QLabel(pagesArea);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(pagesArea);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_pages = new QStackedWidget(pagesArea);
    m_pages->setObjectName(QStringLiteral("pages"));
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(m_pages, 1);

    m_body = new QStackedWidget(this);
    m_body->addWidget(pagesArea);

    auto* bodyLayout = new QHBoxLayout;
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addWidget(m_navigation);
    bodyLayout->addWidget(m_body, 1);

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(header);
    centralLayout->addLayout(bodyLayout, 1);
    setCentralWidget(central);

    // Menus. Pages add their own actions to them (see fileMenu()).
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto* refreshAction = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    auto* findAction = m_viewMenu->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    auto* backAction = m_viewMenu->addAction(tr("&Back to the list"), this, &MainWindow::closeElection);
    backAction->setObjectName(QStringLiteral("backAction"));
    backAction->setShortcut(QKeySequence::Back);

    // The pages of each role. Add a page with one addPage(...) call here.
    if (who.isSystemAdmin()) {
        m_pending = new OrganizationsPage(connection);
        addPage(QStringLiteral("organizations"), tr("Organizations"),
                tr("Review new organizations before they can run elections, and see who runs each one."), m_pending);
        m_elections = new ElectionsPage(connection, tr("No organization has created an election yet."));
        addPage(QStringLiteral("elections"), tr("All elections"), tr("Every election on the platform."), m_elections);
        auto* dashboard = new DashboardPage(connection);
        connect(dashboard, &DashboardPage::electionActivated, this, &MainWindow::openElection);
        addPage(QStringLiteral("dashboard"), tr("Active elections"),
                tr("Published elections that have not ended, across organizations: turnout so far and kiosks "
                   "online. Updated every 30 seconds while shown."),
                dashboard);
        addPage(QStringLiteral("pricing"), tr("Pricing"),
                tr("What publishing an election costs, by its number of potential voters."),
                new PricingPage(connection));
    } else {
        m_elections = new ElectionsPage(
            connection,
            tr("Your organization has no elections yet. Elections you create appear here, from draft to results."));
        addPage(QStringLiteral("elections"), tr("Elections"),
                tr("Every election of your organization, with its status right now."), m_elections);
    }
    if (!who.isSystemAdmin()) {
        const bool owner = who.role == UserRole::OrganizationOwner;
        auto* admins = new AdminsPage(connection, owner);
        addPage(QStringLiteral("admins"), tr("Administrators"),
                tr("The people who prepare elections with the owner. They sign in with their own email."), admins);
        admins->reload();
        auto* kiosks = new KiosksPage(connection, owner);
        addPage(QStringLiteral("kiosks"), tr("Kiosks"),
                tr("The voting computers at your polling stations, each with its own login."), kiosks);
        kiosks->reload();
        // Notifications, approval requests (the owner decides; an organization admin follows their own) and
        // the owner's wallet. The sidebar entry of notifications carries the number of unread ones.
        auto* notifications = new NotificationsPage(connection);
        addPage(QStringLiteral("notifications"), tr("Notifications"),
                tr("What happened in your organization, newest first. New ones appear as they happen."), notifications);
        connect(notifications, &NotificationsPage::unreadCountChanged, this, [this](int unread) {
            setPageSidebarTitle(QStringLiteral("notifications"),
                                unread > 0 ? tr("Notifications (%1)").arg(unread) : tr("Notifications"));
        });
        connect(notifications, &NotificationsPage::electionActivated, this, &MainWindow::openElection);
        connect(notifications, &NotificationsPage::candidateActivated, this, [this](qint64 election, qint64 candidate) {
            openElection(election);
            if (auto* tab = m_workspace->findChild<CandidatesTab*>(QStringLiteral("candidatesTab"))) {
                m_workspace->tabs()->setCurrentWidget(tab);
                tab->selectCandidate(candidate);
            }
        });
        connect(notifications, &NotificationsPage::approvalsActivated, this,
                [this] { showPage(QStringLiteral("approvals")); });
        auto* approvals = new ApprovalsPage(connection, owner);
        addPage(QStringLiteral("approvals"), owner ? tr("Approval requests") : tr("My approval requests"),
                owner ? tr("Changes organization admins asked for in published elections. Compare, then approve "
                           "or reject.")
                      : tr("Changes you asked for in published elections, and the owner's decisions."),
                approvals);
        connect(notifications->feed(), &NotificationFeed::notified, approvals, &ApprovalsPage::reload);
        if (owner)
            addPage(QStringLiteral("wallet"), tr("Wallet"),
                    tr("Pay for publishing elections: the balance, every movement, and top-ups by card."),
                    new WalletPage(connection, notifications->feed()));
    }
    NewElectionDialog::addMenuAction(this, connection); // File > New election… (Ctrl+N), owner and admins
    if (!who.isSystemAdmin()) {
        auto* settings = new OrganizationSettingsPage(connection, who.role == UserRole::OrganizationOwner);
        addPage(QStringLiteral("organization"), tr("Organization"),
                tr("Your organization's name, country and the time zone its elections are shown in."), settings);
        connect(settings, &OrganizationSettingsPage::timeZoneChanged, m_elections, &ElectionsPage::reload);
    }
    // (pages of later areas are added above this line)

    connect(m_elections, &ElectionsPage::electionActivated, this, &MainWindow::openElection);
    if (m_pending)
        m_pending->reload();
    m_elections->reload();

    auto* quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    const int remembered = int(m_keys.indexOf(settings.value(kPageKey).toString()));
    m_navigation->setCurrentRow(remembered >= 0 ? remembered : 0);

    statusBar()->showMessage(tr("Connected to %1").arg(serverDescription));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& key, const QString& title, const QString& subtitle, QWidget* page)
{
    Q_ASSERT(!m_pageInfo.contains(key));
    page->setObjectName(page->objectName().isEmpty() ? key + QStringLiteral("Page") : page->objectName());
    m_pages->addWidget(page);
    m_keys << key;
    m_pageInfo.insert(key, PageInfo{title, subtitle, page});
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, key);
}

QWidget* MainWindow::page(const QString& key) const
{
    return m_pageInfo.value(key).widget;
}

void MainWindow::showPage(const QString& key)
{
    const int row = int(m_keys.indexOf(key));
    Q_ASSERT(row >= 0);
    closeElection();
    m_navigation->setCurrentRow(row);
}

QString MainWindow::currentPageKey() const
{
    if (m_workspace)
        return {};
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_keys.value(row) : QString();
}

void MainWindow::setPageSidebarTitle(const QString& key, const QString& title)
{
    const int row = int(m_keys.indexOf(key));
    if (row >= 0 && m_navigation->item(row))
        m_navigation->item(row)->setText(title);
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_keys.size())
        return;
    closeElection();
    const PageInfo info = m_pageInfo.value(m_keys.at(row));
    m_title->setText(info.title);
    m_subtitle->setText(info.subtitle);
    m_subtitle->setVisible(!info.subtitle.isEmpty());
    m_pages->setCurrentWidget(info.widget);
}

void MainWindow::openElection(qint64 electionId)
{
    closeElection();
    m_workspace = new ElectionWorkspace(m_connection, electionId, m_body);
    connect(m_workspace, &ElectionWorkspace::backRequested, this, &MainWindow::closeElection);
    connect(m_workspace, &ElectionWorkspace::electionChanged, m_elections, &ElectionsPage::reload);
    m_body->addWidget(m_workspace);
    m_body->setCurrentWidget(m_workspace);
    m_workspace->setFocus();
}

void MainWindow::closeElection()
{
    if (!m_workspace)
        return;
    m_body->setCurrentIndex(0);
    m_body->removeWidget(m_workspace);
    m_workspace->deleteLater();
    m_workspace = nullptr;
}

void MainWindow::refresh()
{
    QWidget* shown = m_workspace ? static_cast<QWidget*>(m_workspace) : m_pages->currentWidget();
    if (shown && shown->metaObject()->indexOfSlot("reload()") >= 0)
        QMetaObject::invokeMethod(shown, "reload");
}

void MainWindow::focusSearch()
{
    QWidget* shown = m_workspace ? static_cast<QWidget*>(m_workspace) : m_pages->currentWidget();
    if (!shown)
        return;
    // The search field of the page on show (in a workspace, of the tab on show).
    const auto fields = shown->findChildren<QLineEdit*>(QStringLiteral("search"));
    for (QLineEdit* field : fields) {
        if (field->isVisible()) {
            field->setFocus(Qt::ShortcutFocusReason);
            field->selectAll();
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    const int row = m_navigation->currentRow();
    if (row >= 0)
        settings.setValue(kPageKey, m_keys.value(row));
    QMainWindow::closeEvent(event);
}

void MainWindow::showNote(const QString& text)
{
    statusBar()->showMessage(text);
}

} // namespace Elect

#include "shell/MainWindow.h"

#include "core/connection/Connection.h"
#include "elections/ElectionsPage.h"
#include "organizations/PendingOrganizationsPage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Elect {

MainWindow::MainWindow(Connection& connection, const QString& serverDescription, QWidget* parent)
    : QMainWindow(parent), m_connection(connection)
{
    const Identity& who = connection.identity();
    setWindowTitle(who.organizationName.isEmpty() ? tr("Elect administration")
                                                  : tr("Elect administration — %1").arg(who.organizationName));
    resize(1000, 650);

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

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 18, 24, 18);
    contentLayout->setSpacing(6);

    auto* title = new QLabel(content);
    title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(content);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: #5b6675;"));
    contentLayout->addWidget(title);
    contentLayout->addWidget(subtitle);

    if (who.isSystemAdmin()) {
        title->setText(tr("Platform overview"));
        subtitle->setText(tr("Review new organizations before they can run elections, and see every election on "
                             "the platform."));
        auto* tabs = new QTabWidget(content);
        tabs->setObjectName(QStringLiteral("tabs"));
        tabs->setDocumentMode(true);
        m_pending = new PendingOrganizationsPage(connection, tabs);
        m_elections = new ElectionsPage(connection, tr("No organization has created an election yet."), tabs);
        tabs->addTab(m_pending, tr("Waiting for review"));
        tabs->addTab(m_elections, tr("All elections"));
        contentLayout->addWidget(tabs, 1);
        m_pending->reload();
        m_elections->reload();
    } else {
        title->setText(tr("Elections of %1").arg(who.organizationName));
        subtitle->setText(tr("Every election of your organization, with its status right now."));
        m_elections = new ElectionsPage(
            connection,
            tr("Your organization has no elections yet. Elections you create appear here, from draft to results."),
            content);
        contentLayout->addWidget(m_elections, 1);
        m_elections->reload();
    }

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(header);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    statusBar()->showMessage(tr("Connected to %1").arg(serverDescription));
}

void MainWindow::showNote(const QString& text)
{
    statusBar()->showMessage(text);
}

} // namespace Elect

#include "elections/NewElectionDialog.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/ElectionRepository.h"
#include "core/domain/Clock.h"
#include "elections/ElectionForm.h"
#include "elections/ElectionsPage.h"
#include "shell/MainWindow.h"
#include "shell/MessageBanner.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

NewElectionDialog::NewElectionDialog(Connection& connection, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_form(new ElectionForm(this)), m_banner(new MessageBanner(this)),
      m_busyBar(new QProgressBar(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_create(nullptr)
{
    setObjectName(QStringLiteral("newElectionDialog"));
    setWindowTitle(tr("New election"));
    auto* heading =
        new QLabel(tr("A new election starts as a draft: add its candidates and voters, then publish it."), this);
    heading->setWordWrap(true);
    heading->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_banner->setObjectName(QStringLiteral("newElectionMessage"));
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_create = m_buttons->addButton(tr("&Create draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewElectionDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_busyBar);
    bottom->addStretch();
    bottom->addWidget(m_buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_form, 1);
    layout->addLayout(bottom);
    resize(640, 560);

    setBusy(true);
    whenReady(m_connection.run([](Database& db) { return ElectionRepository(db).organizationTimeZone(); }), this,
              [this](Result<QString> zone) {
                  setBusy(false);
                  if (!zone) {
                      m_banner->showError(zone.message());
                      m_create->setEnabled(false);
                      return;
                  }
                  m_zone = QTimeZone(zone->toUtf8());
                  m_zoneLoaded = true;
                  // Tomorrow 09:00 to 19:00 in the organization's zone: a sensible first guess to change.
                  const QDate tomorrow = Clock::system().now().toTimeZone(m_zone).date().addDays(1);
                  Election e;
                  e.startsAt = QDateTime(tomorrow, QTime(9, 0), m_zone).toUTC();
                  e.endsAt = QDateTime(tomorrow, QTime(19, 0), m_zone).toUTC();
                  m_form->setElection(e, m_zone, Clock::system().now(), true);
                  m_form->setEnabled(true);
                  m_create->setEnabled(true);
                  m_form->findChild<QWidget*>(QStringLiteral("titleEdit"))->setFocus();
              });
}

void NewElectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_form->setEnabled(!busy && m_zoneLoaded);
    m_create->setEnabled(!busy && m_zoneLoaded);
}

void NewElectionDialog::create()
{
    const Election draft = m_form->election();
    setBusy(true);
    whenReady(m_connection.run([draft](Database& db) { return ElectionRepository(db).createDraft(draft); }), this,
              [this](Result<qint64> id) {
                  setBusy(false);
                  if (!id) {
                      m_banner->showError(id.message());
                      return;
                  }
                  Q_EMIT created(*id);
                  accept();
              });
}

void NewElectionDialog::addMenuAction(MainWindow* window, Connection& connection)
{
    const Identity& who = connection.identity();
    if (who.isSystemAdmin() || who.kind != Identity::Kind::Person)
        return;
    auto* action = window->fileMenu()->addAction(tr("&New election…"));
    action->setObjectName(QStringLiteral("newElectionAction"));
    action->setShortcut(QKeySequence::New);
    QObject::connect(action, &QAction::triggered, window, [window, &connection] {
        auto* dialog = new NewElectionDialog(connection, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &NewElectionDialog::created, window, [window](qint64 id) {
            window->electionsPage()->reload();
            window->openElection(id);
        });
        dialog->open();
    });
    window->fileMenu()->addSeparator();
}

} // namespace Elect

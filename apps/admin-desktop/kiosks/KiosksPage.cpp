#include "kiosks/KiosksPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/AccountRepository.h"
#include "core/db/KioskEnrollment.h"
#include "core/db/StaffRepository.h"
#include "kiosks/EnrollmentDialog.h"
#include "kiosks/KioskTableModel.h"
#include "kiosks/NewKioskDialog.h"
#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

KiosksPage::KiosksPage(Connection& connection, bool canManage, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_canManage(canManage), m_model(new KioskTableModel(this)),
      m_table(new QTableView(this)), m_empty(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_banner(new MessageBanner(this)), m_add(new QPushButton(tr("Add kiosk…"), this)),
      m_toggle(new QPushButton(tr("Disable…"), this)), m_rotate(new QPushButton(tr("New password…"), this)),
      m_refresh(new QPushButton(tr("Refresh"), this))
{
    m_table->setObjectName(QStringLiteral("kiosksTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table, KioskTableModel::PollingStation);
    m_table->setAccessibleName(tr("Kiosks"));
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KiosksPage::updateButtons);

    m_empty->setObjectName(QStringLiteral("kiosksEmpty"));
    m_empty->setText(canManage ? tr("Your organization has no kiosks yet. Add one for each voting computer at your "
                                    "polling stations.")
                               : tr("Your organization has no kiosks yet."));
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_banner->setObjectName(QStringLiteral("kiosksMessage"));
    auto* readOnly = new QLabel(tr("Only your organization's owner may add kiosks, turn them off or on, and give them "
                                   "new passwords. Ask the owner if a kiosk needs one of these."),
                                this);
    readOnly->setObjectName(QStringLiteral("kiosksReadOnlyNote"));
    readOnly->setWordWrap(true);
    readOnly->setStyleSheet(QStringLiteral("background: #eef2f7; color: #1d2733; padding: 8px 12px;"
                                           " border-radius: 4px;"));
    readOnly->setVisible(!canManage);

    m_add->setObjectName(QStringLiteral("addKioskButton"));
    m_toggle->setObjectName(QStringLiteral("toggleKioskButton"));
    m_rotate->setObjectName(QStringLiteral("rotateKioskButton"));
    m_refresh->setObjectName(QStringLiteral("refreshKiosksButton"));
    m_add->setToolTip(tr("Create a kiosk and get the code that sets it up"));
    m_rotate->setToolTip(tr("Give this kiosk a new password and a new enrollment code; the old one stops working"));
    for (QPushButton* b : {m_add, m_toggle, m_rotate})
        b->setVisible(canManage);
    connect(m_add, &QPushButton::clicked, this, &KiosksPage::addKiosk);
    connect(m_toggle, &QPushButton::clicked, this, &KiosksPage::toggleSelected);
    connect(m_rotate, &QPushButton::clicked, this, &KiosksPage::rotateSelectedAfterAsking);
    connect(m_refresh, &QPushButton::clicked, this, &KiosksPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_rotate);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(readOnly);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    updateButtons();
}

const Kiosk* KiosksPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->kiosks().at(rows.first().row());
}

void KiosksPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void KiosksPage::updateButtons()
{
    const Kiosk* kiosk = selected();
    m_add->setEnabled(!m_busy);
    m_toggle->setEnabled(!m_busy && kiosk);
    m_rotate->setEnabled(!m_busy && kiosk);
    m_toggle->setText(kiosk && !kiosk->enabled ? tr("Enable") : tr("Disable…"));
    m_toggle->setToolTip(kiosk && !kiosk->enabled ? tr("Let this kiosk sign in again")
                                                  : tr("Sign this kiosk out now and stop it from signing in"));
    m_refresh->setEnabled(!m_busy);
}

void KiosksPage::reload()
{
    const QString keep = selected() ? selected()->name : QString();
    setBusy(true);
    whenReady(m_connection.run([](Database& db) { return StaffRepository(db).kiosks(); }), this,
              [this, keep](Result<QList<Kiosk>> kiosks) {
                  if (!kiosks) {
                      m_banner->showError(kiosks.message());
                  } else {
                      m_model->setKiosks(std::move(kiosks).value());
                      m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
                      if (const int row = m_model->rowOf(keep); row >= 0)
                          m_table->selectRow(row);
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void KiosksPage::addKiosk()
{
    if (!m_canManage || m_busy || m_newDialog)
        return;
    m_newDialog = new NewKioskDialog(m_connection, this);
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &NewKioskDialog::created, this,
            [this](qint64, const QString& name, const QString& loginRole, const QString& password) {
                m_banner->showInfo(tr("The kiosk “%1” was created. Set it up with the code shown.").arg(name));
                reload();
                showEnrollment(name, loginRole, password);
            });
    connect(m_newDialog, &QObject::destroyed, this, [this] { m_newDialog = nullptr; });
    m_newDialog->open();
}

void KiosksPage::showEnrollment(const QString& name, const QString& loginRole, const QString& password)
{
    // The server this person signed in to (SignInDialog keeps it; never a password).
    QSettings settings;
    KioskEnrollment enrollment;
    static_cast<ServerProfile&>(enrollment.profile) = ServerProfile::load(settings);
    enrollment.profile.loginRole = loginRole;
    enrollment.password = password;
    enrollment.kioskName = name;
    const ServerProfile& server = enrollment.profile;
    const QString where = server.embedded
                              ? tr("the embedded server of the kiosk's own computer")
                              : tr("%1, port %2, database %3").arg(server.host).arg(server.port).arg(server.dbname);
    m_enrollment = new EnrollmentDialog(name, enrollment.toString(), where, this);
    m_enrollment->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_enrollment, &QObject::destroyed, this, [this] { m_enrollment = nullptr; });
    m_enrollment->open();
}

void KiosksPage::ask(const QString& title, const QString& text, const QString& details, const QString& yes,
                     std::function<void()> then)
{
    m_confirm = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("kioskQuestion"));
    m_confirm->setInformativeText(details);
    QPushButton* yesButton = m_confirm->addButton(yes, QMessageBox::DestructiveRole);
    yesButton->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(no);
    m_confirm->setEscapeButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QObject::destroyed, this, [this] { m_confirm = nullptr; });
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [yesButton, then = std::move(then)](QAbstractButton* clicked) {
                if (clicked == yesButton)
                    then();
            });
    m_confirm->open();
}

void KiosksPage::toggleSelected()
{
    const Kiosk* kiosk = selected();
    if (!kiosk || m_busy || m_confirm)
        return;
    const qint64 id = kiosk->id;
    const bool enable = !kiosk->enabled;
    const QString name = kiosk->name;
    auto run = [this, id, enable, name] {
        setBusy(true);
        whenReady(
            m_connection.run([id, enable](Database& db) { return AccountRepository(db).setKioskEnabled(id, enable); }),
            this, [this, name, enable](Result<int> ended) {
                if (!ended)
                    m_banner->showError(ended.message());
                else if (enable)
                    m_banner->showInfo(tr("The kiosk “%1” may sign in again.").arg(name));
                else
                    m_banner->showInfo(
                        tr("The kiosk “%1” was signed out and cannot sign in until you enable it.").arg(name));
                setBusy(false);
                reload();
            });
    };
    if (enable) {
        run();
        return;
    }
    ask(tr("Disable “%1”?").arg(name), tr("Disable the kiosk “%1” now?").arg(name),
        tr("It is signed out at once, also in the middle of a voter's session, and cannot sign in until you enable it "
           "again. Do this when a kiosk is lost, stolen or out of use."),
        tr("Disable"), run);
}

void KiosksPage::rotateSelectedAfterAsking()
{
    const Kiosk* kiosk = selected();
    if (!kiosk || m_busy || m_confirm)
        return;
    const qint64 id = kiosk->id;
    const QString name = kiosk->name;
    ask(tr("New password for “%1”?").arg(name), tr("Give the kiosk “%1” a new password?").arg(name),
        tr("Its current enrollment code stops working at once and the kiosk is signed out. Set it up again with the "
           "new code, shown next. Do this when a code was lost or someone else saw it."),
        tr("New password"), [this, id, name] {
            setBusy(true);
            whenReady(
                m_connection.run([id](Database& db) { return StaffRepository(db).rotateKioskPassword(id); }), this,
                [this, name](Result<StaffRepository::NewKioskPassword> rotated) {
                    setBusy(false);
                    if (!rotated) {
                        m_banner->showError(rotated.message());
                        return;
                    }
                    m_banner->showInfo(
                        tr("The kiosk “%1” has a new password. Its old enrollment code no longer works.").arg(name));
                    showEnrollment(name, rotated->loginRole, rotated->password);
                });
        });
}

} // namespace Elect

#include "kiosks/KiosksPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/AccountRepository.h"
#include "core/db/KioskEnrollment.h"
#include "core/db/StaffRepository.h"
#include "kiosks/EnrollmentDialog.h"
#include "kiosks/KioskTableModel.h"
#include "kiosks/NewKioskDialog.h"
#include "shell/MessageBanner.h"

#include <QPushButton>
#include <QSettings>

namespace Elect {

KiosksPage::KiosksPage(Connection& connection, bool canManage, QWidget* parent)
    : ListPage(connection, parent), m_canManage(canManage), m_model(new KioskTableModel(this)),
      m_add(addButton(tr("Add kiosk…"), QStringLiteral("addKioskButton"), [this] { addKiosk(); })),
      m_toggle(addButton(tr("Disable…"), QStringLiteral("toggleKioskButton"), [this] { toggleSelected(); })),
      m_rotate(
          addButton(tr("New password…"), QStringLiteral("rotateKioskButton"), [this] { rotateSelectedAfterAsking(); })),
      m_refresh(addRefreshButton(tr("Refresh"), QStringLiteral("refreshKiosksButton")))
{
    setUpList(m_model, QStringLiteral("kiosksTable"), KioskTableModel::PollingStation, tr("Kiosks"));
    setEmptyText(QStringLiteral("kiosksEmpty"),
                 canManage ? tr("Your organization has no kiosks yet. Add one for each voting computer at your "
                                "polling stations.")
                           : tr("Your organization has no kiosks yet."));
    m_banner->setObjectName(QStringLiteral("kiosksMessage"));
    addNote(QStringLiteral("kiosksReadOnlyNote"),
            tr("Only your organization's owner may add kiosks, turn them off or on, and give them "
               "new passwords. Ask the owner if a kiosk needs one of these."))
        ->setVisible(!canManage);

    m_add->setToolTip(tr("Create a kiosk and get the code that sets it up"));
    m_rotate->setToolTip(tr("Give this kiosk a new password and a new enrollment code; the old one stops working"));
    for (QPushButton* b : {m_add, m_toggle, m_rotate})
        b->setVisible(canManage);
    updateButtons();
}

const Kiosk* KiosksPage::selected() const
{
    const int row = selectedRow();
    return row < 0 ? nullptr : &m_model->kiosks().at(row);
}

void KiosksPage::updateButtons()
{
    const Kiosk* kiosk = selected();
    m_add->setEnabled(!isBusy());
    m_toggle->setEnabled(!isBusy() && kiosk);
    m_rotate->setEnabled(!isBusy() && kiosk);
    m_toggle->setText(kiosk && !kiosk->enabled ? tr("Enable") : tr("Disable…"));
    m_toggle->setToolTip(kiosk && !kiosk->enabled ? tr("Let this kiosk sign in again")
                                                  : tr("Sign this kiosk out now and stop it from signing in"));
    m_refresh->setEnabled(!isBusy());
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
                      showListOrEmpty();
                      selectRow(m_model->rowOf(keep));
                  }
                  setBusy(false);
                  Q_EMIT loaded();
              });
}

void KiosksPage::addKiosk()
{
    if (!m_canManage || isBusy() || m_newDialog)
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

void KiosksPage::toggleSelected()
{
    const Kiosk* kiosk = selected();
    if (!kiosk || isBusy() || confirmation())
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
        tr("Disable"), QStringLiteral("kioskQuestion"), QStringLiteral("confirmButton"), run);
}

void KiosksPage::rotateSelectedAfterAsking()
{
    const Kiosk* kiosk = selected();
    if (!kiosk || isBusy() || confirmation())
        return;
    const qint64 id = kiosk->id;
    const QString name = kiosk->name;
    ask(tr("New password for “%1”?").arg(name), tr("Give the kiosk “%1” a new password?").arg(name),
        tr("Its current enrollment code stops working at once and the kiosk is signed out. Set it up again with the "
           "new code, shown next. Do this when a code was lost or someone else saw it."),
        tr("New password"), QStringLiteral("kioskQuestion"), QStringLiteral("confirmButton"), [this, id, name] {
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

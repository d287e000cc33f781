#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Elect {

class Database;

/// One organization admin, as the organization's staff see them.
struct OrganizationAdmin
{
    qint64 userId = 0;
    QString firstName;
    QString lastName;
    QString email;
    bool active = true;
    QDateTime emailVerifiedAt; ///< invalid until the admin verified the email
    QDateTime createdAt;
};

/// One kiosk of the organization.
struct Kiosk
{
    qint64 id = 0;
    QString name;
    QString pollingStation;
    bool enabled = true;
    QDateTime createdAt;
};

/// An organization's admins and kiosks (core/sql/0021_organization_staff.sql). Lists go through row-level
/// security (the signed-in person's own organization only); every change is a SECURITY DEFINER function
/// that only the organization's owner may call: anyone else gets NotAllowed from the database.
class StaffRepository
{
public:
    explicit StaffRepository(Database& db);

    /// The organization's admins that were not removed, by last and first name.
    Result<QList<OrganizationAdmin>> admins();
    /// As the owner: invites an admin. No password is set here: the admin verifies the email, then chooses
    /// a password through the password-reset flow. Returns the new user id; AlreadyExists for a taken email.
    Result<qint64> inviteAdmin(const QString& email, const QString& firstName, const QString& lastName);
    /// As the owner: disables (no sign-in; open sessions end) or enables again. Returns the sessions ended.
    Result<int> setAdminActive(qint64 userId, bool active);
    /// As the owner: removes an admin for good (the account stays in the audit trail only). Returns the
    /// sessions ended.
    Result<int> removeAdmin(qint64 userId);

    /// The organization's kiosks, by name.
    Result<QList<Kiosk>> kiosks();
    struct NewKioskPassword
    {
        QString loginRole;
        QString password; ///< generated here; show once to whoever enrolls the kiosk
        int sessionsEnded = 0;
    };
    /// As the owner: a new random password for the kiosk, to show once; the old one stops working and open
    /// sessions end. NotFound for a kiosk of another organization.
    Result<NewKioskPassword> rotateKioskPassword(qint64 kioskId);

private:
    Database& m_db;
};

} // namespace Elect

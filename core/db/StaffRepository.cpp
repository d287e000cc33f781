#include "core/db/StaffRepository.h"

#include "core/crypto/Crypto.h"
#include "core/db/ConnectionSettings.h"
#include "core/db/DbSupport.h"

namespace Elect {

namespace {

const Db::Statement kAdmins{
    "staff_admins",
    "SELECT u.id, u.first_name, u.last_name, u.email, u.is_active, extract(epoch FROM u.email_verified_at),"
    "       extract(epoch FROM u.created_at)"
    "  FROM elect.organization_admins a JOIN elect.users u ON u.id = a.user_id"
    " WHERE u.removed_at IS NULL"
    " ORDER BY lower(u.last_name), lower(u.first_name), u.id"};

const Db::Statement kKiosks{"staff_kiosks", "SELECT id, name, polling_station, enabled, extract(epoch FROM created_at)"
                                            "  FROM elect.kiosks ORDER BY lower(name), id"};

} // namespace

StaffRepository::StaffRepository(Database& db) : m_db(db) {}

Result<QList<OrganizationAdmin>> StaffRepository::admins()
{
    return Db::transact<QList<OrganizationAdmin>>(m_db, [](pqxx::work& w) {
        QList<OrganizationAdmin> out;
        for (const auto& row : Db::execPrepared(w, kAdmins)) {
            OrganizationAdmin a;
            a.userId = Db::int64(row[0]);
            a.firstName = Db::qstr(row[1]);
            a.lastName = Db::qstr(row[2]);
            a.email = Db::qstr(row[3]);
            a.active = Db::boolean(row[4]);
            a.emailVerifiedAt = Db::epoch(row[5]);
            a.createdAt = Db::epoch(row[6]);
            out << a;
        }
        return out;
    });
}

Result<qint64> StaffRepository::inviteAdmin(const QString& email, const QString& firstName, const QString& lastName)
{
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return w
            .exec_params1("SELECT elect.invite_organization_admin($1, $2, $3)", Db::str(email), Db::str(firstName),
                          Db::str(lastName))[0]
            .as<long long>();
    });
}

Result<int> StaffRepository::setAdminActive(qint64 userId, bool active)
{
    return Db::transact<int>(m_db, [&](pqxx::work& w) {
        return w
            .exec_params1("SELECT elect.set_organization_admin_active($1, $2)", static_cast<long long>(userId),
                          active)[0]
            .as<int>();
    });
}

Result<int> StaffRepository::removeAdmin(qint64 userId)
{
    return Db::transact<int>(m_db, [&](pqxx::work& w) {
        return w.exec_params1("SELECT elect.remove_organization_admin($1)", static_cast<long long>(userId))[0]
            .as<int>();
    });
}

Result<QList<Kiosk>> StaffRepository::kiosks()
{
    return Db::transact<QList<Kiosk>>(m_db, [](pqxx::work& w) {
        QList<Kiosk> out;
        for (const auto& row : Db::execPrepared(w, kKiosks)) {
            Kiosk k;
            k.id = Db::int64(row[0]);
            k.name = Db::qstr(row[1]);
            k.pollingStation = Db::qstr(row[2]);
            k.enabled = Db::boolean(row[3]);
            k.createdAt = Db::epoch(row[4]);
            out << k;
        }
        return out;
    });
}

Result<StaffRepository::NewKioskPassword> StaffRepository::rotateKioskPassword(qint64 kioskId)
{
    NewKioskPassword out;
    out.password = QString::fromLatin1(Crypto::randomPassword());
    const QString verifier = scramVerifier(out.password);
    return Db::transact<NewKioskPassword>(m_db, [&](pqxx::work& w) {
        const auto row = w.exec_params1("SELECT kiosk_login, sessions_ended FROM elect.rotate_kiosk_password($1, $2)",
                                        static_cast<long long>(kioskId), Db::str(verifier));
        NewKioskPassword done = out;
        done.loginRole = Db::qstr(row[0]);
        done.sessionsEnded = row[1].as<int>();
        return done;
    });
}

} // namespace Elect

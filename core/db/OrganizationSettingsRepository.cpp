#include "core/db/OrganizationSettingsRepository.h"

#include "core/db/DbSupport.h"

#include <QCoreApplication>

namespace Elect {

namespace {

const Db::Statement kCurrent{"organization_settings_current",
                             "SELECT user_id, name, country, time_zone FROM elect.organizations"
                             " WHERE user_id = elect.current_organization_id()"};
const Db::Statement kSetTimeZone{"organization_settings_set_time_zone", "SELECT elect.set_organization_time_zone($1)"};
const Db::Statement kTimeZones{"organization_settings_time_zones",
                               "SELECT user_id, time_zone FROM elect.organizations"};

} // namespace

OrganizationSettingsRepository::OrganizationSettingsRepository(Database& db) : m_db(db) {}

Result<OrganizationProfile> OrganizationSettingsRepository::current()
{
    auto profile = Db::transact<OrganizationProfile>(m_db, [](pqxx::work& w) {
        const pqxx::result rows = Db::execPrepared(w, kCurrent);
        OrganizationProfile p;
        if (!rows.empty()) {
            p.id = Db::int64(rows[0]["user_id"]);
            p.name = Db::qstr(rows[0]["name"]);
            p.country = Db::qstr(rows[0]["country"]);
            p.timeZone = Db::qstr(rows[0]["time_zone"]);
        }
        return p;
    });
    if (profile && profile->id == 0)
        return Result<OrganizationProfile>::failure(
            ErrorCode::NotFound, QCoreApplication::translate("Elect::OrganizationSettingsRepository",
                                                             "This account belongs to no organization."));
    return profile;
}

Status OrganizationSettingsRepository::setTimeZone(const QString& zone)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) { Db::execPrepared(w, kSetTimeZone, Db::str(zone)); });
}

Result<QHash<qint64, QString>> OrganizationSettingsRepository::timeZones()
{
    return Db::transact<QHash<qint64, QString>>(m_db, [](pqxx::work& w) {
        QHash<qint64, QString> zones;
        for (const auto& row : Db::execPrepared(w, kTimeZones))
            zones.insert(Db::int64(row["user_id"]), Db::qstr(row["time_zone"]));
        return zones;
    });
}

} // namespace Elect

#pragma once

#include "core/Result.h"

#include <QHash>
#include <QString>

namespace Elect {

class Database;

/// The signed-in staff member's organization as its settings page shows it.
struct OrganizationProfile
{
    qint64 id = 0;
    QString name;
    QString country;  ///< ISO 3166-1 alpha-2 ("EG")
    QString timeZone; ///< IANA ("Africa/Cairo")
};

/// An organization's own settings (its time zone) and the zones that elections are shown in. The database
/// decides who may change what (set_organization_time_zone: the owner only); this class checks nothing.
class OrganizationSettingsRepository
{
public:
    explicit OrganizationSettingsRepository(Database& db);

    /// As staff: the login's own organization; NotFound for a login that has none (a system admin).
    Result<OrganizationProfile> current();
    /// As the organization's owner: its time zone becomes \a zone (an IANA name the server knows). Elections
    /// keep their instants; only how they are shown and typed changes. Refused: not the owner (NotAllowed),
    /// a zone the server does not know (InvalidInput).
    Status setTimeZone(const QString& zone);
    /// The time zone of every organization this login may see, by organization id: its own for staff, all
    /// of them for a system admin.
    Result<QHash<qint64, QString>> timeZones();

private:
    Database& m_db;
};

} // namespace Elect

#include "core/db/PlatformRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QCoreApplication>
#include <QLocale>

namespace Elect {

namespace {

// strpos rather than LIKE: what a person types is matched as text, with no wildcard to escape.
const Db::Statement kOrganizations{
    "platform_organizations",
    "SELECT o.user_id AS id, o.name, o.country, o.status, u.email AS owner_email,"
    "       u.first_name || ' ' || u.last_name AS owner_name, u.email_verified_at IS NOT NULL AS email_verified,"
    "       extract(epoch FROM o.created_at) AS created_at, extract(epoch FROM o.decided_at) AS decided_at,"
    "       coalesce(o.decision_reason, '') AS decision_reason"
    "  FROM elect.organizations o JOIN elect.users u ON u.id = o.user_id"
    " WHERE ($1::text IS NULL OR o.status = $1::elect.organization_status)"
    "   AND ($2 = '' OR strpos(lower(o.name), lower($2)) > 0 OR strpos(lower(o.country), lower($2)) > 0"
    "        OR strpos(lower(u.email), lower($2)) > 0"
    "        OR strpos(lower(u.first_name || ' ' || u.last_name), lower($2)) > 0)"
    " ORDER BY o.created_at DESC, o.user_id DESC LIMIT 1000"};
const Db::Statement kCounts{"platform_organization_counts",
                            "SELECT status, count(*) AS n FROM elect.organizations GROUP BY status"};
const Db::Statement kPeople{
    "platform_people",
    "SELECT u.id, u.first_name || ' ' || u.last_name AS name, u.email, u.role,"
    "       u.email_verified_at IS NOT NULL AS verified, u.is_active, extract(epoch FROM u.created_at) AS created_at"
    "  FROM elect.users u"
    " WHERE u.id = $1 OR u.id IN (SELECT a.user_id FROM elect.organization_admins a WHERE a.organization_id = $1)"
    " ORDER BY u.role = 'organization' DESC, lower(u.last_name), lower(u.first_name), u.id"};
// The kiosk counts come from the definer function, which refuses anyone but a system admin; the rest
// is read through row-level security.
const Db::Statement kActive{
    "platform_active_elections",
    "SELECT e.id, e.organization_id, o.name AS organization_name, e.title, e.type,"
    "       extract(epoch FROM e.starts_at) AS starts_at, extract(epoch FROM e.ends_at) AS ends_at,"
    "       (SELECT count(*) FROM elect.voting_records r WHERE r.election_id = e.id) AS voted,"
    "       CASE WHEN e.method = 'api' THEN e.potential_voters::bigint"
    "            ELSE (SELECT count(*) FROM elect.voters v WHERE v.election_id = e.id) END AS eligible,"
    "       coalesce(k.kiosks_enabled, 0) AS kiosks_enabled, coalesce(k.kiosks_online, 0) AS kiosks_online"
    "  FROM elect.elections e JOIN elect.organizations o ON o.user_id = e.organization_id"
    "  LEFT JOIN elect.platform_kiosks_online() k ON k.organization_id = e.organization_id"
    " WHERE e.status = 'scheduled' AND e.ends_at > to_timestamp($1::double precision)"
    " ORDER BY e.starts_at <= to_timestamp($1::double precision) DESC, e.starts_at, e.id"};

const Db::Statement kTier{"platform_tier", "SELECT currency, min_voters FROM elect.pricing_tiers WHERE id = $1"};
const Db::Statement kTierAt{"platform_tier_at",
                            "SELECT id FROM elect.pricing_tiers WHERE currency = upper(btrim($1)) AND min_voters = $2"};
const Db::Statement kIsSysadmin{"platform_is_sysadmin", "SELECT elect.is_sysadmin()"};
const Db::Statement kRemoveTier{"platform_remove_tier", "SELECT elect.remove_pricing_tier($1)"};
const Db::Statement kSetTier{"platform_set_tier", "SELECT elect.set_pricing_tier($1, $2, $3, $4) AS id"};

std::optional<std::string> statusKey(std::optional<OrganizationStatus> status)
{
    if (!status)
        return std::nullopt;
    switch (*status) {
    case OrganizationStatus::Pending:
        return std::string("pending");
    case OrganizationStatus::Accepted:
        return std::string("accepted");
    case OrganizationStatus::Rejected:
        return std::string("rejected");
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

} // namespace

PlatformRepository::PlatformRepository(Database& db) : m_db(db) {}

Result<QList<Organization>> PlatformRepository::organizations(std::optional<OrganizationStatus> status,
                                                              const QString& search)
{
    return Db::transact<QList<Organization>>(m_db, [&](pqxx::work& w) {
        QList<Organization> out;
        for (const auto& row : Db::execPrepared(w, kOrganizations, statusKey(status), Db::str(search.trimmed()))) {
            Organization o;
            o.id = row["id"].as<long long>();
            o.name = Db::qstr(row["name"]);
            o.country = Db::qstr(row["country"]);
            o.status = Db::organizationStatus(row["status"]);
            o.ownerEmail = Db::qstr(row["owner_email"]);
            o.ownerName = Db::qstr(row["owner_name"]);
            o.emailVerified = Db::boolean(row["email_verified"]);
            o.createdAt = Db::epoch(row["created_at"]);
            if (!row["decided_at"].is_null())
                o.decidedAt = Db::epoch(row["decided_at"]);
            o.decisionReason = Db::qstr(row["decision_reason"]);
            out << o;
        }
        return out;
    });
}

Result<QMap<OrganizationStatus, int>> PlatformRepository::organizationCounts()
{
    return Db::transact<QMap<OrganizationStatus, int>>(m_db, [&](pqxx::work& w) {
        QMap<OrganizationStatus, int> counts;
        for (const auto& row : Db::execPrepared(w, kCounts))
            counts.insert(Db::organizationStatus(row["status"]), row["n"].as<int>());
        return counts;
    });
}

Result<QList<OrganizationPerson>> PlatformRepository::people(qint64 organizationId)
{
    return Db::transact<QList<OrganizationPerson>>(m_db, [&](pqxx::work& w) {
        QList<OrganizationPerson> out;
        for (const auto& row : Db::execPrepared(w, kPeople, static_cast<long long>(organizationId))) {
            OrganizationPerson p;
            p.id = row["id"].as<long long>();
            p.name = Db::qstr(row["name"]);
            p.email = Db::qstr(row["email"]);
            p.role = Db::userRole(row["role"]);
            p.emailVerified = Db::boolean(row["verified"]);
            p.enabled = Db::boolean(row["is_active"]);
            p.createdAt = Db::epoch(row["created_at"]);
            out << p;
        }
        return out;
    });
}

Result<QList<ActiveElection>> PlatformRepository::activeElections(const QDateTime& now)
{
    return Db::transact<QList<ActiveElection>>(m_db, [&](pqxx::work& w) {
        QList<ActiveElection> out;
        for (const auto& row : Db::execPrepared(w, kActive, Db::epochParam(now))) {
            ActiveElection e;
            e.electionId = row["id"].as<long long>();
            e.organizationId = row["organization_id"].as<long long>();
            e.organizationName = Db::qstr(row["organization_name"]);
            e.title = Db::qstr(row["title"]);
            e.type = Db::electionType(row["type"]);
            e.startsAt = Db::epoch(row["starts_at"]);
            e.endsAt = Db::epoch(row["ends_at"]);
            e.voted = row["voted"].as<long long>();
            e.eligible = row["eligible"].as<long long>();
            e.kiosksEnabled = row["kiosks_enabled"].as<int>();
            e.kiosksOnline = row["kiosks_online"].as<int>();
            out << e;
        }
        return out;
    });
}

Result<qint64> PlatformRepository::addPricingTier(const PricingTier& tier)
{
    std::optional<Error> taken;
    auto id = Db::transact<qint64>(m_db, [&](pqxx::work& w) -> qint64 {
        // Only a system admin learns that the tier exists; anyone else gets set_pricing_tier's refusal.
        if (!Db::execPrepared(w, kTierAt, Db::str(tier.currency), tier.minVoters).empty() &&
            Db::boolean(Db::execPrepared(w, kIsSysadmin)[0][0])) {
            taken = Error{ErrorCode::AlreadyExists,
                          QCoreApplication::translate("Elect::PlatformRepository",
                                                      "A tier in %1 that starts at %2 voters exists already. Change "
                                                      "that tier instead.")
                              .arg(tier.currency.trimmed().toUpper(), QLocale().toString(tier.minVoters))};
            return 0;
        }
        const std::optional<int> max = tier.maxVoters;
        return qint64(Db::execPrepared(w, kSetTier, tier.minVoters, max, static_cast<long long>(tier.price),
                                       Db::str(tier.currency))[0]["id"]
                          .as<long long>());
    });
    if (taken)
        return *taken;
    return id;
}

Result<qint64> PlatformRepository::changePricingTier(qint64 tierId, const PricingTier& tier)
{
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        const pqxx::result old = Db::execPrepared(w, kTier, static_cast<long long>(tierId));
        const bool sameKey = !old.empty() && Db::qstr(old[0]["currency"]) == tier.currency.trimmed().toUpper() &&
                             old[0]["min_voters"].as<int>() == tier.minVoters;
        if (!sameKey) // also when the tier is gone: remove_pricing_tier says so
            Db::execPrepared(w, kRemoveTier, static_cast<long long>(tierId));
        const std::optional<int> max = tier.maxVoters;
        return qint64(Db::execPrepared(w, kSetTier, tier.minVoters, max, static_cast<long long>(tier.price),
                                       Db::str(tier.currency))[0]["id"]
                          .as<long long>());
    });
}

} // namespace Elect

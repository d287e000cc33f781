#include "core/db/DbKeys.h"

#include <cstring>
#include <utility>

namespace Elect::Db {

namespace {

[[noreturn]] void refuse(const pqxx::field& f)
{
    throw UnknownKey(f.name() ? f.name() : "?", f.is_null() ? "NULL" : f.c_str());
}

template <typename E, std::size_t N>
E fromKey(const pqxx::field& f, const std::pair<E, const char*> (&table)[N])
{
    if (!f.is_null())
        for (const auto& [value, name] : table)
            if (std::strcmp(f.c_str(), name) == 0)
                return value;
    refuse(f);
}

// Election types and counting methods are also keys of the CLI: their one table is in core/domain.
template <typename E>
E fromKey(const pqxx::field& f, std::optional<E> (*parse)(const QString&))
{
    if (!f.is_null())
        if (const auto value = parse(QString::fromUtf8(f.c_str())))
            return *value;
    refuse(f);
}

const std::pair<UserRole, const char*> kRoles[] = {{UserRole::SystemAdmin, "system_admin"},
                                                   {UserRole::OrganizationOwner, "organization"},
                                                   {UserRole::OrganizationAdmin, "organization_admin"}};
const std::pair<OrganizationStatus, const char*> kOrganizationStatuses[] = {{OrganizationStatus::Pending, "pending"},
                                                                            {OrganizationStatus::Accepted, "accepted"},
                                                                            {OrganizationStatus::Rejected, "rejected"}};
const std::pair<VoterListMethod, const char*> kListMethods[] = {{VoterListMethod::Csv, "csv"},
                                                                {VoterListMethod::Api, "api"}};
const std::pair<ElectionStatus, const char*> kElectionStatuses[] = {{ElectionStatus::Draft, "draft"},
                                                                    {ElectionStatus::Scheduled, "scheduled"},
                                                                    {ElectionStatus::Tallied, "tallied"},
                                                                    {ElectionStatus::Cancelled, "cancelled"}};
const std::pair<Identity::Kind, const char*> kIdentityKinds[] = {{Identity::Kind::Person, "person"},
                                                                 {Identity::Kind::Kiosk, "kiosk"}};
} // namespace

UnknownKey::UnknownKey(std::string column, std::string key)
    : std::runtime_error("unknown key '" + key + "' in column " + column), m_column(std::move(column)),
      m_key(std::move(key))
{}

UserRole userRole(const pqxx::field& f)
{
    return fromKey(f, kRoles);
}
OrganizationStatus organizationStatus(const pqxx::field& f)
{
    return fromKey(f, kOrganizationStatuses);
}
ElectionType electionType(const pqxx::field& f)
{
    return fromKey(f, &electionTypeFromKey);
}
VoterListMethod voterListMethod(const pqxx::field& f)
{
    return fromKey(f, kListMethods);
}
CountingMethod countingMethod(const pqxx::field& f)
{
    return fromKey(f, &countingMethodFromKey);
}
ElectionStatus electionStatus(const pqxx::field& f)
{
    return fromKey(f, kElectionStatuses);
}
Identity::Kind identityKind(const pqxx::field& f)
{
    return fromKey(f, kIdentityKinds);
}

} // namespace Elect::Db

#pragma once

// Private to core/db: the one place where the keys the database stores (its enum types) become Elect's
// enums. A key this version does not know is refused, never read as a default: it throws UnknownKey,
// which Db::transact turns into an Error (Internal) that names the column and the key.

#ifndef ELECT_DB_INTERNALS
#error "core/db/DbKeys.h is private to core/db"
#endif

#include "core/domain/Types.h"

#include <pqxx/pqxx>

#include <stdexcept>
#include <string>

namespace Elect::Db {

/// A stored key that no enum value of this version matches (a newer schema, or a hand-edited row).
class UnknownKey : public std::runtime_error
{
public:
    UnknownKey(std::string column, std::string key);
    const std::string& column() const { return m_column; }
    const std::string& key() const { return m_key; }

private:
    std::string m_column;
    std::string m_key;
};

// Each reads the field's key; a null or unknown key throws UnknownKey naming the field's column.
UserRole userRole(const pqxx::field& f);
OrganizationStatus organizationStatus(const pqxx::field& f);
ElectionType electionType(const pqxx::field& f);
VoterListMethod voterListMethod(const pqxx::field& f);
CountingMethod countingMethod(const pqxx::field& f);
ElectionStatus electionStatus(const pqxx::field& f);
Identity::Kind identityKind(const pqxx::field& f);

} // namespace Elect::Db

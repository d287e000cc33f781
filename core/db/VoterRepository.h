#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Elect {

class Database;

/// Which voters of one election a list shows. Empty strings and Voted::Any mean "any".
struct VoterFilter
{
    enum class Voted { Any, Yes, No };
    qint64 electionId = 0;
    QString district;
    QString governorate;
    Voted voted = Voted::Any;
    /// Only this voter (a national-id search found it); 0: no such restriction, -1: nobody.
    qint64 voterId = 0;

    bool operator==(const VoterFilter& o) const
    {
        return electionId == o.electionId && district == o.district && governorate == o.governorate &&
               voted == o.voted && voterId == o.voterId;
    }
    bool operator!=(const VoterFilter& o) const { return !(*this == o); }
};

/// One voter as staff see it: never the national id (only its HMAC is stored), the phone masked.
struct VoterListRow
{
    qint64 id = 0;
    QString phoneMasked; ///< "••••••••••42"; empty when the voter has no phone
    QString district;
    QString governorate;
    bool verified = false; ///< confirmed a one-time code at a kiosk
    bool voted = false;
};

/// Where each page of a filtered list starts, for a list that jumps anywhere without OFFSET.
struct VoterIndex
{
    qint64 total = 0;
    QList<qint64> pageStarts; ///< the id of the first voter of page 0, 1, ... (ascending)
};

/// The voters of an election, as the signed-in login may see them: every query runs as that login, so
/// row-level security decides (another organization's staff see no voter and no election).
class VoterRepository
{
public:
    explicit VoterRepository(Database& db);

    /// At most \a limit voters matching \a filter whose id is at least \a fromId, by id (keyset paging:
    /// the cost does not grow with the position in the list).
    Result<QList<VoterListRow>> page(const VoterFilter& filter, qint64 fromId, int limit);

    /// How many voters match \a filter, and the first id of every \a pageSize-th of them, in one pass
    /// over the ids (a few bytes per page, never the rows themselves).
    Result<VoterIndex> index(const VoterFilter& filter, int pageSize);

    /// The voter of \a electionId whose national id is exactly \a nationalId, if any. The id is hashed in
    /// the database with the organization's key (never here); searches are limited per minute and
    /// audited. InvalidInput when it is not a national id; NotFound for an election the login may not see.
    Result<std::optional<qint64>> findByNationalId(qint64 electionId, const QString& nationalId);

    /// The districts and governorates the election's voters have, sorted (for the filters).
    Result<QStringList> districts(qint64 electionId);
    Result<QStringList> governorates(qint64 electionId);

private:
    Database& m_db;
};

} // namespace Elect

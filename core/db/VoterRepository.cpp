#include "core/db/VoterRepository.h"

#include "core/db/DbSupport.h"

namespace Elect {

namespace {

// $1 election, $2 district ('' any), $3 governorate ('' any), $4 voted (0 any, 1 yes, 2 no), $5 voter (0 any).
#define ELECT_VOTER_FILTER                                                                                             \
    " v.election_id = $1::bigint AND ($2::text = '' OR v.district = $2::text)"                                         \
    " AND ($3::text = '' OR v.governorate = $3::text) AND ($5::bigint = 0 OR v.id = $5::bigint)"                       \
    " AND ($4::int = 0 OR ($4::int = 1) = EXISTS (SELECT FROM elect.voting_records r"                                  \
    "                                   WHERE r.election_id = v.election_id AND r.voter_id = v.id))"

const Db::Statement kPage{"voters_page",
                          "SELECT v.id, coalesce(v.phone_masked, '') AS phone, coalesce(v.district, '') AS district,"
                          " coalesce(v.governorate, '') AS governorate, v.verified_at IS NOT NULL AS verified,"
                          " EXISTS (SELECT FROM elect.voting_records r"
                          "         WHERE r.election_id = v.election_id AND r.voter_id = v.id) AS voted"
                          " FROM elect.voters v WHERE" ELECT_VOTER_FILTER
                          " AND v.id >= $6::bigint ORDER BY v.id LIMIT $7::int"};
// row_number() walks the ids in order once; only every page's first id comes back.
const Db::Statement kIndex{"voters_index",
                           "SELECT count(*) AS total,"
                           " coalesce(string_agg(s.id::text, ',' ORDER BY s.id) FILTER (WHERE s.n % $6::int = 0), '')"
                           "   AS starts"
                           " FROM (SELECT v.id, row_number() OVER (ORDER BY v.id) - 1 AS n"
                           "       FROM elect.voters v WHERE" ELECT_VOTER_FILTER ") s"};
const Db::Statement kFind{"voters_find", "SELECT elect.find_voter($1, $2)"};
const Db::Statement kDistricts{"voters_districts", "SELECT DISTINCT district FROM elect.voters"
                                                   " WHERE election_id = $1 AND district IS NOT NULL ORDER BY 1"
                                                   " LIMIT 5000"};
const Db::Statement kGovernorates{"voters_governorates", "SELECT DISTINCT governorate FROM elect.voters"
                                                         " WHERE election_id = $1 AND governorate IS NOT NULL"
                                                         " ORDER BY 1 LIMIT 5000"};

#undef ELECT_VOTER_FILTER

int votedParam(VoterFilter::Voted voted)
{
    switch (voted) {
    case VoterFilter::Voted::Any:
        return 0;
    case VoterFilter::Voted::Yes:
        return 1;
    case VoterFilter::Voted::No:
        return 2;
    }
    return 0;
}

QStringList column(pqxx::work& w, const Db::Statement& statement, qint64 electionId)
{
    QStringList names;
    for (const auto& row : Db::execPrepared(w, statement, electionId))
        names << Db::qstr(row[0]);
    return names;
}

} // namespace

VoterRepository::VoterRepository(Database& db) : m_db(db) {}

Result<QList<VoterListRow>> VoterRepository::page(const VoterFilter& filter, qint64 fromId, int limit)
{
    return Db::transact<QList<VoterListRow>>(m_db, [&](pqxx::work& w) {
        QList<VoterListRow> rows;
        const auto result =
            Db::execPrepared(w, kPage, filter.electionId, Db::str(filter.district), Db::str(filter.governorate),
                             votedParam(filter.voted), filter.voterId, fromId, limit);
        rows.reserve(int(result.size()));
        for (const auto& r : result) {
            VoterListRow v;
            v.id = r["id"].as<long long>();
            v.phoneMasked = Db::qstr(r["phone"]);
            v.district = Db::qstr(r["district"]);
            v.governorate = Db::qstr(r["governorate"]);
            v.verified = Db::boolean(r["verified"]);
            v.voted = Db::boolean(r["voted"]);
            rows << v;
        }
        return rows;
    });
}

Result<VoterIndex> VoterRepository::index(const VoterFilter& filter, int pageSize)
{
    Q_ASSERT(pageSize > 0);
    return Db::transact<VoterIndex>(m_db, [&](pqxx::work& w) {
        const auto r =
            Db::execPrepared(w, kIndex, filter.electionId, Db::str(filter.district), Db::str(filter.governorate),
                             votedParam(filter.voted), filter.voterId, pageSize)[0];
        VoterIndex index;
        index.total = r["total"].as<long long>();
        const QByteArray starts(r["starts"].c_str());
        const QList<QByteArray> parts = starts.split(',');
        index.pageStarts.reserve(parts.size());
        for (const QByteArray& part : parts)
            if (!part.isEmpty())
                index.pageStarts << part.toLongLong();
        return index;
    });
}

Result<std::optional<qint64>> VoterRepository::findByNationalId(qint64 electionId, const QString& nationalId)
{
    return Db::transact<std::optional<qint64>>(m_db, [&](pqxx::work& w) -> std::optional<qint64> {
        const auto f = Db::execPrepared(w, kFind, electionId, Db::str(nationalId))[0][0];
        if (f.is_null())
            return std::nullopt;
        return qint64(f.as<long long>());
    });
}

Result<QStringList> VoterRepository::districts(qint64 electionId)
{
    return Db::transact<QStringList>(m_db, [&](pqxx::work& w) { return column(w, kDistricts, electionId); });
}

Result<QStringList> VoterRepository::governorates(qint64 electionId)
{
    return Db::transact<QStringList>(m_db, [&](pqxx::work& w) { return column(w, kGovernorates, electionId); });
}

} // namespace Elect

#include "core/db/ElectionRepository.h"

#include "core/db/DbSupport.h"

#include <QCoreApplication>

namespace Elect {

namespace {

ElectionStatus statusFromKey(const std::string& key)
{
    if (key == "scheduled")
        return ElectionStatus::Scheduled;
    if (key == "tallied")
        return ElectionStatus::Tallied;
    if (key == "cancelled")
        return ElectionStatus::Cancelled;
    return ElectionStatus::Draft;
}

constexpr const char* kColumns =
    "id, organization_id, title, type, method, coalesce(api_endpoint, ''), counting_method, seats, votes_per_voter,"
    " extract(epoch FROM starts_at), extract(epoch FROM ends_at), potential_voters, status,"
    " extract(epoch FROM created_at)";

Election fromRow(const pqxx::row& row)
{
    Election e;
    e.id = row[0].as<long long>();
    e.organizationId = row[1].as<long long>();
    e.title = Db::qstr(row[2]);
    e.type = electionTypeFromKey(Db::qstr(row[3])).value_or(ElectionType::Simple);
    e.method = Db::qstr(row[4]) == QLatin1String("api") ? VoterListMethod::Api : VoterListMethod::Csv;
    e.apiEndpoint = Db::qstr(row[5]);
    e.countingMethod = countingMethodFromKey(Db::qstr(row[6])).value_or(CountingMethod::Block);
    e.seats = row[7].as<int>();
    e.votesPerVoter = row[8].as<int>();
    e.startsAt = Db::epoch(row[9]);
    e.endsAt = Db::epoch(row[10]);
    e.potentialVoters = row[11].as<int>();
    e.status = statusFromKey(row[12].as<std::string>());
    e.createdAt = Db::epoch(row[13]);
    return e;
}
} // namespace

ElectionRepository::ElectionRepository(Database& db) : m_db(db) {}

Result<qint64> ElectionRepository::createDraft(const Election& e)
{
    if (e.title.trimmed().isEmpty())
        return Result<qint64>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::ElectionRepository", "Give the election a title."));
    if (!e.startsAt.isValid() || !e.endsAt.isValid() || e.endsAt <= e.startsAt)
        return Result<qint64>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::ElectionRepository",
                                        "The election must end after it starts. Check the start and end times."));
    if (e.type == ElectionType::ApiManaged && !e.apiEndpoint.startsWith(QLatin1String("https://")) &&
        !e.apiEndpoint.startsWith(QLatin1String("http://")))
        return Result<qint64>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::ElectionRepository",
                                        "An election whose voters come from your API needs the API's address "
                                        "(https://...)."));
    const bool api = e.type == ElectionType::ApiManaged;
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return w
            .exec_params("INSERT INTO elect.elections (title, type, method, api_endpoint, counting_method, seats,"
                         " votes_per_voter, starts_at, ends_at, potential_voters)"
                         " VALUES ($1, $2::elect.election_type, $3::elect.voter_list_method, nullif($4, ''),"
                         " $5::elect.counting_method, $6, $7, to_timestamp($8::double precision),"
                         " to_timestamp($9::double precision), $10) RETURNING id",
                         Db::str(e.title.trimmed()), Db::str(keyOf(e.type)), api ? "api" : "csv",
                         Db::str(api ? e.apiEndpoint : QString()), Db::str(keyOf(e.countingMethod)), e.seats,
                         e.votesPerVoter, Db::epochParam(e.startsAt), Db::epochParam(e.endsAt), e.potentialVoters)[0][0]
            .as<long long>();
    });
}

Result<QList<Election>> ElectionRepository::list()
{
    return Db::transact<QList<Election>>(m_db, [](pqxx::work& w) {
        QList<Election> out;
        for (const auto& row :
             w.exec(std::string("SELECT ") + kColumns + " FROM elect.elections ORDER BY created_at DESC, id DESC"))
            out << fromRow(row);
        return out;
    });
}

Result<QList<Election>> ElectionRepository::runningForKiosk()
{
    return Db::transact<QList<Election>>(m_db, [](pqxx::work& w) {
        QList<Election> out;
        for (const auto& row : w.exec(
                 "SELECT id, title, type, counting_method, seats, votes_per_voter,"
                 " extract(epoch FROM starts_at), extract(epoch FROM ends_at) FROM elect.kiosk_running_elections()")) {
            Election e;
            e.id = row[0].as<long long>();
            e.title = Db::qstr(row[1]);
            e.type = electionTypeFromKey(Db::qstr(row[2])).value_or(ElectionType::Simple);
            e.countingMethod = countingMethodFromKey(Db::qstr(row[3])).value_or(CountingMethod::Block);
            e.seats = row[4].as<int>();
            e.votesPerVoter = row[5].as<int>();
            e.startsAt = Db::epoch(row[6]);
            e.endsAt = Db::epoch(row[7]);
            e.status = ElectionStatus::Scheduled;
            out << e;
        }
        return out;
    });
}

} // namespace Elect

#include "core/db/ElectionRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QCoreApplication>

#include <optional>

namespace Elect {

namespace {

// Per request: prepared once per connection. Columns are read by name.
const Db::Statement kList{
    "elections_list",
    "SELECT id, organization_id, title, type, method, coalesce(api_endpoint, '') AS api_endpoint, counting_method,"
    " seats, votes_per_voter, extract(epoch FROM starts_at) AS starts_at, extract(epoch FROM ends_at) AS ends_at,"
    " potential_voters, status, extract(epoch FROM created_at) AS created_at"
    " FROM elect.elections ORDER BY created_at DESC, id DESC"};
const Db::Statement kFind{
    "elections_find",
    "SELECT id, organization_id, title, type, method, coalesce(api_endpoint, '') AS api_endpoint, counting_method,"
    " seats, votes_per_voter, extract(epoch FROM starts_at) AS starts_at, extract(epoch FROM ends_at) AS ends_at,"
    " potential_voters, status, extract(epoch FROM created_at) AS created_at"
    " FROM elect.elections WHERE id = $1"};
const Db::Statement kRunningForKiosk{
    "elections_running_for_kiosk",
    "SELECT id, title, type, counting_method, seats, votes_per_voter, extract(epoch FROM starts_at) AS starts_at,"
    " extract(epoch FROM ends_at) AS ends_at FROM elect.kiosk_running_elections()"};
const Db::Statement kCreateDraft{
    "elections_create_draft", "INSERT INTO elect.elections (title, type, method, api_endpoint, counting_method, seats,"
                              " votes_per_voter, starts_at, ends_at, potential_voters)"
                              " VALUES ($1, $2::elect.election_type, $3::elect.voter_list_method, nullif($4, ''),"
                              " $5::elect.counting_method, $6, $7, to_timestamp($8::double precision),"
                              " to_timestamp($9::double precision), $10) RETURNING id"};

Election fromRow(const pqxx::row& row)
{
    Election e;
    e.id = row["id"].as<long long>();
    e.organizationId = row["organization_id"].as<long long>();
    e.title = Db::qstr(row["title"]);
    e.type = Db::electionType(row["type"]);
    e.method = Db::voterListMethod(row["method"]);
    e.apiEndpoint = Db::qstr(row["api_endpoint"]);
    e.countingMethod = Db::countingMethod(row["counting_method"]);
    e.seats = row["seats"].as<int>();
    e.votesPerVoter = row["votes_per_voter"].as<int>();
    e.startsAt = Db::epoch(row["starts_at"]);
    e.endsAt = Db::epoch(row["ends_at"]);
    e.potentialVoters = row["potential_voters"].as<int>();
    e.status = Db::electionStatus(row["status"]);
    e.createdAt = Db::epoch(row["created_at"]);
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
        return Db::execPrepared(w, kCreateDraft, Db::str(e.title.trimmed()), Db::str(keyOf(e.type)),
                                api ? "api" : "csv", Db::str(api ? e.apiEndpoint : QString()),
                                Db::str(keyOf(e.countingMethod)), e.seats, e.votesPerVoter, Db::epochParam(e.startsAt),
                                Db::epochParam(e.endsAt), e.potentialVoters)[0]["id"]
            .as<long long>();
    });
}

Result<QList<Election>> ElectionRepository::list()
{
    return Db::transact<QList<Election>>(m_db, [](pqxx::work& w) {
        QList<Election> out;
        for (const auto& row : Db::execPrepared(w, kList))
            out << fromRow(row);
        return out;
    });
}

Result<Election> ElectionRepository::find(qint64 electionId)
{
    auto found = Db::transact<std::optional<Election>>(m_db, [electionId](pqxx::work& w) -> std::optional<Election> {
        const pqxx::result rows = Db::execPrepared(w, kFind, electionId);
        if (rows.empty())
            return std::nullopt;
        return fromRow(rows[0]);
    });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Result<Election>::failure(
            ErrorCode::NotFound, QCoreApplication::translate("Elect::ElectionRepository",
                                                             "This election is gone, or you may not see it. Refresh "
                                                             "the list of elections."));
    return std::move(found->value());
}

Result<QList<Election>> ElectionRepository::runningForKiosk()
{
    return Db::transact<QList<Election>>(m_db, [](pqxx::work& w) {
        QList<Election> out;
        for (const auto& row : Db::execPrepared(w, kRunningForKiosk)) {
            Election e;
            e.id = row["id"].as<long long>();
            e.title = Db::qstr(row["title"]);
            e.type = Db::electionType(row["type"]);
            e.countingMethod = Db::countingMethod(row["counting_method"]);
            e.seats = row["seats"].as<int>();
            e.votesPerVoter = row["votes_per_voter"].as<int>();
            e.startsAt = Db::epoch(row["starts_at"]);
            e.endsAt = Db::epoch(row["ends_at"]);
            e.status = ElectionStatus::Scheduled;
            out << e;
        }
        return out;
    });
}

} // namespace Elect

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

const Db::Statement kUpdate{
    "elections_update",
    "UPDATE elect.elections SET title = $2, type = $3::elect.election_type,"
    " method = $4::elect.voter_list_method, api_endpoint = nullif($5, ''),"
    " counting_method = $6::elect.counting_method, seats = $7, votes_per_voter = $8,"
    " starts_at = to_timestamp($9::double precision), ends_at = to_timestamp($10::double precision),"
    " potential_voters = $11 WHERE id = $1"};
const Db::Statement kTimeZoneOf{"elections_time_zone_of",
                                "SELECT o.time_zone FROM elect.elections e JOIN elect.organizations o"
                                " ON o.user_id = e.organization_id WHERE e.id = $1"};
const Db::Statement kOrganizationTimeZone{
    "elections_organization_time_zone",
    "SELECT time_zone FROM elect.organizations WHERE user_id = elect.current_organization_id()"};
// The same tier publish_election() would pick: potential voters, at least the voters loaded for a CSV list.
const Db::Statement kPublishQuote{
    "elections_publish_quote",
    "SELECT q.voters, u.wallet_balance, u.wallet_currency,"
    " (SELECT t.price FROM elect.pricing_tiers t WHERE t.currency = u.wallet_currency AND t.min_voters <= q.voters"
    "   AND (t.max_voters IS NULL OR q.voters <= t.max_voters)) AS price"
    " FROM elect.elections e JOIN elect.users u ON u.id = e.organization_id,"
    " LATERAL (SELECT greatest(e.potential_voters, CASE WHEN e.method = 'csv' THEN"
    "   (SELECT count(*) FROM elect.voters v WHERE v.election_id = e.id) ELSE 0 END)::integer AS voters) q"
    " WHERE e.id = $1"};

QString notFoundMessage()
{
    return QCoreApplication::translate("Elect::ElectionRepository",
                                       "This election is gone, or you may not see it. Refresh "
                                       "the list of elections.");
}

// The checks the form can make before the database does, in words a person can act on.
std::optional<Error> invalidDraft(const Election& e)
{
    if (e.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Elect::ElectionRepository", "Give the election a title.")};
    if (!e.startsAt.isValid() || !e.endsAt.isValid() || e.endsAt <= e.startsAt)
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::ElectionRepository",
                                        "The election must end after it starts. Check the start and end times.")};
    if (e.type == ElectionType::ApiManaged && !e.apiEndpoint.startsWith(QLatin1String("https://")) &&
        !e.apiEndpoint.startsWith(QLatin1String("http://")))
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Elect::ElectionRepository",
                                                 "An election whose voters come from your API needs the API's address "
                                                 "(https://...).")};
    return std::nullopt;
}

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
    if (auto invalid = invalidDraft(e))
        return *invalid;
    const bool api = e.type == ElectionType::ApiManaged;
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return Db::execPrepared(w, kCreateDraft, Db::str(e.title.trimmed()), Db::str(keyOf(e.type)),
                                api ? "api" : "csv", Db::str(api ? e.apiEndpoint : QString()),
                                Db::str(keyOf(e.countingMethod)), e.seats, e.votesPerVoter, Db::epochParam(e.startsAt),
                                Db::epochParam(e.endsAt), e.potentialVoters)[0]["id"]
            .as<long long>();
    });
}

Status ElectionRepository::update(const Election& e)
{
    if (auto invalid = invalidDraft(e))
        return *invalid;
    const bool api = e.type == ElectionType::ApiManaged;
    auto changed = Db::transact<long>(m_db, [&](pqxx::work& w) {
        return long(Db::execPrepared(w, kUpdate, e.id, Db::str(e.title.trimmed()), Db::str(keyOf(e.type)),
                                     api ? "api" : "csv", Db::str(api ? e.apiEndpoint.trimmed() : QString()),
                                     Db::str(keyOf(e.countingMethod)), e.seats, e.votesPerVoter,
                                     Db::epochParam(e.startsAt), Db::epochParam(e.endsAt), e.potentialVoters)
                        .affected_rows());
    });
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Status::failure(ErrorCode::NotFound, notFoundMessage());
    return success();
}

Result<QString> ElectionRepository::timeZoneOf(qint64 electionId)
{
    auto zone = Db::transact<QString>(m_db, [electionId](pqxx::work& w) {
        const pqxx::result rows = Db::execPrepared(w, kTimeZoneOf, electionId);
        return rows.empty() ? QString() : Db::qstr(rows[0][0]);
    });
    if (zone && zone->isEmpty())
        return Result<QString>::failure(ErrorCode::NotFound, notFoundMessage());
    return zone;
}

Result<QString> ElectionRepository::organizationTimeZone()
{
    auto zone = Db::transact<QString>(m_db, [](pqxx::work& w) {
        const pqxx::result rows = Db::execPrepared(w, kOrganizationTimeZone);
        return rows.empty() ? QString() : Db::qstr(rows[0][0]);
    });
    if (zone && zone->isEmpty())
        return Result<QString>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::ElectionRepository",
                                        "Only an organization's owner or administrator creates elections."));
    return zone;
}

Result<PublishQuote> ElectionRepository::publishQuote(qint64 electionId)
{
    auto quote =
        Db::transact<std::optional<PublishQuote>>(m_db, [electionId](pqxx::work& w) -> std::optional<PublishQuote> {
            const pqxx::result rows = Db::execPrepared(w, kPublishQuote, electionId);
            if (rows.empty())
                return std::nullopt;
            PublishQuote q;
            q.voters = rows[0]["voters"].as<int>();
            q.balance = Db::int64(rows[0]["wallet_balance"]);
            q.currency = Db::qstr(rows[0]["wallet_currency"]).trimmed();
            if (!rows[0]["price"].is_null())
                q.price = rows[0]["price"].as<long long>();
            return q;
        });
    if (!quote)
        return quote.error();
    if (!quote->has_value())
        return Result<PublishQuote>::failure(ErrorCode::NotFound, notFoundMessage());
    return std::move(quote->value());
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
        return Result<Election>::failure(ErrorCode::NotFound, notFoundMessage());
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

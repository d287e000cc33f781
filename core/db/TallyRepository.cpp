#include "core/db/TallyRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Elect {

namespace {

const Db::Statement kDue{"tally_due", "SELECT id, organization_id, title, extract(epoch FROM ends_at) AS ends_at"
                                      " FROM elect.due_elections()"};
const Db::Statement kClaim{"tally_claim", "SELECT id, organization_id, title, type, counting_method, seats,"
                                          " votes_per_voter, registered_voters"
                                          " FROM elect.claim_election_for_tally($1)"};
const Db::Statement kCandidates{"tally_candidates", "SELECT candidate_id, name, district, governorate"
                                                    " FROM elect.tally_candidates($1)"};
const Db::Statement kBallots{"tally_ballots", "SELECT array_to_string(selections, ',') AS selections, district,"
                                              " governorate FROM elect.ended_election_ballots($1)"};
const Db::Statement kStore{"tally_store", "SELECT elect.store_tally($1, $2::jsonb, $3::jsonb, $4) AS stored"};
const Db::Statement kQueueReminders{"tally_queue_reminders", "SELECT elect.queue_voter_reminders() AS queued"};
const Db::Statement kRecipient{"tally_reminder_recipient",
                               "SELECT phone, title, extract(epoch FROM ends_at) AS ends_at, language, still_to_vote"
                               " FROM elect.voter_reminder_recipient($1, $2)"};
const Db::Statement kElectionStatus{"tally_election_status", "SELECT status FROM elect.elections WHERE id = $1"};
const Db::Statement kResults{
    "tally_results",
    "SELECT c.name, CASE e.type WHEN 'district' THEN coalesce(c.district, '')"
    "                           WHEN 'governorate_based' THEN coalesce(c.governorate, '') ELSE '' END AS constituency,"
    " coalesce(trim_scale(p.votes), 0)::text AS votes, coalesce(p.rank, 0) AS rank,"
    " coalesce(p.has_won, false) AS has_won"
    " FROM elect.candidate_participations p JOIN elect.candidates c ON c.id = p.candidate_id"
    " JOIN elect.elections e ON e.id = p.election_id"
    " WHERE p.election_id = $1 ORDER BY 2, p.rank NULLS LAST, c.name"};

QList<qint64> parseIds(const QString& text)
{
    QList<qint64> ids;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        ids << part.toLongLong();
    return ids;
}

QList<StoredBallot> readBallots(pqxx::work& w, qint64 electionId)
{
    QList<StoredBallot> out;
    const pqxx::result rows = Db::execPrepared(w, kBallots, static_cast<long long>(electionId));
    out.reserve(int(rows.size()));
    for (const auto& row : rows)
        out << StoredBallot{parseIds(Db::qstr(row["selections"])), Db::qstr(row["district"]),
                            Db::qstr(row["governorate"])};
    return out;
}

QByteArray resultsJson(const QList<CandidateResult>& results)
{
    QJsonArray array;
    for (const CandidateResult& r : results)
        array.append(QJsonObject{{QStringLiteral("candidate_id"), QString::number(r.candidateId)},
                                 {QStringLiteral("votes"), r.votes},
                                 {QStringLiteral("rank"), r.rank},
                                 {QStringLiteral("has_won"), r.won}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace

TallyRepository::TallyRepository(Database& db) : m_db(db) {}

Result<QList<DueElection>> TallyRepository::dueElections()
{
    return Db::transact<QList<DueElection>>(m_db, [](pqxx::work& w) {
        QList<DueElection> out;
        for (const auto& row : Db::execPrepared(w, kDue))
            out << DueElection{row["id"].as<long long>(), row["organization_id"].as<long long>(),
                               Db::qstr(row["title"]), Db::epoch(row["ends_at"])};
        return out;
    });
}

Result<bool> TallyRepository::tally(qint64 electionId, const Counting& count)
{
    // The count runs inside the transaction that holds the election's row, so that a second server
    // neither waits for it nor counts the same election.
    auto outcome = Db::transact<Result<bool>>(m_db, [&](pqxx::work& w) -> Result<bool> {
        const pqxx::result claimed = Db::execPrepared(w, kClaim, static_cast<long long>(electionId));
        if (claimed.empty())
            return false;
        const auto& row = claimed[0];
        ElectionToCount election;
        election.id = row["id"].as<long long>();
        election.organizationId = row["organization_id"].as<long long>();
        election.title = Db::qstr(row["title"]);
        election.type = Db::electionType(row["type"]);
        election.method = Db::countingMethod(row["counting_method"]);
        election.seats = row["seats"].as<int>();
        election.votesPerVoter = row["votes_per_voter"].as<int>();
        election.registeredVoters = row["registered_voters"].as<long long>();

        QList<TallyCandidate> candidates;
        for (const auto& c : Db::execPrepared(w, kCandidates, static_cast<long long>(electionId)))
            candidates << TallyCandidate{c["candidate_id"].as<long long>(), Db::qstr(c["name"]),
                                         Db::qstr(c["district"]), Db::qstr(c["governorate"])};
        const QList<StoredBallot> ballots = readBallots(w, electionId);

        Result<ElectionCount> counted = count(election, candidates, ballots);
        if (!counted)
            return counted.error();
        const QByteArray report = QJsonDocument(counted->report).toJson(QJsonDocument::Compact);
        return Db::execPrepared(w, kStore, static_cast<long long>(electionId),
                                resultsJson(counted->candidates).toStdString(), report.toStdString(),
                                static_cast<long long>(counted->ballots))[0]["stored"]
            .as<bool>();
    });
    if (!outcome)
        return outcome.error();
    return std::move(outcome).value();
}

Result<QList<StoredBallot>> TallyRepository::ballots(qint64 electionId)
{
    return Db::transact<QList<StoredBallot>>(m_db, [&](pqxx::work& w) { return readBallots(w, electionId); });
}

Result<int> TallyRepository::queueVoterReminders()
{
    return Db::transact<int>(m_db, [](pqxx::work& w) { return Db::execPrepared(w, kQueueReminders)[0][0].as<int>(); });
}

Result<std::optional<ReminderRecipient>> TallyRepository::reminderRecipient(qint64 electionId, qint64 voterId)
{
    return Db::transact<std::optional<ReminderRecipient>>(m_db, [&](pqxx::work& w) -> std::optional<ReminderRecipient> {
        const pqxx::result rows =
            Db::execPrepared(w, kRecipient, static_cast<long long>(electionId), static_cast<long long>(voterId));
        if (rows.empty())
            return std::nullopt;
        const auto& row = rows[0];
        return ReminderRecipient{Db::qstr(row["phone"]), Db::qstr(row["title"]), Db::epoch(row["ends_at"]),
                                 Db::qstr(row["language"]), Db::boolean(row["still_to_vote"])};
    });
}

Result<QList<StoredResult>> TallyRepository::results(qint64 electionId)
{
    auto outcome = Db::transact<Result<QList<StoredResult>>>(m_db, [&](pqxx::work& w) -> Result<QList<StoredResult>> {
        const pqxx::result status = Db::execPrepared(w, kElectionStatus, static_cast<long long>(electionId));
        if (status.empty())
            return Result<QList<StoredResult>>::failure(
                ErrorCode::NotFound,
                QCoreApplication::translate("Elect::TallyRepository", "There is no election %1, or you may not see it.")
                    .arg(electionId));
        if (Db::electionStatus(status[0]["status"]) != ElectionStatus::Tallied)
            return Result<QList<StoredResult>>::failure(
                ErrorCode::WrongState,
                QCoreApplication::translate("Elect::TallyRepository",
                                            "Election %1 has not been counted yet. Results are stored once it has "
                                            "ended and elect serve has counted it.")
                    .arg(electionId));
        QList<StoredResult> out;
        for (const auto& row : Db::execPrepared(w, kResults, static_cast<long long>(electionId)))
            out << StoredResult{Db::qstr(row["name"]), Db::qstr(row["constituency"]), Db::qstr(row["votes"]),
                                row["rank"].as<int>(), Db::boolean(row["has_won"])};
        return out;
    });
    if (!outcome)
        return outcome.error();
    return std::move(outcome).value();
}

} // namespace Elect

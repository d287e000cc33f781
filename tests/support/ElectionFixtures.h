#pragma once

// Elections made directly in the database (as elect_owner, the role the functions run as) for the
// scheduler's tests: candidates, voters, and ballots cast as the kiosk's cast function would write them
// (a ballot and its voting record), then the election's times moved where the test needs them.

#include "Sql.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Elect::Test {

struct FixtureCandidate
{
    QString name;
    QString district; ///< also used as the governorate
};

struct FixtureBallot
{
    QStringList choices; ///< candidate names, in preference order
    int copies = 1;
    QString district;
};

struct FixtureElection
{
    qint64 id = 0;
    QHash<QString, qint64> candidateIds;
};

inline std::string quoted(pqxx::work& w, const QString& s)
{
    return w.quote(s.toStdString());
}

/// A scheduled election of \a organization that ended an hour ago (or runs until \a endsIn when set, as
/// SQL interval text such as "1 hour"), with its candidates and the ballots cast.
inline FixtureElection makeElection(pqxx::connection& superuser, qint64 organization, const QString& title,
                                    const QString& type, const QString& method, int seats, int votesPerVoter,
                                    const QList<FixtureCandidate>& candidates, const QList<FixtureBallot>& ballots,
                                    const QString& startedAgo = QStringLiteral("2 days"),
                                    const QString& endsIn = QStringLiteral("-1 hour"))
{
    FixtureElection out;
    pqxx::work w(superuser);
    w.exec("SET LOCAL ROLE elect_owner");
    out.id =
        w.exec("INSERT INTO elect.elections (organization_id, title, type, counting_method, seats,"
               " votes_per_voter, starts_at, ends_at, status) VALUES (" +
               std::to_string(organization) + ", " + quoted(w, title) + ", " + quoted(w, type) +
               "::elect.election_type, " + quoted(w, method) + "::elect.counting_method, " + std::to_string(seats) +
               ", " + std::to_string(votesPerVoter) + ", now() - " + quoted(w, startedAgo) + "::interval, now() + " +
               quoted(w, endsIn) + "::interval, 'scheduled') RETURNING id")[0][0]
            .as<long long>();
    for (const FixtureCandidate& c : candidates) {
        const qint64 id =
            w.exec("INSERT INTO elect.candidates (organization_id, national_id_hmac, name, district, governorate)"
                   " VALUES (" +
                   std::to_string(organization) + ", public.digest(" + quoted(w, title + u'/' + c.name) +
                   ", 'sha256'), " + quoted(w, c.name) + ", nullif(" + quoted(w, c.district) + ", ''), nullif(" +
                   quoted(w, c.district) + ", '')) RETURNING id")[0][0]
                .as<long long>();
        w.exec("INSERT INTO elect.candidate_participations (candidate_id, election_id, organization_id) VALUES (" +
               std::to_string(id) + ", " + std::to_string(out.id) + ", " + std::to_string(organization) + ")");
        out.candidateIds.insert(c.name, id);
    }
    int voter = 0;
    for (const FixtureBallot& b : ballots) {
        QStringList ids;
        for (const QString& name : b.choices)
            ids << QString::number(out.candidateIds.value(name, -1));
        for (int i = 0; i < b.copies; ++i) {
            ++voter;
            const std::string voterId =
                w.exec("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone, district,"
                       " governorate) VALUES (" +
                       std::to_string(out.id) + ", " + std::to_string(organization) + ", public.digest(" +
                       quoted(w, title + QStringLiteral("/voter/") + QString::number(voter)) + ", 'sha256'), '+2010" +
                       std::to_string(10000000 + voter) + "', nullif(" + quoted(w, b.district) + ", ''), nullif(" +
                       quoted(w, b.district) + ", '')) RETURNING id")[0][0]
                    .as<std::string>();
            w.exec("INSERT INTO elect.voting_records (election_id, voter_id, organization_id, idempotency_key)"
                   " VALUES (" +
                   std::to_string(out.id) + ", " + voterId + ", " + std::to_string(organization) +
                   ", public.gen_random_uuid())");
            w.exec("INSERT INTO elect.ballots (election_id, organization_id, selections, district, governorate,"
                   " receipt_code) VALUES (" +
                   std::to_string(out.id) + ", " + std::to_string(organization) + ", '{" +
                   ids.join(u',').toStdString() + "}', nullif(" + quoted(w, b.district) + ", ''), nullif(" +
                   quoted(w, b.district) + ", ''), public.gen_random_uuid()::text)");
        }
    }
    w.commit();
    return out;
}

} // namespace Elect::Test

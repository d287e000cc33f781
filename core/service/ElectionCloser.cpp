#include "core/service/ElectionCloser.h"

#include "core/db/Database.h"
#include "core/domain/Clock.h"
#include "core/tally/SeededRandom.h"
#include "core/tally/TallyEngine.h"
#include "core/tally/TallyReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QPromise>

#include <map>
#include <vector>

Q_LOGGING_CATEGORY(lcTally, "elect.service.tally")

namespace Elect::Service {

namespace {

// One constituency of the count: its candidates (by index into the election's list) and its ballots.
struct Constituency
{
    explicit Constituency(bool unordered) : box(unordered) {}
    QStringList names;
    QList<qint64> ids;
    QHash<qint64, int> index; // candidate id -> position in names
    Tally::BallotBox box;
};

QString constituencyOf(ElectionType type, const QString& district, const QString& governorate)
{
    switch (type) {
    case ElectionType::District:
        return district;
    case ElectionType::GovernorateBased:
        return governorate;
    case ElectionType::Simple:
    case ElectionType::ApiManaged:
        break;
    }
    return QString();
}

QFuture<Status> ready(Status status)
{
    QPromise<Status> promise;
    promise.start();
    promise.addResult(std::move(status));
    promise.finish();
    return promise.future();
}

} // namespace

ElectionCloser::ElectionCloser(Database& db, int intervalSeconds) : m_db(db), m_intervalSeconds(intervalSeconds) {}

QString ElectionCloser::name() const
{
    return QCoreApplication::translate("Elect::Service", "close and count ended elections");
}

QFuture<Status> ElectionCloser::runDue(const Clock& clock)
{
    m_storedLastRun = 0;
    TallyRepository repository(m_db);
    const auto due = repository.dueElections();
    if (!due)
        return ready(due.error());
    std::optional<Error> firstFailure;
    for (const DueElection& election : *due) {
        const Result<bool> stored = repository.tally(
            election.id, [](const ElectionToCount& e, const QList<TallyCandidate>& candidates,
                            const QList<StoredBallot>& ballots) { return count(e, candidates, ballots); });
        if (!stored) {
            qCWarning(lcTally) << "election" << election.id << "was not counted:" << stored.message();
            if (!firstFailure)
                firstFailure =
                    Error{stored.code(), QCoreApplication::translate("Elect::Service", "Election %1 (\"%2\") was not "
                                                                                       "counted: %3")
                                             .arg(election.id)
                                             .arg(election.title, stored.message())};
            continue;
        }
        if (*stored) {
            ++m_storedLastRun;
            qCInfo(lcTally) << "election" << election.id << "counted and stored at"
                            << clock.now().toString(Qt::ISODate);
        } else {
            qCInfo(lcTally) << "election" << election.id << "is held or was counted by another server";
        }
    }
    if (firstFailure)
        return ready(Status(*firstFailure));
    return ready(success());
}

Result<ElectionCount> ElectionCloser::count(const ElectionToCount& election, const QList<TallyCandidate>& candidates,
                                            const QList<StoredBallot>& ballots, std::optional<quint64> seed)
{
    using namespace Tally;
    const bool ranked = isRankedMethod(election.method);
    std::map<QString, Constituency> parts; // in name order, so the report's order does not vary
    for (const TallyCandidate& c : candidates) {
        auto it = parts.try_emplace(constituencyOf(election.type, c.district, c.governorate), !ranked).first;
        Constituency& part = it->second;
        part.index.insert(c.id, int(part.names.size()));
        part.names << c.name;
        part.ids << c.id;
    }

    ElectionCount counted;
    counted.ballots = ballots.size();
    qint64 outside = 0;
    std::vector<BallotBox::CandidateId> marks;
    marks.reserve(size_t(candidates.size()) + 1);
    for (const StoredBallot& ballot : ballots) {
        const auto it = parts.find(constituencyOf(election.type, ballot.district, ballot.governorate));
        if (it == parts.end()) {
            ++outside;
            continue;
        }
        Constituency& part = it->second;
        marks.clear();
        for (qint64 id : ballot.selections) {
            const int index = part.index.value(id, -1);
            if (index < 0) {
                // Not a candidate of this constituency: the whole ballot is invalid, as a blank one is.
                marks.clear();
                break;
            }
            marks.push_back(BallotBox::CandidateId(index));
        }
        if (!part.box.add(marks.data(), int(marks.size())))
            return Result<ElectionCount>::failure(
                ErrorCode::Internal,
                QCoreApplication::translate("Elect::Service", "Election %1 has more ballots than a count can hold.")
                    .arg(election.id));
    }

    CountOptions options;
    options.seats = election.seats;
    options.votesPerVoter = election.votesPerVoter;
    options.allowFewerVotes = false;
    options.minApprovals = 1;
    options.maxApprovals = election.votesPerVoter;
    options.seed = seed ? *seed : SeededRandom::freshSeed();

    QVector<TallyResult> results;
    for (auto& [name, part] : parts) {
        Contest contest;
        contest.title = election.title;
        contest.constituency = name;
        contest.candidates = part.names;
        contest.method = election.method;
        contest.options = options;
        Result<TallyResult> one = TallyEngine::count(contest, part.box);
        if (!one) {
            if (name.isEmpty())
                return one.error();
            return Error{one.code(),
                         QCoreApplication::translate("Elect::Service", "Constituency %1: %2").arg(name, one.message())};
        }
        for (const CandidateOutcome& o : one->outcomes)
            counted.candidates << CandidateResult{part.ids.at(o.candidate),
                                                  TallyReport::votes(o.votes, one->valueScale), o.rank,
                                                  o.status == CandidateStatus::Elected};
        results << std::move(one).value();
    }
    counted.report = TallyReport::toJson(results);
    counted.report.insert(QStringLiteral("election_id"), QString::number(election.id));
    counted.report.insert(QStringLiteral("ballots"), double(counted.ballots));
    counted.report.insert(QStringLiteral("ballots_outside_constituencies"), double(outside));
    if (outside > 0)
        qCWarning(lcTally) << "election" << election.id << ":" << outside
                           << "ballots come from a constituency where no candidate stands";
    return counted;
}

} // namespace Elect::Service

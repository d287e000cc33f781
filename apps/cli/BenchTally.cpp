#include "apps/cli/BenchTally.h"
#include "apps/cli/ProcessStats.h"

#include "core/tally/BallotBox.h"
#include "core/tally/SeededRandom.h"
#include "core/tally/TallyEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <vector>

using namespace Elect::Tally;

namespace Elect::Cli {

namespace {

/// Voters who lean to a party: they rank their party's candidates first (in the party's order,
/// with some swaps), often continue with a neighbouring party, and stop after a few preferences.
class PartyVoters
{
public:
    PartyVoters(int candidates, int parties, quint64 seed)
        : m_random(seed), m_candidates(candidates), m_parties(size_t(parties))
    {
        for (int c = 0; c < candidates; ++c)
            m_parties[size_t(c % parties)].push_back(BallotBox::CandidateId(c));
        double total = 0;
        for (int p = 0; p < parties; ++p) {
            total += 1.0 / (p + 1.5);
            m_cumulative.push_back(total);
        }
        for (double& w : m_cumulative)
            w /= total;
    }

    /// A preference order of `maximum` or fewer candidates into `out`.
    void next(std::vector<BallotBox::CandidateId>& out, int maximum)
    {
        out.clear();
        const double u = m_random.unit();
        int party = 0;
        while (party + 1 < int(m_cumulative.size()) && u > m_cumulative[size_t(party)])
            ++party;
        int length = 1;
        while (length < maximum && m_random.unit() < 0.72)
            ++length;
        if (m_random.unit() < 0.12) {
            // An independent voter: any candidates in any order.
            while (int(out.size()) < length) {
                const auto c = BallotBox::CandidateId(m_random.below(quint64(m_candidates)));
                if (std::find(out.begin(), out.end(), c) == out.end())
                    out.push_back(c);
            }
            return;
        }
        for (int step = 0; step < int(m_parties.size()) && int(out.size()) < length; ++step) {
            const auto& list = m_parties[size_t((party + step) % int(m_parties.size()))];
            const size_t start = out.size();
            for (BallotBox::CandidateId c : list) {
                if (int(out.size()) >= length)
                    break;
                out.push_back(c);
            }
            for (size_t i = start + 1; i < out.size(); ++i) {
                if (m_random.unit() < 0.3)
                    std::swap(out[i - 1], out[i]);
            }
            if (m_random.unit() < 0.35)
                break; // a party loyalist stops here
        }
    }

    SeededRandom& random() { return m_random; }

private:
    SeededRandom m_random;
    int m_candidates;
    std::vector<std::vector<BallotBox::CandidateId>> m_parties;
    std::vector<double> m_cumulative;
};

struct Case
{
    QString name;
    CountingMethod method;
    int candidates;
    int parties;
    int seats;
    int marks; ///< block: exactly this many marks; ranked: longest ballot
};

} // namespace

int runBenchTally(const QStringList& args, QTextStream& out, QTextStream& err)
{
    qint64 ballots = 1000000;
    quint64 seed = 20240501;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = false;
        if (args.at(i) == QLatin1String("--ballots") && i + 1 < args.size()) {
            ballots = args.at(++i).toLongLong(&ok);
            if (!ok || ballots < 1 || ballots > (qint64(1) << 32))
                ok = false;
        } else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args.at(++i).toULongLong(&ok);
        }
        if (!ok) {
            err << QCoreApplication::translate("Elect::Tally", "Usage: elect bench tally [--ballots N] [--seed S]\n");
            err.flush();
            return 2;
        }
    }

    const QVector<Case> cases{
        {QStringLiteral("block, 10 candidates, 3 seats, exactly 3 marks"), CountingMethod::Block, 10, 4, 3, 3},
        {QStringLiteral("irv, 10 candidates"), CountingMethod::Irv, 10, 4, 1, 10},
        {QStringLiteral("stv, 20 candidates, 5 seats"), CountingMethod::Stv, 20, 5, 5, 20},
    };
    out << QStringLiteral("Tally benchmark: %1 ballots per case, generator seed %2, peak memory at start %3 MiB\n")
               .arg(ballots)
               .arg(seed)
               .arg(peakMemoryMiB(), 0, 'f', 1);
    out << QStringLiteral("baseline = generating the same ballots without storing or counting them; naive = generating "
                          "plus a one-pass per-ballot count of first preferences / marks;\ngen+agg = generating and "
                          "aggregating into a BallotBox; count = the count itself; total = gen+agg + count.\n");
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("case"), -46)
               .arg(QStringLiteral("distinct"), 9)
               .arg(QStringLiteral("baseline s"), 11)
               .arg(QStringLiteral("naive s"), 9)
               .arg(QStringLiteral("gen+agg s"), 10)
               .arg(QStringLiteral("count s"), 8)
               .arg(QStringLiteral("total s"), 8)
               .arg(QStringLiteral("peak MiB"), 9);
    std::vector<BallotBox::CandidateId> ballot;
    for (const Case& c : cases) {
        const bool marked = c.method == CountingMethod::Block;
        auto generate = [&](PartyVoters& voters) {
            voters.next(ballot, c.marks);
            if (marked) {
                // A block voter marks exactly N: top up a short ballot with random other candidates.
                while (int(ballot.size()) < c.marks) {
                    const auto extra = BallotBox::CandidateId(voters.random().below(quint64(c.candidates)));
                    if (std::find(ballot.begin(), ballot.end(), extra) == ballot.end())
                        ballot.push_back(extra);
                }
            }
        };

        // Baseline: the generator alone.
        QElapsedTimer timer;
        timer.start();
        {
            PartyVoters voters(c.candidates, c.parties, seed);
            quint64 sink = 0;
            for (qint64 i = 0; i < ballots; ++i) {
                generate(voters);
                sink += ballot.size();
            }
            if (sink == 0)
                out << QStringLiteral(" ");
        }
        const double baseline = double(timer.nsecsElapsed()) / 1e9;

        // Naive: generator plus a per-ballot first-preference (or marks) count, no aggregation.
        timer.restart();
        {
            PartyVoters voters(c.candidates, c.parties, seed);
            std::vector<qint64> counts(size_t(c.candidates), 0);
            for (qint64 i = 0; i < ballots; ++i) {
                generate(voters);
                if (marked) {
                    for (BallotBox::CandidateId m : ballot)
                        ++counts[m];
                } else if (!ballot.empty()) {
                    ++counts[ballot.front()];
                }
            }
        }
        const double naive = double(timer.nsecsElapsed()) / 1e9;

        // The engine: aggregate while generating, then count.
        timer.restart();
        BallotBox box(marked);
        {
            PartyVoters voters(c.candidates, c.parties, seed);
            for (qint64 i = 0; i < ballots; ++i) {
                generate(voters);
                box.add(ballot.data(), int(ballot.size()));
            }
        }
        const double aggregate = double(timer.nsecsElapsed()) / 1e9;
        Contest contest;
        contest.method = c.method;
        for (int i = 0; i < c.candidates; ++i)
            contest.candidates << QStringLiteral("C%1").arg(i + 1);
        contest.options.seats = c.seats;
        contest.options.seed = seed;
        timer.restart();
        const Result<TallyResult> result = TallyEngine::count(contest, box);
        const double count = double(timer.nsecsElapsed()) / 1e9;
        const double engine = aggregate - baseline + count;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(c.name, -46)
                   .arg(box.distinctCount(), 9)
                   .arg(baseline, 11, 'f', 3)
                   .arg(naive, 9, 'f', 3)
                   .arg(aggregate, 10, 'f', 3)
                   .arg(count, 8, 'f', 4)
                   .arg(aggregate + count, 8, 'f', 3)
                   .arg(peakMemoryMiB(), 9, 'f', 1);
        if (result) {
            QStringList winners;
            for (int w : result->elected)
                winners << result->candidates.at(w);
            out << QStringLiteral("    elected %1 in %2 rounds; engine time beyond the generator: %3 s\n")
                       .arg(winners.join(QStringLiteral(", ")))
                       .arg(result->rounds.size())
                       .arg(engine, 0, 'f', 3);
        } else {
            out << QStringLiteral("    count refused: %1\n").arg(result.message());
        }
        out.flush();
    }
    return 0;
}

} // namespace Elect::Cli

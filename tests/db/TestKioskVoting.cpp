#include "core/db/AccountRepository.h"
#include "core/db/VotingRepository.h"

#include "ElectionFixtures.h"
#include "Sql.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Elect;
using namespace Elect::Test;

namespace {

const QString kServicePassword = QStringLiteral("service-password-for-tests");

// The demo's voters of "Club captain 2026" (core/devtools/DemoSeeder.cpp): voter i has this national id.
QString demoVoter(int i)
{
    return QStringLiteral("2990101%1").arg(1000000 + i * 7919, 7, 10, QLatin1Char('0'));
}

QString sqlArray(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return QStringLiteral("ARRAY[%1]::bigint[]").arg(parts.join(u','));
}

QString newReceipt()
{
    static const QString alphabet = QStringLiteral("ACDEFGHJKLMNPQRTUVWXY34679");
    QString out;
    for (int i = 0; i < 10; ++i)
        out += alphabet.at(int(QRandomGenerator::global()->bounded(alphabet.size())));
    return out;
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

// Voting at a kiosk against a real server: identify, code, ballot, cast once; and each way a kiosk, a
// modified client or a crowd of them tries to get more than one vote, a code, or another's ballot.
class TestKioskVoting : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<pqxx::connection> m_kiosk;
    std::unique_ptr<pqxx::connection> m_service;
    QList<DemoSeeder::Account> m_accounts;
    QString m_kioskRole;
    QString m_kioskPassword;
    qint64 m_election = 0;
    qint64 m_org = 0;

    QString sql(const QString& statement) { return scalar(*m_super, statement); }

    std::unique_ptr<pqxx::connection> connectKiosk() { return rawConnect(m_cluster->as(m_kioskRole, m_kioskPassword)); }

    struct Lookup
    {
        QString id;
        bool listed = false;
        QString digits;
    };
    Lookup identify(pqxx::connection& kiosk, qint64 election, const QString& nationalId, Outcome* outcome = nullptr)
    {
        Lookup l;
        try {
            pqxx::work w(kiosk);
            const auto r = w.exec_params("SELECT lookup, listed, phone_last_digits FROM elect.kiosk_identify($1, $2)",
                                         static_cast<long long>(election), nationalId.toStdString());
            w.commit();
            l.id = QString::fromStdString(r[0][0].as<std::string>());
            l.listed = r[0][1].as<bool>();
            l.digits = r[0][2].is_null() ? QString() : QString::fromStdString(r[0][2].as<std::string>());
        } catch (const pqxx::failure& e) {
            if (outcome) {
                outcome->sqlstate = QString::fromStdString(Db::sqlstateOf(e));
                outcome->message = QString::fromUtf8(e.what()).section(u'\n', 0, 0).mid(6).trimmed();
            }
        }
        return l;
    }

    // What elect serve does as it sends the SMS, with a code the test knows.
    QString sendCode(const QString& code)
    {
        const long long otp = sql(QStringLiteral("SELECT max(id) FROM elect.voter_otps")).toLongLong();
        pqxx::work w(*m_service);
        const auto r =
            w.exec_params("SELECT state FROM elect.service_store_voter_code($1, $2)", otp, code.toStdString());
        w.commit();
        return QString::fromStdString(r[0][0].as<std::string>());
    }

    std::pair<QString, QString> verify(pqxx::connection& kiosk, const QString& lookup, const QString& code)
    {
        pqxx::work w(kiosk);
        const auto r = w.exec_params("SELECT outcome, session_token FROM elect.kiosk_verify_code($1::uuid, $2)",
                                     lookup.toStdString(), code.toStdString());
        w.commit();
        return {QString::fromStdString(r[0][0].as<std::string>()),
                r[0][1].is_null() ? QString() : QString::fromStdString(r[0][1].as<std::string>())};
    }

    // A verified voting session for demo voter \a i.
    QString sessionFor(int i)
    {
        const Lookup l = identify(*m_kiosk, m_election, demoVoter(i));
        if (!l.listed || sendCode(QStringLiteral("424242")) != QLatin1String("ready"))
            return {};
        const auto [outcome, token] = verify(*m_kiosk, l.id, QStringLiteral("424242"));
        return outcome == QLatin1String("verified") ? token : QString();
    }

    Outcome cast(pqxx::connection& kiosk, const QString& session, const QList<qint64>& selections, const QString& key,
                 const QString& receipt)
    {
        return attempt(kiosk, QStringLiteral("SELECT elect.kiosk_cast('%1', %2, '%3', '%4')")
                                  .arg(session, sqlArray(selections), key, receipt));
    }

    QList<qint64> runningCandidates()
    {
        const QString ids = sql(QStringLiteral("SELECT string_agg(candidate_id::text, ',' ORDER BY candidate_id) FROM"
                                               " elect.candidate_participations WHERE election_id = %1")
                                    .arg(m_election));
        QList<qint64> out;
        for (const QString& id : ids.split(u','))
            out << id.toLongLong();
        return out;
    }

    qint64 ballotCount() { return sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>(QStringLiteral("log_statement = all"));
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto seeded = seedDemo(*m_cluster);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
        m_accounts = seeded->accounts;
        const auto& kiosk = demoAccount(m_accounts, QStringLiteral("Kiosk"));
        m_kioskRole = kiosk.loginRole;
        m_kioskPassword = kiosk.password;
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_kiosk = connectKiosk();
        QVERIFY(m_kiosk);
        m_service = rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
        QVERIFY(m_service);
        m_election =
            sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'")).toLongLong();
        m_org = sql(QStringLiteral("SELECT organization_id FROM elect.elections WHERE id = %1").arg(m_election))
                    .toLongLong();
        QVERIFY(m_election > 0);
    }

    // One table of cases for the kiosk's instant feedback (BallotRules) and the cast function's authority.
    void ballotRulesAgreeWithTheDatabase()
    {
        QFile file(QStringLiteral(ELECT_TEST_DATA_DIR "/ballot_rules_cases.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() >= 20);
        for (const auto& value : cases) {
            const QJsonObject c = value.toObject();
            auto ids = [&c](const char* key) {
                QList<qint64> out;
                for (const auto& v : c.value(QLatin1String(key)).toArray())
                    out << qint64(v.toDouble());
                return out;
            };
            const QString answer = sql(QStringLiteral("SELECT elect.ballot_problem('%1', %2, %3, %4)")
                                           .arg(c.value(QStringLiteral("method")).toString())
                                           .arg(c.value(QStringLiteral("votesPerVoter")).toInt())
                                           .arg(sqlArray(ids("eligible")), sqlArray(ids("selections"))));
            QCOMPARE(answer, c.value(QStringLiteral("problem")).toString());
        }
        // What no kiosk sends but a modified client could: a two-dimensional array, a NULL choice.
        QCOMPARE(sql(QStringLiteral("SELECT elect.ballot_problem('block', 1, '{1,2}', '{{1},{2}}')")),
                 QStringLiteral("not_eligible"));
        QCOMPARE(sql(QStringLiteral("SELECT elect.ballot_problem('approval', 2, '{1,2}', ARRAY[1,NULL]::bigint[])")),
                 QStringLiteral("not_eligible"));
    }

    void aVoterVotesOnceFromIdToReceipt()
    {
        const int outboxBefore = sql(QStringLiteral("SELECT count(*) FROM elect.outbox")).toInt();
        // Not on the list: said so, and nothing is sent.
        const Lookup stranger = identify(*m_kiosk, m_election, QStringLiteral("29912319999999"));
        QVERIFY(!stranger.id.isEmpty());
        QVERIFY(!stranger.listed);
        QVERIFY(stranger.digits.isEmpty());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.outbox")).toInt(), outboxBefore);

        // Listed, typed with Arabic-Indic digits and spaces: a code goes to the phone, of which two digits show.
        QString arabic;
        for (const QChar c : demoVoter(0))
            arabic += QChar(0x0660 + c.digitValue());
        const Lookup voter = identify(*m_kiosk, m_election, arabic.left(7) + u' ' + arabic.mid(7));
        QVERIFY(voter.listed);
        const QString phone =
            sql(QStringLiteral("SELECT v.phone FROM elect.voters v JOIN elect.voter_otps t ON t.voter_id = v.id"
                               " ORDER BY t.id DESC LIMIT 1"));
        QCOMPARE(voter.digits, phone.right(2));
        QCOMPARE(sql(QStringLiteral("SELECT payload->>'otp_id' = (SELECT max(id) FROM elect.voter_otps)::text FROM"
                                    " elect.outbox WHERE kind = 'voter_code_sms' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("t"));
        QCOMPARE(verify(*m_kiosk, voter.id, QStringLiteral("123456")).first, QStringLiteral("not_sent_yet"));
        QCOMPARE(sendCode(QStringLiteral("654321")), QStringLiteral("ready"));
        QCOMPARE(verify(*m_kiosk, voter.id, QStringLiteral("123456")).first, QStringLiteral("wrong_code"));
        const auto [outcome, session] = verify(*m_kiosk, voter.id, QStringLiteral("654321"));
        QCOMPARE(outcome, QStringLiteral("verified"));
        QCOMPARE(session.size(), 64);
        // The code is used up.
        QCOMPARE(verify(*m_kiosk, voter.id, QStringLiteral("654321")).first, QStringLiteral("expired"));

        // The ballot: the election's four candidates, with their names.
        const QString names = scalar(
            *m_kiosk,
            QStringLiteral("SELECT string_agg(name, '|' ORDER BY name) FROM elect.kiosk_ballot('%1')").arg(session));
        QCOMPARE(names.split(u'|').size(), 4);
        QVERIFY2(names.contains(QStringLiteral("Youssef El-Masry")), qPrintable(names));

        const QList<qint64> candidates = runningCandidates();
        const qint64 before = ballotCount();
        // A ballot that does not fit the method is refused with the rule's key, and the session stays open.
        Outcome o = cast(*m_kiosk, session, {candidates[0], candidates[1]}, newKey(), newReceipt());
        QCOMPARE(o.message, QStringLiteral("ballot_too_many"));
        o = cast(*m_kiosk, session, {999999}, newKey(), newReceipt());
        QCOMPARE(o.message, QStringLiteral("ballot_not_eligible"));
        o = cast(*m_kiosk, session, {candidates[0]}, newKey(), QStringLiteral("lowercase!"));
        QCOMPARE(o.message, QStringLiteral("cast_request_invalid"));
        const QString key = newKey();
        const QString receipt = newReceipt();
        o = cast(*m_kiosk, session, {candidates[2]}, key, receipt);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(o.firstValue, receipt);
        QCOMPARE(ballotCount(), before + 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT selections::text FROM elect.ballots WHERE receipt_code = '%1'").arg(receipt)),
            QStringLiteral("{%1}").arg(candidates[2]));
        // The same request again (a retry after a lost reply): the receipt, and still one ballot.
        o = cast(*m_kiosk, session, {candidates[2]}, key, receipt);
        QCOMPARE(o.firstValue, receipt);
        QCOMPARE(ballotCount(), before + 1);
        // The same key with another receipt is not an answer to anything.
        o = cast(*m_kiosk, session, {candidates[2]}, key, newReceipt());
        QCOMPARE(o.message, QStringLiteral("cast_key_reused"));
        // The session is over; a new key on it is refused.
        o = cast(*m_kiosk, session, {candidates[1]}, newKey(), newReceipt());
        QCOMPARE(o.message, QStringLiteral("voting_session_expired"));

        // Coming back: "already voted" is said only to whoever holds the phone's code.
        const Lookup again = identify(*m_kiosk, m_election, demoVoter(0));
        QVERIFY(again.listed);
        QCOMPARE(sendCode(QStringLiteral("111222")), QStringLiteral("ready"));
        QCOMPARE(verify(*m_kiosk, again.id, QStringLiteral("111222")).first, QStringLiteral("already_voted"));
    }

    // The same journey through the repository the kiosk app uses, with the messages a voter reads.
    void theKioskRepositoryWalksTheSameWay()
    {
        auto kioskDb = m_cluster->connect(m_kioskRole, m_kioskPassword);
        QVERIFY(kioskDb);
        VotingRepository voting(*kioskDb);
        const auto stranger = voting.identify(m_election, QStringLiteral("2991231 9999998"));
        QVERIFY(stranger.ok());
        QVERIFY(!stranger->listed);
        const auto lookup = voting.identify(m_election, demoVoter(7));
        QVERIFY2(lookup.ok(), lookup.ok() ? "" : qPrintable(lookup.error().message));
        QVERIFY(lookup->listed);
        QCOMPARE(lookup->phoneLastDigits.size(), 2);
        QCOMPARE(sendCode(QStringLiteral("246810")), QStringLiteral("ready"));
        auto verified = voting.verifyCode(lookup->id, QStringLiteral("246811"));
        QCOMPARE(verified->outcome, CodeVerification::Outcome::WrongCode);
        verified = voting.verifyCode(lookup->id, QStringLiteral("246810"));
        QCOMPARE(verified->outcome, CodeVerification::Outcome::Verified);
        const auto ballot = voting.ballot(verified->sessionToken);
        QVERIFY(ballot.ok());
        QCOMPARE(ballot->size(), 4);
        QVERIFY(std::is_sorted(ballot->cbegin(), ballot->cend(),
                               [](const BallotCandidate& a, const BallotCandidate& b) { return a.name < b.name; }));
        QVERIFY(!ballot->front().name.isEmpty());
        const QUuid key = QUuid::createUuid();
        const QString receipt = VotingRepository::newReceiptCode();
        QVERIFY(QRegularExpression(QStringLiteral("^[ACDEFGHJKLMNPQRTUVWXY34679]{10}$")).match(receipt).hasMatch());
        QVERIFY(receipt != VotingRepository::newReceiptCode());
        auto refused = voting.cast(verified->sessionToken, {}, key, receipt);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(QStringLiteral("fewer choices than this election needs")),
                 qPrintable(refused.error().message));
        QCOMPARE(voting.castOutcome(key, receipt).value(), false);
        const auto cast = voting.cast(verified->sessionToken, {ballot->front().id}, key, receipt);
        QVERIFY2(cast.ok(), cast.ok() ? "" : qPrintable(cast.error().message));
        QCOMPARE(*cast, receipt);
        QCOMPARE(voting.castOutcome(key, receipt).value(), true);
        QCOMPARE(*voting.cast(verified->sessionToken, {ballot->front().id}, key, receipt), receipt);

        // The same key on the next voter's session (a kiosk that reused it) casts nothing and says so; the
        // voter's own new key then casts.
        const auto next = voting.identify(m_election, demoVoter(8));
        QVERIFY(next.ok() && next->listed);
        QCOMPARE(sendCode(QStringLiteral("135790")), QStringLiteral("ready"));
        const auto nextSession = voting.verifyCode(next->id, QStringLiteral("135790"));
        QCOMPARE(nextSession->outcome, CodeVerification::Outcome::Verified);
        const QString nextReceipt = VotingRepository::newReceiptCode();
        const auto reused = voting.cast(nextSession->sessionToken, {ballot->front().id}, key, nextReceipt);
        QVERIFY(!reused.ok());
        QCOMPARE(reused.error().code, ErrorCode::Conflict);
        QVERIFY2(reused.error().message.contains(QStringLiteral("cannot match this ballot")),
                 qPrintable(reused.error().message));
        QCOMPARE(voting.castOutcome(key, nextReceipt).error().code, ErrorCode::Conflict);
        const auto own = voting.cast(nextSession->sessionToken, {ballot->front().id}, QUuid::createUuid(), nextReceipt);
        QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));
        QCOMPARE(*own, nextReceipt);
    }

    void codesCannotBeGuessedOrFlooded()
    {
        const Lookup l = identify(*m_kiosk, m_election, demoVoter(1));
        QVERIFY(l.listed);
        QCOMPARE(sendCode(QStringLiteral("777777")), QStringLiteral("ready"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(verify(*m_kiosk, l.id, QStringLiteral("00000%1").arg(i)).first, QStringLiteral("wrong_code"));
        QCOMPARE(verify(*m_kiosk, l.id, QStringLiteral("000009")).first, QStringLiteral("too_many_tries"));
        // The sixth try fails even with the right code.
        QCOMPARE(verify(*m_kiosk, l.id, QStringLiteral("777777")).first, QStringLiteral("too_many_tries"));
        // Three codes in fifteen minutes (the lookup's and two more), not a fourth.
        for (int i = 0; i < 2; ++i) {
            const Outcome o = attempt(*m_kiosk, QStringLiteral("SELECT elect.kiosk_request_code('%1')").arg(l.id));
            QVERIFY2(o.ok(), qPrintable(o.message));
        }
        const Outcome fourth = attempt(*m_kiosk, QStringLiteral("SELECT elect.kiosk_request_code('%1')").arg(l.id));
        QCOMPARE(fourth.message, QStringLiteral("code_too_many_requests"));
        // A lookup is the kiosk's that made it: another kiosk of the same organization cannot use it.
        const auto& owner = demoAccount(m_accounts, QStringLiteral("Owner of Nile"));
        auto ownerDb = m_cluster->connect(owner.loginRole, owner.password);
        QVERIFY(ownerDb);
        const auto second = AccountRepository(*ownerDb).createKiosk(QStringLiteral("Boathouse kiosk 2"), QString());
        QVERIFY(second.ok());
        auto other = rawConnect(m_cluster->as(second->loginRole, second->password));
        QVERIFY(other);
        QCOMPARE(attempt(*other, QStringLiteral("SELECT elect.kiosk_request_code('%1')").arg(l.id)).message,
                 QStringLiteral("voting_start_again"));
        QCOMPARE(
            attempt(*other, QStringLiteral("SELECT * FROM elect.kiosk_verify_code('%1', '777777')").arg(l.id)).message,
            QStringLiteral("voting_start_again"));
    }

    // Twenty ids a minute per kiosk: people at a polling station, not the list read out.
    void aKioskCannotReadTheListOut()
    {
        auto kiosk = connectKiosk();
        const int already =
            sql(QStringLiteral(
                    "SELECT count(*) FROM elect.kiosk_lookups WHERE created_at > now() - interval '1 minute'"))
                .toInt();
        for (int i = already; i < 20; ++i)
            QVERIFY(!identify(*kiosk, m_election, QStringLiteral("2880101%1").arg(1000000 + i)).id.isEmpty());
        Outcome o;
        identify(*kiosk, m_election, QStringLiteral("28801019999999"), &o);
        QCOMPARE(o.message, QStringLiteral("kiosk_too_many_lookups"));
        // A minute later it may go on.
        attempt(*m_super,
                QStringLiteral("UPDATE elect.kiosk_lookups SET created_at = created_at - interval '61 seconds'"));
    }

    // 64 connections cast for one voter at the same moment: exactly one ballot and one voting record.
    void sixtyFourCastsAtOnceCountOnce_data()
    {
        QTest::addColumn<bool>("sameRequest");
        QTest::newRow("64 different requests") << false;
        QTest::newRow("the same request 64 times") << true;
    }
    void sixtyFourCastsAtOnceCountOnce()
    {
        QFETCH(bool, sameRequest);
        const int voter = sameRequest ? 3 : 2;
        // Different requests come from three sessions of the voter (three codes verified one after another),
        // so that both the session and the voter's own row are raced for.
        QStringList sessions;
        for (int i = 0; i < (sameRequest ? 1 : 3); ++i) {
            sessions << sessionFor(voter);
            QVERIFY(!sessions.back().isEmpty());
        }
        // The kiosk login's own limit is 10 connections; this test is 64 kiosks' worth.
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 70").arg(m_kioskRole)).ok());
        const qint64 before = ballotCount();
        const QList<qint64> candidates = runningCandidates();
        constexpr int kCasts = 64;
        std::vector<std::unique_ptr<pqxx::connection>> connections;
        for (int i = 0; i < kCasts; ++i) {
            connections.push_back(connectKiosk());
            QVERIFY(connections.back());
        }
        const QString sharedKey = newKey();
        const QString sharedReceipt = newReceipt();
        std::mutex mutex;
        std::condition_variable start;
        bool go = false;
        std::atomic<int> succeeded{0};
        QStringList receipts;
        QStringList refusals;
        std::vector<std::thread> threads;
        for (int i = 0; i < kCasts; ++i) {
            threads.emplace_back([&, i] {
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    start.wait(lock, [&go] { return go; });
                }
                const QString key = sameRequest ? sharedKey : newKey();
                const QString receipt = sameRequest ? sharedReceipt : newReceipt();
                const Outcome o =
                    cast(*connections[size_t(i)], sessions[i % sessions.size()], {candidates[i % 4]}, key, receipt);
                std::lock_guard<std::mutex> lock(mutex);
                if (o.ok()) {
                    ++succeeded;
                    receipts << o.firstValue;
                } else {
                    refusals << o.message;
                }
            });
        }
        {
            std::lock_guard<std::mutex> lock(mutex);
            go = true;
        }
        start.notify_all();
        for (auto& t : threads)
            t.join();
        attempt(*m_super, QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 10").arg(m_kioskRole));
        QCOMPARE(ballotCount(), before + 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM elect.voting_records r JOIN elect.voters v ON v.id = r.voter_id"
                               " WHERE r.election_id = %1 AND v.id = (SELECT voter_id FROM elect.voting_sessions"
                               " WHERE token_hash = public.digest('%2', 'sha256'))")
                    .arg(m_election)
                    .arg(sessions[0])),
            QStringLiteral("1"));
        if (sameRequest) {
            QCOMPARE(succeeded.load(), kCasts);
            receipts.removeDuplicates();
            QCOMPARE(receipts, QStringList{sharedReceipt});
        } else {
            QCOMPARE(succeeded.load(), 1);
            refusals.removeDuplicates();
            refusals.sort();
            // The other sessions' casts learn that the voter has voted; the rest find their session closed.
            QCOMPARE(refusals,
                     QStringList({QStringLiteral("already_voted"), QStringLiteral("voting_session_expired")}));
        }
    }

    // The kiosk's connection dies in the middle of a cast; the retry with the same key casts exactly once and
    // the receipt comes back.
    void aCastCutOffIsRetriedOnce()
    {
        const QString session = sessionFor(4);
        QVERIFY(!session.isEmpty());
        const QList<qint64> candidates = runningCandidates();
        const qint64 before = ballotCount();
        // Hold the voter's row so that the cast waits inside the function, then cut its connection there.
        auto holder = rawConnect(m_cluster->superuser());
        pqxx::work hold(*holder);
        hold.exec("SELECT 1 FROM elect.voters v JOIN elect.voting_sessions s ON s.voter_id = v.id WHERE s.token_hash ="
                  " public.digest('" +
                  session.toStdString() + "', 'sha256') FOR UPDATE OF v");
        auto victim = connectKiosk();
        const QString pid = scalar(*victim, QStringLiteral("SELECT pg_backend_pid()"));
        const QString key = newKey();
        const QString receipt = newReceipt();
        Outcome cut;
        std::thread casting([&] { cut = cast(*victim, session, {candidates[1]}, key, receipt); });
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1").arg(pid)),
            QStringLiteral("Lock"), 20000);
        QCOMPARE(sql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)), QStringLiteral("t"));
        casting.join();
        QVERIFY(!cut.ok());
        hold.commit();
        QCOMPARE(ballotCount(), before);
        // The kiosk comes back (a new connection) and sends the same request.
        auto kiosk = connectKiosk();
        Outcome o = cast(*kiosk, session, {candidates[1]}, key, receipt);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(o.firstValue, receipt);
        // The reply is lost this time, after the commit: the next retry finds the cast, never a second one.
        o = cast(*kiosk, session, {candidates[1]}, key, receipt);
        QCOMPARE(o.firstValue, receipt);
        QCOMPARE(ballotCount(), before + 1);
        QCOMPARE(scalar(*kiosk, QStringLiteral("SELECT elect.kiosk_cast_outcome('%1', '%2')").arg(key, receipt)),
                 QStringLiteral("t"));
        QCOMPARE(scalar(*kiosk, QStringLiteral("SELECT elect.kiosk_cast_outcome('%1', '%2')").arg(newKey(), receipt)),
                 QStringLiteral("f"));
    }

    // A kiosk of one organization sees nothing of another's elections, and no table at all.
    void aKioskStaysInItsOrganization()
    {
        const qint64 other =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE user_id <> %1 LIMIT 1").arg(m_org))
                .toLongLong();
        QVERIFY(other > 0);
        const FixtureElection foreign = makeElection(
            *m_super, other, QStringLiteral("Union council"), QStringLiteral("simple"), QStringLiteral("block"), 1, 1,
            {{QStringLiteral("Omar"), {}}}, {}, QStringLiteral("1 hour"), QStringLiteral("1 day"));
        Outcome o;
        identify(*m_kiosk, foreign.id, demoVoter(5), &o);
        QCOMPARE(o.message, QStringLiteral("voting_election_closed"));
        for (const char* table :
             {"ballots", "voting_records", "voting_sessions", "kiosk_lookups", "voter_otps", "voters"})
            QCOMPARE(
                attempt(*m_kiosk, QStringLiteral("SELECT count(*) FROM elect.%1").arg(QLatin1String(table))).sqlstate,
                QStringLiteral("42501"));
        // Nobody else calls the kiosk's functions.
        QCOMPARE(
            attempt(*m_service,
                    QStringLiteral("SELECT * FROM elect.kiosk_identify(%1, '%2')").arg(m_election).arg(demoVoter(5)))
                .sqlstate,
            QStringLiteral("42501"));
    }

    // No login, the system admin and the owner included, can read a ballot, let alone join it to a voter.
    void ballotsStaySecret()
    {
        const auto& admin = demoAccount(m_accounts, QStringLiteral("System admin"));
        const auto& owner = demoAccount(m_accounts, QStringLiteral("Owner of Nile"));
        for (const auto* account : {&admin, &owner}) {
            auto c = rawConnect(m_cluster->as(account->loginRole, account->password));
            QVERIFY(c);
            for (const char* query :
                 {"SELECT count(*) FROM elect.ballots",
                  "SELECT r.voter_id, b.selections FROM elect.ballots b JOIN elect.voting_records r ON b.xmin = r.xmin",
                  "SELECT ctid, selections FROM elect.ballots"})
                QCOMPARE(attempt(*c, QString::fromLatin1(query)).sqlstate, QStringLiteral("42501"));
        }
    }

    // With every statement logged, the server's log holds no national id, code or phone.
    void theLogKeepsNoSecrets()
    {
        const QString id = demoVoter(6);
        const Lookup l = identify(*m_kiosk, m_election, id);
        QVERIFY(l.listed);
        const QString phone = sql(QStringLiteral("SELECT v.phone FROM elect.voters v JOIN elect.voter_otps t ON"
                                                 " t.voter_id = v.id ORDER BY t.id DESC LIMIT 1"));
        QCOMPARE(sendCode(QStringLiteral("913579")), QStringLiteral("ready"));
        QCOMPARE(verify(*m_kiosk, l.id, QStringLiteral("913579")).first, QStringLiteral("verified"));
        QByteArray text;
        for (const QString& path : m_cluster->server().logFiles()) {
            QFile log(path);
            QVERIFY(log.open(QIODevice::ReadOnly));
            text += log.readAll();
        }
        QVERIFY2(text.contains("kiosk_verify_code"), "the log does not record statements: the test proves nothing");
        QVERIFY(!text.contains(id.toLatin1()));
        QVERIFY(!text.contains(phone.toLatin1()));
        QVERIFY(!text.contains("913579"));
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_service.reset();
        m_super.reset();
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TestKioskVoting)
#include "TestKioskVoting.moc"

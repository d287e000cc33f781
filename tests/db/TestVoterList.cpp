#include "core/db/AccountRepository.h"
#include "core/db/Database.h"
#include "core/db/ElectionRepository.h"
#include "core/db/VoterRepository.h"

#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// The voters list of elect-admin, at the database: pages by key, the page index, filters, who voted, and the
// national-id search, tried by the organization's staff and by everyone who must get nothing (another
// organization's owner, a kiosk) or not too much (a loop of guesses).
class TestVoterList : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_election = 0; // the owner's draft, with 1,060 voters
    qint64 m_orgA = 0;

    QString sql(const QString& statement) { return scalar(*m_super, statement); }
    const DemoSeeder::Account& account(const QString& label) const { return demoAccount(m_accounts, label); }
    std::unique_ptr<Database> as(const QString& label)
    {
        auto db = Database::connect(m_cluster->as(account(label).loginRole, account(label).password));
        return db ? std::move(db).value() : nullptr;
    }
    VoterFilter all() const
    {
        VoterFilter f;
        f.electionId = m_election;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto outcome = seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_accounts = outcome->accounts;
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_election =
            sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'")).toLongLong();
        m_orgA = sql(QStringLiteral("SELECT organization_id FROM elect.elections WHERE id = %1").arg(m_election))
                     .toLongLong();
        QVERIFY(m_election > 0 && m_orgA > 0);
        // 1,000 more voters in 5 districts of 2 governorates; every third of them has voted.
        QVERIFY(attempt(*m_super,
                        QStringLiteral(
                            "INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone, district,"
                            " governorate) SELECT %1, %2, elect.national_id_hmac(elect_private.organization_key(%2),"
                            " '3000101' || lpad(g::text, 7, '0')), '+2011' || lpad(g::text, 8, '0'),"
                            " 'District ' || (g % 5), CASE WHEN g % 5 < 2 THEN 'Giza' ELSE 'Cairo' END"
                            " FROM generate_series(1, 1000) g")
                            .arg(m_election)
                            .arg(m_orgA))
                    .ok());
        QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.voting_records (election_id, voter_id,"
                                                 " organization_id, idempotency_key) SELECT election_id, id,"
                                                 " organization_id, gen_random_uuid() FROM elect.voters"
                                                 " WHERE election_id = %1 AND district IS NOT NULL AND id % 3 = 0")
                                      .arg(m_election))
                    .ok());
        // Organization B is accepted, so that its owner can sign in and try.
        auto sys = as(QStringLiteral("System admin"));
        QVERIFY(sys);
        const qint64 orgB =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Alexandria Student Union'"))
                .toLongLong();
        QVERIFY(AccountRepository(*sys).acceptOrganization(orgB).ok());
    }

    void theOwnerPagesByKey()
    {
        auto owner = as(QStringLiteral("Owner of Nile"));
        QVERIFY(owner);
        VoterRepository voters(*owner);
        const auto index = voters.index(all(), 200);
        QVERIFY2(index.ok(), qPrintable(index.message()));
        QCOMPARE(index->total, 1060);
        QCOMPARE(index->pageStarts.size(), 6);
        // Each page starts where the index says and holds the next 200 ids, in order.
        const QStringList ids =
            sql(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM elect.voters WHERE election_id = %1")
                    .arg(m_election))
                .split(u',');
        QCOMPARE(ids.size(), 1060);
        for (int p = 0; p < 6; ++p)
            QCOMPARE(index->pageStarts.at(p), ids.at(p * 200).toLongLong());
        const auto last = voters.page(all(), index->pageStarts.at(5), 200);
        QVERIFY(last.ok());
        QCOMPARE(last->size(), 60);
        QCOMPARE(last->last().id, ids.last().toLongLong());
        QCOMPARE(last->first().id, ids.at(1000).toLongLong());
        // What a row says: the phone masked to its last two digits, district, governorate, voted.
        const VoterListRow& row = last->last();
        QCOMPARE(row.phoneMasked, QString(11, QChar(0x2022)) + QStringLiteral("00"));
        QCOMPARE(row.district, QStringLiteral("District 0"));
        QCOMPARE(row.governorate, QStringLiteral("Giza"));
        QCOMPARE(row.voted, row.id % 3 == 0);
        QVERIFY(!row.verified);
    }

    void filtersMatchTheDatabase()
    {
        auto admin = as(QStringLiteral("Administrator of Nile"));
        QVERIFY(admin);
        VoterRepository voters(*admin);
        VoterFilter f = all();
        f.district = QStringLiteral("District 3");
        auto index = voters.index(f, 200);
        QVERIFY(index.ok());
        QCOMPARE(index->total, 200);
        f.governorate = QStringLiteral("Giza"); // district 3 is in Cairo
        QCOMPARE(voters.index(f, 200)->total, 0);
        f = all();
        f.governorate = QStringLiteral("Giza");
        f.voted = VoterFilter::Voted::Yes;
        const qint64 expected = sql(QStringLiteral("SELECT count(*) FROM elect.voters v JOIN elect.voting_records r ON"
                                                   " r.voter_id = v.id WHERE v.election_id = %1 AND governorate ="
                                                   " 'Giza'")
                                        .arg(m_election))
                                    .toLongLong();
        QVERIFY(expected > 100);
        QCOMPARE(voters.index(f, 200)->total, expected);
        const auto page = voters.page(f, 0, 500);
        QCOMPARE(page->size(), expected);
        for (const VoterListRow& v : *page)
            QVERIFY(v.voted && v.governorate == QStringLiteral("Giza"));
        f.voted = VoterFilter::Voted::No;
        QCOMPARE(voters.index(f, 200)->total, 400 - expected);
        QCOMPARE(*voters.districts(m_election),
                 QStringList({QStringLiteral("District 0"), QStringLiteral("District 1"), QStringLiteral("District 2"),
                              QStringLiteral("District 3"), QStringLiteral("District 4")}));
        QCOMPARE(*voters.governorates(m_election), QStringList({QStringLiteral("Cairo"), QStringLiteral("Giza")}));
    }

    void onlyTheExactNationalIdFindsAVoter()
    {
        auto owner = as(QStringLiteral("Owner of Nile"));
        QVERIFY(owner);
        VoterRepository voters(*owner);
        const qint64 expected =
            sql(QStringLiteral("SELECT id FROM elect.voters WHERE election_id = %1 AND national_id_hmac ="
                               " elect.national_id_hmac(elect_private.organization_key(%2), '30001010000042')")
                    .arg(m_election)
                    .arg(m_orgA))
                .toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(voters.findByNationalId(m_election, QStringLiteral("30001010000042"))->value_or(0), expected);
        // Spaces, dashes and Arabic-Indic digits are the same id.
        QCOMPARE(voters.findByNationalId(m_election, QStringLiteral("3000-1010 000042"))->value_or(0), expected);
        QCOMPARE(voters.findByNationalId(m_election, QString::fromUtf8("٣٠٠٠١٠١٠٠٠٠٠٤٢"))->value_or(0), expected);
        // A prefix or a neighbour finds nobody.
        QVERIFY(!voters.findByNationalId(m_election, QStringLiteral("3000101000004"))->has_value());
        QVERIFY(!voters.findByNationalId(m_election, QStringLiteral("30001010000043000"))->has_value());
        const auto bad = voters.findByNationalId(m_election, QStringLiteral("30001O1"));
        QCOMPARE(bad.code(), ErrorCode::InvalidInput);
        // Audited, without the id.
        const QString details = sql(QStringLiteral("SELECT details::text FROM elect.audit_log WHERE action ="
                                                   " 'search_voter' ORDER BY id DESC LIMIT 1"));
        QVERIFY2(details.contains(QStringLiteral("found")), qPrintable(details));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE details::text LIKE '%000042%'")),
                 QStringLiteral("0"));
    }

    void anotherOrganizationSeesNothing()
    {
        auto ownerB = as(QStringLiteral("Owner of Alexandria"));
        QVERIFY(ownerB);
        VoterRepository voters(*ownerB);
        QCOMPARE(voters.index(all(), 200)->total, 0);
        QVERIFY(voters.page(all(), 0, 200)->isEmpty());
        QVERIFY(voters.districts(m_election)->isEmpty());
        const auto found = voters.findByNationalId(m_election, QStringLiteral("30001010000042"));
        QCOMPARE(found.code(), ErrorCode::NotFound); // as if the election did not exist
        // Nor who voted, read straight from the table.
        auto raw = rawConnect(m_cluster->as(account(QStringLiteral("Owner of Alexandria")).loginRole,
                                            account(QStringLiteral("Owner of Alexandria")).password));
        QVERIFY(raw);
        const Outcome records = attempt(*raw, QStringLiteral("SELECT voter_id FROM elect.voting_records"));
        QVERIFY(records.ok());
        QCOMPARE(records.affected, 0);
    }

    void staffSeeWhoVotedButNotWhenOrWhere()
    {
        auto raw = rawConnect(m_cluster->as(account(QStringLiteral("Owner of Nile")).loginRole,
                                            account(QStringLiteral("Owner of Nile")).password));
        QVERIFY(raw);
        QVERIFY(attempt(*raw, QStringLiteral("SELECT voter_id FROM elect.voting_records")).affected > 300);
        for (const QString& column : {QStringLiteral("voted_at"), QStringLiteral("kiosk_id"),
                                      QStringLiteral("idempotency_key"), QStringLiteral("*")})
            QCOMPARE(attempt(*raw, QStringLiteral("SELECT %1 FROM elect.voting_records").arg(column)).sqlstate,
                     QStringLiteral("42501"));
        QCOMPARE(attempt(*raw, QStringLiteral("DELETE FROM elect.voting_records")).sqlstate, QStringLiteral("42501"));
    }

    void aKioskCannotSearch()
    {
        auto raw = rawConnect(
            m_cluster->as(account(QStringLiteral("Kiosk")).loginRole, account(QStringLiteral("Kiosk")).password));
        QVERIFY(raw);
        const Outcome o =
            attempt(*raw, QStringLiteral("SELECT elect.find_voter(%1, '30001010000042')").arg(m_election));
        QCOMPARE(o.sqlstate, QStringLiteral("42501"));
    }

    // Sixty searches a minute per login, also across statements: guessing ids one by one is stopped too.
    void searchesAreLimited()
    {
        auto admin = as(QStringLiteral("Administrator of Nile"));
        QVERIFY(admin);
        VoterRepository voters(*admin);
        int allowed = 0;
        Result<std::optional<qint64>> last = std::optional<qint64>();
        while (allowed < 100) {
            last = voters.findByNationalId(m_election, QStringLiteral("2990101%1").arg(2000000 + allowed));
            if (!last)
                break;
            ++allowed;
        }
        QCOMPARE(last.code(), ErrorCode::Unavailable);
        QCOMPARE(allowed, 60);
        // The owner, another login, may still search.
        auto owner = as(QStringLiteral("Owner of Nile"));
        QVERIFY(VoterRepository(*owner).findByNationalId(m_election, QStringLiteral("30001010000042")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVoterList)
#include "TestVoterList.moc"

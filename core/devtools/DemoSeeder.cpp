#include "core/devtools/DemoSeeder.h"

#include "core/crypto/Crypto.h"
#include "core/csv/Importer.h"
#include "core/db/AccountRepository.h"
#include "core/db/DbSupport.h"
#include "core/db/ElectionRepository.h"
#include "core/db/EmbeddedServer.h"

#include <QBuffer>
#include <QCoreApplication>

namespace Elect {

namespace {

const QString kAdminEmail = QStringLiteral("admin@elect-demo.example");
const QString kOwnerEmail = QStringLiteral("owner@nile-rowing.example");
const QString kOrgAdminEmail = QStringLiteral("secretary@nile-rowing.example");
const QString kPendingEmail = QStringLiteral("president@alex-students.example");

QString demoPassword()
{
    const QByteArray hex = Crypto::randomBytes(6).toHex();
    return QStringLiteral("demo-%1-%2-%3")
        .arg(QString::fromLatin1(hex.mid(0, 4)), QString::fromLatin1(hex.mid(4, 4)),
             QString::fromLatin1(hex.mid(8, 4)));
}

struct DemoCandidate
{
    const char* nationalId;
    const char* name;
    const char* party;
    const char* description;
};

// Real-looking, invented people.
const DemoCandidate kCandidates[] = {
    {"29001011234567", "Youssef El-Masry", "Blue Oars", "Club captain 2023-2025, national junior champion."},
    {"29105052345678", "Mariam Abdelrahman", "Blue Oars", "Coach of the women's eight; runs the youth programme."},
    {"28807073456789", "Omar Hassan", "Riverside", "Treasurer for six years; wants a new boathouse roof."},
    {"29309094567890", "Nour Khaled", "Riverside", "Physiotherapist; proposes a sports-medicine room."},
    {"28511115678901", "\xd8\xb3\xd9\x84\xd9\x85\xd9\x89 \xd9\x81\xd8\xa4\xd8\xa7\xd8\xaf", "Independent",
     "Veteran sculler; wants evening sessions for working members."},
    {"29612126789012", "Karim Adel", "Independent", "Engineering student; maintains the club's boats."},
};

QByteArray csvField(const QByteArray& value)
{
    return '"' + QByteArray(value).replace('"', "\"\"") + '"';
}

// Candidates and voters arrive as an organization's would: through the import, which has the server hash
// their national ids (no login reads the key).
Status importCsv(Database& db, qint64 electionId, Csv::ImportKind kind, const QByteArray& csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    Csv::ImportOptions options;
    options.kind = kind;
    options.electionId = electionId;
    const auto outcome = Csv::Importer(db).run(buffer, options);
    if (!outcome)
        return outcome.error();
    if (!outcome->report.ok())
        return Error{ErrorCode::Internal, outcome->report.toText()};
    return success();
}

QByteArray candidateCsv(int count)
{
    QByteArray csv = "National ID,Name,Party,Description\r\n";
    for (int i = 0; i < count; ++i) {
        const DemoCandidate& c = kCandidates[i];
        csv += csvField(c.nationalId) + ',' + csvField(c.name) + ',' + csvField(c.party) + ',' +
               csvField(c.description) + "\r\n";
    }
    return csv;
}
} // namespace

DemoSeeder::DemoSeeder(Database& superuser, Connector connectAs)
    : m_superuser(superuser), m_connect(std::move(connectAs))
{}

Result<DemoSeeder::Outcome> DemoSeeder::run(const QList<Account>& previous)
{
    Outcome outcome;
    auto exists = Db::transact<bool>(m_superuser, [](pqxx::work& w) {
        return !w.exec_params("SELECT 1 FROM elect.users WHERE lower(email) = lower($1)", Db::str(kAdminEmail)).empty();
    });
    if (!exists)
        return exists.error();
    if (*exists) {
        outcome.accounts = previous;
        outcome.lines << QCoreApplication::translate("Elect::DemoSeeder",
                                                     "The demo already exists; nothing was changed.");
        return outcome;
    }

    // The system admin, created by the superuser as IT staff would with "elect sysadmin create".
    Account admin{QCoreApplication::translate("Elect::DemoSeeder", "System admin"), kAdminEmail,
                  loginRoleForEmail(kAdminEmail), demoPassword()};
    if (auto id =
            AccountRepository(m_superuser)
                .createSystemAdmin({kAdminEmail, QStringLiteral("Salma"), QStringLiteral("Ibrahim"), admin.password});
        !id)
        return id.error();
    outcome.accounts << admin;

    // Two organizations register through the functions behind elect serve's registration API, which answer the
    // service login only: the superuser takes that login's identity for these calls (the service's password is
    // serve's own, and the demo needs no serve running to be made).
    const auto actAs = [this](const char* statement) {
        return Db::transactVoid(m_superuser, [statement](pqxx::work& w) { w.exec(statement); });
    };
    if (Status s = actAs("SET SESSION AUTHORIZATION elect_service"); !s)
        return s.error();
    struct Back
    {
        std::function<void()> reset;
        ~Back() { reset(); }
    } back{[&actAs] { (void)actAs("RESET SESSION AUTHORIZATION"); }};
    Account owner{QCoreApplication::translate("Elect::DemoSeeder", "Owner of Nile Rowing Club"), kOwnerEmail,
                  loginRoleForEmail(kOwnerEmail), demoPassword()};
    auto orgId =
        AccountRepository(m_superuser)
            .registerOrganization({kOwnerEmail, QStringLiteral("Hany"), QStringLiteral("Mansour"), owner.password},
                                  QStringLiteral("Nile Rowing Club"), QStringLiteral("EG"));
    if (!orgId)
        return orgId.error();
    Account pending{
        QCoreApplication::translate("Elect::DemoSeeder", "Owner of Alexandria Student Union (waiting for review)"),
        kPendingEmail, loginRoleForEmail(kPendingEmail), demoPassword()};
    auto pendingId =
        AccountRepository(m_superuser)
            .registerOrganization({kPendingEmail, QStringLiteral("Laila"), QStringLiteral("Fathy"), pending.password},
                                  QStringLiteral("Alexandria Student Union"), QStringLiteral("EG"));
    if (!pendingId)
        return pendingId.error();
    if (Status s = actAs("RESET SESSION AUTHORIZATION"); !s)
        return s.error();
    outcome.lines << QCoreApplication::translate(
        "Elect::DemoSeeder", "Registered Nile Rowing Club and Alexandria Student Union as the service does.");

    // The system admin confirms both emails and accepts the rowing club.
    auto adminDb = m_connect(admin.loginRole, admin.password);
    if (!adminDb)
        return adminDb.error();
    AccountRepository asAdmin(**adminDb);
    for (const QString& email : {kOwnerEmail, kPendingEmail})
        if (Status s = asAdmin.verifyEmailByAdmin(email); !s)
            return s.error();
    if (Status s = asAdmin.acceptOrganization(*orgId); !s)
        return s.error();
    outcome.lines << QCoreApplication::translate(
        "Elect::DemoSeeder",
        "Accepted Nile Rowing Club as the system admin; Alexandria Student Union waits for review.");
    outcome.accounts << owner;

    // The owner sets up elections, candidates, voters, an administrator and a kiosk.
    auto ownerDb = m_connect(owner.loginRole, owner.password);
    if (!ownerDb)
        return ownerDb.error();
    ElectionRepository elections(**ownerDb);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Election draft;
    draft.title = QStringLiteral("Board of directors 2027");
    draft.countingMethod = CountingMethod::Block;
    draft.seats = 3;
    draft.votesPerVoter = 3;
    draft.startsAt = now.addDays(30);
    draft.endsAt = now.addDays(31);
    draft.potentialVoters = 60;
    Election running;
    running.title = QStringLiteral("Club captain 2026");
    running.seats = 1;
    running.votesPerVoter = 1;
    running.startsAt = now.addDays(1); // moved into the past when it is published below
    running.endsAt = now.addDays(8);
    running.potentialVoters = 60;
    // A ranked election beside it, so that someone trying the demo can number candidates in order at the kiosk.
    Election ranked;
    ranked.title = QStringLiteral("Head coach 2026");
    ranked.countingMethod = CountingMethod::Irv;
    ranked.seats = 1;
    ranked.votesPerVoter = 1;
    ranked.startsAt = now.addDays(1); // moved into the past when it is published below
    ranked.endsAt = now.addDays(8);
    ranked.potentialVoters = 60;
    auto draftId = elections.createDraft(draft);
    auto runningId = elections.createDraft(running);
    if (!draftId)
        return draftId.error();
    if (!runningId)
        return runningId.error();
    auto rankedId = elections.createDraft(ranked);
    if (!rankedId)
        return rankedId.error();

    QByteArray voters = "National ID,Phone\r\n";
    for (int i = 0; i < 60; ++i)
        voters += QStringLiteral("2990101%1,+2010%2\r\n")
                      .arg(1000000 + i * 7919, 7, 10, QLatin1Char('0'))
                      .arg(10000000 + i * 104729 % 89999999, 8, 10, QLatin1Char('0'))
                      .toLatin1();
    Status seeded = importCsv(**ownerDb, *draftId, Csv::ImportKind::Candidates, candidateCsv(6));
    if (seeded)
        seeded = importCsv(**ownerDb, *runningId, Csv::ImportKind::Candidates, candidateCsv(4));
    if (seeded)
        seeded = importCsv(**ownerDb, *rankedId, Csv::ImportKind::Candidates, candidateCsv(5));
    for (const qint64 election : {*draftId, *runningId, *rankedId})
        if (seeded)
            seeded = importCsv(**ownerDb, election, Csv::ImportKind::Voters, voters);
    if (!seeded)
        return seeded.error();
    outcome.lines << QCoreApplication::translate(
                         "Elect::DemoSeeder",
                         "Created two elections as the owner: \"%1\" (draft) and \"%2\", each with candidates and 60 "
                         "voters.")
                         .arg(draft.title, running.title);
    outcome.lines << QCoreApplication::translate("Elect::DemoSeeder",
                                                 "Created \"%1\", a ranked election (instant runoff) with the same 60 "
                                                 "voters: at the kiosk, voters number the candidates in their order of "
                                                 "preference.")
                         .arg(ranked.title);

    AccountRepository asOwner(**ownerDb);
    Account orgAdmin{QCoreApplication::translate("Elect::DemoSeeder", "Administrator of Nile Rowing Club"),
                     kOrgAdminEmail, loginRoleForEmail(kOrgAdminEmail), demoPassword()};
    if (auto id = asOwner.createOrganizationAdmin(
            {kOrgAdminEmail, QStringLiteral("Rana"), QStringLiteral("Soliman"), orgAdmin.password});
        !id)
        return id.error();
    if (Status s = asAdmin.verifyEmailByAdmin(kOrgAdminEmail); !s)
        return s.error();
    outcome.accounts << orgAdmin;
    auto kiosk = asOwner.createKiosk(QStringLiteral("Boathouse kiosk 1"), QStringLiteral("Boathouse, Zamalek"));
    if (!kiosk)
        return kiosk.error();
    outcome.accounts << Account{QCoreApplication::translate("Elect::DemoSeeder", "Kiosk \"Boathouse kiosk 1\""),
                                QString(), kiosk->loginRole, kiosk->password};
    outcome.lines << QCoreApplication::translate("Elect::DemoSeeder",
                                                 "Added an administrator and a kiosk as the owner.");

    // Publishing (with its charge) comes with payments; until then the superuser opens the poll.
    const Status opened = Db::transactVoid(m_superuser, [&](pqxx::work& w) {
        w.exec("SET LOCAL ROLE elect_owner");
        w.exec_params("UPDATE elect.elections SET status = 'scheduled', starts_at = now() - interval '1 hour',"
                      " ends_at = now() + interval '7 days' WHERE id = $1",
                      static_cast<long long>(*runningId));
        // A minute later than the captain's, so that the kiosk lists the choose-one election first.
        w.exec_params("UPDATE elect.elections SET status = 'scheduled', starts_at = now() - interval '1 hour',"
                      " ends_at = now() + interval '7 days 1 minute' WHERE id = $1",
                      static_cast<long long>(*rankedId));
    });
    if (!opened)
        return opened.error();
    for (const QString& title : {running.title, ranked.title})
        outcome.lines << QCoreApplication::translate("Elect::DemoSeeder", "Opened \"%1\": it runs for the next 7 days.")
                             .arg(title);
    outcome.accounts << pending;
    return outcome;
}

} // namespace Elect

#include "core/db/AccountRepository.h"
#include "core/db/ApprovalRepository.h"
#include "core/db/NotificationListener.h"
#include "core/db/NotificationRepository.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Elect;
using Test::attempt;
using Test::scalar;

// Approval requests and notifications against a real server (0024_notifications_approvals.sql): an
// organization admin's change to a published election or candidate waits for the owner, who approves it
// (applied in the same transaction, checked again) or rejects it with a reason; the requester is told;
// each login sees only its own organization's requests and its own notifications; a new notification wakes
// a LISTEN with ids only. Tried as each login that must be refused.
class TestApprovals : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_owner, m_orgAdmin, m_kiosk, m_otherOwner;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_org = 0;
    qint64 m_adminId = 0;

    std::unique_ptr<Database> connectDemo(const QString& labelStart)
    {
        const auto& a = Test::demoAccount(m_accounts, labelStart);
        return m_cluster->connect(a.loginRole, a.password);
    }
    std::unique_ptr<pqxx::connection> rawAs(const QString& labelStart)
    {
        const auto& a = Test::demoAccount(m_accounts, labelStart);
        return Test::rawConnect(m_cluster->as(a.loginRole, a.password));
    }
    QString sql(const QString& query) { return scalar(*m_super, query); }
    // A published election of the demo organization that starts in a week (set up as the functions would).
    qint64 scheduled(const QString& title)
    {
        return sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.elections (organization_id, title, status,"
                                  " starts_at, ends_at) VALUES (%1, '%2', 'scheduled', '2031-03-01T08:00:00Z',"
                                  " '2031-03-01T18:00:00Z') RETURNING id")
                       .arg(m_org)
                       .arg(title))
            .toLongLong();
    }
    QString electionRow(qint64 id)
    {
        return sql(QStringLiteral("SELECT title || '|' || to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"
                                  " FROM elect.elections WHERE id = %1")
                       .arg(id));
    }
    QString requestRow(qint64 id)
    {
        return sql(
            QStringLiteral("SELECT status || '|' || coalesce(decision_reason, '-') || '|' ||"
                           " (decided_by IS NOT DISTINCT FROM CASE WHEN status = 'pending' THEN NULL ELSE %2 END)"
                           " FROM elect.approval_requests WHERE id = %1")
                .arg(id)
                .arg(m_org));
    }
    int audited(const QString& action, qint64 request)
    {
        return sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = '%1' AND object_id = '%2'"
                                  " AND success")
                       .arg(action)
                       .arg(request))
            .toInt();
    }
    static QStringList titlesFor(Database& db, const QString& type)
    {
        QStringList out;
        const auto list = NotificationRepository(db).list();
        if (!list)
            return {QStringLiteral("error: ") + list.message()};
        for (const Notification& n : *list)
            if (n.type == type)
                out << n.message;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        const auto demo = Test::seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_owner = connectDemo(QStringLiteral("Owner of Nile"));
        m_orgAdmin = connectDemo(QStringLiteral("Administrator of Nile"));
        m_kiosk = connectDemo(QStringLiteral("Kiosk"));
        QVERIFY(m_owner && m_orgAdmin && m_kiosk);
        m_org =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
        m_adminId =
            sql(QStringLiteral("SELECT user_id FROM elect.organization_admins WHERE organization_id = %1").arg(m_org))
                .toLongLong();
        QVERIFY(m_org > 0 && m_adminId > 0);

        auto service =
            m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        auto sysadmin = connectDemo(QStringLiteral("System admin"));
        QVERIFY(service && sysadmin);
        const auto other = AccountRepository(*service).registerOrganization(
            {QStringLiteral("chair@cairo-chess.example"), QStringLiteral("Adel"), QStringLiteral("Nabil"),
             QStringLiteral("other-owner-password-1")},
            QStringLiteral("Cairo Chess Club"), QStringLiteral("EG"));
        QVERIFY2(other.ok(), qPrintable(other.message()));
        QVERIFY(AccountRepository(*sysadmin).verifyEmailByAdmin(QStringLiteral("chair@cairo-chess.example")).ok());
        QVERIFY(AccountRepository(*sysadmin).acceptOrganization(*other).ok());
        m_otherOwner = m_cluster->connect(loginRoleForEmail(QStringLiteral("chair@cairo-chess.example")),
                                          QStringLiteral("other-owner-password-1"));
        QVERIFY(m_otherOwner);
    }

    void anAdminsChangeWaitsAndTheOwnerApprovesIt()
    {
        const qint64 election = scheduled(QStringLiteral("Regatta committee 2031"));
        ElectionChange change;
        change.title = QStringLiteral("Regatta committee 2031 (spring)");
        change.startsAt = QDateTime(QDate(2031, 3, 1), QTime(9, 30), Qt::UTC);
        const auto id = ApprovalRepository(*m_orgAdmin).requestElectionChange(election, change);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        // Nothing changes yet; the request holds what was and what is asked for.
        QCOMPARE(electionRow(election), QStringLiteral("Regatta committee 2031|2031-03-01 08:00"));
        QCOMPARE(requestRow(*id), QStringLiteral("pending|-|true"));
        QCOMPARE(audited(QStringLiteral("request_election_change"), *id), 1);

        const auto seen = ApprovalRepository(*m_owner).list();
        QVERIFY2(seen.ok(), qPrintable(seen.message()));
        QVERIFY(!seen->isEmpty());
        const ApprovalRequest& r = seen->first();
        QCOMPARE(r.id, *id);
        QCOMPARE(r.targetName, QStringLiteral("Regatta committee 2031"));
        QCOMPARE(r.requestedById, m_adminId);
        QCOMPARE(r.fields.size(), 2);
        QCOMPARE(r.fields.at(0).field, QStringLiteral("title"));
        QCOMPARE(r.fields.at(0).before.toString(), QStringLiteral("Regatta committee 2031"));
        QCOMPARE(r.fields.at(0).after.toString(), QStringLiteral("Regatta committee 2031 (spring)"));
        QCOMPARE(r.fields.at(1).field, QStringLiteral("starts_at"));
        QCOMPARE(r.fields.at(1).before.toString(), QStringLiteral("2031-03-01T08:00:00Z"));
        QCOMPARE(r.fields.at(1).after.toString(), QStringLiteral("2031-03-01T09:30:00Z"));

        // The owner is told; the note is the owner's alone.
        QVERIFY(titlesFor(*m_owner, QStringLiteral("approval_requested"))
                    .contains(QStringLiteral("A change to \"Regatta committee 2031\" waits for your approval.")));
        QCOMPARE(titlesFor(*m_orgAdmin, QStringLiteral("approval_requested")), QStringList());

        // The admin may not approve it, nor may another organization's owner (who does not even see it).
        QCOMPARE(ApprovalRepository(*m_orgAdmin).approve(*id).code(), ErrorCode::NotAllowed);
        QCOMPARE(ApprovalRepository(*m_otherOwner).approve(*id).code(), ErrorCode::NotFound);
        QCOMPARE(ApprovalRepository(*m_otherOwner).reject(*id, QStringLiteral("no")).code(), ErrorCode::NotFound);
        QVERIFY(ApprovalRepository(*m_otherOwner).list()->isEmpty());
        QCOMPARE(requestRow(*id), QStringLiteral("pending|-|true"));

        const Status approved = ApprovalRepository(*m_owner).approve(*id);
        QVERIFY2(approved.ok(), qPrintable(approved.message()));
        QCOMPARE(electionRow(election), QStringLiteral("Regatta committee 2031 (spring)|2031-03-01 09:30"));
        QCOMPARE(requestRow(*id), QStringLiteral("approved|-|true"));
        QCOMPARE(audited(QStringLiteral("approve_approval_request"), *id), 1);
        QCOMPARE(titlesFor(*m_orgAdmin, QStringLiteral("approval_decided")),
                 QStringList{QStringLiteral("Your change to \"Regatta committee 2031\" was approved and applied.")});
        QCOMPARE(titlesFor(*m_owner, QStringLiteral("approval_decided")), QStringList());
        // Once decided, it stays decided.
        QCOMPARE(ApprovalRepository(*m_owner).reject(*id, QStringLiteral("late")).code(), ErrorCode::WrongState);
    }

    void theOwnerRejectsWithAReason()
    {
        const qint64 election = scheduled(QStringLiteral("Coach election 2031"));
        ElectionChange change;
        change.title = QStringLiteral("Head coach 2031");
        const auto id = ApprovalRepository(*m_orgAdmin).requestElectionChange(election, change);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(ApprovalRepository(*m_owner).reject(*id, QStringLiteral("  ")).code(), ErrorCode::InvalidInput);
        const Status rejected =
            ApprovalRepository(*m_owner).reject(*id, QStringLiteral("The title is on the posters."));
        QVERIFY2(rejected.ok(), qPrintable(rejected.message()));
        QCOMPARE(electionRow(election), QStringLiteral("Coach election 2031|2031-03-01 08:00"));
        QCOMPARE(requestRow(*id), QStringLiteral("rejected|The title is on the posters.|true"));
        QCOMPARE(audited(QStringLiteral("reject_approval_request"), *id), 1);
        QVERIFY(titlesFor(*m_orgAdmin, QStringLiteral("approval_decided"))
                    .contains(QStringLiteral(
                        "Your change to \"Coach election 2031\" was rejected: The title is on the posters.")));
        const auto mine = ApprovalRepository(*m_orgAdmin).list(true);
        QVERIFY(mine.ok() && !mine->isEmpty());
        QCOMPARE(mine->first().reason, QStringLiteral("The title is on the posters."));
        QCOMPARE(mine->first().status, ApprovalRequest::Status::Rejected);
    }

    // At approval the lifecycle is checked again: an election that started meanwhile does not change.
    void anElectionThatStartedMeanwhileDoesNotChange()
    {
        const qint64 election = scheduled(QStringLiteral("Treasurer 2031"));
        ElectionChange change;
        change.endsAt = QDateTime(QDate(2031, 3, 2), QTime(18, 0), Qt::UTC);
        const auto id = ApprovalRepository(*m_orgAdmin).requestElectionChange(election, change);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.elections SET starts_at = now() - interval '1 minute'"
                                                 " WHERE id = %1")
                                      .arg(election))
                    .ok());
        const Status approved = ApprovalRepository(*m_owner).approve(*id);
        QCOMPARE(approved.code(), ErrorCode::InvalidInput); // election_start_passed
        QVERIFY(approved.message().contains(QStringLiteral("start time has passed")));
        QCOMPARE(requestRow(*id), QStringLiteral("pending|-|true"));
        QCOMPARE(sql(QStringLiteral("SELECT ends_at = '2031-03-01T18:00:00Z' FROM elect.elections WHERE id = %1")
                         .arg(election)),
                 QStringLiteral("t"));
        // And a draft, or a running election, is not a request at all.
        QCOMPARE(ApprovalRepository(*m_orgAdmin).requestElectionChange(election, change).code(),
                 ErrorCode::InvalidInput);
    }

    void aCandidateOfAPublishedElectionChangesOnApproval()
    {
        const qint64 election = scheduled(QStringLiteral("Captain 2031"));
        const qint64 candidate =
            sql(QStringLiteral(
                    "SET ROLE elect_owner; INSERT INTO elect.candidates (organization_id, national_id_hmac,"
                    " name, party) VALUES (%1, public.gen_random_bytes(32), 'Mona Adel', 'Blue') RETURNING id")
                    .arg(m_org))
                .toLongLong();
        QVERIFY(
            attempt(*m_super, QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id,"
                                             " organization_id) VALUES (%1, %2, %3)")
                                  .arg(candidate)
                                  .arg(election)
                                  .arg(m_org))
                .ok());
        // Frozen for a direct edit, even for the owner.
        auto owner = rawAs(QStringLiteral("Owner of Nile"));
        QVERIFY(owner);
        QCOMPARE(attempt(*owner, QStringLiteral("UPDATE elect.candidates SET name = 'x' WHERE id = %1").arg(candidate))
                     .message,
                 QStringLiteral("election_not_draft"));
        CandidateChange change;
        change.name = QStringLiteral("Mona Adel Hassan");
        change.party = QString();
        const auto id = ApprovalRepository(*m_orgAdmin).requestCandidateChange(candidate, change);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        const auto list = ApprovalRepository(*m_owner).list();
        QVERIFY(list.ok() && list->first().id == *id);
        QCOMPARE(list->first().target, ApprovalRequest::Target::Candidate);
        QCOMPARE(list->first().fields.size(), 2);
        QCOMPARE(list->first().fields.at(1).field, QStringLiteral("party"));
        QCOMPARE(list->first().fields.at(1).before.toString(), QStringLiteral("Blue"));
        QVERIFY(list->first().fields.at(1).after.isNull());
        QVERIFY(ApprovalRepository(*m_owner).approve(*id).ok());
        QCOMPARE(sql(QStringLiteral("SELECT name || '|' || coalesce(party, '-') FROM elect.candidates WHERE id = %1")
                         .arg(candidate)),
                 QStringLiteral("Mona Adel Hassan|-"));
    }

    // What a modified client would try: write a request or a decision directly, ask as the owner or a kiosk.
    void requestsAreWrittenOnlyThroughTheFunctions()
    {
        const qint64 election = scheduled(QStringLiteral("Secretary 2031"));
        auto admin = rawAs(QStringLiteral("Administrator of Nile"));
        QVERIFY(admin);
        QCOMPARE(attempt(*admin, QStringLiteral("INSERT INTO elect.approval_requests (action, target, target_id,"
                                                " payload) VALUES ('update', 'election', %1, '{}')")
                                     .arg(election))
                     .sqlstate,
                 QStringLiteral("42501"));
        ElectionChange change;
        change.title = QStringLiteral("Secretary-general 2031");
        const auto id = ApprovalRepository(*m_orgAdmin).requestElectionChange(election, change);
        QVERIFY(id.ok());
        QCOMPARE(attempt(*admin, QStringLiteral("UPDATE elect.approval_requests SET status = 'approved',"
                                                " decided_at = now() WHERE id = %1")
                                     .arg(*id))
                     .sqlstate,
                 QStringLiteral("42501"));
        QCOMPARE(ApprovalRepository(*m_owner).requestElectionChange(election, change).code(), ErrorCode::NotAllowed);
        QCOMPARE(ApprovalRepository(*m_otherOwner).requestElectionChange(election, change).code(),
                 ErrorCode::NotAllowed);
        QCOMPARE(ApprovalRepository(*m_kiosk).approve(*id).code(), ErrorCode::NotAllowed);
        QCOMPARE(requestRow(*id), QStringLiteral("pending|-|true"));
    }

    // A notification wakes a LISTEN at once, with ids only; each person reads only theirs; mark read.
    void notificationsWakeListenersAndAreReadPerOrganization()
    {
        auto listenerDb = connectDemo(QStringLiteral("Owner of Nile"));
        QVERIFY(listenerDb);
        auto listener = NotificationListener::listen(*listenerDb, NotificationRepository::channel());
        QVERIFY2(listener.ok(), qPrintable(listener.message()));
        const qint64 election = scheduled(QStringLiteral("Notified 2031"));
        ElectionChange change;
        change.title = QStringLiteral("Notified 2031 (b)");
        QVERIFY(ApprovalRepository(*m_orgAdmin).requestElectionChange(election, change).ok());
        const QString newest =
            sql(QStringLiteral("SELECT max(id) FROM elect.notifications WHERE organization_id = %1").arg(m_org));
        QStringList payloads;
        QTRY_VERIFY_WITH_TIMEOUT((payloads << *(*listener)->take(), !payloads.isEmpty()), 10000);
        const QJsonObject payload = QJsonDocument::fromJson(payloads.last().toUtf8()).object();
        QCOMPARE(payload.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("organization")}));
        QCOMPARE(QString::number(payload.value(QStringLiteral("id")).toInteger()), newest);
        QCOMPARE(payload.value(QStringLiteral("organization")).toInteger(), m_org);

        // Another organization sees none of it; the owner reads it, and marks everything read.
        const auto others = NotificationRepository(*m_otherOwner).list();
        QVERIFY(others.ok());
        for (const Notification& n : *others)
            QVERIFY(n.id != newest.toLongLong() && !n.message.contains(QStringLiteral("Notified")));
        const int unread = *NotificationRepository(*m_owner).unreadCount();
        QVERIFY(unread >= 1);
        QCOMPARE(*NotificationRepository(*m_otherOwner).markRead(newest.toLongLong()), false);
        QCOMPARE(*NotificationRepository(*m_orgAdmin).markRead(newest.toLongLong()), false); // the owner's alone
        QCOMPARE(*NotificationRepository(*m_owner).markRead(newest.toLongLong()), true);
        QCOMPARE(*NotificationRepository(*m_owner).unreadCount(), unread - 1);
        QCOMPARE(*NotificationRepository(*m_owner).markAllRead(), unread - 1);
        QCOMPARE(*NotificationRepository(*m_owner).unreadCount(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.notifications n WHERE organization_id = %1 AND NOT"
                                    " EXISTS (SELECT FROM elect.notification_reads r WHERE r.notification_id = n.id"
                                    " AND r.user_id = %1) AND (recipient_id IS NULL OR recipient_id = %1)")
                         .arg(m_org)),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestApprovals)
#include "TestApprovals.moc"

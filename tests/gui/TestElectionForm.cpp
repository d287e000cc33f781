#include "AdminDriver.h"

#include "elections/ElectionDetailsTab.h"
#include "elections/ElectionForm.h"
#include "elections/NewElectionDialog.h"
#include "shell/MessageBanner.h"

#include "core/db/ElectionRepository.h"
#include "core/db/WalletRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QInputMethodEvent>
#include <QLabel>

using namespace Elect;
using namespace Elect::Test;

// The election form as an organization's owner and administrator use it: File > New election (Ctrl+N),
// the Details tab of a draft (edit, publish with its charge, cancel), the locks of a published election and
// why; and the same rules tried directly against the database as an administrator and as another
// organization's owner.
class TestElectionForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerCreatesADraftWithCtrlN();
    void ownerEditsPublishesAndCancels();
    void organizationAdminMayEditButNotPublish();
    void theDatabaseRefusesWhatTheFormLocks();
    void arabicScreens();

private:
    static void chooseInCombo(QComboBox* combo, const QString& key);
    static void retype(QWidget* field, const QString& text);
    ElectionDetailsTab* openDetails(MainWindow* window, const QString& title);

    ElectionFixture m_db;
};

namespace {

/// \a edit shows \a at as its language reads it: the locale's own text in its own order, and on screen hours
/// before minutes (numbers read left to right) and, right to left, the day first from the right, then the month,
/// the year and the time. Every part of \a at must be written differently (25/11/2027 09:30, not 20/11/2027).
void readsInOrder(QDateTimeEdit* edit, const QDateTime& at)
{
    edit->setDateTime(at);
    const QLocale locale;
    // The locale's own text: logically the day, the month, the year, the hours, the minutes.
    QCOMPARE(edit->text(), locale.toString(at, locale.dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm")));
    const auto seen = [edit, &locale, &at](const char* part) {
        return seenAt(edit, locale.toString(at, QString::fromLatin1(part)));
    };
    const qreal hours = seen("HH");
    const qreal minutes = seen("mm");
    QVERIFY2(hours >= 0 && minutes >= 0, qPrintable(edit->text()));
    QVERIFY2(hours < minutes, qPrintable(edit->text()));
    if (locale.textDirection() == Qt::RightToLeft) {
        const qreal day = seen("dd");
        const qreal month = seen("MM");
        const qreal year = seen("yyyy");
        QVERIFY2(day >= 0 && month >= 0 && year >= 0, qPrintable(edit->text()));
        QVERIFY2(day > month && month > year && year > minutes, qPrintable(edit->text()));
    }
    QVERIFY2(showsAllOf(edit), qPrintable(edit->text()));
}

} // namespace

void TestElectionForm::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_election_form"));
    m_db.setUp();
}

// As a person chooses in a combo box with the keyboard: Home, then Down until the wanted item shows.
void TestElectionForm::chooseInCombo(QComboBox* combo, const QString& key)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData().toString() != key; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), key);
}

void TestElectionForm::retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

ElectionDetailsTab* TestElectionForm::openDetails(MainWindow* window, const QString& title)
{
    ElectionWorkspace* workspace = openElection(window, title);
    if (!workspace)
        return nullptr;
    auto* details = qobject_cast<ElectionDetailsTab*>(showTab(workspace, QStringLiteral("detailsTab")));
    if (!details ||
        !QTest::qWaitFor([details] { return details->form()->isEnabled() && !details->isBusy(); }, kGuiTimeoutMs))
        return nullptr;
    return details;
}

void TestElectionForm::ownerCreatesADraftWithCtrlN()
{
    AdminApp app;
    signIn(app, *m_db.cluster, m_db.account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    QVERIFY(window->findChild<QAction*>(QStringLiteral("newElectionAction")));
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    auto* dialog = qobject_cast<NewElectionDialog*>(waitForModal(QStringLiteral("newElectionDialog")));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->form()->isEnabled(), kGuiTimeoutMs);
    ElectionForm* form = dialog->form();

    // The times are the organization's (Nile Rowing Club, Egypt), and the form says so.
    auto* zone = child<QLabel>(form, QStringLiteral("zoneLabel"));
    QVERIFY2(zone->text().contains(QStringLiteral("Africa/Cairo (UTC+02:00)")), qPrintable(zone->text()));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("titleEdit")), QStringLiteral("Rowing committee 2027"));
    chooseInCombo(child<QComboBox>(form, QStringLiteral("typeCombo")), QStringLiteral("district"));
    QVERIFY(!child<QLineEdit>(form, QStringLiteral("apiEndpointEdit"))->isVisibleTo(form));

    // Only what the method reads is shown: STV has seats, ranked ballots, no "choices per ballot".
    auto* seats = child<QSpinBox>(form, QStringLiteral("seatsSpin"));
    auto* votes = child<QSpinBox>(form, QStringLiteral("votesSpin"));
    chooseInCombo(child<QComboBox>(form, QStringLiteral("methodCombo")), QStringLiteral("referendum"));
    QVERIFY(!seats->isVisibleTo(form) && !votes->isVisibleTo(form));
    chooseInCombo(child<QComboBox>(form, QStringLiteral("methodCombo")), QStringLiteral("stv"));
    QVERIFY(seats->isVisibleTo(form));
    QVERIFY(!votes->isVisibleTo(form));
    QVERIFY(child<QLabel>(form, QStringLiteral("ballotHint"))->text().startsWith(QStringLiteral("Ranked")));
    retype(seats, QStringLiteral("3"));
    retype(child<QSpinBox>(form, QStringLiteral("potentialVotersSpin")), QStringLiteral("250"));
    // Voting closes at 17:30 instead of 19:00: the hour and minute typed into their sections.
    auto* ends = child<QDateTimeEdit>(form, QStringLiteral("endsEdit"));
    ends->setFocus();
    ends->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(ends, QStringLiteral("17"));
    ends->setSelectedSection(QDateTimeEdit::MinuteSection);
    QTest::keyClicks(ends, QStringLiteral("30"));
    QCOMPARE(ends->time(), QTime(17, 30));
    QCOMPARE(ends->text(), QLocale().toString(ends->dateTime(), ends->displayFormat()));
    QVERIFY2(showsAllOf(ends), qPrintable(ends->text()));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("election-new-en")));

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() && !window->electionWorkspace()->isLoading(), kGuiTimeoutMs);
    QCOMPARE(window->electionWorkspace()->election().title, QStringLiteral("Rowing committee 2027"));

    // What the database holds: the wall times are Cairo's, tomorrow there.
    QCOMPARE(
        m_db.sql(QStringLiteral(
            "SELECT type || '|' || counting_method || '|' || seats || '|' || votes_per_voter || '|' ||"
            " potential_voters || '|' || status || '|' || to_char(starts_at AT TIME ZONE 'Africa/Cairo', 'HH24:MI')"
            " || '|' || to_char(ends_at AT TIME ZONE 'Africa/Cairo', 'HH24:MI') || '|' ||"
            " ((starts_at AT TIME ZONE 'Africa/Cairo')::date = (now() AT TIME ZONE 'Africa/Cairo')::date + 1)"
            " FROM elect.elections WHERE title = 'Rowing committee 2027'")),
        QStringLiteral("district|stv|3|3|250|draft|09:00|17:30|true"));
    // And the list of elections has it.
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kGuiTimeoutMs);
    bool listed = false;
    for (const Election& e : window->electionsPage()->model()->elections())
        listed = listed || e.title == QStringLiteral("Rowing committee 2027");
    QVERIFY(listed);

    // A title is needed: the dialog says so and stays open.
    window->activateWindow(); // back from the dialog, as a click on the window does
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    dialog = qobject_cast<NewElectionDialog*>(waitForModal(QStringLiteral("newElectionDialog")));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->form()->isEnabled(), kGuiTimeoutMs);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("createButton")), Qt::LeftButton);
    auto* message = child<MessageBanner>(dialog, QStringLiteral("newElectionMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kGuiTimeoutMs);
    QVERIFY(message->text().contains(QStringLiteral("title")));
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestElectionForm::ownerEditsPublishesAndCancels()
{
    const qint64 id = m_db.makeDraft(QStringLiteral("Regatta jury"), 40);
    // A candidate, so that it may be published.
    m_db.sql(QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id, organization_id)"
                            " SELECT max(id), %1, %2 FROM elect.candidates WHERE organization_id = %2 RETURNING 1")
                 .arg(id)
                 .arg(m_db.organization));
    m_db.sql(QStringLiteral("UPDATE elect.users SET wallet_balance = 10000 WHERE id = %1 RETURNING 1")
                 .arg(m_db.organization));

    AdminApp app;
    signIn(app, *m_db.cluster, m_db.account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    ElectionDetailsTab* details = openDetails(window, QStringLiteral("Regatta jury"));
    QVERIFY(details);
    ElectionForm* form = details->form();
    QVERIFY(form->lockReason().isEmpty());
    auto* save = child<QPushButton>(details, QStringLiteral("saveButton"));
    auto* publish = child<QPushButton>(details, QStringLiteral("publishButton"));
    auto* cancel = child<QPushButton>(details, QStringLiteral("cancelElectionButton"));
    auto* message = child<MessageBanner>(details, QStringLiteral("detailsMessage"));
    QVERIFY(!save->isEnabled());

    // Rename the draft and save: the database and the list have the new title.
    QSignalSpy listChanged(window->electionWorkspace(), &ElectionWorkspace::electionChanged);
    retype(child<QLineEdit>(form, QStringLiteral("titleEdit")), QStringLiteral("Regatta jury 2027"));
    QVERIFY(save->isEnabled());
    QVERIFY(!publish->isEnabled()); // save first
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!details->isBusy() && !message->text().isEmpty(), kGuiTimeoutMs);
    QVERIFY2(!message->isError(), qPrintable(message->text()));
    QCOMPARE(m_db.sql(QStringLiteral("SELECT title FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("Regatta jury 2027"));
    QCOMPARE(listChanged.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled(), kGuiTimeoutMs);

    // Publish: the charge is shown first; 100.00 EGP is not enough, and the database says so.
    QTest::mouseClick(publish, Qt::LeftButton);
    QString asked = answer(QStringLiteral("publishConfirm"), QStringLiteral("confirmButton"));
    QVERIFY2(asked.contains(QStringLiteral("150.00 EGP")) && asked.contains(QStringLiteral("100.00 EGP")),
             qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kGuiTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("50.00 EGP more")), qPrintable(message->text()));
    QCOMPARE(m_db.sql(QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("draft"));

    // With 1,000.00 EGP: "No" changes nothing; "Publish" charges 150.00 EGP.
    m_db.sql(QStringLiteral("UPDATE elect.users SET wallet_balance = 100000 WHERE id = %1 RETURNING 1")
                 .arg(m_db.organization));
    QTRY_VERIFY_WITH_TIMEOUT(publish->isEnabled(), kGuiTimeoutMs);
    QTest::mouseClick(publish, Qt::LeftButton);
    QVERIFY(!answer(QStringLiteral("publishConfirm"), QStringLiteral("rejectButton")).isEmpty());
    QCOMPARE(m_db.sql(QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("draft"));
    QTest::mouseClick(publish, Qt::LeftButton);
    asked = answer(QStringLiteral("publishConfirm"), QStringLiteral("confirmButton"));
    QVERIFY2(asked.contains(QStringLiteral("from 1000.00 EGP to 850.00 EGP")), qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(!message->isError() && message->text().startsWith(QStringLiteral("Published")),
                             kGuiTimeoutMs);
    QCOMPARE(
        m_db.sql(QStringLiteral("SELECT e.status || '|' || u.wallet_balance || '|' || t.amount FROM elect.elections e"
                                " JOIN elect.users u ON u.id = e.organization_id JOIN elect.transactions t"
                                " ON t.election_id = e.id AND t.kind = 'charge' WHERE e.id = %1")
                     .arg(id)),
        QStringLiteral("scheduled|85000|15000"));

    // Published: the dates and the rest are locked, and the form says why; Publish is gone.
    QTRY_VERIFY_WITH_TIMEOUT(!publish->isVisible(), kGuiTimeoutMs);
    QVERIFY2(form->lockReason().contains(QStringLiteral("Published elections cannot change their dates")),
             qPrintable(form->lockReason()));
    QVERIFY(child<QLabel>(form, QStringLiteral("lockReason"))->isVisible());
    QVERIFY(!child<QDateTimeEdit>(form, QStringLiteral("startsEdit"))->isEnabled());
    QVERIFY(!child<QComboBox>(form, QStringLiteral("methodCombo"))->isEnabled());
    QVERIFY(saveScreenshot(window, QStringLiteral("election-details-published-en")));
    // The title is still offered; the database refuses it (a later version makes it a request to the owner).
    retype(child<QLineEdit>(form, QStringLiteral("titleEdit")), QStringLiteral("Renamed after publishing"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kGuiTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("Only a draft election can be edited")),
             qPrintable(message->text()));
    QCOMPARE(m_db.sql(QStringLiteral("SELECT title FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("Regatta jury 2027"));

    // Cancel: "Keep it" keeps it; confirming cancels and refunds.
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!answer(QStringLiteral("cancelConfirm"), QStringLiteral("rejectButton")).isEmpty());
    QCOMPARE(m_db.sql(QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("scheduled"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    asked = answer(QStringLiteral("cancelConfirm"), QStringLiteral("confirmButton"));
    QVERIFY2(asked.contains(QStringLiteral("refunded")), qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(!message->isError() && message->text().startsWith(QStringLiteral("Cancelled")),
                             kGuiTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("150.00 EGP")), qPrintable(message->text()));
    QCOMPARE(m_db.sql(QStringLiteral("SELECT e.status || '|' || u.wallet_balance FROM elect.elections e"
                                     " JOIN elect.users u ON u.id = e.organization_id WHERE e.id = %1")
                          .arg(id)),
             QStringLiteral("cancelled|100000"));
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), kGuiTimeoutMs);
    QVERIFY(form->lockReason().contains(QStringLiteral("cancelled")));
    QVERIFY(!child<QLineEdit>(form, QStringLiteral("titleEdit"))->isEnabled());
}

void TestElectionForm::organizationAdminMayEditButNotPublish()
{
    const qint64 id = m_db.makeDraft(QStringLiteral("Boathouse rules"));
    AdminApp app;
    signIn(app, *m_db.cluster, m_db.account(DemoLogin::OrganizationAdmin));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    ElectionDetailsTab* details = openDetails(window, QStringLiteral("Boathouse rules"));
    QVERIFY(details);
    // An administrator prepares the draft...
    chooseInCombo(child<QComboBox>(details->form(), QStringLiteral("typeCombo")), QStringLiteral("api_managed"));
    auto* endpoint = child<QLineEdit>(details->form(), QStringLiteral("apiEndpointEdit"));
    QVERIFY(endpoint->isVisibleTo(details->form()));
    QTest::keyClicks(endpoint, QStringLiteral("https://members.nile-rowing.example/api"));
    QTest::mouseClick(child<QPushButton>(details, QStringLiteral("saveButton")), Qt::LeftButton);
    auto* message = child<MessageBanner>(details, QStringLiteral("detailsMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(!details->isBusy() && !message->text().isEmpty(), kGuiTimeoutMs);
    QVERIFY2(!message->isError(), qPrintable(message->text()));
    QCOMPARE(m_db.sql(QStringLiteral("SELECT type || '|' || method || '|' || api_endpoint FROM elect.elections"
                                     " WHERE id = %1")
                          .arg(id)),
             QStringLiteral("api_managed|api|https://members.nile-rowing.example/api"));
    // ...but only the owner spends the wallet: Publish and Cancel are off, and the tab says why.
    QTRY_VERIFY_WITH_TIMEOUT(!details->isBusy(), kGuiTimeoutMs);
    QVERIFY(!child<QPushButton>(details, QStringLiteral("publishButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(details, QStringLiteral("cancelElectionButton"))->isEnabled());
    auto* note = child<QLabel>(details, QStringLiteral("roleNote"));
    QVERIFY(note->isVisible() && note->text().contains(QStringLiteral("owner")));
    QVERIFY(saveScreenshot(window, QStringLiteral("election-details-admin-en")));

    // The database refuses it anyway, whatever a modified client sends.
    auto admin = m_db.cluster->connect(m_db.account(DemoLogin::OrganizationAdmin).loginRole,
                                       m_db.account(DemoLogin::OrganizationAdmin).password);
    QVERIFY(admin);
    QCOMPARE(WalletRepository(*admin).publishElection(id).code(), ErrorCode::NotAllowed);
    QCOMPARE(WalletRepository(*admin).cancelElection(id).code(), ErrorCode::NotAllowed);
    auto raw = m_db.raw(DemoLogin::OrganizationAdmin);
    QVERIFY(raw);
    QCOMPARE(attempt(*raw, QStringLiteral("SELECT * FROM elect.publish_election(%1)").arg(id)).sqlstate,
             QStringLiteral("42501"));
    QCOMPARE(
        attempt(*raw, QStringLiteral("UPDATE elect.elections SET status = 'scheduled' WHERE id = %1").arg(id)).sqlstate,
        QStringLiteral("42501"));
    QCOMPARE(m_db.sql(QStringLiteral("SELECT status FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("draft"));
}

void TestElectionForm::theDatabaseRefusesWhatTheFormLocks()
{
    const qint64 id = m_db.makeDraft(QStringLiteral("Scheduled for the attackers"));
    m_db.sql(QStringLiteral("UPDATE elect.elections SET status = 'scheduled' WHERE id = %1 RETURNING 1").arg(id));
    const QString moveDates =
        QStringLiteral("UPDATE elect.elections SET starts_at = starts_at + interval '1 day' WHERE id = %1").arg(id);

    // The owner and the administrator, straight to the table: guard_draft_election refuses.
    for (DemoLogin who : {DemoLogin::Owner, DemoLogin::OrganizationAdmin}) {
        auto raw = m_db.raw(who);
        QVERIFY(raw);
        const Outcome o = attempt(*raw, moveDates);
        QCOMPARE(o.message, QStringLiteral("election_not_draft"));
        QCOMPARE(attempt(*raw, QStringLiteral("UPDATE elect.elections SET title = 'x' WHERE id = %1").arg(id)).message,
                 QStringLiteral("election_not_draft"));
        QCOMPARE(attempt(*raw, QStringLiteral("DELETE FROM elect.elections WHERE id = %1").arg(id)).message,
                 QStringLiteral("election_not_draft"));
    }
    // Through the repository the owner reads why.
    auto owner =
        m_db.cluster->connect(m_db.account(DemoLogin::Owner).loginRole, m_db.account(DemoLogin::Owner).password);
    QVERIFY(owner);
    auto found = ElectionRepository(*owner).find(id);
    QVERIFY(found.ok());
    Election election = found.value();
    election.endsAt = election.endsAt.addDays(2);
    QCOMPARE(ElectionRepository(*owner).update(election).code(), ErrorCode::WrongState);

    // Another organization's owner sees nothing and changes nothing, draft or not.
    const qint64 draft = m_db.makeDraft(QStringLiteral("Target of a neighbour"));
    auto other = m_db.rawOtherOwner();
    QVERIFY(other);
    for (const qint64 target : {id, draft}) {
        const Outcome o =
            attempt(*other, QStringLiteral("UPDATE elect.elections SET title = 'mine' WHERE id = %1").arg(target));
        QVERIFY(o.ok());
        QCOMPARE(o.affected, 0L);
        QCOMPARE(attempt(*other, QStringLiteral("SELECT elect.cancel_election(%1)").arg(target)).message,
                 QStringLiteral("election_not_found"));
        QCOMPARE(attempt(*other, QStringLiteral("SELECT * FROM elect.publish_election(%1)").arg(target)).message,
                 QStringLiteral("election_not_found"));
    }
    auto otherDb = m_db.cluster->connect(m_db.otherOwnerRole, m_db.otherOwnerPassword);
    QVERIFY(otherDb);
    auto theirs = ElectionRepository(*owner).find(draft);
    QVERIFY(theirs.ok());
    Election mine = theirs.value();
    mine.title = QStringLiteral("mine");
    QCOMPARE(ElectionRepository(*otherDb).update(mine).code(), ErrorCode::NotFound);
    QCOMPARE(ElectionRepository(*otherDb).timeZoneOf(draft).code(), ErrorCode::NotFound);
    QCOMPARE(ElectionRepository(*otherDb).publishQuote(draft).code(), ErrorCode::NotFound);
    QCOMPARE(
        m_db.sql(QStringLiteral("SELECT string_agg(title, '|' ORDER BY id) FROM elect.elections WHERE id IN (%1, %2)")
                     .arg(id)
                     .arg(draft)),
        QStringLiteral("Scheduled for the attackers|Target of a neighbour"));
    // Its own zone is its country's (GB), and only its owner may change it.
    QCOMPARE(ElectionRepository(*otherDb).organizationTimeZone().value(), QStringLiteral("Europe/London"));
    QCOMPARE(attempt(*m_db.raw(DemoLogin::OrganizationAdmin),
                     QStringLiteral("SELECT elect.set_organization_time_zone('Asia/Tokyo')"))
                 .message,
             QStringLiteral("owner_only"));
    QCOMPARE(attempt(*other, QStringLiteral("SELECT elect.set_organization_time_zone('Mars/Olympus')")).sqlstate,
             QStringLiteral("22023"));
    QVERIFY(attempt(*other, QStringLiteral("SELECT elect.set_organization_time_zone('Europe/Dublin')")).ok());
    QCOMPARE(m_db.sql(QStringLiteral("SELECT string_agg(name || '=' || time_zone, '|' ORDER BY name) FROM"
                                     " elect.organizations WHERE status = 'accepted'")),
             QStringLiteral("Cairo Chess Club=Europe/Dublin|Nile Rowing Club=Africa/Cairo"));
}

void TestElectionForm::arabicScreens()
{
    m_db.makeDraft(QStringLiteral("Regatta volunteers"), 10);
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        signIn(app, *m_db.cluster, m_db.account(DemoLogin::Owner));
        if (QTest::currentTestFailed()) {
            useArabic(false);
            return;
        }
        MainWindow* window = app.mainWindow();
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        auto* dialog = qobject_cast<NewElectionDialog*>(waitForModal(QStringLiteral("newElectionDialog")));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->form()->isEnabled(), kGuiTimeoutMs);
        // Arabic arrives through the input method, as it does from an Arabic keyboard layout.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("انتخابات مجلس الإدارة"));
        QApplication::sendEvent(child<QLineEdit>(dialog->form(), QStringLiteral("titleEdit")), &typed);
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        // The times as an Arabic reader reads them: ٢٥/١١/٢٠٢٧ from the right, ٠٩:٣٠ (not ٣٠:٠٩).
        readsInOrder(child<QDateTimeEdit>(dialog->form(), QStringLiteral("startsEdit")),
                     QDateTime(QDate(2027, 11, 25), QTime(9, 30), Qt::UTC));
        readsInOrder(child<QDateTimeEdit>(dialog->form(), QStringLiteral("endsEdit")),
                     QDateTime(QDate(2027, 11, 25), QTime(17, 45), Qt::UTC));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("election-new-ar")));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        ElectionDetailsTab* details = openDetails(window, QStringLiteral("Regatta volunteers"));
        QVERIFY(details);
        // Nothing clipped in the default window.
        QCOMPARE(window->size(), QSize(1100, 700));
        for (const char* name : {"startsEdit", "endsEdit"}) {
            auto* edit = child<QDateTimeEdit>(details->form(), QString::fromLatin1(name));
            QVERIFY2(showsAllOf(edit), qPrintable(edit->text()));
            QCOMPARE(edit->text(), QLocale().toString(edit->dateTime(), edit->displayFormat()));
        }
        QVERIFY(saveScreenshot(window, QStringLiteral("election-details-ar")));
        QVERIFY(openDetails(window, QStringLiteral("Club captain 2026")));
        QVERIFY(saveScreenshot(window, QStringLiteral("election-details-running-ar")));
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestElectionForm)
#include "TestElectionForm.moc"

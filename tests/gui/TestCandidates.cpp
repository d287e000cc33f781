#include "AdminDriver.h"

#include "candidates/CandidateDialog.h"
#include "candidates/CandidatesTab.h"
#include "candidates/CandidateTableModel.h"
#include "candidates/ImageDropField.h"
#include "shell/MessageBanner.h"

#include "core/db/CandidateRepository.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QTemporaryDir>

using namespace Elect;
using namespace Elect::Test;

// The Candidates tab as an organization's staff use it: the list with photo and symbol thumbnails; add
// (photo dropped, symbol chosen in the file dialog, both checked and re-encoded as the CSV import does),
// edit and remove (asked first) while the election is a draft; the database's refusal for a candidate who
// stands in a published election; and the same rules tried as another organization's owner.
class TestCandidates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerAddsEditsAndRemovesACandidate();
    void frozenCandidatesAreRefused();
    void theDatabaseKeepsOrganizationsApart();
    void arabicScreens();

private:
    CandidatesTab* openCandidates(MainWindow* window, const QString& title);
    static CandidateDialog* clickToDialog(QPushButton* button);
    static void drop(QWidget* target, const QString& path);
    static void selectRow(CandidatesTab* tab, const QString& name);

    ElectionFixture m_db;
    QTemporaryDir m_files;
    QString m_photo, m_symbol, m_notAnImage, m_tooSmall;
};

namespace {

/// The birth date as a person gives it: "Known" ticked with the mouse lets the date be chosen; both have their
/// room (nothing squeezed or clipped) and the date reads as the language expects (right to left: the day first
/// from the right, then the month and the year).
void giveBirthDate(CandidateDialog* dialog, QDate date)
{
    auto* known = child<QCheckBox>(dialog, QStringLiteral("hasBirthDateCheck"));
    auto* edit = child<QDateEdit>(dialog, QStringLiteral("birthDateEdit"));
    QVERIFY(known && edit);
    QVERIFY(!known->isChecked() && !edit->isEnabled());
    QTest::mouseClick(known, Qt::LeftButton);
    QVERIFY(known->isChecked() && edit->isEnabled());
    edit->setDate(date);
    const QLocale locale;
    QCOMPARE(edit->text(), locale.toString(date, edit->displayFormat()));
    QVERIFY2(known->width() >= known->sizeHint().width(), qPrintable(known->text()));
    QVERIFY2(showsAllOf(edit), qPrintable(edit->text()));
    QVERIFY(!known->geometry().intersects(edit->geometry()));
    if (locale.textDirection() == Qt::RightToLeft) {
        const qreal day = seenAt(edit, locale.toString(date, QStringLiteral("dd")));
        const qreal month = seenAt(edit, locale.toString(date, QStringLiteral("MM")));
        const qreal year = seenAt(edit, locale.toString(date, QStringLiteral("yyyy")));
        QVERIFY2(day >= 0 && month >= 0 && year >= 0, qPrintable(edit->text()));
        QVERIFY2(day > month && month > year, qPrintable(edit->text()));
    }
}

/// The photo's and the symbol's boxes each read their own name just above them, whole, so that a person can
/// tell them apart.
void checkImageCaptions(CandidateDialog* dialog, const QString& photo, const QString& symbol)
{
    for (const auto& [name, caption] :
         {std::pair{QStringLiteral("photoField"), photo}, std::pair{QStringLiteral("symbolField"), symbol}}) {
        auto* field = child<ImageDropField>(dialog, name);
        auto* label = child<QLabel>(dialog, name + QStringLiteral("Caption"));
        QVERIFY(field && label);
        QCOMPARE(label->text(), caption);
        QVERIFY2(label->isVisible() && label->width() >= label->sizeHint().width(), qPrintable(caption));
        const QRect above = label->geometry();
        const QRect box = field->geometry();
        QVERIFY2(above.bottom() < box.top() && box.top() - above.bottom() <= 12, qPrintable(caption));
        QVERIFY2(above.right() >= box.left() && above.left() <= box.right(), qPrintable(caption));
    }
}

} // namespace

void TestCandidates::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_candidates"));
    m_db.setUp();
    QVERIFY(m_files.isValid());
    // A portrait photo (JPEG) and a symbol with transparency (PNG), drawn here.
    QImage photo(240, 320, QImage::Format_RGB32);
    photo.fill(QColor(0x2b, 0x5f, 0x8c));
    QPainter(&photo).fillRect(60, 60, 120, 160, QColor(0xf0, 0xc2, 0x9a));
    m_photo = m_files.filePath(QStringLiteral("portrait.jpg"));
    QVERIFY(photo.save(m_photo, "JPEG"));
    QImage symbol(128, 128, QImage::Format_ARGB32);
    symbol.fill(Qt::transparent);
    {
        QPainter p(&symbol);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawEllipse(16, 16, 96, 96);
    }
    m_symbol = m_files.filePath(QStringLiteral("oar.png"));
    QVERIFY(symbol.save(m_symbol, "PNG"));
    m_notAnImage = m_files.filePath(QStringLiteral("notes.png"));
    QFile notes(m_notAnImage);
    QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("this is text, not a picture\n") > 0);
    notes.close();
    m_tooSmall = m_files.filePath(QStringLiteral("tiny.png"));
    QVERIFY(QImage(20, 20, QImage::Format_RGB32).save(m_tooSmall, "PNG"));
}

CandidatesTab* TestCandidates::openCandidates(MainWindow* window, const QString& title)
{
    ElectionWorkspace* workspace = openElection(window, title);
    if (!workspace)
        return nullptr;
    auto* tab = qobject_cast<CandidatesTab*>(showTab(workspace, QStringLiteral("candidatesTab")));
    if (!tab || !QTest::qWaitFor([tab] { return !tab->isBusy(); }, kGuiTimeoutMs))
        return nullptr;
    return tab;
}

CandidateDialog* TestCandidates::clickToDialog(QPushButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton);
    return qobject_cast<CandidateDialog*>(waitForModal(QStringLiteral("candidateDialog")));
}

// A file dragged from the file manager and dropped on \a target.
void TestCandidates::drop(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
}

void TestCandidates::selectRow(CandidatesTab* tab, const QString& name)
{
    auto* table = child<QTableView>(tab, QStringLiteral("candidatesTable"));
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        if (tab->model()->rows().at(row).details.name == name) {
            const QRect cell = table->visualRect(tab->model()->index(row, CandidateTableModel::Name));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no candidate %1 in the list").arg(name)));
}

void TestCandidates::ownerAddsEditsAndRemovesACandidate()
{
    const qint64 id = m_db.makeDraft(QStringLiteral("Stroke seats"));
    m_db.sql(QStringLiteral("UPDATE elect.elections SET type = 'district' WHERE id = %1 RETURNING 1").arg(id));
    AdminApp app;
    signIn(app, *m_db.cluster, m_db.account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    CandidatesTab* tab = openCandidates(window, QStringLiteral("Stroke seats"));
    QVERIFY(tab);
    QCOMPARE(tab->model()->rowCount(), 0);
    auto* banner = child<MessageBanner>(tab, QStringLiteral("candidatesMessage"));

    CandidateDialog* dialog = clickToDialog(child<QPushButton>(tab, QStringLiteral("addCandidateButton")));
    QVERIFY(dialog);
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("districtEdit"))->isVisibleTo(dialog));
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("governorateEdit"))->isVisibleTo(dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nationalIdEdit")), QStringLiteral("2990101-0000 123"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("Karim Fathy"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("partyEdit")), QStringLiteral("Blue Oars"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("districtEdit")), QStringLiteral("Zamalek"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("symbolNameEdit")), QStringLiteral("Red oar"));

    // The photo is dropped on its box; a text file and a tiny image are refused with what to do.
    auto* photo = child<ImageDropField>(dialog, QStringLiteral("photoField"));
    auto* message = child<MessageBanner>(dialog, QStringLiteral("candidateMessage"));
    drop(photo, m_notAnImage);
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kGuiTimeoutMs);
    QVERIFY(photo->bytes().isEmpty());
    drop(photo, m_tooSmall);
    QTRY_VERIFY_WITH_TIMEOUT(!photo->isLoading() && message->text().contains(QStringLiteral("64")), kGuiTimeoutMs);
    QVERIFY(photo->bytes().isEmpty());
    drop(photo, m_photo);
    QTRY_VERIFY_WITH_TIMEOUT(!photo->bytes().isEmpty(), kGuiTimeoutMs);
    QVERIFY(!message->isVisible());
    QVERIFY(photo->bytes().startsWith("\xff\xd8")); // re-encoded as JPEG

    // The symbol through the file dialog: its name typed, then Enter.
    auto* symbol = child<ImageDropField>(dialog, QStringLiteral("symbolField"));
    QTest::mouseClick(child<QPushButton>(symbol, QStringLiteral("chooseButton")), Qt::LeftButton);
    QWidget* files = waitForModal(QStringLiteral("imageFileDialog"));
    QVERIFY(files);
    auto* fileName = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(fileName);
    // The path pasted (Ctrl+V), then Enter. (Typed key by key, the completer's popup takes the keys.)
    QGuiApplication::clipboard()->setText(m_symbol);
    fileName->setFocus();
    QTest::keyClick(fileName, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(fileName->text().endsWith(QStringLiteral("oar.png"))); // the dialog moves to the folder
    QTest::keyClick(fileName, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!symbol->bytes().isEmpty(), kGuiTimeoutMs);
    QVERIFY(symbol->bytes().startsWith("\x89PNG")); // transparency kept: PNG
    giveBirthDate(dialog, QDate(1987, 11, 25));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("candidate-add-en")));
    checkImageCaptions(dialog, QStringLiteral("Photo"), QStringLiteral("Symbol"));

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->dialog() && tab->model()->rowCount() == 1 && !tab->isBusy(), kGuiTimeoutMs);
    QVERIFY2(banner->text().contains(QStringLiteral("Karim Fathy now stands")), qPrintable(banner->text()));
    const CandidateRow& row = tab->model()->rows().at(0);
    QCOMPARE(row.details.name, QStringLiteral("Karim Fathy"));
    QCOMPARE(row.details.birthDate, QDate(1987, 11, 25));
    QVERIFY(!row.photoThumbnail.isNull() && !row.symbolThumbnail.isNull());
    QVERIFY(row.photoThumbnail.height() <= CandidateTableModel::kThumbnailSide);
    // In the database: the details, the images as re-encoded, the id only as its HMAC under the key.
    QCOMPARE(
        m_db.sql(
            QStringLiteral(
                "SELECT c.name || '|' || c.party || '|' || c.district || '|' || c.symbol_name || '|' ||"
                " encode(substr(c.photo, 1, 2), 'hex') || '|' || encode(substr(c.symbol, 2, 3), 'escape') || '|' ||"
                " (c.national_id_hmac = elect.national_id_hmac(elect_private.organization_key(c.organization_id),"
                " '29901010000123')) FROM elect.candidates c JOIN elect.candidate_participations p"
                " ON p.candidate_id = c.id WHERE p.election_id = %1")
                .arg(id)),
        QStringLiteral("Karim Fathy|Blue Oars|Zamalek|Red oar|ffd8|PNG|true"));
    QVERIFY(saveScreenshot(window, QStringLiteral("candidates-en")));

    // The same person again: refused, and the dialog keeps what was typed.
    dialog = clickToDialog(child<QPushButton>(tab, QStringLiteral("addCandidateButton")));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nationalIdEdit")), QStringLiteral("29901010000123"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral("Karim again"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    message = child<MessageBanner>(dialog, QStringLiteral("candidateMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kGuiTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("already stands in this election")), qPrintable(message->text()));
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("nameEdit"))->text(), QStringLiteral("Karim again"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!tab->dialog());

    // Edit: a double-click opens the candidate; the party changes and the photo is removed.
    selectRow(tab, QStringLiteral("Karim Fathy"));
    auto* table = child<QTableView>(tab, QStringLiteral("candidatesTable"));
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                       table->visualRect(tab->model()->index(0, CandidateTableModel::Name)).center());
    dialog = qobject_cast<CandidateDialog*>(waitForModal(QStringLiteral("candidateDialog")));
    QVERIFY(dialog);
    QVERIFY(!child<QLineEdit>(dialog, QStringLiteral("nationalIdEdit"))); // never shown again
    auto* party = child<QLineEdit>(dialog, QStringLiteral("partyEdit"));
    party->selectAll();
    QTest::keyClicks(party, QStringLiteral("Green Oars"));
    QTest::mouseClick(
        child<QPushButton>(child<ImageDropField>(dialog, QStringLiteral("photoField")), QStringLiteral("removeButton")),
        Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->dialog() && !tab->isBusy(), kGuiTimeoutMs);
    QCOMPARE(m_db.sql(QStringLiteral("SELECT c.party || '|' || (c.photo IS NULL) || '|' || (c.symbol IS NOT NULL)"
                                     " FROM elect.candidates c JOIN elect.candidate_participations p"
                                     " ON p.candidate_id = c.id WHERE p.election_id = %1")
                          .arg(id)),
             QStringLiteral("Green Oars|true|true"));

    // Remove: "Cancel" keeps the candidate; "Remove" takes them out and, standing nowhere else, deletes them.
    QTRY_VERIFY(tab->model()->rowCount() == 1);
    selectRow(tab, QStringLiteral("Karim Fathy"));
    auto* remove = child<QPushButton>(tab, QStringLiteral("removeCandidateButton"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(answer(QStringLiteral("removeConfirm"), QStringLiteral("rejectButton")).contains(QStringLiteral("Karim")));
    QCOMPARE(
        m_db.sql(QStringLiteral("SELECT count(*) FROM elect.candidate_participations WHERE election_id = %1").arg(id)),
        QStringLiteral("1"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!answer(QStringLiteral("removeConfirm"), QStringLiteral("confirmButton")).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() == 0 && !tab->isBusy(), kGuiTimeoutMs);
    QCOMPARE(m_db.sql(QStringLiteral("SELECT count(*) FROM elect.candidates WHERE name = 'Karim Fathy'")),
             QStringLiteral("0"));
}

void TestCandidates::frozenCandidatesAreRefused()
{
    // The demo's draft shares five candidates with its published elections; the sixth stands only here.
    const QString frozen = m_db.sql(QStringLiteral(
        "SELECT min(c.name) FROM elect.candidates c JOIN elect.candidate_participations p ON p.candidate_id = c.id"
        " JOIN elect.elections e ON e.id = p.election_id WHERE e.title = 'Board of directors 2027' AND EXISTS"
        " (SELECT FROM elect.candidate_participations o JOIN elect.elections f ON f.id = o.election_id"
        "  WHERE o.candidate_id = c.id AND f.status <> 'draft')"));
    QVERIFY(!frozen.isEmpty() && !frozen.startsWith(QStringLiteral("ERROR")));
    AdminApp app;
    signIn(app, *m_db.cluster, m_db.account(DemoLogin::OrganizationAdmin));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    CandidatesTab* tab = openCandidates(window, QStringLiteral("Board of directors 2027"));
    QVERIFY(tab);
    QTRY_VERIFY(tab->model()->rowCount() == 6);
    selectRow(tab, frozen);
    CandidateDialog* dialog = clickToDialog(child<QPushButton>(tab, QStringLiteral("editCandidateButton")));
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("nameEdit")), QStringLiteral(" Jr."));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("okButton")), Qt::LeftButton);
    auto* message = child<MessageBanner>(dialog, QStringLiteral("candidateMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isError(), kGuiTimeoutMs);
    QVERIFY2(message->text().contains(QStringLiteral("also stands in an election that is already published")),
             qPrintable(message->text()));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("candidate-frozen-en")));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!tab->dialog());
    QCOMPARE(m_db.sql(QStringLiteral("SELECT count(*) FROM elect.candidates WHERE name = '%1'").arg(frozen)),
             QStringLiteral("1"));

    // A running election's tab: nothing to add, edit or remove, and it says why.
    tab = openCandidates(window, QStringLiteral("Club captain 2026"));
    QVERIFY(tab);
    QTRY_VERIFY(tab->model()->rowCount() == 4);
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("addCandidateButton"))->isEnabled());
    selectRow(tab, frozen);
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("editCandidateButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("removeCandidateButton"))->isEnabled());
    auto* note = child<QLabel>(tab, QStringLiteral("candidatesLockNote"));
    QVERIFY(note->isVisible() && note->text().contains(QStringLiteral("only while the election is a draft")));
    QVERIFY(saveScreenshot(window, QStringLiteral("candidates-running-en")));
}

void TestCandidates::theDatabaseKeepsOrganizationsApart()
{
    const qint64 draft = m_db.makeDraft(QStringLiteral("Cox seats"));
    const QString running =
        m_db.sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"));
    const QString frozen = m_db.sql(QStringLiteral("SELECT min(candidate_id) FROM elect.candidate_participations"
                                                   " WHERE election_id = %1")
                                        .arg(running));
    // An administrator adds to a draft (through the import's functions, the id hashed by the database).
    auto admin = m_db.cluster->connect(m_db.account(DemoLogin::OrganizationAdmin).loginRole,
                                       m_db.account(DemoLogin::OrganizationAdmin).password);
    QVERIFY(admin);
    CandidateDetails c;
    c.name = QStringLiteral("Mona Adel");
    const auto added = CandidateRepository(*admin).add(draft, QStringLiteral("30001011234567"), c);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QVERIFY(!added->existing);

    // The owner, straight to the tables: a frozen candidate and a published election's rows stay as they are.
    auto owner = m_db.raw(DemoLogin::Owner);
    QVERIFY(owner);
    QCOMPARE(
        attempt(*owner, QStringLiteral("UPDATE elect.candidates SET name = 'x' WHERE id = %1").arg(frozen)).message,
        QStringLiteral("election_not_draft"));
    QCOMPARE(attempt(*owner, QStringLiteral("DELETE FROM elect.candidates WHERE id = %1").arg(frozen)).message,
             QStringLiteral("election_not_draft"));
    QCOMPARE(attempt(*owner,
                     QStringLiteral("DELETE FROM elect.candidate_participations WHERE election_id = %1").arg(running))
                 .message,
             QStringLiteral("election_not_draft"));

    // Another organization's owner: sees none of it, changes none of it, adds nothing to it.
    auto other = m_db.rawOtherOwner();
    QVERIFY(other);
    for (const QString& sql :
         {QStringLiteral("UPDATE elect.candidates SET name = 'x' WHERE id = %1").arg(added->id),
          QStringLiteral("DELETE FROM elect.candidates WHERE id = %1").arg(added->id),
          QStringLiteral("DELETE FROM elect.candidate_participations WHERE election_id = %1").arg(draft)}) {
        const Outcome o = attempt(*other, sql);
        QVERIFY2(o.ok() && o.affected == 0, qPrintable(sql));
    }
    QCOMPARE(attempt(*other, QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id)"
                                            " VALUES (%1, %2)")
                                 .arg(added->id)
                                 .arg(draft))
                 .sqlstate,
             QStringLiteral("42501"));
    auto otherDb = m_db.cluster->connect(m_db.otherOwnerRole, m_db.otherOwnerPassword);
    QVERIFY(otherDb);
    CandidateRepository theirs(*otherDb);
    QVERIFY(theirs.list(draft)->isEmpty());
    QCOMPARE(theirs.add(draft, QStringLiteral("30001019999999"), c).code(), ErrorCode::NotFound);
    CandidateDetails stolen = c;
    stolen.id = added->id;
    stolen.name = QStringLiteral("Stolen");
    QCOMPARE(theirs.update(stolen).code(), ErrorCode::NotFound);
    QCOMPARE(theirs.remove(draft, added->id).code(), ErrorCode::NotFound);
    QCOMPARE(
        m_db.sql(QStringLiteral("SELECT string_agg(c.name, '|') FROM elect.candidates c JOIN"
                                " elect.candidate_participations p ON p.candidate_id = c.id WHERE p.election_id = %1")
                     .arg(draft)),
        QStringLiteral("Mona Adel"));
}

void TestCandidates::arabicScreens()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        signIn(app, *m_db.cluster, m_db.account(DemoLogin::Owner));
        if (QTest::currentTestFailed()) {
            useArabic(false);
            return;
        }
        MainWindow* window = app.mainWindow();
        CandidatesTab* tab = openCandidates(window, QStringLiteral("Board of directors 2027"));
        QVERIFY(tab);
        QTRY_VERIFY(tab->model()->rowCount() == 6);
        QVERIFY(saveScreenshot(window, QStringLiteral("candidates-ar")));
        CandidateDialog* dialog = clickToDialog(child<QPushButton>(tab, QStringLiteral("addCandidateButton")));
        QVERIFY(dialog);
        drop(child<ImageDropField>(dialog, QStringLiteral("photoField")), m_photo);
        QTRY_VERIFY_WITH_TIMEOUT(!child<ImageDropField>(dialog, QStringLiteral("photoField"))->bytes().isEmpty(),
                                 kGuiTimeoutMs);
        giveBirthDate(dialog, QDate(1987, 11, 25));
        QVERIFY(saveScreenshot(dialog, QStringLiteral("candidate-add-ar")));
        checkImageCaptions(dialog, QStringLiteral("الصورة"), QStringLiteral("الرمز الانتخابي"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!tab->dialog());
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestCandidates)
#include "TestCandidates.moc"

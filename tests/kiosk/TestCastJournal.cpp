#include "CastJournal.h"

#include "core/domain/Clock.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Elect;

namespace {
QList<QUuid> keysOf(const QList<CastJournal::Entry>& entries)
{
    QList<QUuid> keys;
    for (const CastJournal::Entry& e : entries)
        keys << e.key;
    return keys;
}
} // namespace

// The kiosk's journal of casts does not grow for ever: outcomes known for more than a week go, an outcome still
// unknown never does. The time is the test's clock; nothing sleeps.
class TestCastJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void knownOutcomesOlderThanAWeekGoAfterTheNextOutcome();
    void unknownOutcomesStayHoweverOld();
    void openingPrunesToo();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    TestClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
};

void TestCastJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock.set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
}

void TestCastJournal::knownOutcomesOlderThanAWeekGoAfterTheNextOutcome()
{
    CastJournal journal;
    journal.setClock(&m_clock);
    QVERIFY(journal.open(path()).ok());
    const QUuid counted = QUuid::createUuid(), refused = QUuid::createUuid(), unknown = QUuid::createUuid();
    QVERIFY(journal.begin(counted, QStringLiteral("AAAAAAAAAA")).ok());
    QVERIFY(journal.begin(refused, QStringLiteral("CCCCCCCCCC")).ok());
    QVERIFY(journal.begin(unknown, QStringLiteral("DDDDDDDDDD")).ok());
    QVERIFY(journal.setStatus(counted, CastJournal::Status::Counted).ok());
    QVERIFY(journal.setStatus(refused, CastJournal::Status::NotCounted).ok());

    // Six days on, a new cast is counted: everything is younger than a week and stays.
    m_clock.advanceSecs(6 * 24 * 3600);
    const QUuid recent = QUuid::createUuid();
    QVERIFY(journal.begin(recent, QStringLiteral("EEEEEEEEEE")).ok());
    QVERIFY(journal.setStatus(recent, CastJournal::Status::Counted).ok());
    QCOMPARE(keysOf(journal.entries()), QList<QUuid>({counted, refused, unknown, recent}));

    // Eight days after the first ones: the next outcome recorded removes the old known ones, and only them.
    m_clock.advanceSecs(2 * 24 * 3600);
    const QUuid latest = QUuid::createUuid();
    QVERIFY(journal.begin(latest, QStringLiteral("FFFFFFFFFF")).ok());
    QCOMPARE(journal.entries().size(), 5); // beginning a cast prunes nothing
    QVERIFY(journal.setStatus(latest, CastJournal::Status::NotCounted).ok());
    QCOMPARE(keysOf(journal.entries()), QList<QUuid>({unknown, recent, latest}));
    QCOMPARE(keysOf(journal.pending()), QList<QUuid>({unknown}));
    QCOMPARE(journal.pending().first().receipt, QStringLiteral("DDDDDDDDDD"));
}

void TestCastJournal::unknownOutcomesStayHoweverOld()
{
    CastJournal journal;
    journal.setClock(&m_clock);
    QVERIFY(journal.open(path()).ok());
    const QUuid unknown = QUuid::createUuid();
    QVERIFY(journal.begin(unknown, QStringLiteral("GGGGGGGGGG")).ok());
    m_clock.advanceSecs(400 * 24 * 3600);
    auto pruned = journal.prune();
    QVERIFY(pruned.ok());
    QCOMPARE(*pruned, 0);
    QCOMPARE(keysOf(journal.pending()), QList<QUuid>({unknown}));
    // Its outcome learnt at last: now it is old and known, and goes with the next prune.
    QVERIFY(journal.setStatus(unknown, CastJournal::Status::Counted).ok());
    QVERIFY(journal.entries().isEmpty());
}

void TestCastJournal::openingPrunesToo()
{
    const QUuid old = QUuid::createUuid(), unknown = QUuid::createUuid(), young = QUuid::createUuid();
    {
        CastJournal journal;
        journal.setClock(&m_clock);
        QVERIFY(journal.open(path()).ok());
        QVERIFY(journal.begin(old, QStringLiteral("HHHHHHHHHH")).ok());
        QVERIFY(journal.begin(unknown, QStringLiteral("JJJJJJJJJJ")).ok());
        QVERIFY(journal.setStatus(old, CastJournal::Status::Counted).ok());
        m_clock.advanceSecs(3 * 24 * 3600);
        QVERIFY(journal.begin(young, QStringLiteral("KKKKKKKKKK")).ok());
        QVERIFY(journal.setStatus(young, CastJournal::Status::Counted).ok());
    }
    // The kiosk starts again a week and a day after the first cast.
    m_clock.advanceSecs(5 * 24 * 3600);
    CastJournal journal;
    journal.setClock(&m_clock);
    QVERIFY(journal.open(path()).ok());
    QCOMPARE(keysOf(journal.entries()), QList<QUuid>({unknown, young}));
}

QTEST_GUILESS_MAIN(TestCastJournal)
#include "TestCastJournal.moc"

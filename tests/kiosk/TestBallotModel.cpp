#include "BallotModel.h"
#include "core/domain/QrCode.h"
#include "KioskImages.h"

#include <QtTest>

using namespace Elect;

namespace {
QList<BallotCandidate> candidates(int n)
{
    QList<BallotCandidate> out;
    for (int i = 1; i <= n; ++i)
        out << BallotCandidate{i, QStringLiteral("Candidate %1").arg(i), {}, {}, {}, {}};
    return out;
}

QList<int> ranks(const BallotModel& model)
{
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.data(model.index(row), BallotModel::RankRole).toInt();
    return out;
}
} // namespace

// The ballot's cards: what a tap does for each kind of election, and the receipt's QR code.
class TestBallotModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankedTapOrderIsTheRankingAndChangeable()
    {
        BallotModel model;
        model.setBallot(BallotRules(CountingMethod::Irv, 1, {1, 2, 3, 4}), candidates(4), QStringLiteral("k"));
        QVERIFY(model.ranked());
        QVERIFY(model.toggle(3));
        QVERIFY(model.toggle(1));
        QVERIFY(model.toggle(4));
        QCOMPARE(model.chosen(), QList<qint64>({3, 1, 4}));
        QCOMPARE(ranks(model), QList<int>({2, 0, 1, 3}));
        // Taking the first choice off moves the others up; tapped again, it comes last.
        QVERIFY(model.toggle(3));
        QCOMPARE(ranks(model), QList<int>({1, 0, 0, 2}));
        QVERIFY(model.toggle(3));
        QCOMPARE(model.chosen(), QList<qint64>({1, 4, 3}));
        QCOMPARE(model.chosenNames(), QStringList({QStringLiteral("Candidate 1"), QStringLiteral("Candidate 4"),
                                                   QStringLiteral("Candidate 3")}));
        QVERIFY(model.complete());
    }

    void oneChoiceIsReplacedByTheNext()
    {
        BallotModel model;
        model.setBallot(BallotRules(CountingMethod::Block, 1, {1, 2, 3}), candidates(3), QStringLiteral("k"));
        QVERIFY(!model.complete());
        QVERIFY(model.toggle(2));
        QVERIFY(model.toggle(3));
        QCOMPARE(model.chosen(), QList<qint64>({3}));
        QVERIFY(model.complete());
    }

    void noRoomBeyondTheAllowedNumber()
    {
        BallotModel model;
        model.setBallot(BallotRules(CountingMethod::Block, 2, {1, 2, 3}), candidates(3), QStringLiteral("k"));
        QVERIFY(model.toggle(1));
        QVERIFY(!model.complete());
        QVERIFY(model.toggle(2));
        QVERIFY(model.complete());
        QVERIFY(!model.toggle(3));
        QCOMPARE(model.chosen(), QList<qint64>({1, 2}));
        // Not eligible: never chosen.
        QVERIFY(model.toggle(2));
        QVERIFY(!model.toggle(9));
        QCOMPARE(model.chosen(), QList<qint64>({1}));
    }

    void photosAreServedOnlyUnderTheSessionsKey()
    {
        BallotModel model;
        auto list = candidates(2);
        list[0].photo = QByteArray("png");
        model.setBallot(BallotRules(CountingMethod::Block, 1, {1, 2}), list, QStringLiteral("abc"));
        QCOMPARE(model.data(model.index(0), BallotModel::PhotoRole).toString(),
                 QStringLiteral("image://kiosk/abc/photo/1"));
        QCOMPARE(model.data(model.index(1), BallotModel::PhotoRole).toString(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.chosenCount(), 0);
    }

    void qrCodeHasFinderPatternsAndAQuietZone()
    {
        const QImage qr = qrCodeImage(QStringLiteral("EVX9M9RTGY"), 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        // Version 1 (21 modules) plus four modules of quiet zone on each side.
        QCOMPARE(qr.width(), (21 + 8) * 4);
        QCOMPARE(qr.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(qr.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));              // top-left finder pattern
        QCOMPARE(qr.pixelColor(qr.width() - 4 * 4 - 2, 4 * 4 + 1), QColor(Qt::black)); // top-right
        QCOMPARE(qr.pixelColor(4 * 4 + 4 + 1, 4 * 4 + 4 + 1), QColor(Qt::white));      // the finder's white ring
    }
};

QTEST_MAIN(TestBallotModel)
#include "TestBallotModel.moc"

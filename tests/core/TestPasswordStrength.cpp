#include "core/domain/PasswordStrength.h"

#include <QTest>

using namespace Elect;

// The estimate people see as they type a password, and the rule the apps and `elect serve` enforce with it.
class TestPasswordStrength : public QObject
{
    Q_OBJECT

    const QStringList m_amina{QStringLiteral("amina.hassan@nile-rowing.example"), QStringLiteral("Amina"),
                              QStringLiteral("Hassan"), QStringLiteral("Nile Rowing Club")};

private Q_SLOTS:
    void refusesWhatGuessersTryFirst_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("withInputs");
        QTest::addColumn<int>("highestScore");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("suggestion");

        const QString addWords = QStringLiteral("Add another word or two. Uncommon words are better.");
        QTest::newRow("top ten") << "password" << false << 0 << "This is one of the ten most common passwords."
                                 << addWords;
        QTest::newRow("common with a capital")
            << "Password123" << false << 1 << "This is one of the hundred most common passwords."
            << "Capitals in the usual places do not help much.";
        QTest::newRow("look-alike symbols") << "S3cur1ty" << false << 1 << "This is a very common password."
                                            << "Swapping letters for look-alike symbols, like @ for a, does not "
                                               "help much.";
        QTest::newRow("keyboard row") << "wertyuiop" << false << 1
                                      << "Rows of keys, like qwerty or 12345, are easy to guess." << addWords;
        QTest::newRow("sequence") << "abcdefghijklmnop" << false << 1
                                  << "Sequences, like abc or 6543, are easy to guess." << addWords;
        QTest::newRow("repeat") << "zzzzzzzzzzzzzzzzzzzz" << false << 0
                                << "Repeats, like aaa or abcabc, are easy to guess." << addWords;
        QTest::newRow("repeated word") << "tigertigertiger" << false << 1
                                       << "Repeats, like aaa or abcabc, are easy to guess." << addWords;
        QTest::newRow("date") << "19/04/1987" << false << 2 << "Dates and years are easy to guess."
                              << "Avoid dates and years that are linked to you.";
        QTest::newRow("backwards") << "drowssap" << false << 0 << "This is one of the ten most common passwords."
                                   << "Words spelled backwards are not much harder to guess.";
        QTest::newRow("own name and year") << "AminaHassan1990" << true << 2
                                           << "A password made from your name, email address or organization is "
                                              "easy to guess."
                                           << addWords;
        QTest::newRow("own organization") << "nilerowingclub!" << true << 2
                                          << "A password made from your name, email address or organization "
                                             "is easy to guess."
                                          << addWords;
        QTest::newRow("own email") << "amina.hassan@nile-rowing.example" << true << 2
                                   << "A password made from your name, email address or organization is easy to "
                                      "guess."
                                   << addWords;
        QTest::newRow("too short") << "Xq7#" << false << 2 << "Use at least 8 characters."
                                   << "Make it longer: a few uncommon words together are easy to remember.";
        QTest::newRow("empty") << "" << false << 0 << "Use at least 8 characters."
                               << "Make it longer: a few uncommon words together are easy to remember.";
    }
    void refusesWhatGuessersTryFirst()
    {
        QFETCH(QString, password);
        QFETCH(bool, withInputs);
        QFETCH(int, highestScore);
        QFETCH(QString, warning);
        QFETCH(QString, suggestion);
        const PasswordEstimate estimate = PasswordStrength::estimate(password, withInputs ? m_amina : QStringList{});
        QVERIFY2(
            estimate.score <= highestScore,
            qPrintable(QStringLiteral("score %1, log10 guesses %2").arg(estimate.score).arg(estimate.guessesLog10)));
        QVERIFY(!estimate.acceptable());
        QCOMPARE(estimate.warning, warning);
        QVERIFY2(estimate.suggestions.contains(suggestion), qPrintable(estimate.suggestions.join(u'|')));
    }

    void acceptsWhatGuessersReachLate_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("lowestScore");
        QTest::newRow("random twelve") << "x7#Lq9!vRm2z" << 4;
        QTest::newRow("random eight") << "k3#Tq9Lm" << 3;
        QTest::newRow("uncommon words") << "violin teapot harbour glacier" << 4;
        QTest::newRow("arabic letters") << QStringLiteral("قارب أزرق على نهر هادئ") << 4;
        QTest::newRow("common words, many") << "summer garden coffee river" << 3;
    }
    void acceptsWhatGuessersReachLate()
    {
        QFETCH(QString, password);
        QFETCH(int, lowestScore);
        const PasswordEstimate estimate = PasswordStrength::estimate(password, m_amina);
        QVERIFY2(
            estimate.score >= lowestScore,
            qPrintable(QStringLiteral("score %1, log10 guesses %2").arg(estimate.score).arg(estimate.guessesLog10)));
        QVERIFY(estimate.acceptable());
        QVERIFY(estimate.warning.isEmpty());
        QVERIFY(estimate.suggestions.isEmpty());
    }

    // The same text is weaker when it is the person's own name than when it is a stranger's.
    void ownDetailsCostLess()
    {
        const QString password = QStringLiteral("aminahassanrowing");
        const double stranger = PasswordStrength::estimate(password).guessesLog10;
        const double own = PasswordStrength::estimate(password, m_amina).guessesLog10;
        QVERIFY2(own + 3 < stranger, qPrintable(QStringLiteral("%1 vs %2").arg(own).arg(stranger)));
    }

    // Each word added multiplies the guesses; the estimate never goes down as a password grows.
    void longerIsStronger()
    {
        const QStringList steps{QStringLiteral("violin"), QStringLiteral("violin teapot"),
                                QStringLiteral("violin teapot harbour"), QStringLiteral("violin teapot harbour 7")};
        double previous = -1;
        for (const QString& step : steps) {
            const double guesses = PasswordStrength::estimate(step).guessesLog10;
            QVERIFY2(guesses > previous, qPrintable(step));
            previous = guesses;
        }
    }

    // A very long password is analysed in its first 100 characters; the rest only adds.
    void longPasswordsStayCheap()
    {
        const QString longOne = QString(QStringLiteral("violin teapot ")).repeated(40);
        const PasswordEstimate estimate = PasswordStrength::estimate(longOne);
        QCOMPARE(estimate.score, 4);
    }
};

QTEST_GUILESS_MAIN(TestPasswordStrength)
#include "TestPasswordStrength.moc"

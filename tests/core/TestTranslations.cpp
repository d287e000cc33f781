#include "core/domain/NationalId.h"
#include "core/domain/Types.h"
#include "core/Result.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Elect;

// Every app finds Elect's translations in Elect::Core, and core's own messages come out in Arabic.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogsAreBuiltIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/elect_ar.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/elect_en.qm")));
    }

    void coreMessagesInArabic()
    {
        QVERIFY(installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt)));
        const auto refused = NationalId::normalize(QStringLiteral("12"));
        QVERIFY(!refused.ok());
        // Arabic letters, not the English source text.
        QVERIFY2(refused.message().contains(QChar(u'\u0627')) || refused.message().contains(QChar(u'\u0644')),
                 qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QStringLiteral("digits")));
        // Every context that lupdate sees is the one the code asks for at run time.
        QCOMPARE(toString(ElectionPhase::Running), QStringLiteral("\u062c\u0627\u0631\u064a\u0629"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"

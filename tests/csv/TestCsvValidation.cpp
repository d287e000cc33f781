#include <QTest>
class TestCsvValidation : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCsvValidation)
#include "TestCsvValidation.moc"

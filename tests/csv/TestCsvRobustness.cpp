#include <QTest>
class TestCsvRobustness : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCsvRobustness)
#include "TestCsvRobustness.moc"

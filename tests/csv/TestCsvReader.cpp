#include <QTest>
class TestCsvReader : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"

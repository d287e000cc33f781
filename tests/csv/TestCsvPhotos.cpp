#include <QTest>
class TestCsvPhotos : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestCsvPhotos)
#include "TestCsvPhotos.moc"

// Candidate photos: names, sizes, formats, re-encoding that drops metadata.
#include "core/csv/PhotoLoader.h"
#include "Printers.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Elect;
using namespace Elect::Csv;

namespace {

QImage picture(int width, int height, bool alpha = false)
{
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? QColor(0, 0, 255, 128) : QColor(200, 50, 50));
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, Qt::green);
    return image;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bigEndian32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (24 - 8 * i)) & 0xFF);
    return b;
}

} // namespace

class TestCsvPhotos : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDir folder() const { return QDir(m_dir.path()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("plain");
        QTest::newRow("plain") << QStringLiteral("amal.jpg") << true;
        QTest::newRow("arabic") << QString::fromUtf8("أمل.png") << true;
        QTest::newRow("slash") << QStringLiteral("photos/amal.jpg") << false;
        QTest::newRow("backslash") << QStringLiteral("photos\\amal.jpg") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("dotdot inside") << QStringLiteral("a..b.jpg") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("drive") << QStringLiteral("C:amal.jpg") << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("control") << QStringLiteral("a\nb.jpg") << false;
    }

    void fileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, plain);
        QCOMPARE(isPlainFileName(name), plain);
        if (!plain) {
            const Result<Photo> photo = loadPhoto(folder(), name);
            QVERIFY(!photo.ok());
            QCOMPARE(photo.code(), ErrorCode::InvalidInput);
        }
    }

    void jpegIsScaledAndReencoded()
    {
        QVERIFY(picture(2000, 1500).save(m_dir.filePath(QStringLiteral("big.jpg")), "JPEG", 95));
        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("big.jpg"));
        QVERIFY2(photo.ok(), qPrintable(photo.message()));
        QCOMPARE(photo->mimeType, QStringLiteral("image/jpeg"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(photo->bytes, "JPEG"));
        QCOMPARE(decoded.size(), QSize(1024, 768));
        QCOMPARE(QSize(photo->width, photo->height), QSize(1024, 768));
    }

    void pngWithAlphaStaysPng()
    {
        QVERIFY(picture(300, 200, true).save(m_dir.filePath(QStringLiteral("logo.png")), "PNG"));
        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("logo.png"));
        QVERIFY2(photo.ok(), qPrintable(photo.message()));
        QCOMPARE(photo->mimeType, QStringLiteral("image/png"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(photo->bytes, "PNG"));
        QCOMPARE(decoded.size(), QSize(300, 200));
        QVERIFY(decoded.hasAlphaChannel());
    }

    void metadataIsGone()
    {
        // A JPEG with a comment (Qt writes text keys as COM markers) and an EXIF segment carrying text.
        QImage image = picture(200, 200);
        image.setText(QStringLiteral("Description"), QStringLiteral("secret-comment-Cairo"));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG"));
        QVERIFY(jpeg.contains("secret-comment-Cairo"));
        const QByteArray exifPayload =
            QByteArray("Exif\0\0", 6) + "MM" + QByteArray("\0\x2a\0\0\0\x08\0\0", 8) + "secret-exif-GPS-30.04N";
        QByteArray app1 = "\xFF\xE1";
        const int length = int(exifPayload.size()) + 2;
        app1 += char(length >> 8);
        app1 += char(length & 0xFF);
        app1 += exifPayload;
        jpeg.insert(2, app1);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("exif.jpg")), jpeg));
        QImage check;
        QVERIFY(check.loadFromData(jpeg, "JPEG")); // still a valid JPEG

        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("exif.jpg"));
        QVERIFY2(photo.ok(), qPrintable(photo.message()));
        QVERIFY(!photo->bytes.contains("secret-comment-Cairo"));
        QVERIFY(!photo->bytes.contains("secret-exif-GPS"));
        QVERIFY(!photo->bytes.contains("Exif"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(photo->bytes));
        QVERIFY(decoded.textKeys().isEmpty());
    }

    void notAnImage()
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("fake.jpg")), "National ID,Phone\n1234,5678\n"));
        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("fake.jpg"));
        QVERIFY(!photo.ok());
        QVERIFY2(photo.message().contains(QLatin1String("not an image")), qPrintable(photo.message()));
    }

    void damagedImage()
    {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture(200, 200).save(&buffer, "JPEG"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("cut.jpg")), jpeg.left(200)));
        QVERIFY(!loadPhoto(folder(), QStringLiteral("cut.jpg")).ok());
    }

    void hugeDeclaredSizeIsRefusedBeforeDecoding()
    {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture(100, 100).save(&buffer, "PNG"));
        // Patch IHDR (bytes 16..23 width/height, CRC over type+data at 29..32) to 60000x60000.
        QByteArray ihdr = png.mid(12, 17);
        ihdr.replace(4, 8, bigEndian32(60000) + bigEndian32(60000));
        png.replace(12, 17, ihdr);
        png.replace(29, 4, bigEndian32(crc32(ihdr)));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("bomb.png")), png));
        QCOMPARE(QImageReader(m_dir.filePath(QStringLiteral("bomb.png"))).size(), QSize(60000, 60000));
        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("bomb.png"));
        QVERIFY(!photo.ok());
        QVERIFY2(photo.message().contains(QLatin1String("60000x60000")), qPrintable(photo.message()));
    }

    void sizeBounds()
    {
        QVERIFY(picture(32, 100).save(m_dir.filePath(QStringLiteral("tiny.png")), "PNG"));
        const Result<Photo> tiny = loadPhoto(folder(), QStringLiteral("tiny.png"));
        QVERIFY(!tiny.ok());
        QVERIFY(tiny.message().contains(QLatin1String("at least 64x64")));

        QVERIFY(picture(4100, 64).save(m_dir.filePath(QStringLiteral("wide.png")), "PNG"));
        QVERIFY(!loadPhoto(folder(), QStringLiteral("wide.png")).ok());

        QVERIFY(picture(64, 64).save(m_dir.filePath(QStringLiteral("edge.png")), "PNG"));
        QVERIFY(loadPhoto(folder(), QStringLiteral("edge.png")).ok());
    }

    void fileSizeAndExistence()
    {
        QByteArray big(5 * 1024 * 1024 + 1, 'x');
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("big.png")), big));
        const Result<Photo> tooBig = loadPhoto(folder(), QStringLiteral("big.png"));
        QVERIFY(!tooBig.ok());
        QVERIFY(tooBig.message().contains(QLatin1String("5 MB")));

        const Result<Photo> missing = loadPhoto(folder(), QStringLiteral("nobody.jpg"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(QLatin1String("nobody.jpg")));

        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub.jpg")));
        QVERIFY(!loadPhoto(folder(), QStringLiteral("sub.jpg")).ok());
    }

    void symlinkOutsideIsRefused()
    {
        QTemporaryDir other;
        QVERIFY(picture(100, 100).save(other.filePath(QStringLiteral("outside.jpg")), "JPEG"));
        QVERIFY(QFile::link(other.filePath(QStringLiteral("outside.jpg")), m_dir.filePath(QStringLiteral("link.jpg"))));
        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("link.jpg"));
        QVERIFY(!photo.ok());
        QVERIFY(photo.message().contains(QLatin1String("outside")));
    }

    void otherFormatsAreRefused()
    {
        QVERIFY(picture(100, 100).save(m_dir.filePath(QStringLiteral("old.bmp")), "BMP"));
        const Result<Photo> photo = loadPhoto(folder(), QStringLiteral("old.bmp"));
        QVERIFY(!photo.ok());
        QVERIFY2(photo.message().contains(QLatin1String("JPEG or PNG")), qPrintable(photo.message()));
    }
};

QTEST_GUILESS_MAIN(TestCsvPhotos)
#include "TestCsvPhotos.moc"

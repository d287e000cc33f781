#include "core/csv/PhotoLoader.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

#include <cstring>

namespace Elect::Csv {

namespace {

Result<Photo> failure(const QString& message)
{
    return Result<Photo>::failure(ErrorCode::InvalidInput, message);
}

// A fresh image with the pixels of \a source only: no text keys (which Qt's writers would emit as
// comments), no colour space, no offset.
QImage pixelsOnly(const QImage& source)
{
    QImage clean(source.size(), source.format());
    const qsizetype rowBytes = qMin(clean.bytesPerLine(), source.bytesPerLine());
    for (int y = 0; y < source.height(); ++y)
        std::memcpy(clean.scanLine(y), source.constScanLine(y), size_t(rowBytes));
    return clean;
}

} // namespace

bool isPlainFileName(const QString& fileName)
{
    if (fileName.isEmpty() || fileName.size() > 255)
        return false;
    if (fileName.contains(QLatin1String("..")))
        return false;
    for (const QChar c : fileName) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.unicode() < 0x20 ||
            c.category() == QChar::Other_Control)
            return false;
    }
    return fileName != QLatin1String(".");
}

Result<Photo> loadPhoto(const QDir& folder, const QString& fileName)
{
    if (!isPlainFileName(fileName)) {
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "The photo \"%1\" must be a plain file name (photo.jpg), without folders or \"..\", in the "
                           "same folder as the CSV file.")
                           .arg(fileName));
    }
    const QFileInfo info(folder.filePath(fileName));
    if (!info.exists())
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "The photo \"%1\" is not in the folder %2. Put it next to the CSV file or correct the name.")
                           .arg(fileName, QDir::toNativeSeparators(folder.absolutePath())));
    if (!info.isFile())
        return failure(
            QCoreApplication::translate("Elect::Csv", "\"%1\" is not a regular file; give the file name of a photo.")
                .arg(fileName));
    // A symbolic link may point anywhere; only files that really live in the folder are read.
    const QString canonicalFolder = QFileInfo(folder.absolutePath()).canonicalFilePath();
    if (QFileInfo(info.canonicalFilePath()).absolutePath() != canonicalFolder)
        return failure(
            QCoreApplication::translate(
                "Elect::Csv", "The photo \"%1\" links to a file outside the CSV's folder; copy the photo itself there.")
                .arg(fileName));
    if (info.size() > maxPhotoFileBytes)
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "The photo \"%1\" is larger than 5 MB; save it smaller (for example 1024 pixels wide, "
                           "JPEG).")
                           .arg(fileName));

    QImageReader reader(info.filePath());
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(64); // MB; 4096x4096 RGBA needs 64
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty() || !reader.canRead())
        return failure(QCoreApplication::translate(
                           "Elect::Csv", "\"%1\" is not an image Elect can read. Use a JPEG, PNG or WebP photo.")
                           .arg(fileName));
    if (format != "jpeg" && format != "jpg" && format != "png" && format != "webp") {
        return failure(
            QCoreApplication::translate("Elect::Csv", "The photo \"%1\" is a %2 image; save it as JPEG or PNG.")
                .arg(fileName, QString::fromLatin1(format).toUpper()));
    }
    const QSize declared = reader.size();
    const auto tooLarge = [](const QSize& s) {
        return s.width() > maxPhotoSourcePixels || s.height() > maxPhotoSourcePixels;
    };
    const auto tooSmall = [](const QSize& s) {
        return s.width() < minPhotoSourcePixels || s.height() < minPhotoSourcePixels;
    };
    if (declared.isValid() && tooLarge(declared))
        return failure(QCoreApplication::translate(
                           "Elect::Csv", "The photo \"%1\" is %2x%3 pixels; at most %4x%4 is accepted. Scale it down.")
                           .arg(fileName)
                           .arg(declared.width())
                           .arg(declared.height())
                           .arg(maxPhotoSourcePixels));
    QImage image = reader.read();
    if (image.isNull())
        return failure(QCoreApplication::translate(
                           "Elect::Csv",
                           "The photo \"%1\" could not be decoded; the file is damaged or not really a %2. Save it "
                           "again as JPEG or PNG.")
                           .arg(fileName, QString::fromLatin1(format).toUpper()));
    if (tooLarge(image.size()))
        return failure(QCoreApplication::translate(
                           "Elect::Csv", "The photo \"%1\" is %2x%3 pixels; at most %4x%4 is accepted. Scale it down.")
                           .arg(fileName)
                           .arg(image.width())
                           .arg(image.height())
                           .arg(maxPhotoSourcePixels));
    if (tooSmall(image.size()))
        return failure(
            QCoreApplication::translate(
                "Elect::Csv", "The photo \"%1\" is %2x%3 pixels; at least %4x%4 is needed. Use a larger photo.")
                .arg(fileName)
                .arg(image.width())
                .arg(image.height())
                .arg(minPhotoSourcePixels));

    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    if (qMax(image.width(), image.height()) > maxPhotoStoredPixels)
        image = image.scaled(maxPhotoStoredPixels, maxPhotoStoredPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const bool alpha = image.hasAlphaChannel();
    image = pixelsOnly(image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32));

    Photo photo;
    QBuffer buffer(&photo.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, alpha ? "png" : "jpeg");
    if (!alpha)
        writer.setQuality(90);
    if (!writer.write(image))
        return Result<Photo>::failure(
            ErrorCode::Internal,
            QCoreApplication::translate("Elect::Csv", "The photo \"%1\" could not be re-encoded (%2).")
                .arg(fileName, writer.errorString()));
    photo.mimeType = alpha ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    photo.width = image.width();
    photo.height = image.height();
    return photo;
}

} // namespace Elect::Csv

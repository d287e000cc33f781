#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDir>
#include <QString>

namespace Elect::Csv {

/// A candidate photo as Elect stores it: re-encoded, so no metadata of the original survives.
struct Photo
{
    QByteArray bytes;
    QString mimeType; ///< "image/jpeg", or "image/png" for images with transparency
    int width = 0;
    int height = 0;
};

/// Whether \a fileName is a bare file name: not empty, at most 255 characters, no "/" or "\",
/// no ":" (drive letters, streams), no control characters, and not "." or "..", nor containing "..".
bool isPlainFileName(const QString& fileName);

constexpr qint64 maxPhotoFileBytes = 5 * 1024 * 1024;
constexpr int maxPhotoSourcePixels = 4096; ///< per side, of the file as given
constexpr int minPhotoSourcePixels = 64;   ///< per side
constexpr int maxPhotoStoredPixels = 1024; ///< long side, after scaling down

/// Loads the photo \a fileName named in a CSV file from the CSV's \a folder.
///
/// Promises: a PNG, JPEG or WebP file of at most 5 MB and between 64x64 and 4096x4096 pixels
/// comes back turned upright (EXIF orientation applied), scaled down to at most 1024 pixels on the
/// long side, and re-encoded as JPEG quality 90 (PNG if it has an alpha channel), which drops
/// EXIF, comments, GPS and colour profiles (converted to sRGB first).
/// Refuses, with a message saying what to fix: a name that is not isPlainFileName(), a file that
/// is missing, not a regular file, resolves outside \a folder, is larger than 5 MB, is not a
/// decodable image of an accepted format, or whose declared size is out of bounds (checked before
/// decoding, so a file that declares a huge size is never decoded).
Result<Photo> loadPhoto(const QDir& folder, const QString& fileName);

} // namespace Elect::Csv

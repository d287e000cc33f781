#pragma once

#include <QImage>
#include <QString>

namespace Elect {

/// The QR code of \a text (libqrencode, error correction M, 8-bit mode), black on white with the standard
/// quiet zone of four modules, each module \a moduleSize pixels square. A null image when \a text is too
/// long for a QR code.
QImage qrCodeImage(const QString& text, int moduleSize);

} // namespace Elect

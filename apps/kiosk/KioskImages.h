#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QQuickImageProvider>
#include <QString>

#include <memory>

namespace Elect {

/// The images of the voter at the kiosk now (candidates' photos and symbols, the receipt's QR code made by
/// core's qrCodeImage()), for QML through "image://kiosk/<id>". The voting flow fills it and empties it when
/// the session ends; the engine's image provider reads it, from whichever thread the engine loads images on.
class KioskImages
{
public:
    void insert(const QString& id, const QImage& image);
    QImage image(const QString& id) const;
    void clear();
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QImage> m_images;
};

/// The engine's "kiosk" image provider over a KioskImages.
class KioskImageProvider : public QQuickImageProvider
{
public:
    explicit KioskImageProvider(std::shared_ptr<KioskImages> images);
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

private:
    std::shared_ptr<KioskImages> m_images;
};

} // namespace Elect

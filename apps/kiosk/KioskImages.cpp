#include "KioskImages.h"

#include <QMutexLocker>

namespace Elect {

void KioskImages::insert(const QString& id, const QImage& image)
{
    QMutexLocker lock(&m_mutex);
    m_images.insert(id, image);
}

QImage KioskImages::image(const QString& id) const
{
    QMutexLocker lock(&m_mutex);
    return m_images.value(id);
}

void KioskImages::clear()
{
    QMutexLocker lock(&m_mutex);
    m_images.clear();
}

int KioskImages::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_images.size());
}

KioskImageProvider::KioskImageProvider(std::shared_ptr<KioskImages> images)
    : QQuickImageProvider(QQuickImageProvider::Image), m_images(std::move(images))
{}

QImage KioskImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize)
{
    QImage image = m_images->image(id);
    if (!image.isNull() && requestedSize.isValid())
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace Elect

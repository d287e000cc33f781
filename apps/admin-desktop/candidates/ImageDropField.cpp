#include "candidates/ImageDropField.h"

#include "core/connection/WhenReady.h"
#include "core/csv/PhotoLoader.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QVBoxLayout>

namespace Elect {

namespace {
constexpr int kPreviewSide = 96;

// The one local file among dropped URLs, or nothing.
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}
} // namespace

ImageDropField::ImageDropField(const QString& title, QWidget* parent)
    : QFrame(parent), m_title(title), m_preview(new QLabel(this)), m_choose(new QPushButton(tr("Choose…"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFixedSize(kPreviewSide, kPreviewSide);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #f4f6f9; color: #5b6675; border: 1px dashed "
                                            "#b9c3cf; border-radius: 4px; }"));
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_choose->setAccessibleName(tr("Choose the %1 file").arg(title));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setAccessibleName(tr("Remove the %1").arg(title));
    connect(m_choose, &QPushButton::clicked, this, &ImageDropField::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &ImageDropField::clearImage);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_preview);
    layout->addLayout(buttons);
    setMinimumHeight(kPreviewSide + 14);
    showPreview();
}

void ImageDropField::setBytes(const QByteArray& bytes)
{
    m_bytes = bytes;
    showPreview();
}

void ImageDropField::showPreview()
{
    QImage image;
    if (!m_bytes.isEmpty())
        image.loadFromData(m_bytes);
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_loading ? tr("Checking…") : tr("Drop an image here"));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(kPreviewSide - 4, kPreviewSide - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_remove->setEnabled(!m_bytes.isEmpty() && !m_loading);
    m_choose->setEnabled(!m_loading);
}

void ImageDropField::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose the %1").arg(m_title),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg *.webp)"));
    dialog->setObjectName(QStringLiteral("imageFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImageDropField::loadFile);
    dialog->open();
}

void ImageDropField::clearImage()
{
    m_bytes.clear();
    showPreview();
    Q_EMIT changed();
}

void ImageDropField::loadFile(const QString& path)
{
    // The file itself, where it really is: PhotoLoader reads a plain name inside a folder.
    const QFileInfo info(path);
    const QFileInfo real(info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath());
    const QString folder = real.absolutePath();
    const QString name = real.fileName();
    m_loading = true;
    showPreview();
    Q_EMIT loadingChanged(true);
    whenReady(QtConcurrent::run([folder, name] { return Csv::loadPhoto(QDir(folder), name); }), this,
              [this](Result<Csv::Photo> photo) {
                  m_loading = false;
                  if (!photo) {
                      showPreview();
                      Q_EMIT loadingChanged(false);
                      Q_EMIT failed(photo.message());
                      return;
                  }
                  m_bytes = photo->bytes;
                  showPreview();
                  Q_EMIT loadingChanged(false);
                  Q_EMIT changed();
              });
}

void ImageDropField::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty() && !m_loading)
        event->acceptProposedAction();
}

void ImageDropField::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    loadFile(path);
}

} // namespace Elect

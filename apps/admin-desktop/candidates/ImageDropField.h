#pragma once

#include <QByteArray>
#include <QFrame>

class QLabel;
class QPushButton;

namespace Elect {

/// A candidate's photo or symbol in a form: a thumbnail, "Choose…" (a file dialog) and "Remove", and a file
/// dropped onto it. The file is checked and re-encoded exactly as the CSV import does (core/csv/PhotoLoader:
/// PNG, JPEG or WebP, at most 5 MB, 64 to 4096 pixels a side, metadata dropped), off the GUI thread.
class ImageDropField : public QFrame
{
    Q_OBJECT

public:
    /// \a what names the image for people ("photo", "symbol"), in messages and the accessible name.
    ImageDropField(const QString& title, QWidget* parent = nullptr);

    /// The stored bytes (re-encoded), empty for none.
    QByteArray bytes() const { return m_bytes; }
    void setBytes(const QByteArray& bytes);
    bool isLoading() const { return m_loading; }

public Q_SLOTS:
    /// Checks and re-encodes the image file \a path; on success it replaces the shown image.
    void loadFile(const QString& path);
    void chooseFile();
    void clearImage();

Q_SIGNALS:
    void changed();
    /// The file could not be used; \a message says why and what to do.
    void failed(const QString& message);
    void loadingChanged(bool loading);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showPreview();

    QString m_title;
    QLabel* m_preview;
    QPushButton* m_choose;
    QPushButton* m_remove;
    QByteArray m_bytes;
    bool m_loading = false;
};

} // namespace Elect

#pragma once

#include "core/db/CandidateRepository.h"

#include <QAbstractTableModel>
#include <QImage>
#include <QPixmap>

namespace Elect {

/// One candidate of the list, with thumbnails made off the GUI thread.
struct CandidateRow
{
    CandidateDetails details;
    QImage photoThumbnail;
    QImage symbolThumbnail;
};

/// The candidates of an election: photo and symbol as thumbnails, name, party, district, governorate.
class CandidateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Photo, Symbol, Name, Party, District, Governorate, ColumnCount };
    static constexpr int kThumbnailSide = 44;

    using QAbstractTableModel::QAbstractTableModel;

    /// Scales \a bytes to a thumbnail (any thread); a null image for none.
    static QImage thumbnail(const QByteArray& bytes);

    void setRows(QList<CandidateRow> rows);
    const QList<CandidateRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CandidateRow> m_rows;
    QList<QPixmap> m_photos;
    QList<QPixmap> m_symbols;
};

} // namespace Elect

#include "candidates/CandidateTableModel.h"

namespace Elect {

QImage CandidateTableModel::thumbnail(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    return image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void CandidateTableModel::setRows(QList<CandidateRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_photos.clear();
    m_symbols.clear();
    for (const CandidateRow& row : m_rows) {
        m_photos << QPixmap::fromImage(row.photoThumbnail);
        m_symbols << QPixmap::fromImage(row.symbolThumbnail);
    }
    endResetModel();
}

int CandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CandidateDetails& c = m_rows.at(index.row()).details;
    if (role == Qt::DecorationRole) {
        if (index.column() == Photo && !m_photos.at(index.row()).isNull())
            return m_photos.at(index.row());
        if (index.column() == Symbol && !m_symbols.at(index.row()).isNull())
            return m_symbols.at(index.row());
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Photo:
            return m_photos.at(index.row()).isNull() ? QStringLiteral("—") : QVariant();
        case Symbol:
            return m_symbols.at(index.row()).isNull() ? (c.symbolName.isEmpty() ? QStringLiteral("—") : c.symbolName)
                                                      : QVariant();
        case Name:
            return c.name;
        case Party:
            return c.party;
        case District:
            return c.district;
        case Governorate:
            return c.governorate;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Symbol)
        return c.symbolName;
    if (role == Qt::TextAlignmentRole && (index.column() == Photo || index.column() == Symbol))
        return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && (index.column() == Photo || index.column() == Symbol))
        return QColor(0x8a, 0x94, 0xa3);
    if (role == Qt::AccessibleTextRole && index.column() == Photo)
        return m_photos.at(index.row()).isNull() ? tr("no photo") : tr("photo of %1").arg(c.name);
    return {};
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Photo:
        return tr("Photo");
    case Symbol:
        return tr("Symbol");
    case Name:
        return tr("Name");
    case Party:
        return tr("Party");
    case District:
        return tr("District");
    case Governorate:
        return tr("Governorate");
    }
    return {};
}

} // namespace Elect

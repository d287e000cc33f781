#include "voters/VoterTableModel.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace Elect {

VoterTableModel::VoterTableModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection)
{}

void VoterTableModel::setFilter(const VoterFilter& filter)
{
    m_filter = filter;
    reload();
}

void VoterTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_wanted.clear();
    m_pageStarts.clear();
    m_indexed = false;
    m_total = 0;
    m_rows = 0;
    m_inFlight = -1;
    m_loadingFirst = m_filter.electionId > 0;
    endResetModel();
    if (!m_loadingFirst)
        return;
    // The first page needs no index: it starts at the lowest id.
    m_inFlight = 0;
    const int generation = m_generation;
    const VoterFilter filter = m_filter;
    whenReady(m_connection.run([filter](Database& db) { return VoterRepository(db).page(filter, 0, kPageSize); }), this,
              [this, generation](Result<QList<VoterListRow>> rows) {
                  if (generation != m_generation)
                      return;
                  m_inFlight = -1;
                  m_loadingFirst = false;
                  if (!rows) {
                      Q_EMIT failed(rows.message());
                      return;
                  }
                  const int count = int(rows->size());
                  if (count > 0) {
                      beginInsertRows({}, 0, count - 1);
                      m_rows = count;
                      m_pages.insert(0, Page{std::move(rows).value(), ++m_tick});
                      endInsertRows();
                  }
                  Q_EMIT firstPageLoaded();
                  if (count < kPageSize) {
                      // All of it is here: that is the index.
                      m_indexed = true;
                      m_total = count;
                      if (count > 0)
                          m_pageStarts = {m_pages.value(0).rows.first().id};
                      Q_EMIT indexed(m_total);
                  } else {
                      loadIndex();
                  }
                  pump();
              });
}

void VoterTableModel::loadIndex()
{
    const int generation = m_generation;
    const VoterFilter filter = m_filter;
    m_inFlight = -2; // the index
    whenReady(m_connection.run([filter](Database& db) { return VoterRepository(db).index(filter, kPageSize); }), this,
              [this, generation](Result<VoterIndex> index) {
                  if (generation != m_generation)
                      return;
                  m_inFlight = -1;
                  if (!index) {
                      Q_EMIT failed(index.message());
                      return;
                  }
                  m_pageStarts = index->pageStarts;
                  m_total = index->total;
                  m_indexed = true;
                  const int rows = int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
                  if (rows > m_rows) {
                      beginInsertRows({}, m_rows, rows - 1);
                      m_rows = rows;
                      endInsertRows();
                  } else if (rows < m_rows) {
                      beginRemoveRows({}, rows, m_rows - 1);
                      m_rows = rows;
                      endRemoveRows();
                  }
                  Q_EMIT indexed(m_total);
                  pump();
              });
}

bool VoterTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    return it != m_pages.cend() && row % kPageSize < it->rows.size();
}

std::optional<VoterListRow> VoterTableModel::voterAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (row < 0 || it == m_pages.cend() || row % kPageSize >= it->rows.size())
        return std::nullopt;
    return it->rows.at(row % kPageSize);
}

void VoterTableModel::want(int page) const
{
    if (m_pages.contains(page) || page == m_inFlight)
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst();
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QTimer::singleShot(0, const_cast<VoterTableModel*>(this), &VoterTableModel::pump);
    }
}

void VoterTableModel::pump()
{
    m_pumpQueued = false;
    if (m_inFlight != -1 || !m_indexed || m_wanted.isEmpty())
        return;
    const int page = m_wanted.takeLast();
    if (page < 0 || page >= m_pageStarts.size() || m_pages.contains(page)) {
        pump();
        return;
    }
    m_inFlight = page;
    const int generation = m_generation;
    const VoterFilter filter = m_filter;
    const qint64 from = m_pageStarts.at(page);
    whenReady(
        m_connection.run([filter, from](Database& db) { return VoterRepository(db).page(filter, from, kPageSize); }),
        this, [this, generation, page](Result<QList<VoterListRow>> rows) {
            if (generation != m_generation)
                return;
            m_inFlight = -1;
            if (!rows)
                Q_EMIT failed(rows.message());
            else
                store(page, std::move(rows).value());
            pump();
        });
}

void VoterTableModel::store(int page, QList<VoterListRow> rows)
{
    m_pages.insert(page, Page{std::move(rows), ++m_tick});
    while (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
    const int first = page * kPageSize;
    const int last = std::min(m_rows - 1, first + kPageSize - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

int VoterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int VoterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeading | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const int pageIndex = index.row() / kPageSize;
    const auto it = m_pages.find(pageIndex);
    if (it == m_pages.end()) {
        want(pageIndex);
        return index.column() == Number ? QVariant(QStringLiteral("…")) : QVariant();
    }
    it->lastUse = ++m_tick;
    if (index.row() % kPageSize >= it->rows.size())
        return {};
    const VoterListRow& v = it->rows.at(index.row() % kPageSize);
    switch (Column(index.column())) {
    case Number:
        return QString::number(v.id);
    case Phone:
        // Left to right even in Arabic: the digits shown are the phone's last ones.
        return v.phoneMasked.isEmpty() ? QString() : QChar(0x200E) + v.phoneMasked + QChar(0x200E);
    case District:
        return v.district;
    case Governorate:
        return v.governorate;
    case Verified:
        return v.verified ? tr("Yes") : tr("No");
    case Voted:
        return v.voted ? tr("Voted") : tr("Not yet");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant VoterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Voter no.");
    case Phone:
        return tr("Phone");
    case District:
        return tr("District");
    case Governorate:
        return tr("Governorate");
    case Verified:
        return tr("Code confirmed");
    case Voted:
        return tr("Voted");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Elect

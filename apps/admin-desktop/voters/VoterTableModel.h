#pragma once

#include "core/db/VoterRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace Elect {

class Connection;

/// The voters of one election for a QTableView, at any size: it holds where each page of the list starts
/// (one id per page) and a bounded cache of pages, and fetches a page by key (the id it starts at) when the
/// view asks for a row of it. The first page comes first so that rows show at once; the count and the
/// page starts follow, and then the scroll bar spans the whole list. Nothing waits on the GUI thread.
class VoterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Phone, District, Governorate, Verified, Voted, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 60; ///< 12,000 rows at most in memory
    static constexpr int kMaxWanted = 6;       ///< pages asked for while scrolling fast: the latest win

    explicit VoterTableModel(Connection& connection, QObject* parent = nullptr);

    /// Shows the voters \a filter selects, from the start.
    void setFilter(const VoterFilter& filter);
    const VoterFilter& filter() const { return m_filter; }
    /// Loads the current filter again (F5).
    void reload();

    /// True until the first page arrived (or failed).
    bool isLoading() const { return m_loadingFirst; }
    /// True once the count and page starts are known (rowCount() is then the whole list).
    bool isIndexed() const { return m_indexed; }
    qint64 total() const { return m_indexed ? m_total : -1; }
    bool isRowLoaded(int row) const;
    /// The voter on \a row, when its page is in memory.
    std::optional<VoterListRow> voterAt(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void firstPageLoaded();
    void indexed(qint64 total);
    void pageLoaded(int page);
    void failed(const QString& message);

private:
    struct Page
    {
        QList<VoterListRow> rows;
        quint64 lastUse = 0;
    };
    void want(int page) const;
    void pump();
    void loadIndex();
    void store(int page, QList<VoterListRow> rows);

    Connection& m_connection;
    VoterFilter m_filter;
    int m_generation = 0;
    bool m_loadingFirst = false;
    bool m_indexed = false;
    qint64 m_total = 0;
    int m_rows = 0;
    QList<qint64> m_pageStarts;
    // Touched from const data(): the view asking for a row is what makes its page load.
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_wanted;
    mutable quint64 m_tick = 0;
    mutable bool m_pumpQueued = false;
    int m_inFlight = -1;
};

} // namespace Elect

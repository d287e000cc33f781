#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Elect {

class Clock;

/// The kiosk's own record of its casts (SQLite in its data folder): each cast's idempotency key and receipt
/// before it is sent, and its outcome once known, so that after a dropped connection, a crash or a killed
/// process the kiosk asks the server with the same key whether the ballot was counted. Never the choices,
/// nor anything of the voter; the receipt is dropped once the voter has seen it.
///
/// Entries whose outcome is known (counted or not counted) are removed once they are older than
/// kKeepKnownDays, at open() and after each outcome recorded, a bounded batch at a time; an entry whose
/// outcome is still unknown is never removed, however old: it is the kiosk's only way to ask the server.
class CastJournal
{
public:
    enum class Status { Pending, Counted, NotCounted };
    static constexpr int kKeepKnownDays = 7;
    static constexpr int kPruneBatch = 1000;

    struct Entry
    {
        QUuid key;
        QString receipt; ///< empty once dropped
        Status status = Status::Pending;
    };

    CastJournal();
    ~CastJournal();
    CastJournal(const CastJournal&) = delete;
    CastJournal& operator=(const CastJournal&) = delete;

    /// Opens (creating it when needed) the journal at \a path.
    Elect::Status open(const QString& path);
    bool isOpen() const;
    QString path() const { return m_path; }
    /// The default place: journal.sqlite in the kiosk's data folder.
    static QString defaultPath();

    /// Written, and synced to disk, before the cast is sent.
    Elect::Status begin(const QUuid& key, const QString& receipt);
    Elect::Status setStatus(const QUuid& key, Status status);
    Elect::Status dropReceipt(const QUuid& key);
    QList<Entry> entries() const;
    QList<Entry> pending() const;
    /// Removes up to kPruneBatch entries with a known outcome begun more than kKeepKnownDays ago; returns how
    /// many went. Never a pending entry.
    Result<int> prune();
    /// Where begin() and prune() read the time (tests); the system's clock by default.
    void setClock(const Clock* clock);

private:
    QString m_connectionName;
    QString m_path;
    const Clock* m_clock;
};

} // namespace Elect

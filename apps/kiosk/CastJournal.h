#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Elect {

/// The kiosk's own record of its casts (SQLite in its data folder): each cast's idempotency key and receipt
/// before it is sent, and its outcome once known, so that after a dropped connection, a crash or a killed
/// process the kiosk asks the server with the same key whether the ballot was counted. Never the choices,
/// nor anything of the voter; the receipt is dropped once the voter has seen it.
class CastJournal
{
public:
    enum class Status { Pending, Counted, NotCounted };

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

private:
    QString m_connectionName;
    QString m_path;
};

} // namespace Elect

#include "CastJournal.h"

#include "KioskLog.h"

#include "core/domain/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Elect {

namespace {

QString keyOf(CastJournal::Status status)
{
    switch (status) {
    case CastJournal::Status::Pending:
        return QStringLiteral("pending");
    case CastJournal::Status::Counted:
        return QStringLiteral("counted");
    case CastJournal::Status::NotCounted:
        return QStringLiteral("not_counted");
    }
    return QStringLiteral("pending");
}

// The form SQLite's CURRENT_TIMESTAMP writes (UTC), so that rows of either kind compare as text.
QString sqliteTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

CastJournal::Status statusOf(const QString& key)
{
    if (key == QLatin1String("counted"))
        return CastJournal::Status::Counted;
    if (key == QLatin1String("not_counted"))
        return CastJournal::Status::NotCounted;
    return CastJournal::Status::Pending;
}

Status failed(const QSqlError& error)
{
    qCWarning(lcKiosk) << "the cast journal failed:" << error.text();
    return Status::failure(ErrorCode::Internal,
                           QCoreApplication::translate("Elect::CastJournal",
                                                       "The kiosk cannot write its journal of votes. Ask the poll "
                                                       "worker to check the kiosk's disk, then restart it."));
}

} // namespace

CastJournal::CastJournal()
    : m_connectionName(QStringLiteral("elect-kiosk-journal-%1").arg(QUuid::createUuid().toString(QUuid::Id128))),
      m_clock(&Clock::system())
{}

void CastJournal::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &Clock::system();
}

CastJournal::~CastJournal()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString CastJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

Status CastJournal::open(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.close();
    db.setDatabaseName(path);
    if (!db.open())
        return failed(db.lastError());
    m_path = path;
    QSqlQuery q(db);
    // A vote's journal entry must survive a power cut the moment after it is written.
    for (const char* sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                            "CREATE TABLE IF NOT EXISTS casts (idempotency_key TEXT PRIMARY KEY, receipt TEXT,"
                            " status TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)",
                            "CREATE INDEX IF NOT EXISTS casts_by_status_age ON casts (status, created_at)"}) {
        if (!q.exec(QString::fromLatin1(sql)))
            return failed(q.lastError());
    }
    const auto pruned = prune();
    if (!pruned)
        return pruned.error();
    return success();
}

bool CastJournal::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

Status CastJournal::begin(const QUuid& key, const QString& receipt)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT INTO casts (idempotency_key, receipt, status, created_at) VALUES (?, ?, 'pending', ?)"));
    q.addBindValue(key.toString(QUuid::WithoutBraces));
    q.addBindValue(receipt);
    q.addBindValue(sqliteTime(m_clock->now()));
    return q.exec() ? success() : failed(q.lastError());
}

Status CastJournal::setStatus(const QUuid& key, Status status)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE casts SET status = ? WHERE idempotency_key = ?"));
    q.addBindValue(keyOf(status));
    q.addBindValue(key.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return failed(q.lastError());
    // An outcome was learnt: old known ones go, a bounded batch, so the journal does not grow for ever.
    if (status != Status::Pending)
        (void)prune();
    return success();
}

Result<int> CastJournal::prune()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM casts WHERE rowid IN (SELECT rowid FROM casts WHERE status <> 'pending'"
                             " AND created_at < ? LIMIT ?)"));
    q.addBindValue(sqliteTime(m_clock->now().addDays(-kKeepKnownDays)));
    q.addBindValue(kPruneBatch);
    if (!q.exec())
        return failed(q.lastError()).error();
    return int(q.numRowsAffected());
}

Status CastJournal::dropReceipt(const QUuid& key)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    // Only an answered cast: a pending one still needs its receipt to ask the server.
    q.prepare(QStringLiteral("UPDATE casts SET receipt = NULL WHERE idempotency_key = ? AND status <> 'pending'"));
    q.addBindValue(key.toString(QUuid::WithoutBraces));
    return q.exec() ? success() : failed(q.lastError());
}

QList<CastJournal::Entry> CastJournal::entries() const
{
    QList<Entry> out;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT idempotency_key, receipt, status FROM casts ORDER BY created_at, rowid")))
        return out;
    while (q.next())
        out << Entry{QUuid::fromString(q.value(0).toString()), q.value(1).toString(), statusOf(q.value(2).toString())};
    return out;
}

QList<CastJournal::Entry> CastJournal::pending() const
{
    QList<Entry> out;
    for (const Entry& e : entries())
        if (e.status == Status::Pending)
            out << e;
    return out;
}

} // namespace Elect

#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <functional>

namespace Elect {

class Database;

/// The audit log's chain as `elect serve` signs it and `elect audit verify` checks it
/// (0012_audit_checkpoints.sql): a system admin or the elect_service login.
struct AuditHead
{
    qint64 rowCount = 0;
    qint64 lastId = 0;   ///< 0 for an empty log
    QByteArray headHash; ///< the last row's stored hash (32 bytes); empty for an empty log
    bool operator==(const AuditHead& o) const
    {
        return rowCount == o.rowCount && lastId == o.lastId && headHash == o.headHash;
    }
    bool operator!=(const AuditHead& o) const { return !(*this == o); }
};

/// One row of the chain: the bytes audit() hashed after the previous row's hash, and the stored hashes.
struct AuditChainRow
{
    qint64 id = 0;
    QByteArray body;
    QByteArray prevHash; ///< empty for NULL (the first row)
    QByteArray rowHash;
};

/// Kiosk events recorded but not yet in the chain.
struct AuditBacklog
{
    qint64 waiting = 0;
    QDateTime oldest; ///< invalid when nothing waits
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db);
    /// The head as one snapshot sees it. NotAllowed for anyone but a system admin or the service.
    Result<AuditHead> head();
    /// Calls \a visit with every row in id order, a page (one transaction) at a time, until it returns false.
    Status forEachRow(const std::function<bool(const AuditChainRow&)>& visit, int pageSize = 5000);
    /// As the service: moves up to \a limit kiosk events waiting in audit_unsealed into the chain, in the
    /// order they committed (0017_audit_batches.sql). Returns how many were sealed.
    Result<int> seal(int limit = 5000);
    /// How many kiosk events wait to be sealed, and when the oldest happened (invalid when none).
    Result<AuditBacklog> backlog();

private:
    Database& m_db;
};

} // namespace Elect

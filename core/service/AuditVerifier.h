#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Elect {
class Database;
}

namespace Elect::Service {

/// Something `elect audit verify` found wrong.
struct AuditFinding
{
    enum class Kind {
        UnreadableLine,   ///< a line of the checkpoint file is not a checkpoint
        BadSignature,     ///< a checkpoint whose signature is missing or does not hold under the public key
        BrokenRow,        ///< a row's stored hashes do not follow from its content and the row before it
        RowsDeletedAtEnd, ///< the log ends before a checkpoint's last row
        RowsMissing,      ///< fewer rows up to a checkpoint's last row than it signed (or that row is gone)
        RowsAdded,        ///< more rows up to a checkpoint's last row than it signed
        Rewritten,        ///< the chain recomputed from the rows differs from a checkpoint's signed hash
    };
    Kind kind;
    int line = 0;    ///< the checkpoint file's line (1-based), 0 when no checkpoint is involved
    qint64 row = 0;  ///< the row concerned, 0 when none
    QString message; ///< translated, names the line and the row
};

struct AuditVerification
{
    qint64 rows = 0;
    qint64 lastId = 0;
    int checkpoints = 0; ///< signed checkpoints compared with the chain
    QList<AuditFinding> findings;
    bool clean() const { return findings.isEmpty(); }
};

/// Recomputes the audit chain from its rows' content (never trusting a stored hash), reports every row whose
/// stored hashes do not follow, and, for each line of \a checkpointLines (the checkpoint file's lines, empty
/// ones ignored), checks the signature under \a publicPem and compares the signed head with the recomputed
/// chain: rows deleted at the end, rows missing or added before it, rows rewritten. A line that cannot be read
/// or whose signature fails is a finding, never skipped silently. \a db: a system admin or the service.
/// Fails only when the rows cannot be read.
Result<AuditVerification> verifyAuditChain(Database& db, const QList<QByteArray>& checkpointLines,
                                           const QByteArray& publicPem);

} // namespace Elect::Service

#include "core/service/AuditVerifier.h"

#include "core/crypto/Crypto.h"
#include "core/db/AuditRepository.h"
#include "core/service/AuditCheckpoint.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Service {

namespace {

// Beyond this many broken rows, one finding says how many more there are.
constexpr int kBrokenRowsListed = 20;

struct Signed
{
    int line;
    AuditCheckpoint checkpoint;
};

} // namespace

Result<AuditVerification> verifyAuditChain(Database& db, const QList<QByteArray>& checkpointLines,
                                           const QByteArray& publicPem)
{
    AuditVerification v;
    QList<Signed> checkpoints;
    for (int i = 0; i < checkpointLines.size(); ++i) {
        const QByteArray text = checkpointLines.at(i).trimmed();
        const int line = i + 1;
        if (text.isEmpty())
            continue;
        const auto c = AuditCheckpoint::fromLine(text);
        if (!c) {
            v.findings << AuditFinding{
                AuditFinding::Kind::UnreadableLine, line, 0,
                QCoreApplication::translate("Elect::Service", "Checkpoint line %1 is not a checkpoint.").arg(line)};
            continue;
        }
        if (!c->verify(publicPem)) {
            v.findings << AuditFinding{
                AuditFinding::Kind::BadSignature, line, c->head.lastId,
                (c->signature.isEmpty()
                     ? QCoreApplication::translate("Elect::Service", "Checkpoint line %1 (row %2) is not signed.")
                     : QCoreApplication::translate("Elect::Service",
                                                   "Checkpoint line %1 (row %2): the signature does not hold under "
                                                   "this public key; the line was altered or signed with another "
                                                   "key."))
                    .arg(line)
                    .arg(c->head.lastId)};
            continue;
        }
        // A checkpoint of an empty log holds whatever the log became.
        if (c->head.rowCount > 0 || c->head.lastId > 0)
            checkpoints << Signed{line, *c};
    }
    v.checkpoints = int(checkpoints.size());
    std::stable_sort(checkpoints.begin(), checkpoints.end(), [](const Signed& a, const Signed& b) {
        return a.checkpoint.head.lastId < b.checkpoint.head.lastId;
    });

    QByteArray recomputed; // the chain as the rows' content makes it
    QByteArray storedPrev; // the previous row's stored hash
    int broken = 0;
    int next = 0; // the first checkpoint not yet compared
    // Compares checkpoint \a s, whose last row is the row just read (\a present) or was passed without being
    // seen, with what the rows up to it make.
    const auto compare = [&](const Signed& s, bool present) {
        const AuditHead& h = s.checkpoint.head;
        if (!present)
            v.findings << AuditFinding{AuditFinding::Kind::RowsMissing, s.line, h.lastId,
                                       QCoreApplication::translate("Elect::Service",
                                                                   "Checkpoint line %1 signed row %2, which is no "
                                                                   "longer in the log.")
                                           .arg(s.line)
                                           .arg(h.lastId)};
        if (v.rows < h.rowCount)
            v.findings << AuditFinding{AuditFinding::Kind::RowsMissing, s.line, h.lastId,
                                       QCoreApplication::translate("Elect::Service",
                                                                   "Checkpoint line %1 signed %2 rows up to row %3; "
                                                                   "the log has %4: %5 rows were deleted.")
                                           .arg(s.line)
                                           .arg(h.rowCount)
                                           .arg(h.lastId)
                                           .arg(v.rows)
                                           .arg(h.rowCount - v.rows)};
        else if (v.rows > h.rowCount)
            v.findings << AuditFinding{AuditFinding::Kind::RowsAdded, s.line, h.lastId,
                                       QCoreApplication::translate("Elect::Service",
                                                                   "Checkpoint line %1 signed %2 rows up to row %3; "
                                                                   "the log has %4: rows were inserted.")
                                           .arg(s.line)
                                           .arg(h.rowCount)
                                           .arg(h.lastId)
                                           .arg(v.rows)};
        if (recomputed != h.headHash)
            v.findings << AuditFinding{AuditFinding::Kind::Rewritten, s.line, h.lastId,
                                       QCoreApplication::translate("Elect::Service",
                                                                   "Checkpoint line %1: the chain recomputed from the "
                                                                   "rows up to row %2 differs from the signed one: a "
                                                                   "row up to %2 was changed, removed or added.")
                                           .arg(s.line)
                                           .arg(h.lastId)};
    };

    const Status read = AuditRepository(db).forEachRow([&](const AuditChainRow& row) {
        // Checkpoints whose last row should have come before this one.
        while (next < checkpoints.size() && checkpoints.at(next).checkpoint.head.lastId < row.id)
            compare(checkpoints.at(next++), false);
        const QByteArray expected = Crypto::sha256(storedPrev + row.body);
        if (row.prevHash != storedPrev || row.rowHash != expected) {
            if (++broken <= kBrokenRowsListed)
                v.findings << AuditFinding{
                    AuditFinding::Kind::BrokenRow, 0, row.id,
                    row.prevHash != storedPrev
                        ? QCoreApplication::translate("Elect::Service", "Row %1 does not link to the row "
                                                                        "before it: a row before it was "
                                                                        "removed or changed.")
                              .arg(row.id)
                        : QCoreApplication::translate("Elect::Service", "Row %1's hash does not follow from "
                                                                        "its content: the row was changed.")
                              .arg(row.id)};
        }
        recomputed = Crypto::sha256(recomputed + row.body);
        storedPrev = row.rowHash;
        ++v.rows;
        v.lastId = row.id;
        while (next < checkpoints.size() && checkpoints.at(next).checkpoint.head.lastId == row.id)
            compare(checkpoints.at(next++), true);
        return true;
    });
    if (!read)
        return read.error();
    if (broken > kBrokenRowsListed)
        v.findings << AuditFinding{
            AuditFinding::Kind::BrokenRow, 0, 0,
            QCoreApplication::translate("Elect::Service", "%1 more rows are broken.").arg(broken - kBrokenRowsListed)};
    // The checkpoints left name rows past the log's end.
    for (; next < checkpoints.size(); ++next) {
        const Signed& s = checkpoints.at(next);
        const AuditHead& h = s.checkpoint.head;
        v.findings << AuditFinding{AuditFinding::Kind::RowsDeletedAtEnd, s.line, h.lastId,
                                   QCoreApplication::translate("Elect::Service",
                                                               "Checkpoint line %1 signed %2 rows up to row %3; the "
                                                               "log now ends at row %4 with %5 rows: rows were "
                                                               "deleted from its end.")
                                       .arg(s.line)
                                       .arg(h.rowCount)
                                       .arg(h.lastId)
                                       .arg(v.lastId)
                                       .arg(v.rows)};
    }
    return v;
}

} // namespace Elect::Service

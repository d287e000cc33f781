#pragma once

#include "core/db/AuditRepository.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Elect::Service {

/// One signed head of the audit chain (docs/security.md, "Audit checkpoints"), one line of JSON in the
/// checkpoint file: {"v":1,"count":N,"last_id":ID,"head_hash":"hex","time":"ISO 8601","signature":"base64"}.
/// The signature (Ed25519) covers signedMessage(), not the JSON text, so spacing or key order never matter.
struct AuditCheckpoint
{
    AuditHead head;
    QString time;         ///< UTC, ISO 8601 with milliseconds, as written
    QByteArray signature; ///< 64 bytes; empty when the line carried none

    /// "elect-audit-checkpoint/1\n" COUNT "\n" LAST_ID "\n" HEAD_HASH_HEX "\n" TIME.
    QByteArray signedMessage() const;
    /// The line (no line break).
    QByteArray toLine() const;
    /// The checkpoint a line holds, or nothing when it is not one (malformed JSON, a field missing or of the
    /// wrong type). Whether the signature holds is verify()'s question.
    static std::optional<AuditCheckpoint> fromLine(const QByteArray& line);
    /// Whether signature is signedMessage()'s under \a publicPem.
    bool verify(const QByteArray& publicPem) const;
};

namespace AuditCheckpointFile {

/// The private key at \a path, refused unless only its owner may read or write it (mode 600, as the
/// service's configuration) and unless it is an Ed25519 private key.
Result<QByteArray> readPrivateKey(const QString& path);
/// Appends \a line and a line break to \a path (created with mode 600; made 600 if it was not), then fsyncs it.
Status append(const QString& path, const QByteArray& line);
/// The head of the last checkpoint in \a path that can be read (its signature not checked), if any: so that a
/// restarted service does not write the same head again.
std::optional<AuditHead> lastHead(const QString& path);
/// Writes \a bytes to a new file \a path with mode \a mode (refuses to overwrite one), fsync'd.
Status writeNew(const QString& path, const QByteArray& bytes, int mode);

} // namespace AuditCheckpointFile

} // namespace Elect::Service

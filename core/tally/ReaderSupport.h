#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Elect::Tally::Reading {

/// What the ballot readers (BltReader, BallotCsvReader) share. Not part of the engine's interface.

/// An InvalidInput error whose message is "Line `line`: `what`" (translated).
Error lineError(qint64 line, const QString& what);

/// The whole number written in `text` with ASCII digits only (no sign, no spaces), if it is at
/// most `limit`; otherwise -1. Refuses more than 18 digits, so the value never overflows.
qint64 parseCount(QStringView text, qint64 limit);
qint64 parseCount(QByteArrayView text, qint64 limit);

/// At most the first 40 characters of `text`, to quote a bad entry in a message.
QString shown(const QString& text);
QString shown(const QByteArray& utf8);

/// The bytes of the file at `path`; refuses (NotFound) a file that cannot be read, saying why.
Result<QByteArray> readWholeFile(const QString& path);

} // namespace Elect::Tally::Reading

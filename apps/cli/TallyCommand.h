#pragma once

#include <QStringList>
#include <QTextStream>

namespace Elect::Cli {

/// `elect tally --method irv|stv|block|approval|referendum [options] FILE`: counts a BLT or CSV
/// ballot file and prints the winners and the round table (or, with --json, the full result).
/// `args` are the words after "tally". Returns 0 when counted, 1 for a user error (unreadable or
/// malformed file, a count the method refuses; one line on `err`), 2 for bad usage (message and
/// usage on `err`).
int runTally(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace Elect::Cli

#pragma once

#include <QStringList>
#include <QTextStream>

namespace Elect::Cli {

/// `elect bench import [--rows N]`: in a throwaway embedded cluster, generates a realistic voter file
/// (default 1,000,000 rows) and times, against the same server, (a) elect's import end to end and
/// (b) a plain COPY of the same final rows into a table of the same shape; prints both, their ratio,
/// rows per second and this process's peak memory.
int runBenchImport(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace Elect::Cli

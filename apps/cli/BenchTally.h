#pragma once

#include <QStringList>
#include <QTextStream>

namespace Elect::Cli {

/// `elect bench tally [--ballots N] [--seed S]`: times the counting engine on generated ballots
/// with a party-like preference structure (block and IRV over 10 candidates, STV over 20 for 5
/// seats), and prints each case's time, peak memory (VmHWM) and a baseline measured in the same
/// run. `args` are the words after "bench tally". Returns 0, or 2 for bad usage.
int runBenchTally(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace Elect::Cli

#pragma once

#include <QTextStream>

namespace Elect {

/// `elect bench admin`: opens the Voters tab of an election of \a voters voters in elect-admin's real main
/// window (on whatever platform the QApplication runs, offscreen for the benchmark), in a throwaway
/// embedded server, and prints the time to the first rows, to the count, to the end of the list and through
/// it as a scroll bar dragged down would go, and the peak memory of this process, each with its target.
/// Needs a QApplication. Returns the exit status.
int runVoterBench(qint64 voters, QTextStream& out, QTextStream& err);

} // namespace Elect

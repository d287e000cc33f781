// libFuzzer target for the BLT reader: any input must give a file or a line-numbered error, and a
// file that parses must count without failing.
#include "core/tally/BltReader.h"
#include "core/tally/TallyEngine.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Elect::Tally;
    using Elect::CountingMethod;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Elect::Result<BallotFile> file = BltReader::parse(bytes, BallotKind::Ranked);
    if (!file) {
        if (!file.message().startsWith(QLatin1String("Line ")))
            std::abort();
        return 0;
    }
    CountOptions options;
    options.seats = file->defaultSeats;
    options.seed = 1;
    if (!TallyEngine::countConstituencies(*file, CountingMethod::Stv, options).ok())
        std::abort();
    return 0;
}

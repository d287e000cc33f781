// libFuzzer target for the ballot CSV reader: any input must give a file or a line-numbered error,
// and a file that parses must count (IRV and approval) without failing.
#include "core/tally/BallotCsvReader.h"
#include "core/tally/TallyEngine.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Elect::Tally;
    using Elect::CountingMethod;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (BallotKind kind : {BallotKind::Ranked, BallotKind::Marked}) {
        const Elect::Result<BallotFile> file = BallotCsvReader::parse(bytes, kind);
        if (!file) {
            if (!file.message().startsWith(QLatin1String("Line ")))
                std::abort();
            continue;
        }
        CountOptions options;
        options.seed = 1;
        const CountingMethod method = kind == BallotKind::Ranked ? CountingMethod::Irv : CountingMethod::Approval;
        if (!TallyEngine::countConstituencies(*file, method, options).ok())
            std::abort();
    }
    return 0;
}

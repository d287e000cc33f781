// libFuzzer target for the CSV reader and the row validators: any input gives records and
// problems with line numbers, or a line-numbered error; never a crash or a hang.
#include "core/csv/CellValues.h"
#include "core/csv/ColumnNames.h"
#include "core/csv/CsvReader.h"
#include "core/csv/ImportReport.h"
#include "core/csv/PhoneNumber.h"
#include "core/csv/RowValidator.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace Elect::Csv;
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first byte picks the encoding option, so every decoder is exercised.
    ReaderOptions options;
    if (!bytes.isEmpty()) {
        static const char* const names[] = {"", "utf-8", "utf-16le", "utf-16be", "windows-1256", "windows-1252"};
        options.encoding = QString::fromLatin1(names[quint8(bytes.at(0)) % 6]);
        bytes.remove(0, 1);
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    const Elect::Status opened = reader.open();
    if (!opened) {
        if (!opened.message().startsWith(QLatin1String("Line ")))
            std::abort();
        return 0;
    }
    for (const QString& h : reader.header())
        (void)ColumnNames::columnFor(h);
    ImportReport report(20);
    RowValidator voters(ImportKind::Voters, Elect::ElectionType::District, QStringLiteral("EG"), QDate(2024, 1, 1));
    RowValidator candidates(ImportKind::Candidates, Elect::ElectionType::Simple, QStringLiteral("EG"),
                            QDate(2024, 1, 1));
    const bool votersOk = voters.checkHeader(reader.header(), report).ok();
    const bool candidatesOk = candidates.checkHeader(reader.header(), report).ok();
    QStringList fields;
    qint64 previous = reader.recordLine();
    while (reader.next(fields)) {
        if (reader.recordLine() <= previous)
            std::abort();
        previous = reader.recordLine();
        if (votersOk)
            (void)voters.voter(fields, previous, report);
        if (candidatesOk)
            (void)candidates.candidate(fields, previous, report);
        for (const QString& f : fields) {
            (void)normalizePhone(f, QStringLiteral("EG"));
            (void)CellValues::parseDate(f, QDate(2024, 1, 1));
            (void)CellValues::cleanText(f);
        }
    }
    if (reader.error() && !reader.error()->message.startsWith(QLatin1String("Line ")))
        std::abort();
    if (report.problems().size() > 20 || (report.problemCount() > 0 && report.toText().isEmpty()))
        std::abort();
    return 0;
}

#pragma once

#include "core/csv/CsvReader.h"
#include "core/csv/RowValidator.h"
#include "TestPaths.h"

#include <QBuffer>
#include <QFile>
#include <QList>
#include <QStringList>

namespace Elect::Csv::Testing {

inline QString dataPath(const QString& name)
{
    return QStringLiteral(ELECT_TEST_DATA_DIR "/csv/") + name;
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Everything a reader gives for one input.
struct ReadResult
{
    bool opened = false;
    QString openMessage;
    QStringList header;
    QString encoding;
    QChar delimiter;
    QList<QStringList> rows;
    QList<qint64> lines;
    std::optional<Error> error;
    qint64 bytesRead = 0;
};

inline ReadResult readDevice(QIODevice* device, ReaderOptions options = {}, int maxRows = 1000000)
{
    ReadResult r;
    CsvReader reader(device, std::move(options));
    const Status opened = reader.open();
    r.opened = opened.ok();
    if (!opened) {
        r.openMessage = opened.message();
        r.error = reader.error();
        return r;
    }
    r.header = reader.header();
    r.encoding = reader.encodingName();
    r.delimiter = reader.delimiter();
    QStringList fields;
    while (r.rows.size() < maxRows && reader.next(fields)) {
        r.rows << fields;
        r.lines << reader.recordLine();
    }
    r.error = reader.error();
    r.bytesRead = reader.bytesRead();
    return r;
}

inline ReadResult readBytes(const QByteArray& bytes, ReaderOptions options = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(&buffer, std::move(options));
}

inline ReadResult readFile(const QString& name, ReaderOptions options = {})
{
    QFile file(dataPath(name));
    return readDevice(&file, std::move(options));
}

/// A whole import of one file, as the lead's loader runs it: the report and the good rows.
struct ImportRun
{
    Status header = success();
    ImportReport report;
    QList<VoterRow> voters;
    QList<CandidateRow> candidates;
    std::optional<Error> readError;
};

inline ImportRun importBytes(const QByteArray& bytes, ImportKind kind, ElectionType type, ReaderOptions options = {},
                             int listLimit = 1000)
{
    ImportRun run{success(), ImportReport(listLimit), {}, {}, std::nullopt};
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, std::move(options));
    if (const Status opened = reader.open(); !opened) {
        run.readError = opened.error();
        return run;
    }
    RowValidator validator(kind, type, QStringLiteral("EG"), QDate(2024, 6, 1));
    run.header = validator.checkHeader(reader.header(), run.report, reader.headerLine());
    if (!run.header)
        return run;
    QStringList fields;
    while (reader.next(fields)) {
        if (kind == ImportKind::Voters) {
            if (auto row = validator.voter(fields, reader.recordLine(), run.report))
                run.voters << *row;
        } else if (auto row = validator.candidate(fields, reader.recordLine(), run.report)) {
            run.candidates << *row;
        }
    }
    run.readError = reader.error();
    return run;
}

inline ImportRun importFile(const QString& name, ImportKind kind, ElectionType type, ReaderOptions options = {})
{
    return importBytes(fileBytes(dataPath(name)), kind, type, std::move(options));
}

} // namespace Elect::Csv::Testing

#pragma once

#include "core/csv/CsvReader.h"
#include "core/csv/ImportReport.h"
#include "core/csv/RowValidator.h"
#include "core/Result.h"

#include <QDir>

#include <atomic>
#include <functional>
#include <mutex>

class QIODevice;

namespace Elect {
class Database;
class ImportRepository;
} // namespace Elect

namespace Elect::Csv {

struct ImportOptions
{
    ImportKind kind = ImportKind::Voters;
    qint64 electionId = 0;
    ReaderOptions reader;
    /// Validate everything (including against the database) and report, but write nothing.
    bool checkOnly = false;
    /// Where candidate photos named in the file are read from (the CSV's folder).
    QDir photoFolder;
};

struct ImportProgress
{
    qint64 rows = 0;       ///< data rows read so far
    qint64 bytes = 0;      ///< bytes of the file read so far
    qint64 totalBytes = 0; ///< the file's size, 0 when unknown
};

struct ImportOutcome
{
    qint64 rows = 0;     ///< data rows in the file
    qint64 inserted = 0; ///< rows now in the election (0 when checking only or when there were problems)
    ImportReport report;
    QString encoding; ///< what the file was read as
    QChar delimiter;
    /// Rows whose person was already in the election. The report lists the first kAlreadyInElectionListed of
    /// them by line, then one "... and N more" problem; when every row of the file is already in (and nothing
    /// else is wrong), it has one problem for the whole file instead.
    qint64 alreadyInElection = 0;
    static constexpr int kAlreadyInElectionListed = 10;

    /// Every problem found, counting each row already in the election once (the report's count counts the
    /// "... and N more" line as one).
    qint64 problemCount() const;
    /// Where the time went, in seconds (voters; for `elect bench import`): the whole run, the worker thread
    /// streaming chunks to the server with COPY, the server hashing and inserting them, and this thread
    /// waiting for the server instead of reading the file.
    struct Timings
    {
        double totalSecs = 0;
        double copySecs = 0;
        double loadSecs = 0;
        double waitSecs = 0;
        double finishSecs = 0; ///< the checks after the last chunk, the audit row and the commit
    } timings;

    /// True when the file imports nothing because all its rows are in the election already.
    bool everyRowAlreadyInElection() const { return rows > 0 && alreadyInElection == rows; }
};

/// Loads voters or candidates from a CSV file into a draft election, all or nothing: rows are validated
/// and normalized here (duplicates in the file found here), streamed with COPY to the server, which HMACs
/// the national ids under the organization's key and loads them (voters chunk by chunk while the next
/// chunk is read), checks them against the election (already in it, districts without candidates), all in
/// one transaction. When any row has a problem nothing is written and the outcome's report lists every
/// problem.
class Importer
{
public:
    /// Called about every thousand rows; return false to cancel (the transaction is rolled back).
    using ProgressFn = std::function<bool(const ImportProgress&)>;

    /// \a db is an organization owner's or admin's connection; the election must be theirs and a draft.
    explicit Importer(Database& db);

    /// Fails with NotFound (no such election of this login's organization), WrongState (not a draft, or
    /// an election whose voters come from an API), InvalidInput (the file cannot be read: encoding,
    /// header, a broken quote; the message names the line), Cancelled, or a database error. A file that
    /// reads but has bad rows is not a failure: the outcome's report has the problems and nothing is written.
    Result<ImportOutcome> run(QIODevice& file, const ImportOptions& options, const ProgressFn& progress = {});

    /// From another thread while run() runs (e.g. on Ctrl-C): stops the server's statement and makes run()
    /// fail with Cancelled, nothing written, unless the commit was already sent (then run() succeeds).
    /// Not from a signal handler.
    void cancel();

private:
    Database& m_db;
    std::mutex m_mutex;
    ImportRepository* m_running = nullptr; // while run() runs
    std::atomic<bool> m_cancelled{false};
};

} // namespace Elect::Csv

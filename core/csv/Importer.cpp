#include "core/csv/Importer.h"

#include "core/csv/PhotoLoader.h"
#include "core/db/ImportRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QLocale>

#include <algorithm>

namespace Elect::Csv {

namespace {

Error cancelled()
{
    return {ErrorCode::Cancelled,
            QCoreApplication::translate("Elect::Csv", "The import was cancelled; nothing was changed.")};
}

/// One run of an import, step by step: open the file, lock the election, check the header, stage the
/// rows, check them as a set, write. The database work is ImportRepository's (the server hashes the national
/// ids, where the organization's key is); this side reads, validates, normalizes and reports.
class ImportRun
{
public:
    ImportRun(Database& db, QIODevice& file, const ImportOptions& options, const Importer::ProgressFn& progress,
              const std::atomic<bool>& cancelled)
        : m_file(file), m_options(options), m_progress(progress), m_cancelled(cancelled),
          m_reader(&file, options.reader), m_repository(db), m_voters(options.kind == ImportKind::Voters)
    {}

    ImportRepository& repository() { return m_repository; }

    Result<ImportOutcome> execute()
    {
        m_timer.start();
        auto outcome = steps();
        if (outcome) {
            ImportOutcome::Timings& t = outcome.value().timings;
            t.totalSecs = m_timer.nsecsElapsed() / 1e9;
            if (m_stagedAt > 0)
                t.finishSecs = t.totalSecs - m_stagedAt;
        }
        // Whatever a cancelled statement made fail, the person asked for it.
        if (!outcome && m_cancelled)
            return cancelled();
        return outcome;
    }

private:
    Result<ImportOutcome> steps()
    {
        if (Status s = openFile(); !s)
            return s.error();
        const auto election = m_repository.begin(m_options.electionId, m_voters ? ImportRepository::Rows::Voters
                                                                                : ImportRepository::Rows::Candidates);
        if (!election)
            return election.error();
        m_election = *election;

        RowValidator validator(m_options.kind, m_election.type, m_election.country, QDate::currentDate());
        if (!validator.checkHeader(m_reader.header(), m_outcome.report, m_reader.headerLine()))
            return m_outcome; // the report names the missing columns; nothing was written
        if (Status s = stageRows(validator); !s)
            return s.error();
        m_stagedAt = m_timer.nsecsElapsed() / 1e9;
        const ImportRepository::Timings t = m_repository.timings();
        m_outcome.timings.copySecs = t.copySecs;
        m_outcome.timings.loadSecs = t.loadSecs;
        m_outcome.timings.waitSecs = t.waitSecs;
        if (Status s = reportAlreadyInElection(); !s)
            return s.error();
        if (Status s = reportAreasWithoutCandidates(); !s)
            return s.error();
        if (!m_outcome.report.ok() || m_options.checkOnly)
            return m_outcome; // nothing written: the repository rolls back
        if (m_cancelled)
            return cancelled();
        if (Status s = write(); !s)
            return s.error();
        return m_outcome;
    }

    Status openFile()
    {
        if (Status s = m_reader.open(); !s)
            return s;
        m_outcome.encoding = m_reader.encodingName();
        m_outcome.delimiter = m_reader.delimiter();
        return success();
    }

    // Reads, validates and normalizes every row, and streams the good ones to the staging table.
    Status stageRows(RowValidator& validator)
    {
        if (Status s = m_repository.startStaging(); !s)
            return s;
        QStringList fields;
        const qint64 total = m_file.size();
        while (m_reader.next(fields)) {
            ++m_outcome.rows;
            const qint64 line = m_reader.recordLine();
            if (Status s = m_voters ? stageVoter(validator, fields, line) : stageCandidate(validator, fields, line); !s)
                return s;
            if (m_outcome.rows % 1000 == 0 && !reportProgress(total))
                return cancelled();
        }
        if (Status s = m_repository.endStaging(); !s)
            return s;
        if (m_reader.error())
            return *m_reader.error();
        if (!reportProgress(total))
            return cancelled();
        return success();
    }

    Status stageVoter(RowValidator& validator, const QStringList& fields, qint64 line)
    {
        const auto row = validator.voter(fields, line, m_outcome.report);
        if (!row)
            return success(); // the validator reported it
        return m_repository.stage(
            ImportRepository::VoterRow{line, row->nationalId, row->phone, row->district, row->governorate});
    }

    Status stageCandidate(RowValidator& validator, const QStringList& fields, qint64 line)
    {
        const auto row = validator.candidate(fields, line, m_outcome.report);
        if (!row)
            return success(); // the validator reported it
        QByteArray photo;
        if (!row->photoFile.isEmpty()) {
            const auto loaded = loadPhoto(m_options.photoFolder, row->photoFile);
            if (!loaded) {
                m_outcome.report.add(
                    {line, QCoreApplication::translate("Elect::Csv", "photo"), row->photoFile, loaded.message()});
                return success();
            }
            photo = loaded->bytes;
        }
        return m_repository.stage(ImportRepository::CandidateRow{line, row->nationalId, row->name, row->party,
                                                                 row->district, row->governorate, row->birthDate,
                                                                 row->description, row->symbolName, photo});
    }

    bool reportProgress(qint64 total)
    {
        if (m_cancelled)
            return false;
        return !m_progress || m_progress({m_outcome.rows, m_reader.bytesRead(), total});
    }

    Status reportAlreadyInElection()
    {
        const auto lines = m_repository.linesAlreadyInElection();
        if (!lines)
            return lines.error();
        m_outcome.alreadyInElection = lines->size();
        if (lines->isEmpty())
            return success();
        // A file imported before: one sentence, not a line per row.
        if (m_outcome.report.ok() && m_outcome.everyRowAlreadyInElection()) {
            m_outcome.report.add(Problem{0, QString(), QString(), allAlreadyIn(lines->size())});
            return success();
        }
        const QString idColumn = QCoreApplication::translate("Elect::Csv", "national id");
        const QString message =
            m_voters ? QCoreApplication::translate("Elect::Csv",
                                                   "This voter is already in the election. Remove the row, or remove "
                                                   "the voter from the election first.")
                     : QCoreApplication::translate("Elect::Csv",
                                                   "This candidate is already in the election. Remove the row.");
        const int listed = int(std::min<qint64>(lines->size(), ImportOutcome::kAlreadyInElectionListed));
        for (int i = 0; i < listed; ++i)
            m_outcome.report.add(Problem{lines->at(i), idColumn, QString(), message});
        if (lines->size() > listed)
            m_outcome.report.add(Problem{0, QString(), QString(), moreAlreadyIn(lines->size() - listed)});
        return success();
    }

    // Whole sentences for one and for many (English has no plural forms in the catalogue).
    QString allAlreadyIn(qint64 n) const
    {
        if (n == 1)
            return m_voters
                       ? QCoreApplication::translate(
                             "Elect::Csv", "The one voter in this file is already in the election; nothing to import.")
                       : QCoreApplication::translate("Elect::Csv", "The one candidate in this file is already in "
                                                                   "the election; nothing to import.");
        const QString count = QLocale().toString(n);
        return m_voters
                   ? QCoreApplication::translate(
                         "Elect::Csv", "All %1 voters in this file are already in the election; nothing to import.")
                         .arg(count)
                   : QCoreApplication::translate("Elect::Csv", "All %1 candidates in this file are already in the "
                                                               "election; nothing to import.")
                         .arg(count);
    }

    QString moreAlreadyIn(qint64 n) const
    {
        if (n == 1)
            return m_voters
                       ? QCoreApplication::translate("Elect::Csv", "... and 1 more voter already in the election.")
                       : QCoreApplication::translate("Elect::Csv", "... and 1 more candidate already in the election.");
        const QString count = QLocale().toString(n);
        return m_voters
                   ? QCoreApplication::translate("Elect::Csv", "... and %1 more voters already in the election.")
                         .arg(count)
                   : QCoreApplication::translate("Elect::Csv", "... and %1 more candidates already in the election.")
                         .arg(count);
    }

    // A voter of a district or governorate election must have candidates to choose from.
    Status reportAreasWithoutCandidates()
    {
        if (!m_voters ||
            (m_election.type != ElectionType::District && m_election.type != ElectionType::GovernorateBased))
            return success();
        const bool district = m_election.type == ElectionType::District;
        const auto areas = m_repository.areasWithoutCandidates(district);
        if (!areas)
            return areas.error();
        for (const auto& area : *areas)
            m_outcome.report.add(Problem{
                area.firstLine,
                district ? QCoreApplication::translate("Elect::Csv", "district")
                         : QCoreApplication::translate("Elect::Csv", "governorate"),
                area.area,
                QCoreApplication::translate("Elect::Csv",
                                            "No candidate of this election stands in %1 (%2 voters). Import the "
                                            "candidates first, or check the spelling.")
                    .arg(area.area)
                    .arg(area.voters)});
        return success();
    }

    Status write()
    {
        const auto inserted = m_repository.insertStaged();
        if (!inserted)
            return inserted.error();
        if (Status s = m_repository.commit(); !s)
            return s;
        m_outcome.inserted = *inserted;
        return success();
    }

    QIODevice& m_file;
    const ImportOptions& m_options;
    const Importer::ProgressFn& m_progress;
    const std::atomic<bool>& m_cancelled;
    CsvReader m_reader;
    ImportRepository m_repository;
    const bool m_voters;
    ImportRepository::Target m_election;
    ImportOutcome m_outcome;
    QElapsedTimer m_timer;
    double m_stagedAt = 0;
};
} // namespace

qint64 ImportOutcome::problemCount() const
{
    if (alreadyInElection <= kAlreadyInElectionListed || everyRowAlreadyInElection())
        return report.problemCount();
    // The listed rows are counted by the report; the rest stand behind its one "... and N more" line.
    return report.problemCount() - 1 + (alreadyInElection - kAlreadyInElectionListed);
}

Importer::Importer(Database& db) : m_db(db) {}

Result<ImportOutcome> Importer::run(QIODevice& file, const ImportOptions& options, const ProgressFn& progress)
{
    ImportRun run(m_db, file, options, progress, m_cancelled);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_running = &run.repository();
    }
    auto outcome = run.execute();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_running = nullptr;
    return outcome;
}

void Importer::cancel()
{
    m_cancelled = true;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_running)
        m_running->cancel();
}

} // namespace Elect::Csv

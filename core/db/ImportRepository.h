#pragma once

#include "core/domain/Types.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace Elect {

class Database;

/// The database half of a CSV import (core/csv/Importer): one transaction that locks a draft election and
/// streams normalized rows with COPY into a temporary table the server made, where the server hashes their
/// national ids under the organization's key (which no login reads). Voters go into the election chunk by
/// chunk as they are staged (a worker thread loads one chunk while the caller stages the next), each chunk
/// checked against the voters already there; candidates are checked as a set and moved in with one
/// statement. Nothing is written unless commit() is called; destroying the repository before that rolls
/// everything back. As an organization owner's or admin's connection.
class ImportRepository
{
public:
    enum class Rows { Voters, Candidates };

    /// The election being imported into, as its organization stores it.
    struct Target
    {
        qint64 organizationId = 0;
        ElectionType type = ElectionType::Simple;
        QString country; ///< the organization's country (ISO 3166-1 alpha-2)
    };

    struct VoterRow
    {
        qint64 line = 0;
        QString nationalId; ///< normalized; hashed by the server, never logged
        QString phone;      ///< E.164, or empty
        QString district;
        QString governorate;
    };

    struct CandidateRow
    {
        qint64 line = 0;
        QString nationalId; ///< normalized; hashed by the server, never logged
        QString name;
        QString party;
        QString district;
        QString governorate;
        QDate birthDate; ///< invalid when not given
        QString description;
        QString symbolName;
        QByteArray photo; ///< re-encoded image, or empty
    };

    /// A district or governorate of the file in which no candidate of the election stands.
    struct AreaWithoutCandidates
    {
        QString area;
        qint64 firstLine = 0;
        qint64 voters = 0;
    };

    explicit ImportRepository(Database& db);
    ~ImportRepository();
    ImportRepository(const ImportRepository&) = delete;
    ImportRepository& operator=(const ImportRepository&) = delete;

    /// Opens the transaction and locks election \a electionId against publishing until it ends. Fails with NotFound (no
    /// such election of this login's organization), WrongState (not a draft; a voter list for an election whose voters
    /// come from an API), NotAllowed (the login may not read its organization), or a database error.
    Result<Target> begin(qint64 electionId, Rows rows);

    /// Creates the staging table and starts the COPY into it. After begin().
    Status startStaging();
    /// One row into the staging table (of the kind given to begin()). Voters are loaded into the election
    /// (uncommitted) a chunk at a time; a failure of a chunk's load comes back from a later stage() or
    /// from endStaging().
    Status stage(const VoterRow& row);
    Status stage(const CandidateRow& row);
    /// Ends the COPY; for voters, loads the last chunk; for candidates, has the server hash the staged
    /// national ids (the plain ones are dropped). Fails with InvalidInput if a national id is not one (the
    /// validator should have refused it), Cancelled after cancel().
    Status endStaging();

    /// Lines of staged rows whose person was already in the election, in line order (then none of the
    /// voters of their chunk were loaded: the import must not be committed).
    Result<QList<qint64>> linesAlreadyInElection();
    /// The staged voters' districts (\a district) or governorates in which no candidate of the election
    /// stands, in the order of their first line.
    Result<QList<AreaWithoutCandidates>> areasWithoutCandidates(bool district);

    /// Moves the staged candidates into the election (voters are in already) and audits the import; returns
    /// how many rows the election gained (voters, or candidate participations). Candidates the organization
    /// already has keep the details they have.
    Result<qint64> insertStaged();
    /// Makes everything since begin() permanent.
    Status commit();

    /// Where a voter import's time went so far (for `elect bench import`), in seconds: the worker thread
    /// streaming chunks with COPY, the server hashing and inserting them, and the caller waiting for a chunk
    /// still in flight (the time the server, not the file, held the import up).
    struct Timings
    {
        double copySecs = 0;
        double loadSecs = 0;
        double waitSecs = 0;
    };
    Timings timings() const;

    /// From any thread (not a signal handler): stops the statement the server is running for this import
    /// and makes the next call fail with Cancelled, so that the transaction rolls back. A commit already
    /// sent is not undone.
    void cancel();
    bool cancelRequested() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Elect

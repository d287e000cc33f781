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

/// The database half of a CSV import (core/csv/Importer): one transaction that locks a draft election,
/// stages normalized rows with COPY into a temporary table the server made, has the server hash their
/// national ids under the organization's key (which no login reads), checks them as a set and moves them
/// into the election with one statement. Nothing is written unless commit() is called; destroying the
/// repository before that rolls everything back. As an organization owner's or admin's connection.
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
    /// One row into the staging table (of the kind given to begin()).
    Status stage(const VoterRow& row);
    Status stage(const CandidateRow& row);
    /// Ends the COPY and has the server hash the staged national ids (the plain ones are dropped). Checks
    /// and inserts come after it. Fails with InvalidInput if a national id is not one (the validator
    /// should have refused it).
    Status endStaging();

    /// Lines of staged rows whose person is already in the election, in line order.
    Result<QList<qint64>> linesAlreadyInElection();
    /// The staged voters' districts (\a district) or governorates in which no candidate of the election
    /// stands, in the order of their first line.
    Result<QList<AreaWithoutCandidates>> areasWithoutCandidates(bool district);

    /// Moves the staged rows into the election; returns how many rows the election gained (voters, or
    /// candidate participations). Candidates the organization already has keep the details they have.
    Result<qint64> insertStaged();
    /// Makes everything since begin() permanent.
    Status commit();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace Elect

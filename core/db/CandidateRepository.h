#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace Elect {

class Database;

/// A candidate of an organization as staff see and edit them (the national id is stored only as its HMAC
/// and never comes back). Photo and symbol are the stored, re-encoded images (core/csv/PhotoLoader).
struct CandidateDetails
{
    qint64 id = 0;
    QString name;
    QString party;
    QString district;
    QString governorate;
    QDate birthDate;
    QString description;
    QString symbolName;
    QByteArray photo;
    QByteArray symbol;
    /// True when an election the candidate stands in is no longer a draft: the database refuses changes then.
    bool frozen = false;
};

/// What adding a candidate to an election did.
struct AddedCandidate
{
    qint64 id = 0;
    /// The organization already had a candidate with this national id: that candidate now stands in this
    /// election too, with the details they had (nothing typed in the form replaced them).
    bool existing = false;
};

/// The candidates of an election, for organization staff. Every rule is the database's: RLS keeps each
/// organization to its own candidates; guard_draft_rows and guard_published_candidates (core/sql/0002)
/// refuse changes once an election the candidate stands in is published.
class CandidateRepository
{
public:
    explicit CandidateRepository(Database& db);

    /// The candidates of \a electionId, by name.
    Result<QList<CandidateDetails>> list(qint64 electionId);

    /// Adds a candidate with \a nationalId (normalized and hashed under the organization's key by the
    /// database, through the same functions as the CSV import) to the draft election \a electionId.
    /// Refused: a national id that is not 4 to 32 digits, an empty name, a person already standing in
    /// this election, an election that is not a draft or not the login's organization's.
    Result<AddedCandidate> add(qint64 electionId, const QString& nationalId, const CandidateDetails& candidate);

    /// Writes \a candidate's details (all of them, images included) to candidate \a candidate.id.
    /// Refused by the database while an election they stand in is published; NotFound for a candidate of
    /// another organization.
    Status update(const CandidateDetails& candidate);

    /// Takes \a candidateId out of the draft election \a electionId; a candidate who then stands in no
    /// election is deleted (one standing in other elections stays theirs). Refused once \a electionId is
    /// published; NotFound when the candidate does not stand in it.
    Status remove(qint64 electionId, qint64 candidateId);

private:
    Database& m_db;
};

} // namespace Elect

#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Elect {

class Database;

/// What an organization admin asks to change in a published election that has not started. Only these
/// may change once published (core/sql/0024_notifications_approvals.sql says why); unset: unchanged.
struct ElectionChange
{
    std::optional<QString> title;
    std::optional<QDateTime> startsAt;
    std::optional<QDateTime> endsAt;
};

/// The same for a candidate who stands in a published election that has not started. An empty party or
/// description clears it.
struct CandidateChange
{
    std::optional<QString> name;
    std::optional<QString> party;
    std::optional<QString> description;
};

/// One field of a request: its value when the request was made and the value asked for. Times are
/// strings in ISO 8601, UTC ("2026-12-01T08:00:00Z"); a cleared value is null.
struct ApprovalField
{
    QString field; ///< "title", "starts_at", "ends_at", "name", "party", "description"
    QJsonValue before;
    QJsonValue after;
};

/// An `approval_requests` row as its organization's staff see it.
struct ApprovalRequest
{
    enum class Status { Pending, Approved, Rejected };
    enum class Target { Election, Candidate };
    qint64 id = 0;
    Target target = Target::Election;
    qint64 targetId = 0;
    QString targetName; ///< the election's title or the candidate's name when the request was made
    qint64 requestedById = 0;
    QString requestedBy; ///< the requester's name
    QList<ApprovalField> fields;
    Status status = Status::Pending;
    QString decidedBy;
    QDateTime decidedAt;
    QString reason; ///< why it was rejected
    QDateTime createdAt;
};

/// Approval requests: an organization admin's change to a published election (or its candidate) that
/// waits for the owner. The database decides who may ask and who may decide; this class checks nothing
/// itself that the database would allow.
class ApprovalRepository
{
public:
    explicit ApprovalRepository(Database& db);

    /// An organization admin asks to change election \a electionId; returns the request's id. Refused:
    /// not an organization admin (NotAllowed), the election not published or already started
    /// (WrongState), a field out of range or nothing that differs (InvalidInput).
    Result<qint64> requestElectionChange(qint64 electionId, const ElectionChange& change);
    /// The same for candidate \a candidateId.
    Result<qint64> requestCandidateChange(qint64 candidateId, const CandidateChange& change);
    /// The requests of the login's organization, newest first; \a mineOnly: those this person made.
    Result<QList<ApprovalRequest>> list(bool mineOnly = false);
    /// The owner approves: the change is applied now, in the same transaction, or nothing happens
    /// (WrongState when the election started or the values changed since the request).
    Status approve(qint64 requestId);
    /// The owner rejects, saying why (\a reason is shown to the requester).
    Status reject(qint64 requestId, const QString& reason);

private:
    Database& m_db;
};

} // namespace Elect

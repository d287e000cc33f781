#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Elect {

enum class UserRole { SystemAdmin, OrganizationOwner, OrganizationAdmin };
enum class OrganizationStatus { Pending, Accepted, Rejected };
enum class ElectionType { Simple, District, GovernorateBased, ApiManaged };
enum class VoterListMethod { Csv, Api };
/// The counting methods (core/tally counts them; keyOf() gives the stored name).
enum class CountingMethod {
    Block,      ///< each voter marks N (or at most N); the N with most votes win (the seed's rule)
    Approval,   ///< each voter marks any number within a minimum and maximum; most approvals win
    Irv,        ///< instant-runoff, one seat
    Stv,        ///< single transferable vote, Scottish Local Government Elections Order 2007 rules
    Referendum, ///< yes / no (/ abstain) with optional turnout quorum and required majority
};
/// What is stored. "Running" and "ended" are not stored: they follow from the times (see phase()).
enum class ElectionStatus { Draft, Scheduled, Tallied, Cancelled };
enum class ElectionPhase { Draft, Scheduled, Running, Ended, Tallied, Cancelled };

/// Who is signed in, as the database sees it.
struct Identity
{
    enum class Kind { Person, Kiosk };
    Kind kind = Kind::Person;
    qint64 userId = 0;   ///< users.id, or kiosks.id for a kiosk
    QString email;       ///< empty for a kiosk
    QString displayName; ///< "First Last", or the kiosk's name
    UserRole role = UserRole::OrganizationOwner;
    std::optional<qint64> organizationId;
    QString organizationName;

    bool isSystemAdmin() const { return kind == Kind::Person && role == UserRole::SystemAdmin; }
};

struct Organization
{
    qint64 id = 0; ///< the owner's user id
    QString name;
    QString country; ///< ISO 3166-1 alpha-2
    OrganizationStatus status = OrganizationStatus::Pending;
    QString ownerEmail;
    QString ownerName;
    bool emailVerified = false;
    QDateTime createdAt;
    QDateTime decidedAt;    ///< when it was accepted or rejected (invalid while pending)
    QString decisionReason; ///< why it was rejected, as the owner reads it
};

struct Election
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString title;
    ElectionType type = ElectionType::Simple;
    VoterListMethod method = VoterListMethod::Csv;
    QString apiEndpoint;
    CountingMethod countingMethod = CountingMethod::Block;
    int seats = 1;
    int votesPerVoter = 1;
    QDateTime startsAt;
    QDateTime endsAt;
    int potentialVoters = 0;
    ElectionStatus status = ElectionStatus::Draft;
    QDateTime createdAt;

    /// The phase at time \a now: a scheduled election is running from startsAt (inclusive) to endsAt
    /// (exclusive), then ended.
    ElectionPhase phase(const QDateTime& now) const;
};

QString toString(ElectionType type);         ///< translated, for people
QString toString(CountingMethod method);     ///< translated, for people
QString toString(ElectionPhase phase);       ///< translated, for people
QString toString(OrganizationStatus status); ///< translated, for people
QString toString(UserRole role);             ///< translated, for people

/// The names the database and the CLI use ("simple", "governorate_based", "irv", ...).
QString keyOf(ElectionType type);
QString keyOf(CountingMethod method);
std::optional<ElectionType> electionTypeFromKey(const QString& key);
std::optional<CountingMethod> countingMethodFromKey(const QString& key);

} // namespace Elect

Q_DECLARE_METATYPE(Elect::Identity)
Q_DECLARE_METATYPE(Elect::Organization)
Q_DECLARE_METATYPE(Elect::Election)

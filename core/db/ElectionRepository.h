#pragma once

#include "core/domain/Types.h"
#include "core/Result.h"

#include <QList>

#include <optional>

namespace Elect {

class Database;

/// What publishing an election would cost now, as the database's publish_election() would charge it.
struct PublishQuote
{
    int voters = 0;              ///< the number the price is for: potential voters, at least the voters loaded
    std::optional<qint64> price; ///< minor units; none when no pricing tier covers this many voters
    QString currency;            ///< the wallet's (ISO 4217)
    qint64 balance = 0;          ///< the wallet's balance now, minor units
};

class ElectionRepository
{
public:
    explicit ElectionRepository(Database& db);

    /// As an organization's owner or admin: a draft election of the login's organization.
    /// \a election's id, organizationId and status are ignored. Returns the new id.
    Result<qint64> createDraft(const Election& election);

    /// As staff: changes the draft election \a election.id to \a election's title, type, counting method,
    /// seats, votes per voter, times, potential voters and API endpoint (status and organization are not
    /// written). Refused with the same messages as createDraft() for bad input; by the database
    /// (guard_draft_election) once the election is no longer a draft; NotFound for an election the login
    /// may not see.
    Status update(const Election& election);

    /// The IANA time zone of election \a electionId's organization ("Africa/Cairo"), for the times of the
    /// election as people read and type them; NotFound when the login may not see the election.
    Result<QString> timeZoneOf(qint64 electionId);
    /// The time zone of the signed-in staff member's organization.
    Result<QString> organizationTimeZone();

    /// As staff: what publishing \a electionId would charge the wallet now (publish_election charges the
    /// same tier, in its own transaction, so the real charge may differ if voters or prices change meanwhile).
    Result<PublishQuote> publishQuote(qint64 electionId);

    /// The elections this login may see (its organization's; all for a system admin), newest first.
    Result<QList<Election>> list();

    /// The election \a electionId if this login may see it; NotFound otherwise (RLS decides).
    Result<Election> find(qint64 electionId);

    /// As a kiosk: the elections of the kiosk's organization that are running now.
    Result<QList<Election>> runningForKiosk();

private:
    Database& m_db;
};

} // namespace Elect

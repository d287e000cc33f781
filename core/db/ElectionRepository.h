#pragma once

#include "core/domain/Types.h"
#include "core/Result.h"

#include <QList>

namespace Elect {

class Database;

class ElectionRepository
{
public:
    explicit ElectionRepository(Database& db);

    /// As an organization's owner or admin: a draft election of the login's organization.
    /// \a election's id, organizationId and status are ignored. Returns the new id.
    Result<qint64> createDraft(const Election& election);

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

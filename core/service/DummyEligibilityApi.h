#pragma once

#include "core/service/HttpReply.h"

#include <QString>

class QHostAddress;

namespace Elect {
class Database;
}

namespace Elect::Service {

/// The built-in stand-in for an organization's eligibility API (`elect serve --dummy-api`), answering
/// from the organization's `dummy_voters` and `dummy_candidates` in exactly the format of
/// docs/eligibility-api.md. The HTTP server mounts it at `GET /dummy/{organization_id}/voters/{national_id}`,
/// so a demo election's api_endpoint is `http://127.0.0.1:PORT/dummy/ORG`.
///
/// It tells whoever asks a person's phone number given a national id: serve it only to this machine
/// (acceptsFrom) and only when asked to with --dummy-api.
class DummyEligibilityApi
{
public:
    using Reply = HttpReply;

    /// \a serviceDb: the elect_service connection of the thread that calls answer().
    explicit DummyEligibilityApi(Database& serviceDb);

    /// 200 `{"eligible": true, "phone": "+20...", "candidates": [...]}` (no "candidates": all of the
    /// election's) for a dummy voter of \a organizationId; 200 `{"eligible": false}` for anyone else;
    /// 404 for a national id that is not one; 503 when the database cannot answer.
    Reply answer(qint64 organizationId, const QString& nationalId);

    /// Only this machine may ask (the route carries national ids and answers with phone numbers).
    static bool acceptsFrom(const QHostAddress& peer);

private:
    Database& m_db;
};

} // namespace Elect::Service

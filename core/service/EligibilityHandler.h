#pragma once

#include "core/service/OutboxHandler.h"

namespace Elect {
class Database;
}
namespace Elect::Integrations {
class EligibilityClient;
}

namespace Elect::Service {

/// Answers a kiosk's eligibility question (outbox kind `eligibility_check`, payload {"request_id": N}):
/// asks the election's organization API through \a client (whose timeout bounds the wait) and records
/// the answer on the voter row in one transaction.
///
/// Fails closed and at once: when the API cannot answer (no answer, timeout, 429, 5xx, a refusal, a
/// malformed answer, an address that is not https), the request is recorded `unavailable` and the
/// message is Accepted, not retried: the voter at the kiosk is sent to the poll worker now rather than
/// waiting through backoffs, and may simply try again. Only a database that cannot record anything
/// gives RetryLater. The national id lives in memory only while the call is made and is never logged.
///
/// Database work runs on the thread that calls handle() and on the thread where the client's future
/// finishes (serve's event loop: both the same); \a serviceDb and \a client outlive every future.
class EligibilityHandler : public OutboxHandler
{
public:
    EligibilityHandler(Database& serviceDb, Integrations::EligibilityClient& client);

    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

private:
    Database& m_db;
    Integrations::EligibilityClient& m_client;
};

} // namespace Elect::Service

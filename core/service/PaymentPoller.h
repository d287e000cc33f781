#pragma once

#include "core/service/ScheduledTask.h"

namespace Elect {
class Database;
namespace Integrations {
class PaymentGateway;
}
} // namespace Elect

namespace Elect::Service {

/// The polling fallback for Stripe top-ups whose webhook never came: each run retrieves the sessions
/// that have been open more than `afterMinutes` (oldest first, at most 100 a run), one at a time, and
/// credits the paid ones through the same database function as the webhook, so a payment reported by
/// both is credited once. An unpaid session a day old is marked expired. What is due is decided by the
/// database's clock, the same for every server. The run's Status fails (Unavailable) when the database
/// or Stripe could not be asked about some session; the others are still done. The database and the
/// gateway outlive the futures; run on their thread.
class PaymentPoller : public ScheduledTask
{
public:
    PaymentPoller(Database& db, Integrations::PaymentGateway& gateway, int afterMinutes = 5, int intervalSeconds = 60);

    QString name() const override;
    int intervalSeconds() const override;
    QFuture<Status> runDue(const Clock& clock) override;

private:
    Database& m_db;
    Integrations::PaymentGateway& m_gateway;
    int m_afterMinutes;
    int m_intervalSeconds;
};

} // namespace Elect::Service

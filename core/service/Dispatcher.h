#pragma once

#include "core/db/OutboxDeliveryRepository.h"
#include "core/integrations/Delivery.h"
#include "core/Result.h"
#include "core/service/OutboxHandler.h"
#include "core/service/RetryPolicy.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Elect {
class Clock;
class Database;
} // namespace Elect

namespace Elect::Service {

/// Works the outbox for `elect serve`, on the calling thread's event loop: claims due messages (FOR UPDATE
/// SKIP LOCKED and a lease, so two servers never send one message), hands each to its kind's handler (all
/// of a batch at once: the handlers are asynchronous), and records what became of each:
/// - Accepted: sent, never sent again;
/// - RetryLater: due again after RetryPolicy's delay (the provider's Retry-After when longer), counted
///   from clock.now(); given up once RetryPolicy says so (maxAttempts);
/// - Rejected, or a kind no handler sends: given up at once.
/// Giving up marks the message failed with its reason and tells its organization in a high-priority
/// notification (elect.outbox_give_up). A handler that has not answered after handlerTimeoutMs (never more
/// than three quarters of the lease, so the lease never ends while the message is in flight) is taken as
/// RetryLater; its late answer is ignored. A batch's results are recorded together, in one transaction
/// of at most three statements.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    /// \a db, \a clock and the handlers are used on this thread and must outlive the dispatcher.
    /// \a random01 draws uniformly from [0, 1) for the retry jitter.
    Dispatcher(Database& db, RetryPolicy policy, const Clock& clock, std::function<double()> random01,
               QObject* parent = nullptr);
    ~Dispatcher() override;

    /// Sends the messages of handler->kind() through \a handler (replacing an earlier one for that kind).
    void addHandler(std::unique_ptr<OutboxHandler> handler);
    /// The dispatcher's own limit on a handler's answer (default 60 s).
    void setHandlerTimeoutMs(int ms) { m_handlerTimeoutMs = ms; }
    const RetryPolicy& policy() const { return m_policy; }

    /// Claims up to \a batchSize due messages leased for \a leaseSeconds, sends them and records the
    /// outcomes. Finishes with the number of messages handled (0 when none was due), or -1 when the
    /// database refused the claim or the record (lastError() says why; a message whose outcome was not
    /// recorded is sent again when its lease ends). Runs may overlap: each claims its own messages.
    QFuture<int> runOnce(int batchSize, int leaseSeconds);
    /// Why the last run finished with -1.
    Error lastError() const { return m_lastError; }

    /// The system's CSPRNG-seeded uniform draw, for production.
    static double systemRandom();

Q_SIGNALS:
    /// One message's outcome, as recorded (for the serve log): \a outcome is Sent, Retry or GiveUp.
    void handled(qint64 id, const QString& kind, const QString& outcome, const QString& reason);

private:
    struct Run;
    /// What to record for each message of \a run, from its answers.
    QList<OutboxOutcome> outcomes(const Run& run);

    Database& m_db;
    RetryPolicy m_policy;
    const Clock& m_clock;
    std::function<double()> m_random;
    QHash<QString, std::shared_ptr<OutboxHandler>> m_handlers;
    int m_handlerTimeoutMs = 60000;
    Error m_lastError;
};

} // namespace Elect::Service

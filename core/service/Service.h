#pragma once

#include "core/Result.h"
#include "core/service/ServiceConfig.h"

#include <QStringList>

#include <memory>

namespace Elect {
class Clock;
class Database;
} // namespace Elect

namespace Elect::Service {

class ServiceRunner;

/// Everything `elect serve` runs, put together from its configuration: the providers' clients (or the
/// demo's file transport), the outbox dispatcher with one handler per kind, the scheduled tasks
/// (closing and counting elections, reminders, the payment poller) and the HTTP endpoints (the Stripe
/// webhook, the dummy eligibility API, the registration API). All of it runs on the calling thread's event loop, on
/// the one service connection \a database, except the registration API's password proofs (account-state), which
/// are logins on connections of their own, on HttpEndpoints' bounded pool.
class Service
{
public:
    /// Fails when the configuration cannot run (no way to send SMS or email, an unwritable message file).
    /// \a listener: a second service connection on which serve LISTENs, to wake at once when a kiosk asks
    /// an eligibility question (may be null: the outbox is then seen at the next poll).
    static Result<std::unique_ptr<Service>> create(const ServiceConfig& config, std::unique_ptr<Database> database,
                                                   std::unique_ptr<Database> listener, const Clock& clock);
    ~Service();
    Service(const Service&) = delete;
    Service& operator=(const Service&) = delete;

    /// Starts the HTTP endpoints; the port bound.
    Result<quint16> listen();
    ServiceRunner& runner();
    /// One line per channel and endpoint: what serves it (never a secret).
    QStringList describe() const;
    /// What a person must notice at start (the file transport), to be logged as warnings.
    QStringList warnings() const;
    /// Once the runner has finished: the last audit checkpoint (when [audit] is configured).
    Status afterStop();

private:
    Service();
    struct Parts;
    std::unique_ptr<Parts> m_parts;
};

} // namespace Elect::Service

#pragma once

#include "core/db/OutboxRepository.h"
#include "core/integrations/Delivery.h"

#include <QFuture>
#include <QString>

namespace Elect::Service {

using Elect::OutboxMessage; ///< one claimed row (core/db/OutboxRepository)

/// Sends the outbox messages of one kind. A handler generates what must exist nowhere but in the
/// message (a one-time code, an email token) as it sends, and stores only its hash.
class OutboxHandler
{
public:
    virtual ~OutboxHandler() = default;
    virtual QString kind() const = 0;
    virtual QFuture<Integrations::Delivery> handle(const OutboxMessage& message) = 0;
};

} // namespace Elect::Service

#pragma once

#include "core/integrations/Delivery.h"

#include <QFuture>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Elect::Service {

/// One claimed row of the outbox table.
struct OutboxMessage
{
    qint64 id = 0;
    std::optional<qint64> organizationId;
    QString kind;        ///< says which handler sends it
    QJsonObject payload; ///< what the function that wrote the row put there; may name a user or voter, never a secret
    int attempts = 0;    ///< attempts made before this one
};

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

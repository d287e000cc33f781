// libFuzzer target for the webhook event reader: any signed body gives one of its answers, never a
// crash or a hang; a Paid answer always carries what the credit needs.
#include "core/integrations/stripe/WebhookEvent.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using Elect::Integrations::WebhookEvent;
    const WebhookEvent e = WebhookEvent::read(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    switch (e.kind) {
    case WebhookEvent::Kind::Malformed:
        if (e.problem.isEmpty())
            std::abort();
        break;
    case WebhookEvent::Kind::Paid:
        if (!e.eventId.startsWith(QLatin1String("evt_")) || !e.sessionId.startsWith(QLatin1String("cs_")) ||
            e.clientReference.isEmpty() || e.amountTotal < 0 || e.currency.size() != 3)
            std::abort();
        break;
    default:
        break;
    }
    return 0;
}

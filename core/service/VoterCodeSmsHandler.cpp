#include "core/service/VoterCodeSmsHandler.h"

#include "core/crypto/Crypto.h"
#include "core/db/OutboxDeliveryRepository.h"
#include "core/integrations/twilio/SmsSender.h"
#include "core/service/HandlerSupport.h"
#include "core/service/MessageTemplates.h"

#include <QtEndian>

namespace Elect::Service {

using Integrations::Delivery;

VoterCodeSmsHandler::VoterCodeSmsHandler(Database& db, Integrations::SmsSender& sms, const MessageTemplates& templates)
    : m_db(db), m_sms(sms), m_templates(templates)
{}

QString VoterCodeSmsHandler::kind() const
{
    return QStringLiteral("voter_code_sms");
}

QString VoterCodeSmsHandler::randomCode()
{
    // The largest multiple of a million that fits in 32 bits: draws at or above it are drawn again, so
    // every code is equally likely.
    constexpr quint64 kCodes = 1000000;
    constexpr quint64 kLimit = (quint64(1) << 32) / kCodes * kCodes;
    for (;;) {
        const QByteArray bytes = Crypto::randomBytes(4);
        const quint64 draw = qFromBigEndian<quint32>(bytes.constData());
        if (draw < kLimit)
            return QStringLiteral("%1").arg(draw % kCodes, 6, 10, QLatin1Char('0'));
    }
}

QFuture<Delivery> VoterCodeSmsHandler::handle(const OutboxMessage& message)
{
    const qint64 otp = Support::idField(message, "otp_id");
    if (otp == 0)
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The message names no code request."));
    const QString code = randomCode();
    const auto destination = OutboxDeliveryRepository(m_db).storeVoterCode(otp, code);
    if (!destination)
        return Support::databaseTrouble(destination.error());
    switch (destination->state) {
    case VoterCodeDestination::State::Ready:
        break;
    case VoterCodeDestination::State::Void:
        // Nothing is owed: the voter's newer request has its own message.
        return Support::ready(Delivery::Outcome::Accepted,
                              QCoreApplication::translate("Elect::Service",
                                                          "Not sent: the code was voided before it was sent (the "
                                                          "voter asked for a new one)."));
    case VoterCodeDestination::State::NoPhone:
        return Support::ready(
            Delivery::Outcome::Rejected,
            QCoreApplication::translate("Elect::Service", "The voter has no phone number on record."));
    case VoterCodeDestination::State::NotFound:
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The code request no longer exists."));
    }
    return m_sms.send({destination->phone, m_templates.voterCodeSms(Support::language(message), code)});
}

} // namespace Elect::Service

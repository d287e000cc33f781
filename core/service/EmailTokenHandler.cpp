#include "core/service/EmailTokenHandler.h"

#include "core/crypto/Crypto.h"
#include "core/db/OutboxDeliveryRepository.h"
#include "core/integrations/smtp/Mailer.h"
#include "core/service/HandlerSupport.h"
#include "core/service/MessageTemplates.h"

namespace Elect::Service {

using Integrations::Delivery;

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

EmailTokenHandler::EmailTokenHandler(Purpose purpose, Database& db, Integrations::Mailer& mailer,
                                     const MessageTemplates& templates)
    : m_purpose(purpose), m_db(db), m_mailer(mailer), m_templates(templates)
{}

QString EmailTokenHandler::kind() const
{
    return m_purpose == Purpose::VerifyEmail ? QStringLiteral("verify_email") : QStringLiteral("reset_password");
}

QString EmailTokenHandler::tokenText(const QByteArray& bytes)
{
    QString plain;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            plain += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        plain += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(u'-');
}

QString EmailTokenHandler::normalizeToken(const QString& typed)
{
    QString plain;
    for (QChar c : typed.toUpper()) {
        if (c == u'0')
            c = u'O';
        else if (c == u'1')
            c = u'I';
        else if (c == u'8')
            c = u'B';
        if ((c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7'))
            plain += c;
        else if (!c.isSpace() && c != u'-')
            return typed.trimmed(); // not a token of ours: hashed as typed, so it simply does not match
    }
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(u'-');
}

QFuture<Delivery> EmailTokenHandler::handle(const OutboxMessage& message)
{
    const qint64 user = Support::idField(message, "user_id");
    if (user == 0)
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The message names no account."));
    OutboxDeliveryRepository repository(m_db);
    const auto recipient = repository.emailRecipient(user);
    if (!recipient)
        return Support::databaseTrouble(recipient.error());
    if (!recipient->has_value())
        return Support::ready(Delivery::Outcome::Rejected,
                              QCoreApplication::translate("Elect::Service", "The account no longer exists."));
    // Stored before it is sent: if the email never leaves, the retry's new token voids this one.
    const QString token = tokenText(Crypto::randomBytes(32));
    const auto issued = repository.issueVerificationToken(user, kind(), token);
    if (!issued)
        return Support::databaseTrouble(issued.error());
    Integrations::EmailMessage email =
        m_purpose == Purpose::VerifyEmail
            ? m_templates.verifyEmail(Support::language(message), (*recipient)->firstName, token)
            : m_templates.resetPassword(Support::language(message), (*recipient)->firstName, token);
    email.to = (*recipient)->email;
    return m_mailer.send(email);
}

} // namespace Elect::Service

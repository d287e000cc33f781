#pragma once

#include "core/service/OutboxHandler.h"

#include <QByteArray>

namespace Elect {
class Database;
}
namespace Elect::Integrations {
class Mailer;
}

namespace Elect::Service {

class MessageTemplates;

/// Sends the outbox's `verify_email` and `reset_password` messages (payload {"user_id": N, "language":
/// "en"|"ar"}, written by core/sql/0003_accounts.sql): generates the token as it sends, 32 bytes from the
/// CSPRNG written as text a person can type (tokenText), stores only its SHA-256 (through
/// elect.issue_verification_token, which voids the account's earlier tokens) BEFORE sending, then sends
/// the email. A crash between the two only means the retry issues a new token.
class EmailTokenHandler : public OutboxHandler
{
public:
    enum class Purpose { VerifyEmail, ResetPassword };

    EmailTokenHandler(Purpose purpose, Database& db, Integrations::Mailer& mailer, const MessageTemplates& templates);
    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

    /// \a bytes in RFC 4648 base32 (A-Z, 2-7, no padding), in groups of four joined by dashes:
    /// 32 bytes give 52 characters in 13 groups. The database stores the SHA-256 of exactly this text.
    static QString tokenText(const QByteArray& bytes);
    /// What a person typed or pasted, in the form tokenText writes: upper case, the groups rejoined by
    /// dashes, spaces and stray dashes dropped, the look-alikes 0, 1 and 8 read as O, I and B. The
    /// registration API hashes this form.
    static QString normalizeToken(const QString& typed);

private:
    Purpose m_purpose;
    Database& m_db;
    Integrations::Mailer& m_mailer;
    const MessageTemplates& m_templates;
};

} // namespace Elect::Service

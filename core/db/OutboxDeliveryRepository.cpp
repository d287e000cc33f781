#include "core/db/OutboxDeliveryRepository.h"

#include "core/crypto/Crypto.h"
#include "core/db/DbSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Elect {

namespace {

const Db::Statement kRecipient{"outbox_recipient",
                               "SELECT email, first_name, organization_name FROM elect.service_email_recipient($1)"};
const Db::Statement kIssueToken{
    "outbox_issue_token",
    "SELECT extract(epoch FROM elect.issue_verification_token($1, $2::elect.token_purpose, decode($3, 'hex')))"};
const Db::Statement kStoreCode{"outbox_store_code", "SELECT state, phone FROM elect.service_store_voter_code($1, $2)"};
// A batch's outcomes travel as one JSON array each: one statement, whatever the batch's size.
const Db::Statement kSentMany{"outbox_sent_many",
                              "UPDATE elect.outbox o SET status = 'sent', attempts = o.attempts + 1, last_error = NULL,"
                              "       provider_id = nullif(r.provider, '')"
                              "  FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, provider text)"
                              " WHERE o.id = r.id AND o.status = 'pending'"};
const Db::Statement kRetryMany{
    "outbox_retry_many",
    "UPDATE elect.outbox o SET attempts = r.attempts, last_error = r.reason, next_attempt_at = to_timestamp(r.due)"
    "  FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, attempts integer, due double precision, reason text)"
    " WHERE o.id = r.id AND o.status = 'pending'"};
const Db::Statement kGiveUpMany{"outbox_give_up_many",
                                "SELECT count(*) FILTER (WHERE elect.outbox_give_up(r.id, r.attempts, r.reason))"
                                "  FROM jsonb_to_recordset($1::jsonb) AS r(id bigint, attempts integer, reason text)"};

std::string json(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

OutboxDeliveryRepository::OutboxDeliveryRepository(Database& db) : m_db(db) {}

Result<std::optional<EmailRecipient>> OutboxDeliveryRepository::emailRecipient(qint64 userId)
{
    return Db::transact<std::optional<EmailRecipient>>(m_db, [&](pqxx::work& w) -> std::optional<EmailRecipient> {
        const pqxx::result r = Db::execPrepared(w, kRecipient, userId);
        if (r.empty())
            return std::nullopt;
        return EmailRecipient{Db::qstr(r[0]["email"]), Db::qstr(r[0]["first_name"]),
                              Db::qstr(r[0]["organization_name"])};
    });
}

Result<QDateTime> OutboxDeliveryRepository::issueVerificationToken(qint64 userId, const QString& purpose,
                                                                   const QString& tokenText)
{
    const std::string hash = Crypto::sha256(tokenText.toUtf8()).toHex().toStdString();
    return Db::transact<QDateTime>(m_db, [&](pqxx::work& w) {
        return Db::epoch(Db::execPrepared(w, kIssueToken, userId, Db::str(purpose), hash)[0][0]);
    });
}

Result<VoterCodeDestination> OutboxDeliveryRepository::storeVoterCode(qint64 otpId, const QString& code)
{
    return Db::transact<VoterCodeDestination>(m_db, [&](pqxx::work& w) {
        const pqxx::result r = Db::execPrepared(w, kStoreCode, otpId, Db::str(code));
        VoterCodeDestination d;
        const QString state = r.empty() ? QString() : Db::qstr(r[0]["state"]);
        d.state = state == QLatin1String("ready")      ? VoterCodeDestination::State::Ready
                  : state == QLatin1String("void")     ? VoterCodeDestination::State::Void
                  : state == QLatin1String("no_phone") ? VoterCodeDestination::State::NoPhone
                                                       : VoterCodeDestination::State::NotFound;
        if (d.state == VoterCodeDestination::State::Ready)
            d.phone = Db::qstr(r[0]["phone"]);
        return d;
    });
}

Result<int> OutboxDeliveryRepository::record(const QList<OutboxOutcome>& outcomes)
{
    QJsonArray sent, retries, givenUp;
    for (const OutboxOutcome& o : outcomes) {
        switch (o.kind) {
        case OutboxOutcome::Kind::Sent:
            sent.append(
                QJsonObject{{QStringLiteral("id"), o.id}, {QStringLiteral("provider"), o.providerId.left(300)}});
            break;
        case OutboxOutcome::Kind::Retry:
            retries.append(QJsonObject{{QStringLiteral("id"), o.id},
                                       {QStringLiteral("attempts"), o.attempts},
                                       {QStringLiteral("due"), double(o.nextAttemptAt.toMSecsSinceEpoch()) / 1000.0},
                                       {QStringLiteral("reason"), o.reason}});
            break;
        case OutboxOutcome::Kind::GiveUp:
            givenUp.append(QJsonObject{{QStringLiteral("id"), o.id},
                                       {QStringLiteral("attempts"), o.attempts},
                                       {QStringLiteral("reason"), o.reason}});
            break;
        }
    }
    return Db::transact<int>(m_db, [&](pqxx::work& w) {
        int changed = 0;
        if (!sent.isEmpty())
            changed += int(Db::execPrepared(w, kSentMany, json(sent)).affected_rows());
        if (!retries.isEmpty())
            changed += int(Db::execPrepared(w, kRetryMany, json(retries)).affected_rows());
        if (!givenUp.isEmpty())
            changed += int(Db::execPrepared(w, kGiveUpMany, json(givenUp))[0][0].as<long long>());
        return changed;
    });
}

} // namespace Elect

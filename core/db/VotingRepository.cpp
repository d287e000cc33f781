#include "core/db/VotingRepository.h"

#include "core/crypto/Crypto.h"
#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QHash>

namespace Elect {

namespace {

const Db::Statement kIdentify{"voting_identify",
                              "SELECT lookup, listed, phone_last_digits FROM elect.kiosk_identify($1, $2)"};
const Db::Statement kRequestCode{"voting_request_code", "SELECT elect.kiosk_request_code($1::uuid)"};
const Db::Statement kVerifyCode{"voting_verify_code",
                                "SELECT outcome, session_token FROM elect.kiosk_verify_code($1::uuid, $2)"};
const Db::Statement kBallot{"voting_ballot", "SELECT candidate_id, name, party, symbol_name, photo, symbol"
                                             " FROM elect.kiosk_ballot($1)"};
const Db::Statement kCast{"voting_cast", "SELECT elect.kiosk_cast($1, $2::bigint[], $3::uuid, $4)"};
const Db::Statement kCastOutcome{"voting_cast_outcome", "SELECT elect.kiosk_cast_outcome($1::uuid, $2)"};

std::string uuidParam(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

QByteArray bytes(const pqxx::field& f)
{
    if (f.is_null())
        return {};
    const pqxx::binarystring b(f);
    return QByteArray(reinterpret_cast<const char*>(b.data()), int(b.size()));
}

CodeVerification::Outcome outcomeOf(const QString& key)
{
    using O = CodeVerification::Outcome;
    static const QHash<QString, O> outcomes{
        {QStringLiteral("verified"), O::Verified},       {QStringLiteral("wrong_code"), O::WrongCode},
        {QStringLiteral("expired"), O::Expired},         {QStringLiteral("too_many_tries"), O::TooManyTries},
        {QStringLiteral("not_sent_yet"), O::NotSentYet}, {QStringLiteral("already_voted"), O::AlreadyVoted}};
    const auto it = outcomes.constFind(key);
    if (it == outcomes.constEnd())
        throw Db::UnknownKey("outcome", key.toStdString());
    return *it;
}

} // namespace

VotingRepository::VotingRepository(Database& db) : m_db(db) {}

Result<VoterLookup> VotingRepository::identify(qint64 electionId, const QString& nationalId)
{
    return Db::single<VoterLookup>(m_db, [&](pqxx::transaction_base& w) {
        const auto row = Db::execPrepared(w, kIdentify, static_cast<long long>(electionId), Db::str(nationalId))[0];
        return VoterLookup{QUuid::fromString(Db::qstr(row["lookup"])), Db::boolean(row["listed"]),
                           Db::qstr(row["phone_last_digits"])};
    });
}

Result<QString> VotingRepository::requestCode(const QUuid& lookup)
{
    return Db::single<QString>(m_db, [&](pqxx::transaction_base& w) {
        return Db::qstr(Db::execPrepared(w, kRequestCode, uuidParam(lookup))[0][0]);
    });
}

Result<CodeVerification> VotingRepository::verifyCode(const QUuid& lookup, const QString& code)
{
    return Db::single<CodeVerification>(m_db, [&](pqxx::transaction_base& w) {
        const auto row = Db::execPrepared(w, kVerifyCode, uuidParam(lookup), Db::str(code))[0];
        return CodeVerification{outcomeOf(Db::qstr(row["outcome"])), Db::qstr(row["session_token"])};
    });
}

Result<QList<BallotCandidate>> VotingRepository::ballot(const QString& sessionToken)
{
    return Db::single<QList<BallotCandidate>>(m_db, [&](pqxx::transaction_base& w) {
        QList<BallotCandidate> out;
        for (const auto& row : Db::execPrepared(w, kBallot, Db::str(sessionToken)))
            out << BallotCandidate{Db::int64(row["candidate_id"]), Db::qstr(row["name"]), Db::qstr(row["party"]),
                                   Db::qstr(row["symbol_name"]),   bytes(row["photo"]),   bytes(row["symbol"])};
        return out;
    });
}

Result<QString> VotingRepository::cast(const QString& sessionToken, const QList<qint64>& selections,
                                       const QUuid& idempotencyKey, const QString& receipt)
{
    QStringList ids;
    for (const qint64 id : selections)
        ids << QString::number(id);
    const std::string array = "{" + ids.join(u',').toStdString() + "}";
    return Db::single<QString>(m_db, [&](pqxx::transaction_base& w) {
        return Db::qstr(Db::execPrepared(w, kCast, Db::str(sessionToken), array, uuidParam(idempotencyKey),
                                         Db::str(receipt))[0][0]);
    });
}

Result<bool> VotingRepository::castOutcome(const QUuid& idempotencyKey, const QString& receipt)
{
    return Db::single<bool>(m_db, [&](pqxx::transaction_base& w) {
        return Db::boolean(Db::execPrepared(w, kCastOutcome, uuidParam(idempotencyKey), Db::str(receipt))[0][0]);
    });
}

QString VotingRepository::newReceiptCode()
{
    static const QLatin1String alphabet("ACDEFGHJKLMNPQRTUVWXY34679");
    const int size = int(alphabet.size());
    QString out;
    while (out.size() < 10) {
        for (const char byte : Crypto::randomBytes(16)) {
            const int value = static_cast<unsigned char>(byte);
            // Rejection sampling: values past the last whole multiple of the alphabet would favour its start.
            if (value < 256 - 256 % size && out.size() < 10)
                out += QLatin1Char(alphabet[value % size]);
        }
    }
    return out;
}

} // namespace Elect

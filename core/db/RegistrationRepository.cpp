#include "core/db/RegistrationRepository.h"

#include "core/db/DbSupport.h"

#include <QRegularExpression>

namespace Elect {

namespace {

// Per request: prepared once per service connection.
const Db::Statement kRateTake{"registration_rate_take",
                              "SELECT elect.service_rate_take($1, $2, make_interval(secs => $3))"};
const Db::Statement kRegister{"registration_register", "SELECT elect.register_organization($1, $2, $3, $4, $5, $6)"};
const Db::Statement kVerify{"registration_verify", "SELECT elect.verify_email($1)"};
const Db::Statement kResend{"registration_resend", "SELECT elect.request_email_verification($1)"};
const Db::Statement kForgot{"registration_forgot", "SELECT elect.request_password_reset($1)"};
const Db::Statement kReset{"registration_reset", "SELECT elect.complete_password_reset($1, $2)"};

// Our functions raise a key as the message ("ERROR:  token_invalid").
QString keyOf(const std::exception& e)
{
    static const QRegularExpression key(QStringLiteral("^(?:ERROR:\\s*)?([a-z_]+)\\s*$"));
    const QString first = QString::fromUtf8(e.what()).section(u'\n', 0, 0).trimmed();
    const auto m = key.match(first);
    return m.hasMatch() ? m.captured(1) : QString();
}

template <typename T>
Result<T> call(Database& db, QString& errorKey, const std::function<T(pqxx::work&)>& body)
{
    errorKey.clear();
    return Db::transact<T>(db, [&](pqxx::work& w) -> T {
        try {
            return body(w);
        } catch (const pqxx::sql_error& e) {
            errorKey = keyOf(e);
            throw;
        }
    });
}

} // namespace

RegistrationRepository::RegistrationRepository(Database& db) : m_db(db) {}

Result<int> RegistrationRepository::takeRate(const QString& bucket, int max, int perSeconds)
{
    return call<int>(m_db, m_errorKey, [&](pqxx::work& w) {
        return Db::execPrepared(w, kRateTake, Db::str(bucket), max, perSeconds)[0][0].as<int>();
    });
}

Result<std::optional<qint64>>
RegistrationRepository::registerOrganization(const QString& email, const QString& firstName, const QString& lastName,
                                             const QString& verifier, const QString& organization,
                                             const QString& country)
{
    return call<std::optional<qint64>>(m_db, m_errorKey, [&](pqxx::work& w) -> std::optional<qint64> {
        const auto field =
            Db::execPrepared(w, kRegister, Db::str(email), Db::str(firstName), Db::str(lastName), Db::str(verifier),
                             Db::str(organization), Db::str(country.trimmed().toUpper()))[0][0];
        if (field.is_null())
            return std::nullopt;
        return field.as<long long>();
    });
}

Status RegistrationRepository::verifyEmail(const QString& token)
{
    return call<Done>(m_db, m_errorKey, [&](pqxx::work& w) {
        Db::execPrepared(w, kVerify, Db::str(token));
        return Done{};
    });
}

Status RegistrationRepository::requestEmailVerification(const QString& email)
{
    return call<Done>(m_db, m_errorKey, [&](pqxx::work& w) {
        Db::execPrepared(w, kResend, Db::str(email));
        return Done{};
    });
}

Status RegistrationRepository::requestPasswordReset(const QString& email)
{
    return call<Done>(m_db, m_errorKey, [&](pqxx::work& w) {
        Db::execPrepared(w, kForgot, Db::str(email));
        return Done{};
    });
}

Status RegistrationRepository::completePasswordReset(const QString& token, const QString& verifier)
{
    return call<Done>(m_db, m_errorKey, [&](pqxx::work& w) {
        Db::execPrepared(w, kReset, Db::str(token), Db::str(verifier));
        return Done{};
    });
}

} // namespace Elect

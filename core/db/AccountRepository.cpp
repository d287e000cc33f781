#include "core/db/AccountRepository.h"

#include "core/crypto/Crypto.h"
#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"
#include "core/db/RegistrationRepository.h"

#include <QCoreApplication>

namespace Elect {

namespace {

Status checkPassword(const QString& password)
{
    if (password.size() < 10)
        return Status::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Elect::AccountRepository",
                "Choose a password of at least 10 characters; a short sentence is easy to remember."));
    return success();
}

// Per request: prepared once per connection. Columns are read by name.
const Db::Statement kWhoAmI{
    "accounts_whoami",
    "SELECT kind, id, email, display_name, role, organization_id, organization_name FROM elect.whoami()"};
const Db::Statement kOrganizations{
    "accounts_organizations",
    "SELECT o.user_id AS id, o.name, o.country, o.status, u.email AS owner_email,"
    "       u.first_name || ' ' || u.last_name AS owner_name, u.email_verified_at IS NOT NULL AS email_verified,"
    "       extract(epoch FROM o.created_at) AS created_at"
    "  FROM elect.organizations o JOIN elect.users u ON u.id = o.user_id"
    " WHERE NOT $1 OR o.status = 'pending'"
    " ORDER BY o.created_at DESC, o.user_id DESC"};
} // namespace

AccountRepository::AccountRepository(Database& db) : m_db(db) {}

Result<qint64> AccountRepository::registerOrganization(const NewPerson& owner, const QString& organizationName,
                                                       const QString& country)
{
    if (Status s = checkPassword(owner.password); !s)
        return s.error();
    const QString verifier = scramVerifier(owner.password);
    const auto id = RegistrationRepository(m_db).registerOrganization(owner.email, owner.firstName, owner.lastName,
                                                                      verifier, organizationName, country);
    if (!id)
        return id.error();
    if (!id->has_value())
        return Result<qint64>::failure(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Elect::AccountRepository",
                                        "An account with this email address already exists; nothing was created, "
                                        "and its owner was told of the attempt."));
    return **id;
}

Status AccountRepository::verifyEmail(const QString& token)
{
    return RegistrationRepository(m_db).verifyEmail(token.trimmed());
}

Status AccountRepository::verifyEmailByAdmin(const QString& email)
{
    return Db::transactVoid(
        m_db, [&](pqxx::work& w) { w.exec_params("SELECT elect.admin_verify_email($1)", Db::str(email)); });
}

Status AccountRepository::acceptOrganization(qint64 organizationId)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) {
        w.exec_params("SELECT elect.accept_organization($1)", static_cast<long long>(organizationId));
    });
}

Status AccountRepository::rejectOrganization(qint64 organizationId, const QString& reason)
{
    return Db::transactVoid(m_db, [&](pqxx::work& w) {
        w.exec_params("SELECT elect.reject_organization($1, $2)", static_cast<long long>(organizationId),
                      Db::str(reason));
    });
}

Result<qint64> AccountRepository::createSystemAdmin(const NewPerson& person)
{
    if (Status s = checkPassword(person.password); !s)
        return s.error();
    const QString verifier = scramVerifier(person.password);
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return w
            .exec_params("SELECT elect.create_system_admin($1, $2, $3, $4)", Db::str(person.email),
                         Db::str(person.firstName), Db::str(person.lastName), Db::str(verifier))[0][0]
            .as<long long>();
    });
}

Result<qint64> AccountRepository::createOrganizationAdmin(const NewPerson& person)
{
    if (Status s = checkPassword(person.password); !s)
        return s.error();
    const QString verifier = scramVerifier(person.password);
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return w
            .exec_params("SELECT elect.create_organization_admin($1, $2, $3, $4)", Db::str(person.email),
                         Db::str(person.firstName), Db::str(person.lastName), Db::str(verifier))[0][0]
            .as<long long>();
    });
}

Result<AccountRepository::NewKiosk> AccountRepository::createKiosk(const QString& name, const QString& pollingStation)
{
    NewKiosk kiosk;
    kiosk.password = QString::fromLatin1(Crypto::randomPassword());
    const QString verifier = scramVerifier(kiosk.password);
    return Db::transact<NewKiosk>(m_db, [&](pqxx::work& w) {
        const auto row = w.exec_params1("SELECT kiosk_id, kiosk_login FROM elect.create_kiosk($1, $2, $3)",
                                        Db::str(name), Db::str(pollingStation), Db::str(verifier));
        NewKiosk out = kiosk;
        out.id = row["kiosk_id"].as<long long>();
        out.loginRole = Db::qstr(row["kiosk_login"]);
        return out;
    });
}

Result<int> AccountRepository::setKioskEnabled(qint64 kioskId, bool enabled)
{
    return Db::transact<int>(m_db, [&](pqxx::work& w) {
        return w.exec_params1("SELECT elect.set_kiosk_enabled($1, $2)", static_cast<long long>(kioskId), enabled)[0]
            .as<int>();
    });
}

Result<Identity> AccountRepository::whoAmI()
{
    auto found = Db::transact<std::optional<Identity>>(m_db, [](pqxx::work& w) -> std::optional<Identity> {
        const auto rows = Db::execPrepared(w, kWhoAmI);
        if (rows.empty())
            return std::nullopt;
        const auto row = rows[0];
        Identity id;
        id.kind = Db::identityKind(row["kind"]);
        id.userId = row["id"].as<long long>();
        id.email = Db::qstr(row["email"]);
        id.displayName = Db::qstr(row["display_name"]);
        if (!row["role"].is_null())
            id.role = Db::userRole(row["role"]);
        if (!row["organization_id"].is_null())
            id.organizationId = row["organization_id"].as<long long>();
        id.organizationName = Db::qstr(row["organization_name"]);
        return id;
    });
    if (!found)
        return found.error();
    if (!found->has_value())
        return Result<Identity>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::AccountRepository",
                                        "This database login is not an Elect account. Sign in with your email."));
    return **found;
}

Result<QList<Organization>> AccountRepository::organizations(bool onlyPending)
{
    return Db::transact<QList<Organization>>(m_db, [&](pqxx::work& w) {
        QList<Organization> out;
        const auto rows = Db::execPrepared(w, kOrganizations, onlyPending);
        for (const auto& row : rows) {
            Organization o;
            o.id = row["id"].as<long long>();
            o.name = Db::qstr(row["name"]);
            o.country = Db::qstr(row["country"]);
            o.status = Db::organizationStatus(row["status"]);
            o.ownerEmail = Db::qstr(row["owner_email"]);
            o.ownerName = Db::qstr(row["owner_name"]);
            o.emailVerified = Db::boolean(row["email_verified"]);
            o.createdAt = Db::epoch(row["created_at"]);
            out << o;
        }
        return out;
    });
}

} // namespace Elect

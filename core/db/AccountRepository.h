#pragma once

#include "core/domain/Types.h"
#include "core/Result.h"

#include <QList>
#include <QString>

namespace Elect {

class Database;

/// People, organizations and kiosks. Every call goes to a SECURITY DEFINER function or through
/// row-level security, so what the login may do is decided by the database.
class AccountRepository
{
public:
    explicit AccountRepository(Database& db);

    struct NewPerson
    {
        QString email;
        QString firstName;
        QString lastName;
        QString password; ///< turned into a SCRAM verifier here; never sent
    };

    /// As elect_service (the registration API, the demo): a new organization (pending) and its owner (no
    /// LOGIN yet). Returns the owner's user id, which is also the organization's id; AlreadyExists when the
    /// email has an account (the database then only tells that account of the attempt).
    Result<qint64> registerOrganization(const NewPerson& owner, const QString& organizationName,
                                        const QString& country);
    /// As elect_service: marks the email of the token's account verified. Single use, expiring.
    Status verifyEmail(const QString& token);
    /// As a system admin: marks an account's email verified without a token (help desk).
    Status verifyEmailByAdmin(const QString& email);
    /// As a system admin.
    Status acceptOrganization(qint64 organizationId);
    Status rejectOrganization(qint64 organizationId, const QString& reason);
    /// As a system admin, or a superuser for the first one. The account can sign in at once.
    Result<qint64> createSystemAdmin(const NewPerson& person);
    /// As an organization's owner. The admin signs in after verifying the email.
    Result<qint64> createOrganizationAdmin(const NewPerson& person);

    struct NewKiosk
    {
        qint64 id = 0;
        QString loginRole;
        QString password; ///< generated here; show once to whoever enrolls the kiosk
    };
    /// As an organization's owner: a kiosk login of the owner's organization, with a random password.
    Result<NewKiosk> createKiosk(const QString& name, const QString& pollingStation);
    /// As an organization's owner: turns a kiosk of the owner's organization off or on. Off takes its login
    /// away and ends its open sessions at once; returns how many were ended. Refused (NotAllowed) for anyone
    /// but the owner; NotFound for a kiosk of another organization.
    Result<int> setKioskEnabled(qint64 kioskId, bool enabled);

    /// Who this connection is. Fails with NotAllowed for a login that is neither a person nor a kiosk.
    Result<Identity> whoAmI();

    /// The organizations this login may see (all for a system admin), newest first; \a onlyPending filters.
    Result<QList<Organization>> organizations(bool onlyPending = false);

private:
    Database& m_db;
};

} // namespace Elect

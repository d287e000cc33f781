#include "Session.h"

#include "AdminLog.h"

#include "core/db/AccountRepository.h"
#include "core/db/EmbeddedServer.h"
#include "core/secrets/SecretStore.h"

namespace Elect {

Session::Session(QObject* parent) : QObject(parent)
{
    // One thread: the Database is not thread-safe and calls must keep their order.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

Session::~Session()
{
    m_pool.waitForDone();
}

QString Session::keychainKey(const ServerProfile& profile, const QString& email)
{
    return QStringLiteral("admin/%1@%2").arg(loginRoleForEmail(email), profile.serverKey());
}

QFuture<Result<Session::SignedIn>> Session::signIn(const ServerProfile& profile, const QString& email,
                                                   const QString& password, Remember remember)
{
    const QString role = loginRoleForEmail(email.trimmed());
    const QString key = keychainKey(profile, email.trimmed());
    auto work = [this, profile, role, key, password, remember]() -> Result<SignedIn> {
        if (profile.embedded) {
            EmbeddedServer server;
            if (Status s = server.start(); !s)
                return s.error();
        }
        const ConnectionSettings settings = profile.connectionFor(role, password, QStringLiteral("elect-admin"));
        auto db = Database::connect(settings);
        if (!db)
            return db.error();
        auto who = AccountRepository(**db).whoAmI();
        if (!who)
            return who.error();
        if (who->kind != Identity::Kind::Person)
            return Error{ErrorCode::NotAllowed,
                         tr("This is a kiosk's account. Sign in with the email of a person instead.")};
        SignedIn out{*who, settings.describe(), {}};
        SecretStore store;
        if (remember == Remember::Save) {
            if (Status s = store.write(key, password); !s)
                out.warning = s.message();
        } else if (remember == Remember::Forget) {
            if (Status s = store.remove(key); !s)
                out.warning = s.message();
        }
        m_db = std::move(db).value();
        return out;
    };
    return QtConcurrent::run(&m_pool, work).then(this, [this](Result<SignedIn> r) {
        if (r) {
            m_signedIn = true;
            m_identity = r->identity;
            qCInfo(lcAdmin) << "signed in; role" << toString(r->identity.role);
        }
        return r;
    });
}

QFuture<Result<QString>> Session::rememberedPassword(const ServerProfile& profile, const QString& email)
{
    const QString key = keychainKey(profile, email.trimmed());
    return QtConcurrent::run(&m_pool, [key]() { return SecretStore().read(key); });
}

} // namespace Elect

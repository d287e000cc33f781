#pragma once

// Private to core/db: libpqxx appears here and in core/db's .cpp files, never in a public header.
// Besides core/db, only the developer tools (core/devtools) and the attacker tests (tests/support/Sql.h)
// may use it; the build enforces that.
#ifndef ELECT_DB_INTERNALS
#error "core/db/DbSupport.h is private to core/db: use one of its repositories (core/db/SomethingRepository.h) instead"
#endif

#include "core/db/Database.h"
#include "core/Result.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <pqxx/pqxx>

#include <functional>
#include <optional>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace Elect {

struct Database::Impl
{
    ConnectionSettings settings;
    std::unique_ptr<pqxx::connection> conn;
    QString sessionUser;
};

namespace Db {

inline std::string str(const QString& s)
{
    return s.toStdString();
}
inline QString qstr(const pqxx::field& f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}
inline qint64 int64(const pqxx::field& f)
{
    return f.is_null() ? 0 : f.as<long long>();
}
inline bool boolean(const pqxx::field& f)
{
    return !f.is_null() && f.as<bool>();
}
/// Timestamps are read as epoch seconds (SQL: extract(epoch from t)) to avoid parsing text.
inline QDateTime epoch(const pqxx::field& f)
{
    return f.is_null() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(f.as<double>() * 1000.0), Qt::UTC);
}
inline std::string epochParam(const QDateTime& t)
{
    return std::to_string(t.toMSecsSinceEpoch() / 1000.0);
}

/// A statement that runs per row or per request: prepared on a connection the first time it runs there,
/// then executed by name with parameters.
struct Statement
{
    const char* name; ///< unique in core/db: "<repository>_<what>"
    const char* sql;
};

/// Runs \a statement with \a args, preparing it on this transaction's connection first if needed.
/// (libpqxx 6.4 keeps the definitions per connection: preparing the same name with the same text again
/// is a lookup, and the server sees PREPARE once per connection.)
template <typename... Args>
pqxx::result execPrepared(pqxx::transaction_base& w, const Statement& statement, Args&&... args)
{
    w.conn().prepare(statement.name, statement.sql);
    return w.exec_prepared(statement.name, std::forward<Args>(args)...);
}

/// The SQLSTATE of a libpqxx exception. libpqxx 6.4 drops it for the errors it has its own classes
/// for, so those are mapped back from the class.
std::string sqlstateOf(const std::exception& e);

/// A person-readable, translated Error for whatever libpqxx threw. Our own functions raise SQLSTATEs of
/// class EL with a stable key as the message (core/sql); those map to specific messages here.
Error translate(const std::exception& e);
/// The keys translate() gives a specific message (for the test that raises each of them).
QStringList knownErrorKeys();

/// Runs \a body in one transaction and commits; any exception becomes an Error. Serialization
/// failures are retried (the body must be safe to repeat, which a single transaction is).
template <typename T>
Result<T> transact(Database& db, const std::function<T(pqxx::work&)>& body)
{
    for (int attempt = 0;; ++attempt) {
        try {
            pqxx::work w(*db.impl().conn);
            T value = body(w);
            w.commit();
            return value;
        } catch (const pqxx::transaction_rollback& e) {
            if (attempt < 3)
                continue;
            return translate(e);
        } catch (const std::exception& e) {
            return translate(e);
        }
    }
}

/// Runs \a body, which sends exactly ONE statement, in autocommit: the statement is its own transaction
/// (atomic as any), and the server is asked once instead of three times (BEGIN, statement, COMMIT). For
/// the kiosk's calls, each one function call, where a round trip costs as much as the call. A body that
/// sends two statements must use transact(). Serialization failures are retried as there.
template <typename T>
Result<T> single(Database& db, const std::function<T(pqxx::transaction_base&)>& body)
{
    for (int attempt = 0;; ++attempt) {
        try {
            pqxx::nontransaction w(*db.impl().conn);
            return body(w);
        } catch (const pqxx::transaction_rollback& e) {
            if (attempt < 3)
                continue;
            return translate(e);
        } catch (const std::exception& e) {
            return translate(e);
        }
    }
}

inline Status transactVoid(Database& db, const std::function<void(pqxx::work&)>& body)
{
    return transact<Done>(db, [&](pqxx::work& w) {
        body(w);
        return Done{};
    });
}

} // namespace Db
} // namespace Elect

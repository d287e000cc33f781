#pragma once

// Raw SQL for tests that play the attacker: a modified client sends whatever it likes, so these tests
// talk to PostgreSQL directly rather than through Elect's repositories.

#include "core/db/ConnectionSettings.h"
#include "core/db/DbSupport.h"

#include <QString>

#include <pqxx/pqxx>

#include <memory>

namespace Elect::Test {

struct Outcome
{
    QString sqlstate;  ///< empty when the statement succeeded
    long affected = 0; ///< rows returned or changed
    QString firstValue;
    QString message; ///< the first line of the server's error, without "ERROR:" (our keys: "election_not_draft")
    bool ok() const { return sqlstate.isEmpty(); }
};

/// A raw connection, or null when it cannot connect (the error goes to *why).
inline std::unique_ptr<pqxx::connection> rawConnect(const ConnectionSettings& s, QString* why = nullptr)
{
    try {
        return std::make_unique<pqxx::connection>(s.toConnectionString().toStdString());
    } catch (const std::exception& e) {
        if (why)
            *why = QString::fromUtf8(e.what());
        return nullptr;
    }
}

/// Runs one statement in its own transaction, committed when it succeeds.
inline Outcome attempt(pqxx::connection& c, const QString& sql)
{
    Outcome o;
    try {
        pqxx::work w(c);
        const pqxx::result r = w.exec(sql.toStdString());
        o.affected = r.affected_rows() > 0 ? long(r.affected_rows()) : long(r.size());
        if (!r.empty() && r.columns() > 0 && !r[0][0].is_null())
            o.firstValue = QString::fromUtf8(r[0][0].c_str());
        w.commit();
    } catch (const pqxx::failure& e) {
        o.sqlstate = QString::fromStdString(Db::sqlstateOf(e));
        o.message = QString::fromUtf8(e.what()).section(u'\n', 0, 0).trimmed();
        if (o.message.startsWith(QLatin1String("ERROR:")))
            o.message = o.message.mid(6).trimmed();
        if (o.sqlstate.isEmpty())
            o.sqlstate = QStringLiteral("?");
    }
    return o;
}

inline QString scalar(pqxx::connection& c, const QString& sql)
{
    const Outcome o = attempt(c, sql);
    return o.ok() ? o.firstValue : QStringLiteral("ERROR ") + o.sqlstate;
}

} // namespace Elect::Test

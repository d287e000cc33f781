#include "core/db/ConnectionSettings.h"

#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <cstdlib>

namespace Elect {

namespace {
// libpq's quoting for keyword=value strings: single quotes, with \ and ' escaped.
QString quoted(const QString& value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == u'\\' || c == u'\'')
            out += u'\\';
        out += c;
    }
    return out + u'\'';
}
} // namespace

QString ConnectionSettings::toConnectionString(bool withPassword) const
{
    // A URI cannot be extended with keywords, so the conninfo (URI or keywords) is taken apart by libpq
    // and written out again as keywords, with the explicit settings taking precedence.
    QStringList parts;
    QStringList overridden = {QStringLiteral("application_name"), QStringLiteral("connect_timeout")};
    auto add = [&parts, &overridden](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            parts << QLatin1String(key) + u'=' + quoted(value);
            overridden << QLatin1String(key);
        }
    };
    add("host", host);
    if (port > 0)
        add("port", QString::number(port));
    add("dbname", dbname);
    add("user", user);
    if (withPassword)
        add("password", password);
    add("sslmode", sslmode);
    add("application_name", applicationName);
    // A kiosk or a desktop must not hang on a dead network.
    add("connect_timeout", QStringLiteral("10"));
    if (!conninfo.isEmpty()) {
        char* error = nullptr;
        PQconninfoOption* options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
        if (!options) {
            // Left as it is: libpq reports the syntax error when connecting.
            PQfreemem(error);
            return conninfo;
        }
        for (PQconninfoOption* o = options; o->keyword; ++o) {
            const QString key = QString::fromLatin1(o->keyword);
            if (!o->val || overridden.contains(key) || (!withPassword && key == QLatin1String("password")))
                continue;
            parts.prepend(key + u'=' + quoted(QString::fromUtf8(o->val)));
        }
        PQconninfoFree(options);
    }
    return parts.join(u' ');
}

ConnectionSettings ConnectionSettings::as(const QString& role, const QString& pass) const
{
    ConnectionSettings copy = *this;
    copy.user = role;
    copy.password = pass;
    return copy;
}

QString ConnectionSettings::describe() const
{
    QStringList parts;
    if (!host.isEmpty())
        parts << (host.startsWith(u'/')
                      ? QCoreApplication::translate("Elect::ConnectionSettings", "socket %1").arg(host)
                      : host);
    else if (!conninfo.isEmpty()) {
        // Never echo a password that a URI may carry.
        QString safe = conninfo;
        safe.replace(QRegularExpression(QStringLiteral("(://[^:/@]*):[^@]*@")), QStringLiteral("\\1@"));
        safe.replace(QRegularExpression(QStringLiteral("password\\s*=\\s*('[^']*'|\\S+)")),
                     QStringLiteral("password=***"));
        parts << safe;
    }
    if (port > 0)
        parts << QCoreApplication::translate("Elect::ConnectionSettings", "port %1").arg(port);
    if (!dbname.isEmpty())
        parts << QCoreApplication::translate("Elect::ConnectionSettings", "database %1").arg(dbname);
    return parts.join(
        QCoreApplication::translate("Elect::ConnectionSettings", ", ", "between the parts of a server address"));
}

QString loginRoleForEmail(const QString& email)
{
    // ASCII letters only, as the database's lower() in the C collation: the same name on every server.
    QByteArray bytes = email.trimmed().toUtf8();
    for (char& c : bytes)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    const QByteArray digest = Crypto::sha256(bytes).toHex();
    return QStringLiteral("u_") + QString::fromLatin1(digest.left(32));
}

QString scramVerifier(const QString& password)
{
    // PQencryptPasswordConn only needs a PGconn for its settings when the algorithm is named; this
    // one never reaches a server (a socket path that cannot exist fails at once, without blocking).
    PGconn* conn = PQconnectStart("host=/nonexistent/elect port=1 connect_timeout=1");
    if (!conn)
        std::abort();
    const QByteArray pw = password.toUtf8();
    char* verifier = PQencryptPasswordConn(conn, pw.constData(), "", "scram-sha-256");
    QString result;
    if (verifier) {
        result = QString::fromLatin1(verifier);
        PQfreemem(verifier);
    }
    PQfinish(conn);
    if (result.isEmpty())
        std::abort(); // only out of memory gets here
    return result;
}

} // namespace Elect

#pragma once

#include <QString>
#include <QStringList>

namespace Elect {

/// Where the database is and who connects to it. Holds a password only in memory, for the time it
/// takes to connect; it is never written to a file by Elect.
struct ConnectionSettings
{
    /// A libpq connection string or URI ("postgresql://host/db?sslmode=require", "host=/run/x dbname=y").
    /// Empty means: the embedded server (host is then its socket directory). Keywords not given here
    /// come from libpq's environment variables (PGHOST, PGSSLMODE, ...) and ~/.pgpass, as in psql.
    QString conninfo;
    QString host;     ///< overrides the conninfo's host when set
    int port = 0;     ///< 0: the conninfo's or libpq's default
    QString dbname;   ///< overrides when set
    QString user;     ///< the login role; overrides when set
    QString password; ///< in memory only; empty means libpq finds it (PGPASSWORD, ~/.pgpass)
    QString sslmode;  ///< disable|allow|prefer|require|verify-ca|verify-full; overrides when set
    QString applicationName = QStringLiteral("elect");

    /// The libpq connection string these settings give, with every value quoted as libpq requires.
    /// \a withPassword false leaves the password out (for messages and logs).
    QString toConnectionString(bool withPassword = true) const;

    /// The same settings as another login role.
    ConnectionSettings as(const QString& role, const QString& pass) const;

    /// The server's host, port and database, without credentials, for people to read.
    QString describe() const;
};

/// The login role name of the Elect account with this email: "u_" and 32 hex digits of the SHA-256 of
/// the trimmed email with ASCII letters lower-cased. The database derives it the same way
/// (elect.login_role_for_email).
QString loginRoleForEmail(const QString& email);

/// A SCRAM-SHA-256 verifier of \a password, computed here by libpq (PQencryptPasswordConn, with the
/// same SASLprep as at sign-in), so that the password itself never reaches the server.
QString scramVerifier(const QString& password);

inline constexpr const char* kDatabaseName = "elect";

} // namespace Elect

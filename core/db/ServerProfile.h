#pragma once

#include "core/db/ConnectionSettings.h"

#include <QString>

class QSettings;

namespace Elect {

/// Which database an app connects to: the embedded server of this computer, or a server on the
/// network. Remembered in QSettings; it never holds a password (the keychain does).
class ServerProfile
{
public:
    bool embedded = true;
    QString host;
    int port = 5432;
    QString dbname = QLatin1String(kDatabaseName);
    QString sslmode = QStringLiteral("prefer");

    /// Connection settings for \a role; for the embedded server, its socket under EmbeddedServer::defaultRoot().
    /// \a application names the app in the server's activity view.
    ConnectionSettings connectionFor(const QString& role, const QString& password,
                                     const QString& application = QStringLiteral("elect")) const;
    /// A short, stable name of the server ("embedded", "db.example.org:5432/elect") for keychain keys.
    QString serverKey() const;

    static ServerProfile load(QSettings& settings);
    void save(QSettings& settings) const;
};

/// A kiosk's server and its own login; the login's password lives in the keychain.
struct KioskProfile : ServerProfile
{
    QString loginRole;

    ConnectionSettings connectionFor(const QString& password) const
    {
        return ServerProfile::connectionFor(loginRole, password, QStringLiteral("elect-kiosk"));
    }

    /// The server and the login role (settings key kiosk/login_role).
    static KioskProfile load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace Elect

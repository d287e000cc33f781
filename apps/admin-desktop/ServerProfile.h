#pragma once

#include "core/db/ConnectionSettings.h"

#include <QString>

class QSettings;

namespace Elect {

/// Which database the admin app signs in to: the embedded server of this computer, or a server on
/// the network. Remembered in QSettings; it never holds a password.
class ServerProfile
{
public:
    bool embedded = true;
    QString host;
    int port = 5432;
    QString dbname = QLatin1String(kDatabaseName);
    QString sslmode = QStringLiteral("prefer");

    /// Connection settings for \a role; for the embedded server, its socket under EmbeddedServer::defaultRoot().
    ConnectionSettings connectionFor(const QString& role, const QString& password) const;
    /// A short, stable name of the server ("embedded", "db.example.org:5432/elect") for keychain keys.
    QString serverKey() const;

    static ServerProfile load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace Elect

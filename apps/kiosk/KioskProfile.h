#pragma once

#include "core/db/ConnectionSettings.h"

#include <QString>

class QSettings;

namespace Elect {

/// Where this kiosk's database is and which login it uses. Kept in QSettings; the password is not
/// part of it (the keychain keeps it).
class KioskProfile
{
public:
    bool embedded = true;
    QString host;
    int port = 5432;
    QString dbname = QLatin1String(kDatabaseName);
    QString sslmode = QStringLiteral("prefer");
    QString loginRole;

    ConnectionSettings connectionFor(const QString& password) const;

    static KioskProfile load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace Elect

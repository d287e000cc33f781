#include "KioskProfile.h"

#include "core/db/EmbeddedServer.h"

#include <QSettings>

namespace Elect {

ConnectionSettings KioskProfile::connectionFor(const QString& password) const
{
    ConnectionSettings s;
    if (embedded) {
        s = EmbeddedServer().settingsFor(loginRole, password);
    } else {
        s.host = host.trimmed();
        s.port = port;
        s.dbname = dbname.trimmed();
        s.sslmode = sslmode;
        s.user = loginRole;
        s.password = password;
    }
    s.applicationName = QStringLiteral("elect-kiosk");
    return s;
}

KioskProfile KioskProfile::load(QSettings& settings)
{
    KioskProfile p;
    settings.beginGroup(QStringLiteral("server"));
    p.embedded = settings.value(QStringLiteral("embedded"), p.embedded).toBool();
    p.host = settings.value(QStringLiteral("host"), p.host).toString();
    p.port = settings.value(QStringLiteral("port"), p.port).toInt();
    p.dbname = settings.value(QStringLiteral("database"), p.dbname).toString();
    p.sslmode = settings.value(QStringLiteral("sslmode"), p.sslmode).toString();
    settings.endGroup();
    return p;
}

void KioskProfile::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("embedded"), embedded);
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), dbname);
    settings.setValue(QStringLiteral("sslmode"), sslmode);
    settings.endGroup();
}

} // namespace Elect

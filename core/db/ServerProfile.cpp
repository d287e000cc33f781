#include "core/db/ServerProfile.h"

#include "core/db/EmbeddedServer.h"

#include <QSettings>

namespace Elect {

ConnectionSettings ServerProfile::connectionFor(const QString& role, const QString& password,
                                                const QString& application) const
{
    ConnectionSettings s;
    if (embedded) {
        s = EmbeddedServer().settingsFor(role, password);
    } else {
        s.host = host.trimmed();
        s.port = port;
        s.dbname = dbname.trimmed();
        s.sslmode = sslmode;
        s.user = role;
        s.password = password;
    }
    s.applicationName = application;
    return s;
}

QString ServerProfile::serverKey() const
{
    if (embedded)
        return QStringLiteral("embedded");
    return QStringLiteral("%1:%2/%3").arg(host.trimmed()).arg(port).arg(dbname.trimmed());
}

ServerProfile ServerProfile::load(QSettings& settings)
{
    ServerProfile p;
    settings.beginGroup(QStringLiteral("server"));
    p.embedded = settings.value(QStringLiteral("embedded"), p.embedded).toBool();
    p.host = settings.value(QStringLiteral("host"), p.host).toString();
    p.port = settings.value(QStringLiteral("port"), p.port).toInt();
    p.dbname = settings.value(QStringLiteral("database"), p.dbname).toString();
    p.sslmode = settings.value(QStringLiteral("sslmode"), p.sslmode).toString();
    settings.endGroup();
    return p;
}

void ServerProfile::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("server"));
    settings.setValue(QStringLiteral("embedded"), embedded);
    settings.setValue(QStringLiteral("host"), host);
    settings.setValue(QStringLiteral("port"), port);
    settings.setValue(QStringLiteral("database"), dbname);
    settings.setValue(QStringLiteral("sslmode"), sslmode);
    settings.endGroup();
}

KioskProfile KioskProfile::load(QSettings& settings)
{
    KioskProfile p;
    static_cast<ServerProfile&>(p) = ServerProfile::load(settings);
    p.loginRole = settings.value(QStringLiteral("kiosk/login_role")).toString();
    return p;
}

void KioskProfile::save(QSettings& settings) const
{
    ServerProfile::save(settings);
    settings.setValue(QStringLiteral("kiosk/login_role"), loginRole);
}

} // namespace Elect

#include "signin/ServiceAddress.h"

#include "core/db/ServerProfile.h"
#include "core/service/RegistrationClient.h"

#include <QHostAddress>
#include <QSettings>

namespace Elect {

namespace {
const QString kServiceKey = QStringLiteral("server/service_url");
}

QUrl registrationService(const ServerProfile& profile)
{
    QSettings settings;
    const QUrl remembered(settings.value(kServiceKey).toString());
    if (remembered.isValid() && !remembered.isEmpty())
        return remembered;
    const QString host = profile.host.trimmed();
    // A Unix socket's folder, localhost or a loopback address: serve runs on this computer.
    if (profile.embedded || host.isEmpty() || host.startsWith(u'/') || host == QLatin1String("localhost") ||
        QHostAddress(host).isLoopback())
        return RegistrationClient::defaultApi();
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

void rememberRegistrationService(const QUrl& url)
{
    QSettings settings;
    settings.setValue(kServiceKey, url.toString());
}

} // namespace Elect

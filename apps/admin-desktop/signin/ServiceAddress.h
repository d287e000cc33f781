#pragma once

#include <QUrl>

namespace Elect {

class ServerProfile;

/// Where the registration API of `elect serve` is for a server profile (docs/admin.md): the address a
/// person gave last time (QSettings "server/service_url"), else, for the embedded server or a server on
/// this computer, the local serve (http://127.0.0.1:8181), else https:// on the database server's host.
QUrl registrationService(const ServerProfile& profile);
/// Remembers \a url as the service address for the next dialogs and runs.
void rememberRegistrationService(const QUrl& url);

} // namespace Elect

#pragma once

#include "core/Result.h"

#include <QString>

namespace Elect {

/// Secrets of a desktop or kiosk (database passwords) in the operating system's keychain (QtKeychain:
/// Secret Service, macOS Keychain, Windows Credential Manager), never in a plain file. Each call waits
/// for the keychain, which works on one thread of its own for the application's lifetime; call it from
/// a worker thread (the apps' session threads), not from the GUI thread.
class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("Elect"));

    /// Fails with NotFound when there is no such entry, Unavailable when there is no usable keychain.
    Result<QString> read(const QString& key) const;
    Status write(const QString& key, const QString& secret);
    /// Succeeds when the entry is gone, including when there was none.
    Status remove(const QString& key);

private:
    QString m_service;
};

} // namespace Elect

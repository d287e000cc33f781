#pragma once

#include "core/db/ServerProfile.h"
#include "core/Result.h"

#include <QString>

namespace Elect {

/// What a kiosk needs to sign in, in one string that the owner's elect-admin shows (as text and as a QR
/// code) and elect-kiosk's setup screen accepts, so that nobody types a kiosk password by hand:
///
///     elect-kiosk:1:<base64url, no padding, of a JSON object>
///
/// The object holds "host" (empty: the embedded server of the kiosk's own computer), "port", "db",
/// "sslmode" (disable, prefer, require or verify-full), "login" (the kiosk's login role, k_ and 24 hex digits),
/// "password" and, for people to read, "kiosk" (its name). The version after the prefix changes when the object's
/// meaning does; a kiosk refuses a version it does not know rather than guess. The string carries a password: show it
/// once, never log it, never keep it in settings.
class KioskEnrollment
{
public:
    static constexpr int kVersion = 1;
    /// Longest string accepted (a real one is about 250 characters).
    static constexpr int kMaxLength = 2048;

    KioskProfile profile; ///< server and login role
    QString password;     ///< the kiosk login's password
    QString kioskName;    ///< shown to whoever enrolls; may be empty

    /// The enrollment string. Q_ASSERTs a valid login role and password.
    QString toString() const;

    /// Reads \a text as a person pastes it: spaces and line breaks anywhere are ignored. Refuses (with
    /// InvalidInput and a message that says what to do, never echoing the text) anything that is not a
    /// whole, valid enrollment of a version this Elect knows.
    static Result<KioskEnrollment> parse(const QString& text);
};

} // namespace Elect

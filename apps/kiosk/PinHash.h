#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Elect {

/// The poll worker's PIN: the rules for choosing one, and the slow salted hash that is all the kiosk keeps
/// of it (in the keychain). A stored value describes itself, "pbkdf2-sha256$<iterations>$<salt>$<hash>"
/// with the salt and the hash in base64, so that a later version can raise the iteration count and still
/// read what an earlier one stored.
class PinHash
{
    Q_DECLARE_TR_FUNCTIONS(Elect::PinHash)

public:
    static constexpr int kMinimumLength = 6;
    static constexpr int kMaximumLength = 12;
    static constexpr int kIterations = 200000;
    static constexpr int kSaltBytes = 16;

    /// The PIN as ASCII digits (Arabic-Indic and Eastern Arabic-Indic digits mapped), or InvalidInput when
    /// it holds anything but digits. Says nothing about length or strength.
    static Result<QString> normalize(const QString& typed);
    /// A PIN the poll worker chose, typed twice: 6 to 12 digits, the same both times, neither one digit
    /// repeated (111111) nor a straight run up or down (123456, 654321). The message says what to change.
    static Result<QString> checkChoice(const QString& pin, const QString& again);

    /// The stored form of \a pin, with a fresh random salt from the system's CSPRNG. Slow on purpose
    /// (PBKDF2-HMAC-SHA256, kIterations): call it off the GUI thread.
    static QString make(const QString& pin);
    /// The same with a given salt and iteration count (tests).
    static QString make(const QString& pin, const QByteArray& salt, int iterations);
    /// Whether \a pin is the one \a stored was made from; the hashes are compared in constant time. A stored
    /// value that is not in the form above (or has fewer than 1000 iterations) matches nothing. Slow on purpose.
    static bool verify(const QString& pin, const QString& stored);
};

} // namespace Elect

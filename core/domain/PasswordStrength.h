#pragma once

#include <QString>
#include <QStringList>

namespace Elect {

/// How hard a password is to guess. Estimated the way zxcvbn does it: the password is split into the
/// pieces a guessing program tries first (common passwords and words, the person's own name, email and
/// organization, keyboard rows, sequences, repeats, years and dates), each piece costs the guesses it
/// would take, unknown characters cost ten each, and the cheapest split is the estimate. Shown to people
/// as they type; the apps, the CLI and `elect serve` refuse a password that is not acceptable().
struct PasswordEstimate
{
    int score = 0;           ///< 0 (guessed at once) to 4 (very unlikely to be guessed)
    double guessesLog10 = 0; ///< log10 of the guesses a guessing program needs
    QString warning;         ///< what makes it weak, a sentence for people; empty when strong enough
    QStringList suggestions; ///< what to do about it, sentences for people
    bool tooShort = false;   ///< shorter than PasswordStrength::kMinimumLength characters

    /// Long enough and at least kMinimumScore.
    bool acceptable() const;
};

class PasswordStrength
{
public:
    /// 10^8 guesses and more: hours for an offline attacker against a SCRAM verifier of 4096 iterations
    /// on one graphics card, years online against auth_delay.
    static constexpr int kMinimumScore = 3;
    static constexpr int kMinimumLength = 8;

    /// \a userInputs: what the person typed elsewhere in the form (email, names, organization); a password
    /// built from them is weak whatever its length. Only the first 100 characters are analysed (a longer
    /// password is strong by its length alone).
    static PasswordEstimate estimate(const QString& password, const QStringList& userInputs = {});
};

} // namespace Elect

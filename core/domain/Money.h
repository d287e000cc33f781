#pragma once

#include <QString>

#include <optional>

namespace Elect::Money {

/// How many decimals \a currency (ISO 4217) has in minor units, as Stripe counts them: 0 for JPY and the
/// other zero-decimal currencies, 3 for BHD, JOD, KWD, OMR and TND, 2 for the rest (EGP: piastres).
int decimals(const QString& currency);

/// \a minor units as people read them, with the currency: "150.00 EGP", "-3.50 EGP", "500 JPY".
/// (The database's format_money() writes the same.)
QString format(qint64 minor, const QString& currency);

/// An amount typed by a person in major units ("1500", "1500.5", "1,500.50") as minor units of
/// \a currency; nothing when it is not a positive number with at most the currency's decimals, or is
/// too large for Stripe (more than 8 digits of minor units).
std::optional<qint64> parse(const QString& text, const QString& currency);

} // namespace Elect::Money

#pragma once

#include <QString>

namespace Elect::Integrations {

/// A provider's words made safe to store and show: every run of five or more digits (a phone
/// number, a national id, a code) keeps only its last two ("…47"), and the text is cut to
/// \a maxLength characters. Providers echo the recipient in their error messages.
QString redactProviderText(const QString& text, int maxLength = 300);

} // namespace Elect::Integrations

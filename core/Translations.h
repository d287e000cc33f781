#pragma once

#include <QLocale>

namespace Elect {

/// Installs Elect's translation for \a locale (built into Elect::Core as :/i18n/elect_<lang>.qm) in the
/// application. Returns true when one was found; English needs none.
bool installTranslations(const QLocale& locale = QLocale());

/// Removes every translation installTranslations() installed (back to the source texts, English).
void removeTranslations();

} // namespace Elect

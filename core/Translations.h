#pragma once

#include <QLocale>
#include <QStringList>

namespace Elect {

/// Installs Elect's translation for \a locale (built into Elect::Core as :/i18n/elect_<lang>.qm) in the
/// application, and before it Qt's own catalogues \a qtCatalogues for \a locale (qtbase: OK, Cancel, context menus;
/// qtdeclarative for Qt Quick) from the system's Qt translations, each when installed. Returns true when Elect's
/// was found; English needs none.
bool installTranslations(const QLocale& locale = QLocale(),
                         const QStringList& qtCatalogues = {QStringLiteral("qtbase")});

/// Removes every translation installTranslations() installed (back to the source texts, English).
void removeTranslations();

} // namespace Elect

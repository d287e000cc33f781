#include "core/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Elect {

bool installTranslations(const QLocale& locale)
{
    // Owned by the application, which outlives every use of tr().
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, QStringLiteral("elect"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace Elect

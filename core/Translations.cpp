#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Elect {

bool installTranslations(const QLocale& locale, const QStringList& qtCatalogues)
{
    // Qt's own texts (Cancel, OK, context menus) from the system's Qt translations, when installed.
    for (const QString& catalogue : qtCatalogues) {
        auto* qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(locale, catalogue, QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }

    // Owned by the application, which outlives every use of tr().
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, QStringLiteral("elect"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

void removeTranslations()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace Elect

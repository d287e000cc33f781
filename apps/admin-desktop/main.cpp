#include "shell/AdminApp.h"

#include "core/Translations.h"
#include "Version.h"

#include <QApplication>

#include <cstring>

// --help and --version only print: they get a core application, so they need no display.
static bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        Elect::installTranslations();
        QCoreApplication::setApplicationName(QStringLiteral("elect-admin"));
        QCoreApplication::setApplicationVersion(QString::fromLatin1(Elect::kVersion));
        Elect::AdminApp().start(QCoreApplication::arguments()); // prints, and exits
        return 0;
    }
    QApplication app(argc, argv);
    if (Elect::installTranslations() && QLocale().textDirection() == Qt::RightToLeft)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    QApplication::setOrganizationName(QStringLiteral("Elect"));
    QApplication::setApplicationName(QStringLiteral("elect-admin"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Elect administration"));
    QApplication::setApplicationVersion(QString::fromLatin1(Elect::kVersion));
    Elect::AdminApp::applyLook(app);

    Elect::AdminApp admin;
    if (!admin.start(QApplication::arguments()))
        return 2;
    return QApplication::exec();
}

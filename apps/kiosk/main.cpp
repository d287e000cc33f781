#include "KioskApp.h"

#include "Version.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

#include <cstring>

Q_IMPORT_QML_PLUGIN(Elect_KioskPlugin)

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
        QCoreApplication::setApplicationName(QStringLiteral("elect-kiosk"));
        QCoreApplication::setApplicationVersion(QString::fromLatin1(Elect::kVersion));
        Elect::KioskApp().start(QCoreApplication::arguments()); // prints, and exits
        return 0;
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Elect"));
    QGuiApplication::setApplicationName(QStringLiteral("elect-kiosk"));
    QGuiApplication::setApplicationVersion(QString::fromLatin1(Elect::kVersion));
    Elect::KioskApp::applyLook();

    Elect::KioskApp kiosk;
    if (!kiosk.start(QGuiApplication::arguments()))
        return 1;
    return QGuiApplication::exec();
}

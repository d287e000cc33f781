#include "KioskApp.h"

#include "Version.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Elect_KioskPlugin)

int main(int argc, char* argv[])
{
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

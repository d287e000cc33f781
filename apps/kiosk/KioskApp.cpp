#include "KioskApp.h"

#include "KioskImages.h"
#include "KioskLog.h"

#include "core/db/DemoAccounts.h"
#include "core/db/EmbeddedServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

// The look and the shared controls (apps/kiosk/ui), imported here so that every user of KioskApp has them.
Q_IMPORT_QML_PLUGIN(Elect_Kiosk_UiPlugin)

namespace Elect {

KioskApp::KioskApp(QObject* parent) : QObject(parent), m_controller(nullptr)
{
    KioskController::provide(&m_controller);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Candidates' photos and the receipt's QR code, only ever of the voter at the kiosk now.
    m_engine.addImageProvider(QStringLiteral("kiosk"), new KioskImageProvider(m_controller.flow()->images()));
    // Quitting is the poll worker's, through the PIN and the menu.
    m_controller.pollWorker()->setQuitHandler([]() { QCoreApplication::quit(); });
}

KioskApp::~KioskApp()
{
    KioskController::provide(nullptr);
}

void KioskApp::applyLook()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    // Each family fills the other's gaps: Latin titles in Arabic mode, Arabic names in English mode.
    QFont::insertSubstitution(QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans"));
    QFont::insertSubstitution(QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"));
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans")))
        QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans")));
    else
        qCInfo(lcKiosk) << "Noto Sans is not installed (Debian: fonts-noto-core); using the default font";
}

bool KioskApp::load()
{
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Elect/Kiosk/Main.qml")));
    if (m_engine.rootObjects().isEmpty())
        return false;
    m_engine.rootObjects().first()->installEventFilter(this);
    return true;
}

bool KioskApp::eventFilter(QObject* watched, QEvent* event)
{
    // Leaving the kiosk is the poll worker's decision, not a key combination's; a windowed kiosk (--windowed,
    // for trying it out) closes as usual.
    if (event->type() == QEvent::Close && m_controller.fullScreen()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool KioskApp::startWith(const KioskProfile& profile, const QString& password, bool fullScreen)
{
    m_controller.setFullScreen(fullScreen);
    m_controller.useCredentials(profile, password);
    return load();
}

bool KioskApp::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Elect kiosk: where voters cast their ballots."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Use the demo's kiosk on the embedded server (run \"elect demo\" first)."));
    const QCommandLineOption windowed(QStringLiteral("windowed"), tr("Run in a window instead of full screen."));
    parser.addOption(demo);
    parser.addOption(windowed);
    parser.process(arguments);
    m_controller.setFullScreen(!parser.isSet(windowed));

    if (!parser.isSet(demo)) {
        m_controller.start();
        return load();
    }
    const auto accounts = DemoAccounts::load();
    if (!accounts) {
        QTextStream(stderr) << accounts.message() << Qt::endl;
        return false;
    }
    for (const DemoAccount& account : *accounts) {
        // The kiosk is the demo account without an email.
        if (account.email.isEmpty()) {
            KioskProfile profile;
            profile.embedded = true;
            profile.loginRole = account.loginRole;
            return startWith(profile, account.password, !parser.isSet(windowed));
        }
    }
    QTextStream(stderr) << tr("The demo has no kiosk account. Run \"elect demo\" again.") << Qt::endl;
    return false;
}

} // namespace Elect

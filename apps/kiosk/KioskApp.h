#pragma once

#include "KioskController.h"

#include <QObject>
#include <QQmlApplicationEngine>
#include <QStringList>

namespace Elect {

/// The kiosk's start: fonts, style, the QML engine, and where the credentials come from
/// (the keychain, or the demo's kiosk with --demo).
class KioskApp : public QObject
{
    Q_OBJECT

public:
    explicit KioskApp(QObject* parent = nullptr);
    ~KioskApp() override;

    /// Fonts (Noto Sans, Noto Sans Arabic) and the Quick Controls style, before any QML loads.
    static void applyLook();

    /// Parses \a arguments (--demo, --windowed), loads Main.qml and starts connecting.
    /// Returns false when the arguments are wrong or the QML does not load.
    bool start(const QStringList& arguments);
    /// Loads Main.qml with credentials given here instead of the keychain (tests).
    bool startWith(const KioskProfile& profile, const QString& password, bool fullScreen);

    KioskController& controller() { return m_controller; }
    QQmlApplicationEngine& engine() { return m_engine; }

protected:
    /// Full screen, the window refuses to close (Alt+F4, the window manager's close button).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool load();

    KioskController m_controller;
    QQmlApplicationEngine m_engine;
};

} // namespace Elect

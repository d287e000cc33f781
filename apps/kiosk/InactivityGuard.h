#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Elect {

/// Ends a voter's session nobody is using: a warning after two minutes without a key press or a touch, and
/// the session wiped 30 seconds later. Lives in C++ and watches the whole application's input (an event
/// filter), so that no screen, and no bug in QML, can keep a session alive. Any key or touch resets it.
class InactivityGuard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The voting flow provides the inactivity guard.")
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    static constexpr int kDefaultWarnAfterMs = 2 * 60 * 1000;
    static constexpr int kDefaultWipeAfterMs = 30 * 1000;

    explicit InactivityGuard(QObject* parent = nullptr);
    ~InactivityGuard() override;

    /// \a warnAfterMs without input until the warning, then \a wipeAfterMs until expired() (tests shorten them).
    void setDurations(int warnAfterMs, int wipeAfterMs);
    /// Watches only while a session is under way; inactive, it neither warns nor wipes.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool warning() const { return m_warning; }
    int secondsLeft() const;

    /// Input arrived: the voter is still there.
    Q_INVOKABLE void poke();

Q_SIGNALS:
    void warningChanged();
    void secondsLeftChanged();
    /// Nobody answered the warning: wipe the session.
    void expired();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setWarning(bool on);
    void restart();

    QTimer m_idle;
    QTimer m_wipe;
    QTimer m_tick;
    int m_warnAfterMs = kDefaultWarnAfterMs;
    int m_wipeAfterMs = kDefaultWipeAfterMs;
    bool m_active = false;
    bool m_warning = false;
};

} // namespace Elect

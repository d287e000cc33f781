#include "InactivityGuard.h"

#include <QCoreApplication>
#include <QEvent>

namespace Elect {

InactivityGuard::InactivityGuard(QObject* parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_wipe.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, [this]() {
        setWarning(true);
        m_wipe.start(m_wipeAfterMs);
        m_tick.start();
        Q_EMIT secondsLeftChanged();
    });
    connect(&m_tick, &QTimer::timeout, this, &InactivityGuard::secondsLeftChanged);
    connect(&m_wipe, &QTimer::timeout, this, [this]() {
        m_tick.stop();
        setWarning(false);
        Q_EMIT expired();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

InactivityGuard::~InactivityGuard()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityGuard::setDurations(int warnAfterMs, int wipeAfterMs)
{
    m_warnAfterMs = warnAfterMs;
    m_wipeAfterMs = wipeAfterMs;
    if (m_active)
        restart();
}

void InactivityGuard::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        restart();
    } else {
        m_idle.stop();
        m_wipe.stop();
        m_tick.stop();
        setWarning(false);
    }
}

int InactivityGuard::secondsLeft() const
{
    if (!m_wipe.isActive())
        return (m_wipeAfterMs + 999) / 1000;
    return (m_wipe.remainingTime() + 999) / 1000;
}

void InactivityGuard::poke()
{
    if (m_active)
        restart();
}

void InactivityGuard::restart()
{
    m_wipe.stop();
    m_tick.stop();
    setWarning(false);
    m_idle.start(m_warnAfterMs);
}

void InactivityGuard::setWarning(bool on)
{
    if (on == m_warning)
        return;
    m_warning = on;
    Q_EMIT warningChanged();
}

bool InactivityGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Elect

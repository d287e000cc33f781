#pragma once

// What the system admin's GUI tests (TestPlatform*) share beyond AdminDriver.h: answering the modal
// dialogs a page opens, more organizations than the demo has, and the attacker's raw connection.

#include "AdminDriver.h"
#include "Sql.h"

#include "core/db/AccountRepository.h"

#include <QApplication>
#include <QKeyEvent>
#include <QTimer>

#include <functional>

namespace Elect::Test {

/// Once a modal widget named \a objectName is shown, calls \a act with it (the page's exec() holds the
/// test until then). \a act must close the dialog, also when something is missing, or the test hangs:
/// when it leaves the dialog open, the dialog is rejected after it returns.
inline void onNextModal(const QString& objectName, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, act]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
        if (modal->isVisible())
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
    });
    timer->start();
}

/// Types \a text into \a widget key by key, as a keyboard of any language would (QTest::keyClicks knows
/// ASCII only).
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

/// Clicks the button named \a name inside \a parent; false when there is none or it is disabled.
inline bool clickChild(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QAbstractButton*>(name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

/// A new organization registered as `elect serve` registers one (pending, email not verified), with an
/// owner named \a first \a last at \a email. Returns its id, or 0.
inline qint64 registerOrganization(TestCluster& cluster, const QString& name, const QString& email,
                                   const QString& first, const QString& last)
{
    auto service = cluster.connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    if (!service)
        return 0;
    const auto id = AccountRepository(*service).registerOrganization(
        {email, first, last, QStringLiteral("Correct-Horse-Battery-Staple-71")}, name, QStringLiteral("EG"));
    return id.ok() ? *id : 0;
}

/// A raw connection as \a who, for statements that a modified client could send.
inline std::unique_ptr<pqxx::connection> rawAs(TestCluster& cluster, const DemoSeeder::Account& who)
{
    return rawConnect(cluster.as(who.loginRole, who.password));
}

} // namespace Elect::Test

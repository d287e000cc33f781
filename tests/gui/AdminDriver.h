#pragma once

// What the elect-admin GUI tests share: a throwaway cluster with the demo in it, signing in through the
// real sign-in dialog as a person would, finding widgets by name and saving screenshots.

#include "core/devtools/DemoSeeder.h"
#include "core/Translations.h"
#include "shell/AdminApp.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace Elect::Test {

constexpr int kGuiTimeoutMs = 30000;

/// The demo's accounts, in DemoSeeder's order.
enum class DemoLogin { SystemAdmin = 0, Owner = 1, OrganizationAdmin = 2, Kiosk = 3, PendingOwner = 4 };

/// Call first in initTestCase: isolated settings, the app's look, screenshots folder.
inline void prepareAdminTests(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-tests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    AdminApp::applyLook(*qApp);
    QDir().mkpath(QStringLiteral(ELECT_BINARY_DIR "/screenshots"));
}

/// Saves \a widget as screenshots/<name>.png (open them: look at what people see).
inline bool saveScreenshot(QWidget* widget, const QString& name)
{
    return widget->grab().save(QStringLiteral(ELECT_BINARY_DIR "/screenshots/%1.png").arg(name));
}

/// The child of \a parent named \a name, of type T (null when there is none).
template <typename T>
T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

/// Fills the sign-in dialog as a person would: "a database server" on the cluster's socket.
inline void fillSignIn(SignInDialog* dialog, TestCluster& cluster, const QString& email, const QString& password)
{
    auto* server = child<QRadioButton>(dialog, QStringLiteral("serverRadio"));
    auto* host = child<QLineEdit>(dialog, QStringLiteral("hostEdit"));
    auto* port = child<QSpinBox>(dialog, QStringLiteral("portSpin"));
    auto* emailEdit = child<QLineEdit>(dialog, QStringLiteral("emailEdit"));
    auto* passwordEdit = child<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
    QVERIFY(server && host && port && emailEdit && passwordEdit);
    // On the indicator, which is on the right in a right-to-left layout.
    const int indicatorX = server->isRightToLeft() ? server->width() - 8 : 8;
    QTest::mouseClick(server, Qt::LeftButton, {}, QPoint(indicatorX, server->height() / 2));
    QVERIFY(server->isChecked());
    QVERIFY(host->isEnabled());
    host->clear();
    QTest::keyClicks(host, cluster.server().socketDir());
    port->setValue(5432);
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

/// Starts \a app and signs in as \a who through the dialog; on success the main window is shown and its
/// first lists have loaded. Check QTest::currentTestFailed() after calling.
inline void signIn(AdminApp& app, TestCluster& cluster, const DemoSeeder::Account& who)
{
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, cluster, who.email, who.password);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, kGuiTimeoutMs);
    QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
}

/// Switches the app to Arabic, right to left, as main() does for a user whose language is Arabic
/// (\a arabic), or back to English, left to right. Widgets built afterwards speak the new language.
inline bool useArabic(bool arabic)
{
    removeTranslations();
    const QLocale locale = arabic ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English);
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    return !arabic || installTranslations(locale);
}

} // namespace Elect::Test

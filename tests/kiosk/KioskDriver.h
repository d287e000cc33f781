#pragma once

// Driving the kiosk's QML as a voter would, on the offscreen platform: find items by objectName, type on the
// window's keyboard, Tab to a control and press it, check what a screen reader and a finger get, and save
// screenshots under the build tree. Shared by the kiosk's GUI tests.

#include "TestPaths.h"

#include <QAccessible>
#include <QDir>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

namespace Elect::Test::Kiosk {

// A helper that failed (QVERIFY returns from the helper only) ends the test there too.
#define KIOSK_STEP(call)                                                                                               \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

inline const QString kArabicIndic = QStringLiteral("٠١٢٣٤٥٦٧٨٩");

inline QString inArabicIndicDigits(const QString& ascii)
{
    QString out;
    for (const QChar c : ascii)
        out += c.isDigit() ? kArabicIndic.at(c.digitValue()) : c;
    return out;
}

/// Collects the QML warnings of a test (a binding loop, an undefined property), so that cleanup() can fail on them.
class QmlProblems
{
public:
    static void install() { s_previous = qInstallMessageHandler(record); }
    static QStringList& list()
    {
        static QStringList problems;
        return problems;
    }

private:
    static inline QtMessageHandler s_previous = nullptr;
    static void record(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
            const QString file = QString::fromUtf8(context.file ? context.file : "");
            const QString category = QString::fromUtf8(context.category ? context.category : "");
            if (file.endsWith(QLatin1String(".qml")) || file.startsWith(QLatin1String("qrc:")) ||
                category == QLatin1String("qml") || category == QLatin1String("js") ||
                category.startsWith(QLatin1String("qt.qml")) || category.startsWith(QLatin1String("qt.quick")) ||
                message.contains(QLatin1String(".qml:")))
                list() << message;
        }
        if (s_previous)
            s_previous(type, context, message);
    }
};

inline void collect(QQuickItem* item, const QString& objectName, QList<QQuickItem*>& out)
{
    if (!item)
        return;
    if (item->objectName() == objectName)
        out << item;
    const auto children = item->childItems();
    for (QQuickItem* child : children)
        collect(child, objectName, out);
}

/// The visible item of that name (or the first, when none is visible).
inline QQuickItem* findItem(QQuickWindow* window, const QString& objectName)
{
    QList<QQuickItem*> out;
    collect(window->contentItem(), objectName, out);
    for (QQuickItem* item : out)
        if (item->isVisible())
            return item;
    return out.isEmpty() ? nullptr : out.first();
}

/// Every visible item of that name, in the items' tree order.
inline QList<QQuickItem*> visibleItems(QQuickWindow* window, const QString& objectName)
{
    QList<QQuickItem*> all;
    collect(window->contentItem(), objectName, all);
    QList<QQuickItem*> out;
    for (QQuickItem* item : all)
        if (item->isVisible())
            out << item;
    return out;
}

inline QString textOf(QQuickWindow* window, const QString& objectName)
{
    QQuickItem* item = findItem(window, objectName);
    return item ? item->property("text").toString() : QString();
}

// Types \a text on the window's keyboard, one key at a time (QTest::keyClicks is for widgets only).
inline void typeText(QWindow* window, const QString& text)
{
    for (const QChar c : text) {
        const auto key = c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key(c.unicode());
        QTest::sendKeyEvent(QTest::Press, window, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, window, key, QString(c), Qt::NoModifier);
    }
}

// The visible items a keyboard can reach, on top of the screen (the idle warning's, when it shows).
inline void focusable(QQuickItem* item, QList<QQuickItem*>& out)
{
    if (!item || !item->isVisible())
        return;
    if (item->activeFocusOnTab())
        out << item;
    const auto children = item->childItems();
    for (QQuickItem* child : children)
        focusable(child, out);
}

/// Tabs until the focused item is named \a objectName (and, when given, its accessible name contains \a accessible).
inline bool tabTo(QQuickWindow* window, const QString& objectName, const QString& accessible = {})
{
    for (int i = 0; i < 60; ++i) {
        QQuickItem* focused = window->activeFocusItem();
        if (focused && focused->objectName() == objectName && focused->isVisible() && focused->isEnabled() &&
            (accessible.isEmpty() || focused->property("accessibleName").toString().contains(accessible)))
            return true;
        QTest::keyClick(window, Qt::Key_Tab);
    }
    return false;
}

/// Tabs to the control and presses \a key on it; its focus ring shows.
inline void press(QQuickWindow* window, const QString& objectName, Qt::Key key = Qt::Key_Return,
                  const QString& accessible = {})
{
    QVERIFY2(tabTo(window, objectName, accessible),
             qPrintable(QStringLiteral("Tab does not reach %1 %2").arg(objectName, accessible)));
    QQuickItem* focused = window->activeFocusItem();
    QList<QQuickItem*> rings;
    collect(focused, QStringLiteral("focusRing"), rings);
    if (!rings.isEmpty())
        QVERIFY2(rings.first()->isVisible(), qPrintable(objectName));
    QTest::keyClick(window, key);
}

/// Every control the keyboard reaches has a role and a name for a screen reader, and is big enough for a finger.
inline void checkAccessible(QQuickWindow* window, const QString& screen)
{
    QList<QQuickItem*> items;
    focusable(window->contentItem(), items);
    QVERIFY2(!items.isEmpty(), qPrintable(screen));
    for (QQuickItem* found : items) {
        // A list's delegate made as the list settles (a busy machine) is sized by the next polish: wait for
        // it, and pass over one the list has already dropped again.
        const QPointer<QQuickItem> item(found);
        const bool settled =
            QTest::qWaitFor([&item] { return !item || (item->width() >= 44 && item->height() >= 44); }, 2000);
        Q_UNUSED(settled) // the size is checked below, with the item's name in the message
        if (!item)
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
        const QString what = QStringLiteral("%1: %2 (%3)")
                                 .arg(screen, item->objectName(), QString::fromLatin1(item->metaObject()->className()));
        QVERIFY2(iface, qPrintable(what));
        QVERIFY2(iface->role() != QAccessible::NoRole, qPrintable(what + QStringLiteral(" has no role")));
        QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(),
                 qPrintable(what + QStringLiteral(" has no name")));
        QVERIFY2(item->width() >= 44 && item->height() >= 44, qPrintable(what + QStringLiteral(" is too small")));
    }
}

/// Saves the window as build/dev/screenshots/<name>.png, for a person to look at.
inline void screenshot(QQuickWindow* window, const QString& name)
{
    QVERIFY(QDir().mkpath(QStringLiteral(ELECT_BINARY_DIR "/screenshots")));
    const QString path = QStringLiteral(ELECT_BINARY_DIR "/screenshots/%1.png").arg(name);
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY2(image.save(path), qPrintable(path));
}

} // namespace Elect::Test::Kiosk

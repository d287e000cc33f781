#pragma once

// What the organization-staff GUI tests (TestAdmins*, TestKiosks*) share beyond AdminDriver.h: opening a page
// from the sidebar and picking a row as a person would, and raw SQL as the superuser to check the database.

#include "AdminDriver.h"
#include "Sql.h"

#include <QAbstractItemModel>
#include <QListWidget>
#include <QTableView>

namespace Elect::Test {

/// Clicks the sidebar entry of page \a key; returns the page.
inline QWidget* openPage(MainWindow* window, const QString& key)
{
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    if (!navigation)
        return nullptr;
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() != key)
            continue;
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
        return window->currentPageKey() == key ? window->page(key) : nullptr;
    }
    return nullptr;
}

/// Clicks row \a row of \a table (its first column).
inline void clickRow(QTableView* table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

/// Types \a text into \a edit as a person would (after clearing it).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// One value as the superuser ("ERROR <sqlstate>" on failure).
inline QString superScalar(TestCluster& cluster, const QString& sql)
{
    auto c = rawConnect(cluster.superuser());
    return c ? scalar(*c, sql) : QStringLiteral("NO CONNECTION");
}

/// Whether \a role may sign in with \a password now.
inline bool canSignIn(TestCluster& cluster, const QString& role, const QString& password)
{
    return rawConnect(cluster.as(role, password)) != nullptr;
}

} // namespace Elect::Test

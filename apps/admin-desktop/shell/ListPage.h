#pragma once

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace Elect {

class Connection;
class MessageBanner;

/// What the list pages of elect-admin share (administrators, kiosks, pricing tiers): a message banner, the
/// list (or a quiet sentence while it is empty), a row of buttons with Refresh at the far end, a busy state
/// that disables the buttons, and a "do you really?" question for what cannot be undone. A page builds its
/// own buttons and texts (in its own translation context) and says what they do.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    /// The question on show (ask()), or null.
    QMessageBox* confirmation() const { return m_confirm; }

public Q_SLOTS:
    /// Fetches the list again, off the GUI thread; emits loaded() when done.
    virtual void reload() = 0;

Q_SIGNALS:
    void loaded();

protected:
    explicit ListPage(Connection& connection, QWidget* parent = nullptr);

    /// Shows \a model in the list (setUpListTable() with \a stretchColumn); \a name is the list's objectName,
    /// where it remembers its columns.
    void setUpList(QAbstractItemModel* model, const QString& name, int stretchColumn, const QString& accessibleName);
    /// What the page says instead of the list while it has no rows.
    void setEmptyText(const QString& name, const QString& text);
    /// A note above everything, such as why the page is read-only.
    QLabel* addNote(const QString& name, const QString& text);
    /// A button in the row under the list, after those added before; \a then runs on a click.
    QPushButton* addButton(const QString& text, const QString& name, std::function<void()> then);
    /// The Refresh button, at the far end of the row; it calls reload().
    QPushButton* addRefreshButton(const QString& text, const QString& name);

    /// The selected row, or -1.
    int selectedRow() const;
    /// Selects \a row (a row kept across a reload), when there is one.
    void selectRow(int row);
    /// Shows the list, or the empty text when the model has no rows.
    void showListOrEmpty();
    void setBusy(bool busy);
    /// Enables and names the buttons for the selection and the busy state.
    virtual void updateButtons() = 0;

    /// Asks, without blocking, whether to go on with something that cannot be undone; the destructive
    /// \a yes button runs \a then, Cancel (the default, and Escape) does nothing.
    void ask(const QString& title, const QString& text, const QString& details, const QString& yes,
             const QString& questionName, const QString& yesName, std::function<void()> then);

    Connection& m_connection;
    QTableView* m_table;
    MessageBanner* m_banner;

private:
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QHBoxLayout* m_buttons;
    QVBoxLayout* m_layout;
    int m_leadingButtons = 0;
    QMessageBox* m_confirm = nullptr;
    bool m_busy = false;
};

} // namespace Elect

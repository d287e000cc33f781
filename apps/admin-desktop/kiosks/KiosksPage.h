#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Elect {

class Connection;
class EnrollmentDialog;
class KioskTableModel;
class MessageBanner;
class NewKioskDialog;
struct Kiosk;

/// The organization's kiosks. The owner creates them (and gets each one's enrollment code, once), disables
/// and enables them, and gives one a new password (a new enrollment code; the old one stops working). An
/// organization admin sees the list read-only, with the reason. The database decides either way.
class KiosksPage : public QWidget
{
    Q_OBJECT

public:
    /// \a canManage: the signed-in person is the organization's owner.
    KiosksPage(Connection& connection, bool canManage, QWidget* parent = nullptr);

    KioskTableModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }
    NewKioskDialog* newKioskDialog() const { return m_newDialog; }
    /// The enrollment on show, or null.
    EnrollmentDialog* enrollmentDialog() const { return m_enrollment; }
    /// The question on show (disable, new password), or null.
    QMessageBox* confirmation() const { return m_confirm; }

public Q_SLOTS:
    void reload();
    void addKiosk();

Q_SIGNALS:
    void loaded();

private:
    const Kiosk* selected() const;
    void setBusy(bool busy);
    void updateButtons();
    void toggleSelected();
    void rotateSelectedAfterAsking();
    void ask(const QString& title, const QString& text, const QString& details, const QString& yes,
             std::function<void()> then);
    void showEnrollment(const QString& name, const QString& loginRole, const QString& password);

    Connection& m_connection;
    bool m_canManage;
    KioskTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_rotate;
    QPushButton* m_refresh;
    NewKioskDialog* m_newDialog = nullptr;
    EnrollmentDialog* m_enrollment = nullptr;
    QMessageBox* m_confirm = nullptr;
    bool m_busy = false;
};

} // namespace Elect

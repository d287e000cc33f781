#pragma once

#include "shell/ListPage.h"

class QPushButton;

namespace Elect {

class EnrollmentDialog;
class KioskTableModel;
class NewKioskDialog;
struct Kiosk;

/// The organization's kiosks. The owner creates them (and gets each one's enrollment code, once), disables
/// and enables them, and gives one a new password (a new enrollment code; the old one stops working). An
/// organization admin sees the list read-only, with the reason. The database decides either way.
class KiosksPage : public ListPage
{
    Q_OBJECT

public:
    /// \a canManage: the signed-in person is the organization's owner.
    KiosksPage(Connection& connection, bool canManage, QWidget* parent = nullptr);

    KioskTableModel* model() const { return m_model; }
    NewKioskDialog* newKioskDialog() const { return m_newDialog; }
    /// The enrollment on show, or null.
    EnrollmentDialog* enrollmentDialog() const { return m_enrollment; }

public Q_SLOTS:
    void reload() override;
    void addKiosk();

private:
    const Kiosk* selected() const;
    void updateButtons() override;
    void toggleSelected();
    void rotateSelectedAfterAsking();
    void showEnrollment(const QString& name, const QString& loginRole, const QString& password);

    bool m_canManage;
    KioskTableModel* m_model;
    QPushButton* m_add;
    QPushButton* m_toggle;
    QPushButton* m_rotate;
    QPushButton* m_refresh;
    NewKioskDialog* m_newDialog = nullptr;
    EnrollmentDialog* m_enrollment = nullptr;
};

} // namespace Elect

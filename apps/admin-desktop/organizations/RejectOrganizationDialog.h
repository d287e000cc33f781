#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Elect {

/// Asks why an organization is turned down. The reason is required (the database insists too): the
/// owner reads it in an email and when signing in. Reject stays disabled while the reason is empty.
class RejectOrganizationDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxReason = 2000; ///< as core/sql/0020_platform.sql allows

    RejectOrganizationDialog(const QString& organizationName, QWidget* parent = nullptr);

    QString reason() const;

private:
    void updateState();

    QPlainTextEdit* m_reason;
    QLabel* m_count;
    QPushButton* m_reject;
};

} // namespace Elect

#pragma once

#include "core/db/ApprovalRepository.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Elect {

class Connection;
class MessageBanner;

/// Approval requests. For the owner (\a decides): every request of the organization, newest first; the
/// selected one as a comparison (field, before, after); Approve (the database applies it then) and
/// Reject… (with a reason the requester reads). For an organization admin: their own requests, read only,
/// with each decision and its reason.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    ApprovalsPage(Connection& connection, bool decides, QWidget* parent = nullptr);

    bool isLoading() const { return m_loading; }
    const QList<ApprovalRequest>& requests() const { return m_requests; }
    /// The reason dialog while it is open.
    QDialog* rejectDialog() const { return m_rejectDialog; }

    /// "Title", "Starts", ... for a field of a request.
    static QString fieldName(const QString& field);
    /// A value of a request as people read it (times in the local zone, "(none)" for a cleared value).
    static QString valueText(const QString& field, const QJsonValue& value);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    int selectedRow() const;
    void showSelected();
    void approveSelected();
    void askReason();
    void decide(qint64 id, bool approve, const QString& reason);

    Connection& m_connection;
    bool m_decides;
    QList<ApprovalRequest> m_requests;
    MessageBanner* m_banner;
    QTableWidget* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QLabel* m_comparisonTitle;
    QTableWidget* m_comparison;
    QLabel* m_decision;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_refresh;
    QDialog* m_rejectDialog = nullptr;
    bool m_loading = false;
    bool m_busy = false;
};

} // namespace Elect

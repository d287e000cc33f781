#pragma once

#include "core/domain/Types.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Elect {

/// The fields of an election (title, type, counting method with its seats and choices, start and end in
/// the organization's time zone, potential voters, the API endpoint of an api_managed election), for a new
/// election and for the Details tab. Shows only the fields that apply to the chosen type and method, and
/// locks what the election's phase no longer allows to change (DESIGN.md, "Election lifecycle"), saying
/// why in the label named "lockReason". The database refuses the same changes; the form is for people.
class ElectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ElectionForm(QWidget* parent = nullptr);

    /// Shows \a election, whose times are shown and typed in \a timeZone (the organization's), locked as
    /// its phase at \a now requires; \a mayEdit false locks everything (a system admin looks, never edits).
    void setElection(const Election& election, const QTimeZone& timeZone, const QDateTime& now, bool mayEdit);
    /// The election as the form holds it now (id, organization and status as given to setElection()).
    Election election() const;
    /// True when the form differs from what setElection() showed.
    bool isModified() const;
    /// Why some fields are locked, or empty when none is.
    QString lockReason() const;
    /// True when at least one field may still be changed.
    bool isEditable() const;
    /// True (an organization administrator): a published election's title and times stay open, because
    /// saving them sends a request to the owner (ApprovalRepository) instead of changing the election. Call
    /// before setElection().
    void setChangesNeedApproval(bool viaApproval) { m_viaApproval = viaApproval; }
    /// True when the election is published and saving sends a request for approval.
    bool savesAsRequest() const { return m_savesAsRequest; }

    /// "Africa/Cairo (UTC+02:00)": the zone the times are in, for people.
    static QString describeZone(const QTimeZone& zone, const QDateTime& at);

Q_SIGNALS:
    void changed();

private:
    void updateVisibleFields();
    void setLocks(ElectionPhase phase, bool mayEdit, const QDateTime& now);
    QDateTime fromWall(const QDateTimeEdit* edit) const;
    void showWall(QDateTimeEdit* edit, const QDateTime& utc);

    Election m_shown;
    QTimeZone m_zone;
    QFormLayout* m_form;
    QLineEdit* m_title;
    QComboBox* m_type;
    QLineEdit* m_apiEndpoint;
    QComboBox* m_method;
    QLabel* m_ballotHint;
    QSpinBox* m_seats;
    QLabel* m_votesLabel;
    QSpinBox* m_votes;
    QHBoxLayout* m_ballotRow;
    QDateTimeEdit* m_starts;
    QLabel* m_endsLabel;
    QDateTimeEdit* m_ends;
    QLabel* m_zoneLabel;
    QSpinBox* m_potentialVoters;
    QLabel* m_lockReason;
    bool m_loading = false;
    bool m_viaApproval = false;
    bool m_savesAsRequest = false;
};

} // namespace Elect

#include "elections/ElectionForm.h"

#include "shell/DateTimeFields.h"
#include "shell/Formatting.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Elect {

namespace {
bool usesSeats(CountingMethod m)
{
    return m == CountingMethod::Block || m == CountingMethod::Approval || m == CountingMethod::Stv;
}
bool usesVotesPerVoter(CountingMethod m)
{
    return m == CountingMethod::Block || m == CountingMethod::Approval;
}
bool isRanked(CountingMethod m)
{
    return m == CountingMethod::Irv || m == CountingMethod::Stv;
}
} // namespace

ElectionForm::ElectionForm(QWidget* parent)
    : QWidget(parent), m_zone(QTimeZone::utc()), m_form(new QFormLayout), m_title(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_apiEndpoint(new QLineEdit(this)), m_method(new QComboBox(this)),
      m_ballotHint(new QLabel(this)), m_seats(new QSpinBox(this)), m_votesLabel(new QLabel(this)),
      m_votes(new QSpinBox(this)), m_ballotRow(new QHBoxLayout), m_starts(new QDateTimeEdit(this)),
      m_endsLabel(new QLabel(tr("Voting &closes"), this)), m_ends(new QDateTimeEdit(this)),
      m_zoneLabel(new QLabel(this)), m_potentialVoters(new QSpinBox(this)), m_lockReason(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. Board election 2027"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (ElectionType t :
         {ElectionType::Simple, ElectionType::District, ElectionType::GovernorateBased, ElectionType::ApiManaged})
        m_type->addItem(toString(t), keyOf(t));
    m_type->setToolTip(tr("Simple: every voter chooses among all candidates. By district or governorate: each voter "
                          "chooses among the candidates of their own. From your API: your system says who may vote."));
    m_apiEndpoint->setObjectName(QStringLiteral("apiEndpointEdit"));
    m_apiEndpoint->setPlaceholderText(QStringLiteral("https://"));
    m_apiEndpoint->setToolTip(tr("Elect asks GET <address>/voters/<national id> whether a voter may vote."));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (CountingMethod m : {CountingMethod::Block, CountingMethod::Approval, CountingMethod::Irv, CountingMethod::Stv,
                             CountingMethod::Referendum})
        m_method->addItem(toString(m), keyOf(m));
    m_ballotHint->setObjectName(QStringLiteral("ballotHint"));
    m_ballotHint->setWordWrap(true);
    m_ballotHint->setStyleSheet(QStringLiteral("color: #5b6675;"));
    // The whole width of the field column, so that its height is measured at the width it gets.
    m_ballotHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_seats->setObjectName(QStringLiteral("seatsSpin"));
    m_seats->setRange(1, 1000);
    m_votes->setObjectName(QStringLiteral("votesSpin"));
    m_votes->setRange(1, 1000);
    const QString format = QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm");
    for (QDateTimeEdit* edit : {m_starts, m_ends}) {
        edit->setTimeSpec(Qt::UTC); // the wall time of the organization's zone, converted by fromWall()
        edit->setCalendarPopup(true);
        setUpDateTimeEdit(edit, format); // in Arabic: day first from the right, hours before minutes
    }
    m_starts->setObjectName(QStringLiteral("startsEdit"));
    m_ends->setObjectName(QStringLiteral("endsEdit"));
    m_zoneLabel->setObjectName(QStringLiteral("zoneLabel"));
    m_zoneLabel->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_zoneLabel->setWordWrap(true);
    m_zoneLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    m_potentialVoters->setObjectName(QStringLiteral("potentialVotersSpin"));
    m_potentialVoters->setRange(0, 100000000);
    m_potentialVoters->setGroupSeparatorShown(true);
    m_potentialVoters->setToolTip(tr("How many people may vote. The price of publishing follows it; for a voter list "
                                     "it is at least the number of voters imported."));
    m_lockReason->setObjectName(QStringLiteral("lockReason"));
    m_lockReason->setWordWrap(true);
    m_lockReason->setStyleSheet(QStringLiteral("QLabel { background: #fff8e1; color: #5d4300; border: 1px solid "
                                               "#f3dc9b; border-radius: 6px; padding: 8px 12px; }"));
    m_lockReason->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(8);
    m_form->addRow(tr("&Title"), m_title);
    m_form->addRow(tr("T&ype"), m_type);
    m_form->addRow(tr("API &address"), m_apiEndpoint);
    // The hint and the zone sit right under their fields, closer than a row of their own would.
    auto* methodColumn = new QVBoxLayout;
    methodColumn->setSpacing(4);
    methodColumn->addWidget(m_method, 0, Qt::AlignLeading);
    methodColumn->addWidget(m_ballotHint);
    auto* methodLabel = new QLabel(tr("Counting &method"), this);
    methodLabel->setBuddy(m_method);
    m_form->addRow(methodLabel, methodColumn);
    // Seats and choices side by side, and the opening and closing times, so that the whole form fits the
    // Details tab at the window's default size without scrolling.
    m_votesLabel->setBuddy(m_votes);
    m_ballotRow->addWidget(m_seats);
    m_ballotRow->addSpacing(24);
    m_ballotRow->addWidget(m_votesLabel);
    m_ballotRow->addSpacing(8);
    m_ballotRow->addWidget(m_votes);
    m_ballotRow->addStretch();
    auto* seatsLabel = new QLabel(tr("&Seats to fill"), this);
    seatsLabel->setBuddy(m_seats);
    m_form->addRow(seatsLabel, m_ballotRow);
    m_endsLabel->setBuddy(m_ends);
    auto* timesRow = new QHBoxLayout;
    timesRow->addWidget(m_starts);
    timesRow->addSpacing(24);
    timesRow->addWidget(m_endsLabel);
    timesRow->addSpacing(8);
    timesRow->addWidget(m_ends);
    timesRow->addStretch();
    auto* timesColumn = new QVBoxLayout;
    timesColumn->setSpacing(4);
    timesColumn->addLayout(timesRow);
    timesColumn->addWidget(m_zoneLabel);
    auto* startsLabel = new QLabel(tr("Voting &opens"), this);
    startsLabel->setBuddy(m_starts);
    m_form->addRow(startsLabel, timesColumn);
    m_form->addRow(tr("&Potential voters"), m_potentialVoters);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lockReason);
    layout->addLayout(m_form);
    layout->addStretch();

    auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_title, &QLineEdit::textChanged, this, emitChanged);
    connect(m_apiEndpoint, &QLineEdit::textChanged, this, emitChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateVisibleFields();
        emitChanged();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this, emitChanged] {
        updateVisibleFields();
        emitChanged();
    });
    for (QSpinBox* spin : {m_seats, m_votes, m_potentialVoters})
        connect(spin, &QSpinBox::valueChanged, this, emitChanged);
    for (QDateTimeEdit* edit : {m_starts, m_ends})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, emitChanged] {
            m_zoneLabel->setText(
                tr("Times are in the organization's time zone: %1.").arg(describeZone(m_zone, fromWall(m_starts))));
            emitChanged();
        });
    updateVisibleFields();
}

QString ElectionForm::describeZone(const QTimeZone& zone, const QDateTime& at)
{
    const int offset = zone.offsetFromUtc(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    const int minutes = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    // Bidi isolation keeps "Africa/Cairo (UTC+02:00)" in one piece inside Arabic text.
    return QStringLiteral("\u2068%1 (%2)\u2069").arg(QString::fromUtf8(zone.id()), utc);
}

QDateTime ElectionForm::fromWall(const QDateTimeEdit* edit) const
{
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone).toUTC();
}

void ElectionForm::showWall(QDateTimeEdit* edit, const QDateTime& utc)
{
    const QDateTime there = utc.toTimeZone(m_zone);
    edit->setDateTime(QDateTime(there.date(), there.time(), Qt::UTC));
}

void ElectionForm::setElection(const Election& election, const QTimeZone& timeZone, const QDateTime& now, bool mayEdit)
{
    m_loading = true;
    m_shown = election;
    m_zone = timeZone.isValid() ? timeZone : QTimeZone::utc();
    m_title->setText(election.title);
    m_type->setCurrentIndex(m_type->findData(keyOf(election.type)));
    m_apiEndpoint->setText(election.apiEndpoint);
    m_method->setCurrentIndex(m_method->findData(keyOf(election.countingMethod)));
    m_seats->setValue(election.seats);
    m_votes->setValue(election.votesPerVoter);
    showWall(m_starts, election.startsAt);
    showWall(m_ends, election.endsAt);
    m_zoneLabel->setText(
        tr("Times are in the organization's time zone: %1.").arg(describeZone(m_zone, election.startsAt)));
    m_potentialVoters->setValue(election.potentialVoters);
    updateVisibleFields();
    // Compare against what the form itself makes of it (hidden fields normalized), not the raw row.
    m_shown = this->election();
    setLocks(election.id == 0 ? ElectionPhase::Draft : election.phase(now), mayEdit, now);
    m_loading = false;
}

Election ElectionForm::election() const
{
    Election e = m_shown;
    e.title = m_title->text().trimmed();
    e.type = electionTypeFromKey(m_type->currentData().toString()).value_or(ElectionType::Simple);
    e.method = e.type == ElectionType::ApiManaged ? VoterListMethod::Api : VoterListMethod::Csv;
    e.apiEndpoint = e.type == ElectionType::ApiManaged ? m_apiEndpoint->text().trimmed() : QString();
    e.countingMethod = countingMethodFromKey(m_method->currentData().toString()).value_or(CountingMethod::Block);
    // What a method does not read is stored as the ballot rules expect it.
    e.seats = usesSeats(e.countingMethod) ? m_seats->value() : 1;
    e.votesPerVoter =
        usesVotesPerVoter(e.countingMethod) ? m_votes->value() : (isRanked(e.countingMethod) ? e.seats : 1);
    e.startsAt = fromWall(m_starts);
    e.endsAt = fromWall(m_ends);
    e.potentialVoters = m_potentialVoters->value();
    return e;
}

bool ElectionForm::isModified() const
{
    const Election now = election();
    return now.title != m_shown.title || now.type != m_shown.type || now.apiEndpoint != m_shown.apiEndpoint ||
           now.countingMethod != m_shown.countingMethod || now.seats != m_shown.seats ||
           now.votesPerVoter != m_shown.votesPerVoter || now.startsAt != m_shown.startsAt ||
           now.endsAt != m_shown.endsAt || now.potentialVoters != m_shown.potentialVoters;
}

QString ElectionForm::lockReason() const
{
    return m_lockReason->isHidden() ? QString() : m_lockReason->text();
}

bool ElectionForm::isEditable() const
{
    return m_title->isEnabled();
}

void ElectionForm::updateVisibleFields()
{
    const auto type = electionTypeFromKey(m_type->currentData().toString()).value_or(ElectionType::Simple);
    const auto method = countingMethodFromKey(m_method->currentData().toString()).value_or(CountingMethod::Block);
    m_form->setRowVisible(m_apiEndpoint, type == ElectionType::ApiManaged);
    m_form->setRowVisible(m_ballotRow, usesSeats(method));
    m_votesLabel->setVisible(usesVotesPerVoter(method));
    m_votes->setVisible(usesVotesPerVoter(method));
    m_votesLabel->setText(method == CountingMethod::Approval ? tr("Most &choices on each ballot")
                                                             : tr("&Choices on each ballot"));
    QString hint;
    switch (method) {
    case CountingMethod::Block:
        hint = tr("Not ranked: each voter marks as many candidates as there are choices on the ballot; the "
                  "candidates with the most votes win the seats.");
        break;
    case CountingMethod::Approval:
        hint = tr("Not ranked: each voter marks every candidate they approve of, up to the most choices; the "
                  "candidates with the most approvals win the seats.");
        break;
    case CountingMethod::Irv:
        hint = tr("Ranked: voters number the candidates in order of preference. One seat: the last "
                  "candidates are eliminated round by round until one has a majority.");
        break;
    case CountingMethod::Stv:
        hint = tr("Ranked: voters number the candidates in order of preference; surpluses and eliminated "
                  "candidates' votes move to the next preference until the seats are filled.");
        break;
    case CountingMethod::Referendum:
        hint = tr("Not ranked: one question, each voter answers yes or no.");
        break;
    }
    m_ballotHint->setText(hint);
}

void ElectionForm::setLocks(ElectionPhase phase, bool mayEdit, const QDateTime& now)
{
    Q_UNUSED(now);
    QString reason;
    bool titleOpen = true;
    bool restOpen = true;
    if (!mayEdit) {
        reason = tr("You may look at this election; only its organization's owner and administrators change it.");
        titleOpen = restOpen = false;
    } else {
        switch (phase) {
        case ElectionPhase::Draft:
            break;
        case ElectionPhase::Scheduled:
            if (m_viaApproval) {
                // request_election_change() takes the title and the times, nothing else.
                restOpen = false;
                reason = tr("This election is published: a change to its title or voting times goes to the "
                            "organization's owner for approval, and nothing changes until they approve. Its type, "
                            "counting method and number of voters can no longer change.");
                break;
            }
            // The title is the one thing an owner might still want to correct; the database decides (and, for an
            // organization administrator, a later version turns it into a request to the owner).
            restOpen = false;
            reason = tr("Published elections cannot change their dates, type, counting method or number of voters: "
                        "the price and the ballots depend on them. To change them, cancel the election and create a "
                        "new one.");
            break;
        case ElectionPhase::Running:
            titleOpen = restOpen = false;
            reason = tr("This election is running: nothing about it can change until voting closes.");
            break;
        case ElectionPhase::Ended:
            titleOpen = restOpen = false;
            reason = tr("Voting has closed: this election can no longer change.");
            break;
        case ElectionPhase::Tallied:
            titleOpen = restOpen = false;
            reason = tr("This election is counted: it can no longer change.");
            break;
        case ElectionPhase::Cancelled:
            titleOpen = restOpen = false;
            reason = tr("This election is cancelled: it can no longer change.");
            break;
        }
    }
    m_savesAsRequest = mayEdit && m_viaApproval && phase == ElectionPhase::Scheduled;
    m_title->setEnabled(titleOpen);
    for (QWidget* w : std::initializer_list<QWidget*>{m_type, m_apiEndpoint, m_method, m_seats, m_votes, m_starts,
                                                      m_ends, m_potentialVoters})
        w->setEnabled(restOpen);
    m_starts->setEnabled(restOpen || m_savesAsRequest);
    m_ends->setEnabled(restOpen || m_savesAsRequest);
    m_lockReason->setText(reason);
    m_lockReason->setVisible(!reason.isEmpty());
}

} // namespace Elect

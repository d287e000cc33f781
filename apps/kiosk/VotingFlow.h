#pragma once

#include "BallotModel.h"
#include "CastJournal.h"
#include "InactivityGuard.h"
#include "KioskImages.h"

#include "core/domain/Types.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <QUuid>

#include <memory>

namespace Elect {

class Connection;
class Database;
class RunningElectionModel;
class VoterSession;

/// One voter's way through the kiosk: the election, the national id, the code sent to their phone, the
/// ballot, the review, the cast and the receipt. Every database call runs on the Connection's worker thread
/// and comes back through a continuation, so the screen never waits; busy says a call is out. message is
/// what the voter should do next, as a full sentence, after anything that did not go as planned.
///
/// A cast is written to the CastJournal before it is sent and retried with the same idempotency key and
/// receipt after a lost connection, so that a vote is neither lost nor counted twice. wipe() forgets
/// everything of the voter (the inactivity guard calls it, and so does the end of a session).
class VotingFlow : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk controller provides the voting flow.")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString electionTitle READ electionTitle NOTIFY electionChanged)
    Q_PROPERTY(QString phoneDigits READ phoneDigits NOTIFY codeChanged)
    Q_PROPERTY(bool resendAvailable READ resendAvailable NOTIFY codeChanged)
    Q_PROPERTY(Elect::BallotModel* ballot READ ballot CONSTANT)
    Q_PROPERTY(QString chosenText READ chosenText NOTIFY ballotChanged)
    Q_PROPERTY(QString ballotHint READ ballotHint NOTIFY ballotChanged)
    Q_PROPERTY(QString receipt READ receipt NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptQr READ receiptQr NOTIFY receiptChanged)
    Q_PROPERTY(QString journalStatus READ journalStatus NOTIFY journalStatusChanged)
    Q_PROPERTY(Elect::InactivityGuard* inactivity READ inactivity CONSTANT)

public:
    /// Notice: the session is over for a reason the message gives (already voted, election closed).
    enum class Step { Welcome, NationalId, Code, Ballot, Review, Receipt, Notice };
    Q_ENUM(Step)

    static constexpr int kDefaultResendDelayMs = 30 * 1000;
    static constexpr int kDefaultReceiptTimeoutMs = 60 * 1000;
    static constexpr int kDefaultCastRetryMs = 2 * 1000;

    VotingFlow(Connection& connection, RunningElectionModel& elections, VoterSession& voter, QObject* parent);
    ~VotingFlow() override;

    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    QString message() const { return m_message; }
    QString electionTitle() const { return m_election.title; }
    qint64 electionId() const { return m_election.id; }
    QString phoneDigits() const { return m_phoneDigits; }
    bool resendAvailable() const { return m_resendAvailable; }
    BallotModel* ballot() const { return m_ballot; }
    QString chosenText() const;
    QString ballotHint() const;
    QString receipt() const { return m_receipt; }
    QString receiptQr() const;
    QString journalStatus() const { return m_journalStatus; }
    InactivityGuard* inactivity() const { return m_inactivity; }
    /// Whether a cast is on its way to the server (it must not be cut off).
    bool casting() const { return m_casting; }
    /// Whether anything of a voter is held (ids, session, choices, receipt, images).
    bool holdsVoterData() const;

    std::shared_ptr<KioskImages> images() const { return m_images; }
    CastJournal& journal() { return m_journal; }
    /// Opens the journal at \a path (default: CastJournal::defaultPath(), opened when first needed).
    Status openJournal(const QString& path);

    /// Durations, shortened by tests: the wait before a new code may be asked for, the receipt's time on
    /// screen, and the wait between attempts to send a cast while the server is unreachable.
    void setResendDelay(int ms) { m_resendDelayMs = ms; }
    void setReceiptTimeout(int ms) { m_receiptTimeoutMs = ms; }
    void setCastRetryDelay(int ms) { m_castRetryMs = ms; }

    /// At start-up, once connected: asks the server about every cast the journal left pending (a crash, a
    /// killed process) and says in journalStatus, for the poll worker, whether each was counted.
    void checkJournal();

    Q_INVOKABLE void begin(qint64 electionId);
    Q_INVOKABLE void submitNationalId(const QString& nationalId);
    Q_INVOKABLE void submitCode(const QString& code);
    Q_INVOKABLE void resendCode();
    Q_INVOKABLE void toggle(qint64 candidateId);
    Q_INVOKABLE void review();
    Q_INVOKABLE void backToBallot();
    Q_INVOKABLE void cast();
    /// The voter is done (receipt, notice) or leaves: the session ends.
    Q_INVOKABLE void finish();
    /// Forgets everything of the voter and returns to the welcome screen.
    Q_INVOKABLE void wipe();

Q_SIGNALS:
    void stepChanged();
    void busyChanged();
    void messageChanged();
    void electionChanged();
    void codeChanged();
    void ballotChanged();
    void receiptChanged();
    void journalStatusChanged();

private:
    template <typename T, typename Fn, typename Done>
    void call(Fn fn, Done done);
    void setStep(Step step);
    void setBusy(bool busy);
    void setMessage(const QString& message);
    void endWithNotice(const QString& message);
    void startResendTimer();
    void loadBallot();
    void sendCast();
    void castAnswered(const Result<QString>& answer);
    void updateInactivity();
    bool ensureJournal();
    static QString unreachableMessage();

    Connection& m_connection;
    RunningElectionModel& m_elections;
    VoterSession& m_voter;
    BallotModel* m_ballot;
    InactivityGuard* m_inactivity;
    std::shared_ptr<KioskImages> m_images;
    CastJournal m_journal;

    int m_session = 0; ///< bumped by wipe(): answers for an earlier voter are dropped
    Step m_step = Step::Welcome;
    bool m_busy = false;
    QString m_message;
    Election m_election;
    QUuid m_lookup;
    QString m_phoneDigits;
    QString m_sessionToken; ///< secret: never logged
    bool m_resendAvailable = false;
    QString m_receipt;
    QString m_imageKey;
    QString m_journalStatus;

    // The cast under way: it outlives a wipe only in the journal, never on screen.
    bool m_casting = false;
    bool m_castInFlight = false;
    QUuid m_castKey;
    QString m_castReceipt;
    QList<qint64> m_castSelections;

    QTimer m_resendTimer;
    QTimer m_receiptTimer;
    QTimer m_castRetryTimer;
    int m_resendDelayMs = kDefaultResendDelayMs;
    int m_receiptTimeoutMs = kDefaultReceiptTimeoutMs;
    int m_castRetryMs = kDefaultCastRetryMs;
};

} // namespace Elect

#include "VotingFlow.h"

#include "KioskLog.h"
#include "RunningElectionModel.h"
#include "VoterSession.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/VotingRepository.h"
#include "core/domain/NationalId.h"
#include "core/domain/QrCode.h"

#include <QLocale>

namespace Elect {

VotingFlow::VotingFlow(Connection& connection, RunningElectionModel& elections, VoterSession& voter, QObject* parent)
    : QObject(parent), m_connection(connection), m_elections(elections), m_voter(voter),
      m_ballot(new BallotModel(this)), m_inactivity(new InactivityGuard(this)),
      m_images(std::make_shared<KioskImages>())
{
    m_resendTimer.setSingleShot(true);
    connect(&m_resendTimer, &QTimer::timeout, this, [this]() {
        m_resendAvailable = true;
        Q_EMIT codeChanged();
    });
    m_receiptTimer.setSingleShot(true);
    connect(&m_receiptTimer, &QTimer::timeout, this, &VotingFlow::finish);
    m_castRetryTimer.setSingleShot(true);
    connect(&m_castRetryTimer, &QTimer::timeout, this, &VotingFlow::sendCast);
    // Back from a lost connection: a cast that could not be sent goes again at once, with the same key.
    connect(&m_connection, &Connection::reconnected, this, [this]() {
        if (m_casting && !m_castInFlight) {
            m_castRetryTimer.stop();
            sendCast();
        }
    });
    connect(m_ballot, &BallotModel::changed, this, &VotingFlow::ballotChanged);
    connect(m_inactivity, &InactivityGuard::expired, this, &VotingFlow::wipe);
    connect(&m_voter, &VoterSession::languageChanged, this, &VotingFlow::updateInactivity);
    connect(&m_voter, &VoterSession::textSizeChanged, this, &VotingFlow::updateInactivity);
    connect(&m_voter, &VoterSession::highContrastChanged, this, &VotingFlow::updateInactivity);
    // The texts the flow made follow the voter's language.
    connect(&m_voter, &VoterSession::languageChanged, this, &VotingFlow::ballotChanged);
}

VotingFlow::~VotingFlow() = default;

QString VotingFlow::unreachableMessage()
{
    return tr("The kiosk cannot reach the election server right now. Wait a moment and try again; if this goes on, "
              "ask the poll worker.");
}

template <typename T, typename Fn, typename Done>
void VotingFlow::call(Fn fn, Done done)
{
    setBusy(true);
    const int session = m_session;
    auto linkLost = std::make_shared<bool>(false);
    whenReady(m_connection.run([fn, linkLost](Database& db) -> Result<T> {
        Result<T> result = fn(db);
        if (!result && !db.isOpen())
            *linkLost = true;
        return result;
    }),
              this, [this, session, linkLost, done](Result<T> result) {
                  if (session != m_session)
                      return; // the voter has gone; nothing of theirs is shown to the next one
                  setBusy(false);
                  if (!result && result.code() == ErrorCode::Unavailable &&
                      (*linkLost || m_connection.state() != Connection::State::Open)) {
                      setMessage(unreachableMessage());
                      return;
                  }
                  done(result);
              });
}

void VotingFlow::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
    updateInactivity();
}

void VotingFlow::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void VotingFlow::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void VotingFlow::endWithNotice(const QString& message)
{
    m_sessionToken.fill(u'\0');
    m_sessionToken.clear();
    m_ballot->clear();
    m_images->clear();
    setMessage(message);
    setStep(Step::Notice);
}

void VotingFlow::updateInactivity()
{
    const bool voterSettings = m_voter.language() != QLatin1String("en") ||
                               m_voter.textSize() != VoterSession::TextSize::Normal || m_voter.highContrast();
    // A cast being sent is never wiped: the journal and the retries must finish what the voter asked for.
    m_inactivity->setActive(!m_casting && (m_step != Step::Welcome || voterSettings));
}

bool VotingFlow::holdsVoterData() const
{
    return !m_lookup.isNull() || !m_sessionToken.isEmpty() || !m_phoneDigits.isEmpty() || m_ballot->count() > 0 ||
           m_ballot->chosenCount() > 0 || !m_receipt.isEmpty() || m_images->size() > 0 || m_election.id != 0 ||
           !m_message.isEmpty();
}

Status VotingFlow::openJournal(const QString& path)
{
    return m_journal.open(path);
}

bool VotingFlow::ensureJournal()
{
    if (m_journal.isOpen())
        return true;
    const Status opened = m_journal.open(CastJournal::defaultPath());
    if (!opened)
        setMessage(opened.message());
    return opened.ok();
}

QString VotingFlow::chosenText() const
{
    const QLocale locale;
    const int most = m_ballot->rules().maximumChoices();
    if (m_ballot->ranked())
        return tr("%1 of %2 ranked").arg(locale.toString(m_ballot->chosenCount()), locale.toString(most));
    return tr("%1 of %2 chosen").arg(locale.toString(m_ballot->chosenCount()), locale.toString(most));
}

QString VotingFlow::ballotHint() const
{
    const BallotRules& rules = m_ballot->rules();
    const int needed = rules.stillNeeded(m_ballot->chosen());
    QString how;
    if (rules.isRanked())
        how = tr("Touch the candidates in your order of preference, your first choice first. Touch a chosen candidate "
                 "again to take them off and change the order.");
    else if (rules.method() == CountingMethod::Referendum)
        how = tr("Touch your answer. Touch the other answer to change it.");
    else if (rules.maximumChoices() == 1)
        how = tr("Touch the candidate you choose. Touch another to change your choice.");
    else if (rules.minimumChoices() == rules.maximumChoices())
        how = tr("Choose exactly %n candidate(s). Touch a chosen candidate again to take them off.", "",
                 rules.maximumChoices());
    else
        how = tr("Choose up to %n candidate(s). Touch a chosen candidate again to take them off.", "",
                 rules.maximumChoices());
    if (needed > 0)
        return how + QLatin1Char(' ') + tr("Choose %n more.", "", needed);
    return how + QLatin1Char(' ') + tr("When you are ready, go on to review your ballot.");
}

QString VotingFlow::receiptQr() const
{
    return m_receipt.isEmpty() ? QString() : QStringLiteral("image://kiosk/%1/qr").arg(m_imageKey);
}

void VotingFlow::begin(qint64 electionId)
{
    if (m_step != Step::Welcome || m_busy)
        return;
    const auto election = m_elections.election(electionId);
    if (!election) {
        setMessage(tr("This election is not open at this kiosk any more. Ask the poll worker."));
        return;
    }
    m_election = *election;
    m_imageKey = QUuid::createUuid().toString(QUuid::Id128);
    Q_EMIT electionChanged();
    setMessage({});
    setStep(Step::NationalId);
}

void VotingFlow::submitNationalId(const QString& nationalId)
{
    if (m_step != Step::NationalId || m_busy)
        return;
    const auto normalized = NationalId::normalize(nationalId);
    if (!normalized) {
        setMessage(normalized.message());
        return;
    }
    setMessage({});
    const qint64 election = m_election.id;
    const QString id = *normalized;
    call<VoterLookup>([election, id](Database& db) { return VotingRepository(db).identify(election, id); },
                      [this](const Result<VoterLookup>& lookup) {
                          if (!lookup) {
                              if (lookup.code() == ErrorCode::WrongState)
                                  endWithNotice(lookup.message());
                              else
                                  setMessage(lookup.message());
                              return;
                          }
                          if (!lookup->listed) {
                              setMessage(tr("This national id is not on this election's list of voters. Check the "
                                            "number and enter it again, or ask the poll worker."));
                              return;
                          }
                          m_lookup = lookup->id;
                          m_phoneDigits = lookup->phoneLastDigits;
                          startResendTimer();
                          setStep(Step::Code);
                      });
}

void VotingFlow::startResendTimer()
{
    m_resendAvailable = false;
    m_resendTimer.start(m_resendDelayMs);
    Q_EMIT codeChanged();
}

void VotingFlow::resendCode()
{
    if (m_step != Step::Code || m_busy || !m_resendAvailable)
        return;
    const QUuid lookup = m_lookup;
    call<QString>([lookup](Database& db) { return VotingRepository(db).requestCode(lookup); },
                  [this](const Result<QString>& digits) {
                      if (!digits) {
                          if (digits.code() == ErrorCode::NotFound) {
                              m_lookup = QUuid();
                              m_phoneDigits.clear();
                              setStep(Step::NationalId);
                          }
                          setMessage(digits.message());
                          return;
                      }
                      m_phoneDigits = *digits;
                      startResendTimer();
                      setMessage(tr("A new code was sent to the phone ending in %1. Enter the new code; the "
                                    "earlier one no longer works.")
                                     .arg(m_phoneDigits));
                  });
}

void VotingFlow::submitCode(const QString& code)
{
    if (m_step != Step::Code || m_busy)
        return;
    const auto digits = NationalId::normalize(code);
    if (!digits || digits->size() != 6) {
        setMessage(tr("The code has six digits. Enter the six digits from the text message."));
        return;
    }
    const QUuid lookup = m_lookup;
    const QString typed = *digits;
    call<CodeVerification>(
        [lookup, typed](Database& db) { return VotingRepository(db).verifyCode(lookup, typed); },
        [this](const Result<CodeVerification>& verified) {
            if (!verified) {
                if (verified.code() == ErrorCode::NotFound) {
                    m_lookup = QUuid();
                    m_phoneDigits.clear();
                    setStep(Step::NationalId);
                    setMessage(verified.message());
                } else if (verified.code() == ErrorCode::WrongState) {
                    endWithNotice(verified.message());
                } else {
                    setMessage(verified.message());
                }
                return;
            }
            using O = CodeVerification::Outcome;
            switch (verified->outcome) {
            case O::Verified:
                m_sessionToken = verified->sessionToken;
                setMessage({});
                loadBallot();
                return;
            case O::WrongCode:
                setMessage(tr("That code is not right. Check the text message and enter the six digits again."));
                return;
            case O::Expired:
                setMessage(tr("This code has expired. Touch \"Send a new code\", then enter the code from the new "
                              "text message."));
                return;
            case O::TooManyTries:
                setMessage(tr("This code was entered wrongly too many times and no longer works. Touch \"Send a "
                              "new code\", then enter the code from the new text message."));
                return;
            case O::NotSentYet:
                setMessage(tr("Your code is still on its way. Wait for the text message, then enter the code."));
                return;
            case O::AlreadyVoted:
                endWithNotice(tr("You have already voted in this election, and your vote was counted once. Nothing "
                                 "more is needed. Thank you."));
                return;
            }
        });
}

void VotingFlow::loadBallot()
{
    const QString token = m_sessionToken;
    call<QList<BallotCandidate>>(
        [token](Database& db) { return VotingRepository(db).ballot(token); },
        [this](const Result<QList<BallotCandidate>>& candidates) {
            if (!candidates) {
                if (candidates.code() == ErrorCode::WrongState || candidates.code() == ErrorCode::NotFound)
                    endWithNotice(candidates.message());
                else
                    setMessage(candidates.message());
                return;
            }
            QList<qint64> eligible;
            for (const BallotCandidate& c : *candidates) {
                eligible << c.id;
                const QString base = QStringLiteral("%1/%2/%3").arg(m_imageKey);
                if (!c.photo.isEmpty())
                    m_images->insert(base.arg(QStringLiteral("photo"), QString::number(c.id)),
                                     QImage::fromData(c.photo));
                if (!c.symbol.isEmpty())
                    m_images->insert(base.arg(QStringLiteral("symbol"), QString::number(c.id)),
                                     QImage::fromData(c.symbol));
            }
            m_ballot->setBallot(BallotRules::forElection(m_election, eligible), *candidates, m_imageKey);
            setStep(Step::Ballot);
        });
}

void VotingFlow::toggle(qint64 candidateId)
{
    if (m_step != Step::Ballot || m_busy)
        return;
    if (m_ballot->toggle(candidateId)) {
        setMessage({});
        return;
    }
    setMessage(tr("You have already chosen %n candidate(s), as many as this election allows. Touch a chosen "
                  "candidate to take them off first.",
                  "", m_ballot->rules().maximumChoices()));
}

void VotingFlow::review()
{
    if (m_step != Step::Ballot || m_busy)
        return;
    const Status ok = m_ballot->rules().check(m_ballot->chosen());
    if (!ok) {
        setMessage(ok.message());
        return;
    }
    setMessage({});
    setStep(Step::Review);
}

void VotingFlow::backToBallot()
{
    if (m_step != Step::Review || m_busy)
        return;
    setMessage({});
    setStep(Step::Ballot);
}

void VotingFlow::cast()
{
    if (m_step != Step::Review || m_busy || m_casting)
        return;
    if (!ensureJournal())
        return;
    m_castKey = QUuid::createUuid();
    m_castReceipt = VotingRepository::newReceiptCode();
    m_castSelections = m_ballot->chosen();
    // Written before the cast leaves the kiosk: whatever happens next, the kiosk can ask what became of it.
    const Status journaled = m_journal.begin(m_castKey, m_castReceipt);
    if (!journaled) {
        setMessage(journaled.message());
        return;
    }
    m_casting = true;
    updateInactivity();
    setMessage({});
    sendCast();
}

void VotingFlow::sendCast()
{
    if (!m_casting || m_castInFlight)
        return;
    m_castInFlight = true;
    setBusy(true);
    const QString token = m_sessionToken;
    const QList<qint64> selections = m_castSelections;
    const QUuid key = m_castKey;
    const QString receipt = m_castReceipt;
    whenReady(
        m_connection.run([=](Database& db) { return VotingRepository(db).cast(token, selections, key, receipt); }),
        this, [this](const Result<QString>& answer) {
            m_castInFlight = false;
            castAnswered(answer);
        });
}

void VotingFlow::castAnswered(const Result<QString>& answer)
{
    if (!answer && answer.code() == ErrorCode::Unavailable) {
        // Whether the server counted it is unknown: send it again, same key and receipt, until it answers.
        qCInfo(lcKiosk) << "a cast could not be confirmed; sending it again";
        setMessage(tr("The connection to the election server was interrupted while your vote was being sent. The "
                      "kiosk is sending it again; please wait here."));
        m_castRetryTimer.start(m_castRetryMs);
        return;
    }
    m_casting = false;
    setBusy(false);
    if (!answer) {
        (void)m_journal.setStatus(m_castKey, CastJournal::Status::NotCounted);
        (void)m_journal.dropReceipt(m_castKey);
        m_castReceipt.clear();
        updateInactivity();
        if (answer.code() == ErrorCode::InvalidInput) {
            setStep(Step::Ballot);
            setMessage(answer.message());
        } else {
            endWithNotice(answer.message());
        }
        return;
    }
    (void)m_journal.setStatus(m_castKey, CastJournal::Status::Counted);
    qCInfo(lcKiosk) << "a ballot was cast and counted";
    m_sessionToken.clear();
    m_receipt = *answer;
    m_images->insert(QStringLiteral("%1/qr").arg(m_imageKey), qrCodeImage(m_receipt, 12));
    Q_EMIT receiptChanged();
    setMessage({});
    setStep(Step::Receipt);
    updateInactivity();
    m_receiptTimer.start(m_receiptTimeoutMs);
}

void VotingFlow::finish()
{
    if (m_casting || m_step == Step::Welcome)
        return;
    wipe();
}

void VotingFlow::wipe()
{
    if (m_casting)
        return;
    ++m_session;
    if (!m_castKey.isNull()) {
        // The receipt was shown: the journal keeps only the key and the outcome.
        (void)m_journal.dropReceipt(m_castKey);
        m_castKey = QUuid();
        m_castReceipt.clear();
        m_castSelections.clear();
    }
    m_resendTimer.stop();
    m_receiptTimer.stop();
    m_castRetryTimer.stop();
    m_lookup = QUuid();
    m_phoneDigits.clear();
    m_resendAvailable = false;
    m_sessionToken.fill(u'\0');
    m_sessionToken.clear();
    m_ballot->clear();
    m_images->clear();
    m_receipt.clear();
    m_imageKey.clear();
    m_election = Election();
    m_message.clear();
    setBusy(false);
    Q_EMIT electionChanged();
    Q_EMIT codeChanged();
    Q_EMIT receiptChanged();
    Q_EMIT messageChanged();
    m_voter.reset();
    setStep(Step::Welcome);
    updateInactivity();
}

void VotingFlow::checkJournal()
{
    if (!ensureJournal())
        return;
    const QList<CastJournal::Entry> pending = m_journal.pending();
    for (const CastJournal::Entry& entry : pending) {
        if (m_casting && entry.key == m_castKey)
            continue;
        const QUuid key = entry.key;
        const QString receipt = entry.receipt;
        whenReady(
            m_connection.run([key, receipt](Database& db) { return VotingRepository(db).castOutcome(key, receipt); }),
            this, [this, key](const Result<bool>& counted) {
                if (!counted) {
                    qCWarning(lcKiosk) << "cannot check a pending cast yet:" << int(counted.code());
                    return; // stays pending; the next start-up asks again
                }
                (void)m_journal.setStatus(key,
                                          *counted ? CastJournal::Status::Counted : CastJournal::Status::NotCounted);
                (void)m_journal.dropReceipt(key);
                const QString line = *counted
                                         ? tr("A vote cast at this kiosk before it restarted was counted.")
                                         : tr("A vote started at this kiosk before it restarted was not counted: that "
                                              "voter may vote again.");
                m_journalStatus = m_journalStatus.isEmpty() ? line : m_journalStatus + QLatin1Char('\n') + line;
                Q_EMIT journalStatusChanged();
            });
    }
}

} // namespace Elect

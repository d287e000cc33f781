#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace Elect {

class Clock;
class VotingFlow;

/// The poll worker's way past the voters' screens: a PIN prompt (opened by Ctrl+Alt+P or a long press on the
/// kiosk's name), then a menu to resume, pause the kiosk, change its server or quit the app. Only the PIN's
/// slow salted hash is kept (PinHash, in the keychain under pinKey()); it is compared on a thread of the
/// gate's own, never on the GUI thread, and not behind the database's calls (the poll worker needs the menu
/// most when the server is gone).
///
/// Guessing: every kTriesPerRound wrong PINs lock the prompt, for one minute the first time and twice as long
/// each further round (at most an hour). The count of wrong PINs and the end of the lock are kept in the
/// keychain beside the hash (guardKey()), written before the answer is shown, so that neither a restart nor
/// a pulled power cord resets them; the lock's countdown runs in C++ from the injected clock.
///
/// A voter who is mid-session when the right PIN is entered loses the session first (VotingFlow::wipe):
/// nothing of one voter is left under the menu. A cast still being sent is never cut off: the menu waits
/// until the voter has the receipt.
class PollWorkerGate : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk controller provides the poll worker's gate.")
    Q_PROPERTY(View view READ view NOTIFY changed)
    Q_PROPERTY(bool paused READ paused NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool locked READ locked NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool hasPin READ hasPin NOTIFY changed)
    Q_PROPERTY(int holdInterval READ holdInterval NOTIFY changed)

public:
    /// NoPin: this kiosk has no PIN yet (set up before PINs existed, or the demo's kiosk): the poll worker
    /// may only go on to the setup screen, which asks for one.
    enum class View { Hidden, Prompt, NoPin, Menu };
    Q_ENUM(View)

    static constexpr int kTriesPerRound = 5;
    static constexpr int kFirstLockSecs = 60;
    static constexpr int kLongestLockSecs = 60 * 60;
    static constexpr int kDefaultHoldMs = 3000;

    PollWorkerGate(VotingFlow& flow, QObject* parent);
    ~PollWorkerGate() override;

    /// The keychain entries: the PIN's hash, and the count of wrong PINs with the end of the lock (JSON).
    static QString pinKey();
    static QString guardKey();

    View view() const { return m_view; }
    bool paused() const { return m_paused; }
    bool busy() const { return m_busy; }
    bool locked() const { return secondsLeft() > 0; }
    /// What the poll worker should know now, as a sentence: a wrong PIN, how long to wait, a keychain problem.
    QString message() const;
    /// Whether the keychain holds a PIN, as last read (false until known).
    bool hasPin() const { return m_hasPin; }
    int holdInterval() const { return m_holdMs; }
    /// Seconds until the prompt takes PINs again (0: not locked).
    int secondsLeft() const;

    /// Tests: their clock, and a shorter long press.
    void setClock(const Clock* clock);
    void setHoldInterval(int ms);
    /// What "Change server" and "Quit" do once the PIN was right (the controller and the app set them).
    void setChangeServerHandler(std::function<void()> handler) { m_changeServer = std::move(handler); }
    void setQuitHandler(std::function<void()> handler) { m_quit = std::move(handler); }

    /// Keeps \a pin (already checked with PinHash::checkChoice) as a new hash and clears the count of wrong
    /// PINs; off the GUI thread. The setup screen's.
    QFuture<Status> storePin(const QString& pin);
    /// Reads whether a PIN is stored (hasPin), off the GUI thread.
    void refreshPinPresence();

    /// The PIN prompt; the right PIN opens the menu.
    Q_INVOKABLE void open();
    /// The PIN prompt; the right PIN goes straight to the setup screen (Change kiosk setup).
    Q_INVOKABLE void openForServerChange();
    Q_INVOKABLE void submit(const QString& pin);
    /// Closes the prompt or the menu; a voter's session that was not wiped goes on.
    Q_INVOKABLE void cancel();
    /// The menu's actions; nothing happens unless the menu is open (the PIN was right).
    Q_INVOKABLE void resume();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void changeServer();
    Q_INVOKABLE void quit();
    /// From the NoPin view: the setup screen, where a PIN must be chosen.
    Q_INVOKABLE void setUpPin();

Q_SIGNALS:
    void changed();

private:
    struct Check;
    enum class Intent { Menu, ServerChange };
    void openFor(Intent intent);
    void runCheck(const QString& pin, bool compare);
    void checked(const Check& result);
    void setView(View view);
    void setPaused(bool paused);
    void leaveForSetup();
    QDateTime now() const;

    VotingFlow& m_flow;
    QThreadPool m_pool;
    QTimer m_lockTimer;
    const Clock* m_clock;
    std::function<void()> m_changeServer;
    std::function<void()> m_quit;
    View m_view = View::Hidden;
    Intent m_intent = Intent::Menu;
    bool m_paused = false;
    bool m_busy = false;
    bool m_hasPin = false;
    bool m_readingPresence = false;
    QString m_message;
    QDateTime m_lockedUntil;
    int m_holdMs = kDefaultHoldMs;
};

} // namespace Elect

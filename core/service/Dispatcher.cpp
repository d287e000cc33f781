#include "core/service/Dispatcher.h"

#include "core/db/OutboxDeliveryRepository.h"
#include "core/db/OutboxRepository.h"
#include "core/domain/Clock.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPromise>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDispatch, "elect.core.service.dispatcher", QtInfoMsg)

namespace Elect::Service {

using Integrations::Delivery;

// One batch in flight: its messages, the answers so far, and the promise runOnce returned. The timers and
// watchers of its messages are its children, so a late answer after the batch was recorded goes nowhere.
struct Dispatcher::Run : QObject
{
    using QObject::QObject;
    ~Run() override
    {
        if (!promise.future().isFinished()) {
            promise.addResult(-1);
            promise.finish();
        }
    }
    QPromise<int> promise;
    QList<OutboxMessage> messages;
    QList<std::optional<Delivery>> answers;
    int waiting = 0;
};

Dispatcher::Dispatcher(Database& db, RetryPolicy policy, const Clock& clock, std::function<double()> random01,
                       QObject* parent)
    : QObject(parent), m_db(db), m_policy(policy), m_clock(clock), m_random(std::move(random01))
{}

Dispatcher::~Dispatcher() = default;

double Dispatcher::systemRandom()
{
    return QRandomGenerator::system()->generateDouble();
}

void Dispatcher::addHandler(std::unique_ptr<OutboxHandler> handler)
{
    const QString kind = handler->kind();
    m_handlers.insert(kind, std::shared_ptr<OutboxHandler>(std::move(handler)));
}

QFuture<int> Dispatcher::runOnce(int batchSize, int leaseSeconds)
{
    auto* run = new Run(this);
    run->promise.start();
    QFuture<int> future = run->promise.future();
    const auto finish = [this, run](int value) {
        run->promise.addResult(value);
        run->promise.finish();
        run->deleteLater();
    };

    const auto claimed = OutboxRepository(m_db).claimDue(batchSize, leaseSeconds);
    if (!claimed) {
        m_lastError = claimed.error();
        qCWarning(lcDispatch).noquote() << "claiming outbox messages failed:" << m_lastError.message;
        finish(-1);
        return future;
    }
    if (claimed->isEmpty()) {
        finish(0);
        return future;
    }
    run->messages = *claimed;
    run->answers.resize(run->messages.size());
    run->waiting = int(run->messages.size());

    // The lease must outlast the wait, or another server would send the message while this one still might.
    const int guardMs = std::max(1, std::min(m_handlerTimeoutMs, leaseSeconds * 750));
    const auto complete = [this, run, finish] {
        const QList<OutboxOutcome> results = outcomes(*run);
        const auto recorded = OutboxDeliveryRepository(m_db).record(results);
        if (!recorded) {
            m_lastError = recorded.error();
            qCWarning(lcDispatch).noquote() << "recording outbox outcomes failed:" << m_lastError.message;
            finish(-1);
            return;
        }
        for (int i = 0; i < results.size(); ++i) {
            const OutboxOutcome& o = results.at(i);
            const QString outcome = o.kind == OutboxOutcome::Kind::Sent    ? QStringLiteral("sent")
                                    : o.kind == OutboxOutcome::Kind::Retry ? QStringLiteral("retry")
                                                                           : QStringLiteral("given up");
            const QString reason = o.kind == OutboxOutcome::Kind::Sent ? run->answers.at(i)->reason : o.reason;
            qCInfo(lcDispatch).noquote() << "outbox" << o.id << run->messages.at(i).kind << outcome << reason;
            Q_EMIT handled(o.id, run->messages.at(i).kind, outcome, reason);
        }
        finish(int(run->messages.size()));
    };
    const auto settle = [run, complete](int i, const Delivery& d) {
        if (run->answers[i].has_value())
            return;
        run->answers[i] = d;
        if (--run->waiting == 0)
            complete();
    };

    for (int i = 0; i < run->messages.size(); ++i) {
        const OutboxMessage& message = run->messages.at(i);
        const std::shared_ptr<OutboxHandler> handler = m_handlers.value(message.kind);
        if (!handler) {
            Delivery d;
            d.outcome = Delivery::Outcome::Rejected;
            d.reason = QCoreApplication::translate("Elect::Service",
                                                   "No handler of this elect serve sends messages of kind \"%1\". "
                                                   "Update elect serve, then retry the message.")
                           .arg(message.kind);
            run->answers[i] = d;
            --run->waiting;
            continue;
        }
        auto* timer = new QTimer(run);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, run, [settle, i, guardMs] {
            Delivery d;
            d.outcome = Delivery::Outcome::RetryLater;
            d.reason = QCoreApplication::translate("Elect::Service", "No answer within %1 seconds.")
                           .arg(QString::number(guardMs / 1000.0, 'g', 3));
            settle(i, d);
        });
        auto* watcher = new QFutureWatcher<Delivery>(run);
        connect(watcher, &QFutureWatcher<Delivery>::finished, run, [settle, watcher, i] {
            const QFuture<Delivery> f = watcher->future();
            if (f.resultCount() > 0) {
                settle(i, f.result());
                return;
            }
            Delivery d;
            d.outcome = Delivery::Outcome::RetryLater;
            d.reason = QCoreApplication::translate("Elect::Service", "The message was cancelled before it was sent.");
            settle(i, d);
        });
        watcher->setFuture(handler->handle(message));
        timer->start(guardMs);
    }
    if (run->waiting == 0) // only unknown kinds: nothing to wait for
        complete();
    return future;
}

QList<OutboxOutcome> Dispatcher::outcomes(const Run& run)
{
    QList<OutboxOutcome> out;
    for (int i = 0; i < run.messages.size(); ++i) {
        const OutboxMessage& m = run.messages.at(i);
        const Delivery& d = *run.answers.at(i);
        OutboxOutcome o;
        o.id = m.id;
        o.attempts = m.attempts + 1;
        switch (d.outcome) {
        case Delivery::Outcome::Accepted:
            o.kind = OutboxOutcome::Kind::Sent;
            o.providerId = d.providerId;
            break;
        case Delivery::Outcome::RetryLater:
            if (const auto delay = m_policy.nextDelaySeconds(o.attempts, m_random(), d.retryAfterSeconds)) {
                o.kind = OutboxOutcome::Kind::Retry;
                o.nextAttemptAt = m_clock.now().addSecs(*delay);
                o.reason = d.reason;
            } else {
                o.kind = OutboxOutcome::Kind::GiveUp;
                o.reason = QCoreApplication::translate("Elect::Service", "Gave up after %n attempt(s). Last error: %1",
                                                       nullptr, o.attempts)
                               .arg(d.reason);
            }
            break;
        case Delivery::Outcome::Rejected:
            o.kind = OutboxOutcome::Kind::GiveUp;
            o.reason = d.reason;
            break;
        }
        out << o;
    }
    return out;
}

} // namespace Elect::Service

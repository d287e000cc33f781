#include "core/service/PaymentPoller.h"

#include "core/db/WalletRepository.h"
#include "core/integrations/stripe/PaymentGateway.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

#include <memory>

Q_LOGGING_CATEGORY(lcPoller, "elect.service.payments", QtInfoMsg)

namespace Elect::Service {

namespace {

// One run: the sessions to ask about, asked one after the other so that a long list does not burst
// Stripe's rate limit.
struct Run
{
    Database* db = nullptr;
    Integrations::PaymentGateway* gateway = nullptr;
    QList<OpenTopUp> due;
    int next = 0;
    int credited = 0;
    QStringList problems;
    QPromise<Status> promise;
};

constexpr qint64 kDaySeconds = 24 * 3600;

void step(const std::shared_ptr<Run>& run)
{
    if (run->next >= run->due.size()) {
        if (run->credited > 0)
            qCInfo(lcPoller) << "payment poller credited" << run->credited << "top-up(s) whose webhook had not come";
        run->promise.addResult(run->problems.isEmpty()
                                   ? success()
                                   : Status::failure(ErrorCode::Unavailable, run->problems.join(QLatin1Char(' '))));
        run->promise.finish();
        return;
    }
    const OpenTopUp topUp = run->due.at(run->next++);
    run->gateway->retrieveCheckoutSession(topUp.sessionId)
        .then([run, topUp](const Result<Integrations::CheckoutSession>& session) {
            WalletRepository wallet(*run->db);
            if (!session) {
                run->problems << QCoreApplication::translate("Elect::Service",
                                                             "Top-up %1: Stripe could not be asked (%2).")
                                     .arg(topUp.id)
                                     .arg(session.message());
            } else if (session->paid) {
                // Stripe's own figures: the database refuses them when they differ from the request.
                const auto credited = wallet.creditTopUp(session->id, session->clientReferenceId, session->amountTotal,
                                                         session->currency, QString());
                if (!credited)
                    run->problems << credited.message();
                else if (*credited)
                    ++run->credited;
            } else if (topUp.openSeconds >= kDaySeconds) {
                if (const auto expired = wallet.expireTopUp(topUp.id); !expired)
                    run->problems << expired.message();
            }
            step(run);
        });
}

} // namespace

PaymentPoller::PaymentPoller(Database& db, Integrations::PaymentGateway& gateway, int afterMinutes, int intervalSeconds)
    : m_db(db), m_gateway(gateway), m_afterMinutes(afterMinutes), m_intervalSeconds(intervalSeconds)
{}

QString PaymentPoller::name() const
{
    return QStringLiteral("payment_poller");
}

int PaymentPoller::intervalSeconds() const
{
    return m_intervalSeconds;
}

QFuture<Status> PaymentPoller::runDue(const Clock& clock)
{
    Q_UNUSED(clock); // what is due is the database's to say (opened_at against its now()), for every server alike
    auto run = std::make_shared<Run>();
    run->db = &m_db;
    run->gateway = &m_gateway;
    run->promise.start();
    QFuture<Status> future = run->promise.future();
    const auto due = WalletRepository(m_db).openTopUps(m_afterMinutes);
    if (!due) {
        run->promise.addResult(Status(due.error()));
        run->promise.finish();
        return future;
    }
    run->due = *due;
    step(run);
    return future;
}

} // namespace Elect::Service

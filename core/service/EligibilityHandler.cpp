#include "core/service/EligibilityHandler.h"

#include "core/db/EligibilityRepository.h"
#include "core/integrations/eligibility/EligibilityClient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEligibility, "elect.service.eligibility")

namespace Elect::Service {

using Integrations::Delivery;

namespace {

Delivery accepted(const QString& reason = {})
{
    Delivery d;
    d.outcome = Delivery::Outcome::Accepted;
    d.reason = reason;
    return d;
}

Delivery retryLater(const QString& reason)
{
    Delivery d;
    d.outcome = Delivery::Outcome::RetryLater;
    d.reason = reason;
    return d;
}

} // namespace

EligibilityHandler::EligibilityHandler(Database& serviceDb, Integrations::EligibilityClient& client)
    : m_db(serviceDb), m_client(client)
{}

QString EligibilityHandler::kind() const
{
    return QLatin1String(EligibilityRepository::kOutboxKind);
}

QFuture<Delivery> EligibilityHandler::handle(const OutboxMessage& message)
{
    const qint64 requestId = message.payload.value(QStringLiteral("request_id")).toInteger();
    if (requestId <= 0)
        return QtFuture::makeReadyFuture(Delivery{
            Delivery::Outcome::Rejected, QString(), std::nullopt,
            QCoreApplication::translate("Elect::EligibilityHandler", "The message names no eligibility request.")});
    const auto question = EligibilityRepository(m_db).pendingQuestion(requestId);
    if (!question)
        return QtFuture::makeReadyFuture(retryLater(question.message()));
    if (!question->has_value()) // answered by another server, or given up as too old
        return QtFuture::makeReadyFuture(accepted());

    return m_client.lookUp(question->value().apiEndpoint, question->value().nationalId)
        .then([this, requestId](const Result<Integrations::Eligibility>& answer) {
            EligibilityRepository repository(m_db);
            QString reason;
            if (answer.ok()) {
                const auto recorded = repository.recordAnswer(requestId, answer->eligible, answer->phoneE164,
                                                              answer->eligibleCandidateNationalIds);
                if (recorded) {
                    if (recorded->value_or(0) > 0)
                        qCInfo(lcEligibility) << "request" << requestId << ": the organization's API named"
                                              << *recorded.value() << "candidate(s) the election does not have";
                    return accepted();
                }
                // Nothing of the answer was kept (one transaction); the kiosk must not wait for it.
                reason = QCoreApplication::translate("Elect::EligibilityHandler",
                                                     "Elect could not record the API's answer: %1")
                             .arg(recorded.message());
            } else {
                reason = answer.message();
            }
            qCWarning(lcEligibility) << "request" << requestId << "unavailable:" << reason;
            const auto failed = repository.recordUnavailable(requestId, reason);
            if (!failed)
                return retryLater(failed.message());
            return accepted(reason);
        });
}

} // namespace Elect::Service

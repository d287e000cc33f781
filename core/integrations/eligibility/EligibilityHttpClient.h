#pragma once

#include "core/integrations/eligibility/EligibilityClient.h"

#include <QPointer>

class QNetworkAccessManager;

namespace Elect::Integrations {

/// Asks an organization's own API over HTTPS: `GET {api_endpoint}/voters/{national_id}`.
///
/// The answer Elect expects (docs/eligibility-api.md): 200 with
/// `{"eligible": true, "phone": "+201001234567", "candidates": ["29001011234567", ...]}`, where
/// `candidates` lists the national ids of the candidates this voter may choose (absent or empty:
/// all of the election's candidates); 200 with `{"eligible": false}` or 404 for someone who may not
/// vote. A national id travels only over HTTPS, or plain HTTP to this machine (the built-in dummy API).
class EligibilityHttpClient : public EligibilityClient
{
public:
    EligibilityHttpClient(QNetworkAccessManager* network, int timeoutMs = 10000);
    QFuture<Result<Eligibility>> lookUp(const QUrl& apiEndpoint, const QString& normalizedNationalId) override;

    /// The reading of one answer (status and body), apart from the network, for tests and fuzzing.
    static Result<Eligibility> read(int status, const QByteArray& body, const QString& endpointHost);

private:
    QPointer<QNetworkAccessManager> m_network;
    int m_timeoutMs;
};

} // namespace Elect::Integrations

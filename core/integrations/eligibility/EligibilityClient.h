#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Elect::Integrations {

/// What an organization's API says about one person for one `api_managed` election.
struct Eligibility
{
    bool eligible = false;
    QString phoneE164;                        ///< where the one-time code goes; never logged
    QStringList eligibleCandidateNationalIds; ///< normalized; hashed before they reach the database
};

/// Asks an organization's eligibility API (`GET {api_endpoint}/voters/{national_id}`). Only
/// `elect serve` calls it, never a kiosk. A person the API does not know is `eligible = false`, not
/// an error; an unreachable or malformed API is an Unavailable error that says which endpoint.
class EligibilityClient
{
public:
    virtual ~EligibilityClient() = default;
    virtual QFuture<Result<Eligibility>> lookUp(const QUrl& apiEndpoint, const QString& normalizedNationalId) = 0;
};

} // namespace Elect::Integrations

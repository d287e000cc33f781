#pragma once

#include "core/integrations/smtp/SmtpMailer.h"
#include "core/integrations/stripe/StripeCheckout.h"
#include "core/integrations/twilio/TwilioSmsSender.h"

#include <QFuture>
#include <QString>

class QNetworkAccessManager;

namespace Elect::Service {

/// What `elect serve check` found out about one provider, in one sentence for IT staff.
struct CheckLine
{
    QString provider; ///< "Twilio", "SMTP", "Stripe", "database"
    bool ok = false;
    QString sentence; ///< never a secret
};

/// Lists the account's newest message (GET Messages.json?PageSize=1): proves the address, the SID and the token.
QFuture<CheckLine> checkTwilio(const Integrations::TwilioSettings& settings, QNetworkAccessManager* network);
/// Retrieves a Checkout Session that does not exist: 404 proves the address and the secret key, 401 refuses it.
QFuture<CheckLine> checkStripe(const Integrations::StripeSettings& settings, QNetworkAccessManager* network);
/// Connects, encrypts, signs in and says NOOP, off the calling thread.
QFuture<CheckLine> checkSmtp(const Integrations::SmtpSettings& settings);

} // namespace Elect::Service

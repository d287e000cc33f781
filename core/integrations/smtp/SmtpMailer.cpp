#include "core/integrations/smtp/SmtpMailer.h"

#include "core/crypto/Crypto.h"
#include "core/integrations/smtp/MimeMessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtConcurrent/QtConcurrentRun>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace Elect::Integrations {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

bool isLoopback(const QString& host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Delivery outcome(Delivery::Outcome o, QString reason)
{
    Delivery d;
    d.outcome = o;
    d.reason = std::move(reason);
    return d;
}

struct CurlFree
{
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

} // namespace

SmtpMailer::SmtpMailer(SmtpSettings settings) : m_settings(std::move(settings))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QFuture<Delivery> SmtpMailer::send(const EmailMessage& message)
{
    // The copy of the settings keeps the job independent of this object's lifetime.
    return QtConcurrent::run([settings = m_settings, message] { return SmtpMailer(settings).sendNow(message); });
}

// The server's address, TLS and credentials on \a handle (a curl handle, or null when libcurl could not make
// one: RetryLater); Rejected when the settings themselves are wrong.
std::optional<Delivery> SmtpMailer::configure(void* handle) const
{
    CURL* c = static_cast<CURL*>(handle);
    if (!c)
        return outcome(Delivery::Outcome::RetryLater,
                       QCoreApplication::translate("Elect::Smtp", "The mail library could not start."));
    const QString scheme = m_settings.server.scheme();
    const bool implicitTls = scheme == QLatin1String("smtps");
    if (!implicitTls && scheme != QLatin1String("smtp"))
        return outcome(Delivery::Outcome::Rejected,
                       QCoreApplication::translate("Elect::Smtp",
                                                   "The mail server's address must start with smtp:// or "
                                                   "smtps://; check elect serve's settings."));
    const bool plaintext = !implicitTls && m_settings.allowPlaintextOnLoopback;
    if (plaintext && !isLoopback(m_settings.server.host()))
        return outcome(Delivery::Outcome::Rejected,
                       QCoreApplication::translate("Elect::Smtp",
                                                   "Elect sends mail without TLS only to a relay on this "
                                                   "machine; use smtps:// or STARTTLS for %1.")
                           .arg(m_settings.server.host()));
    // libcurl copies the strings it is given.
    curl_easy_setopt(c, CURLOPT_URL, m_settings.server.toString(QUrl::FullyEncoded).toUtf8().constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_USE_SSL, plaintext ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_settings.username.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, m_settings.username.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_settings.password.toUtf8().constData());
    }
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_settings.timeoutMs));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(m_settings.timeoutMs, 10000)));
    return std::nullopt;
}

Delivery SmtpMailer::sendNow(const EmailMessage& message) const
{
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    CURL* c = curl.get();
    if (auto refused = configure(c))
        return *refused;

    const QByteArray random = Crypto::randomBytes(16).toHex();
    const QString domain = m_settings.fromAddress.section(QLatin1Char('@'), 1);
    MimeMessage mime;
    mime.fromAddress = m_settings.fromAddress;
    mime.fromName = m_settings.fromName;
    mime.date = QDateTime::currentDateTimeUtc();
    mime.messageId = random + '@' + (domain.isEmpty() ? QByteArray("elect.invalid") : domain.toUtf8());
    mime.boundary = "=_elect_" + random.left(16);
    Upload upload{mime.render(message), 0};

    const QByteArray from = '<' + m_settings.fromAddress.toUtf8() + '>';
    std::unique_ptr<curl_slist, CurlFree> recipients(
        curl_slist_append(nullptr, ('<' + message.to.toUtf8() + '>').constData()));
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));

    Delivery d = perform(c);
    if (d.outcome == Delivery::Outcome::Accepted)
        d.providerId = QString::fromUtf8(mime.messageId);
    return d;
}

Delivery SmtpMailer::checkNow() const
{
    std::unique_ptr<CURL, CurlFree> curl(curl_easy_init());
    CURL* c = curl.get();
    if (auto refused = configure(c))
        return *refused;
    // Connects, encrypts, signs in, says NOOP: everything but sending.
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "NOOP");
    curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    return perform(c);
}

Delivery SmtpMailer::perform(void* handle) const
{
    CURL* c = static_cast<CURL*>(handle);
    const CURLcode code = curl_easy_perform(c);
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    if (code == CURLE_OK)
        return outcome(Delivery::Outcome::Accepted, QString());
    switch (code) {
    case CURLE_LOGIN_DENIED:
        return outcome(Delivery::Outcome::Rejected,
                       QCoreApplication::translate("Elect::Smtp",
                                                   "The mail server refused Elect's user name or password; "
                                                   "check elect serve's SMTP settings."));
    case CURLE_USE_SSL_FAILED:
        return outcome(Delivery::Outcome::Rejected,
                       QCoreApplication::translate("Elect::Smtp",
                                                   "The mail server does not offer STARTTLS; use smtps:// "
                                                   "or a server that encrypts."));
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
        return outcome(Delivery::Outcome::RetryLater,
                       QCoreApplication::translate("Elect::Smtp", "The mail server could not be reached."));
    case CURLE_OPERATION_TIMEDOUT:
        return outcome(Delivery::Outcome::RetryLater,
                       QCoreApplication::translate("Elect::Smtp", "The mail server did not answer in time."));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
        return outcome(Delivery::Outcome::RetryLater,
                       QCoreApplication::translate("Elect::Smtp", "The mail server could not be verified (TLS); check "
                                                                  "its certificate and this host's clock."));
    default:
        break;
    }
    if (reply >= 500)
        return outcome(
            Delivery::Outcome::Rejected,
            QCoreApplication::translate("Elect::Smtp", "The mail server refused the message (%1).").arg(reply));
    return outcome(Delivery::Outcome::RetryLater,
                   QCoreApplication::translate("Elect::Smtp", "Sending the email failed (%1); it will be tried again.")
                       .arg(QString::fromUtf8(curl_easy_strerror(code))));
}

} // namespace Elect::Integrations

#pragma once

#include "core/integrations/smtp/Mailer.h"
#include "core/integrations/twilio/SmsSender.h"
#include "core/Result.h"

#include <QString>

#include <memory>

namespace Elect::Integrations {

/// The demo's transport (`[transport] file` in serve's configuration): each SMS and email is appended
/// to one file instead of leaving the machine, so that Elect can be tried without provider accounts.
/// The file is created with mode 0600 and kept so (a code or a token is in it); a file that belongs to
/// someone else is refused. `elect serve` says loudly at start that it uses this transport, and never
/// uses it for a channel whose provider is configured.
class FileTransport : public SmsSender, public Mailer
{
public:
    /// Opens (creates) \a path for appending, or says why it cannot.
    static Result<std::shared_ptr<FileTransport>> open(const QString& path);
    ~FileTransport() override;

    QString path() const { return m_path; }

    QFuture<Delivery> send(const SmsMessage& message) override;
    QFuture<Result<QString>> deliveryStatus(const QString& providerId) override;
    QFuture<Delivery> send(const EmailMessage& message) override;

private:
    FileTransport(QString path, int fd);
    Delivery append(const QByteArray& record);

    QString m_path;
    int m_fd = -1;
    qint64 m_written = 0;
};

} // namespace Elect::Integrations

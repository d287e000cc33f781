#include "core/integrations/file/FileTransport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Elect::Integrations {

Result<std::shared_ptr<FileTransport>> FileTransport::open(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return Result<std::shared_ptr<FileTransport>>::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Integrations", "Cannot open the message file %1: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        ::close(fd);
        return Result<std::shared_ptr<FileTransport>>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::Integrations",
                                        "The message file %1 is not a regular file of yours; choose another path.")
                .arg(path));
    }
    // One-time codes and tokens are written there: only the owner may read it, whatever it was before.
    if ((st.st_mode & 0777) != 0600 && ::fchmod(fd, 0600) != 0) {
        ::close(fd);
        return Result<std::shared_ptr<FileTransport>>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::Integrations", "Cannot make the message file %1 private (mode 600).")
                .arg(path));
    }
    return std::shared_ptr<FileTransport>(new FileTransport(path, fd));
}

FileTransport::FileTransport(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}

FileTransport::~FileTransport()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Delivery FileTransport::append(const QByteArray& record)
{
    Delivery d;
    qint64 done = 0;
    while (done < record.size()) {
        const ssize_t n = ::write(m_fd, record.constData() + done, size_t(record.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            d.outcome = Delivery::Outcome::RetryLater;
            d.reason =
                QStringLiteral("cannot write the message file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return d;
        }
        done += n;
    }
    m_written += done;
    d.outcome = Delivery::Outcome::Accepted;
    d.providerId = QStringLiteral("file:%1").arg(m_written);
    return d;
}

QFuture<Delivery> FileTransport::send(const SmsMessage& message)
{
    const QByteArray record = "=== SMS " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + " to " +
                              message.toE164.toUtf8() + "\n" + message.body.toUtf8() + "\n\n";
    return QtFuture::makeReadyFuture(append(record));
}

QFuture<Result<QString>> FileTransport::deliveryStatus(const QString&)
{
    return QtFuture::makeReadyFuture(Result<QString>(QStringLiteral("delivered")));
}

QFuture<Delivery> FileTransport::send(const EmailMessage& message)
{
    const QByteArray record = "=== EMAIL " + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + " to " +
                              message.to.toUtf8() + "\nSubject: " + message.subject.toUtf8() +
                              "\nContent-Language: " + message.language.toUtf8() + "\n\n" + message.textBody.toUtf8() +
                              "\n\n";
    return QtFuture::makeReadyFuture(append(record));
}

} // namespace Elect::Integrations

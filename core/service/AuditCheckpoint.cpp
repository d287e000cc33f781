#include "core/service/AuditCheckpoint.h"

#include "core/crypto/Ed25519.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Elect::Service {

namespace {

constexpr int kVersion = 1;
constexpr qint64 kMaxKeyFile = 16 * 1024;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Whole numbers only: a count or an id written as 1.5 or "7" is not a checkpoint.
std::optional<qint64> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

Status writeAll(int fd, const QByteArray& bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Status::failure(ErrorCode::Unavailable, systemError());
        done += n;
    }
    if (::fsync(fd) != 0)
        return Status::failure(ErrorCode::Unavailable, systemError());
    return success();
}

} // namespace

QByteArray AuditCheckpoint::signedMessage() const
{
    return QByteArrayLiteral("elect-audit-checkpoint/1\n") + QByteArray::number(head.rowCount) + '\n' +
           QByteArray::number(head.lastId) + '\n' + head.headHash.toHex() + '\n' + time.toUtf8();
}

QByteArray AuditCheckpoint::toLine() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), kVersion);
    o.insert(QStringLiteral("count"), double(head.rowCount));
    o.insert(QStringLiteral("last_id"), double(head.lastId));
    o.insert(QStringLiteral("head_hash"), QString::fromLatin1(head.headHash.toHex()));
    o.insert(QStringLiteral("time"), time);
    o.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AuditCheckpoint> AuditCheckpoint::fromLine(const QByteArray& line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const auto version = wholeNumber(o.value(QStringLiteral("v")));
    const auto count = wholeNumber(o.value(QStringLiteral("count")));
    const auto lastId = wholeNumber(o.value(QStringLiteral("last_id")));
    const QJsonValue hash = o.value(QStringLiteral("head_hash"));
    const QJsonValue time = o.value(QStringLiteral("time"));
    const QJsonValue signature = o.value(QStringLiteral("signature"));
    if (version != kVersion || !count || !lastId || !hash.isString() || !time.isString())
        return std::nullopt;
    AuditCheckpoint c;
    c.head.rowCount = *count;
    c.head.lastId = *lastId;
    const QByteArray hex = hash.toString().toLatin1();
    c.head.headHash = QByteArray::fromHex(hex);
    if (c.head.headHash.toHex() != hex.toLower() || (c.head.rowCount > 0) != (c.head.headHash.size() == 32))
        return std::nullopt;
    c.time = time.toString();
    if (signature.isString()) {
        const auto decoded =
            QByteArray::fromBase64Encoding(signature.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        c.signature = *decoded;
    } else if (!signature.isUndefined()) {
        return std::nullopt;
    }
    return c;
}

bool AuditCheckpoint::verify(const QByteArray& publicPem) const
{
    return Crypto::verifyEd25519(publicPem, signedMessage(), signature);
}

namespace AuditCheckpointFile {

Result<QByteArray> readPrivateKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            ErrorCode::NotFound, QCoreApplication::translate("Elect::Service", "Cannot read the key file %1: %2.")
                                     .arg(path, file.errorString()));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others)
        return Result<QByteArray>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::Service",
                                        "The key file %1 may be read by others, and whoever reads it can sign "
                                        "audit checkpoints. Run \"chmod 600 %1\" and start again.")
                .arg(path));
    const QByteArray pem = file.read(kMaxKeyFile + 1);
    if (pem.size() > kMaxKeyFile || !Crypto::signEd25519(pem, QByteArrayLiteral("probe")))
        return Result<QByteArray>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Service",
                                        "The key file %1 is not an Ed25519 private key in PEM form; make one with "
                                        "\"elect audit keygen\".")
                .arg(path));
    return pem;
}

Status append(const QString& path, const QByteArray& line)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    const auto cannot = [&](const QString& why) {
        return Status::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Service", "Cannot write the checkpoint file %1: %2.").arg(path, why));
    };
    if (fd < 0)
        return cannot(systemError());
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || ((st.st_mode & 0777) != 0600 && ::fchmod(fd, 0600) != 0)) {
        ::close(fd);
        return cannot(QCoreApplication::translate("Elect::Service", "not a regular file that can be made private"));
    }
    const Status written = writeAll(fd, line + '\n');
    ::close(fd);
    if (!written)
        return cannot(written.message());
    return success();
}

std::optional<AuditHead> lastHead(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A checkpoint line is under 300 bytes: the last few kilobytes hold the last one.
    const qint64 tail = 4096;
    if (file.size() > tail)
        file.seek(file.size() - tail);
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (const auto c = AuditCheckpoint::fromLine(it->trimmed()))
            return c->head;
    }
    return std::nullopt;
}

Status writeNew(const QString& path, const QByteArray& bytes, int mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode_t(mode));
    if (fd < 0)
        return Status::failure(
            errno == EEXIST ? ErrorCode::AlreadyExists : ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Service", "Cannot write %1: %2.").arg(path, systemError()));
    // The umask may have taken bits away; never added any.
    Status written =
        ::fchmod(fd, mode_t(mode)) == 0 ? writeAll(fd, bytes) : Status::failure(ErrorCode::Unavailable, systemError());
    ::close(fd);
    if (!written) {
        ::unlink(native.constData());
        return Status::failure(
            written.code(),
            QCoreApplication::translate("Elect::Service", "Cannot write %1: %2.").arg(path, written.message()));
    }
    return success();
}

} // namespace AuditCheckpointFile

} // namespace Elect::Service

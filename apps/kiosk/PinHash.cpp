#include "PinHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace Elect {

namespace {
const QLatin1String kAlgorithm("pbkdf2-sha256");
constexpr int kHashBytes = 32;
constexpr int kFewestIterations = 1000;

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, kHashBytes);
}

// Every byte is looked at, whatever differs first: the time taken says nothing about where.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

Result<QString> PinHash::normalize(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits += c;
        else if ((u >= 0x0660 && u <= 0x0669) || (u >= 0x06F0 && u <= 0x06F9))
            digits += QChar(u'0' + c.digitValue());
        else
            return Result<QString>::failure(ErrorCode::InvalidInput, tr("The PIN is made of digits only."));
    }
    return digits;
}

Result<QString> PinHash::checkChoice(const QString& pin, const QString& again)
{
    const auto first = normalize(pin);
    if (!first)
        return first;
    if (first->size() < kMinimumLength || first->size() > kMaximumLength)
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("Choose a PIN of 6 to 12 digits for the poll workers."));
    const auto second = normalize(again);
    if (!second || *second != *first)
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("The two PINs are not the same. Type the same PIN in both fields."));
    bool same = true;
    bool up = true;
    bool down = true;
    for (qsizetype i = 1; i < first->size(); ++i) {
        const int step = first->at(i).unicode() - first->at(i - 1).unicode();
        same = same && step == 0;
        up = up && (step == 1 || step == -9);
        down = down && (step == -1 || step == 9);
    }
    if (same || up || down)
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("This PIN is too easy to guess: it repeats one digit or counts up "
                                           "or down. Choose digits without such a pattern."));
    return *first;
}

QString PinHash::make(const QString& pin)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), kSaltBytes / sizeof(quint32));
    return make(pin, salt, kIterations);
}

QString PinHash::make(const QString& pin, const QByteArray& salt, int iterations)
{
    return QStringList{kAlgorithm, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derive(pin, salt, iterations).toBase64())}
        .join(u'$');
}

bool PinHash::verify(const QString& pin, const QString& stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != kAlgorithm)
        return false;
    bool number = false;
    const int iterations = parts.at(1).toInt(&number);
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!number || iterations < kFewestIterations || !salt || !hash || salt.decoded.isEmpty() ||
        hash.decoded.size() != kHashBytes)
        return false;
    const auto typed = normalize(pin);
    // A PIN that is not digits is still hashed, so that a refusal takes as long as any other.
    const QByteArray derived = derive(typed ? *typed : pin, salt.decoded, iterations);
    return typed.ok() && sameBytes(derived, hash.decoded);
}

} // namespace Elect

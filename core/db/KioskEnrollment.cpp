#include "core/db/KioskEnrollment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace Elect {

namespace {

const QLatin1String kPrefix("elect-kiosk:");
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Result<KioskEnrollment> invalid(const QString& message)
{
    return Result<KioskEnrollment>::failure(ErrorCode::InvalidInput, message);
}

QString notAnEnrollment()
{
    return QCoreApplication::translate("Elect::KioskEnrollment",
                                       "This is not a kiosk enrollment code, or part of it is missing. Copy the whole "
                                       "code that elect-admin showed when the kiosk was created.");
}

bool isLoginRole(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^k_[0-9a-f]{24}$"));
    return pattern.match(login).hasMatch();
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

} // namespace

QString KioskEnrollment::toString() const
{
    Q_ASSERT(isLoginRole(profile.loginRole));
    Q_ASSERT(!password.isEmpty());
    QJsonObject o;
    o.insert(QStringLiteral("host"), profile.embedded ? QString() : profile.host);
    o.insert(QStringLiteral("port"), profile.port);
    o.insert(QStringLiteral("db"), profile.dbname);
    o.insert(QStringLiteral("sslmode"), profile.sslmode);
    o.insert(QStringLiteral("login"), profile.loginRole);
    o.insert(QStringLiteral("password"), password);
    if (!kioskName.isEmpty())
        o.insert(QStringLiteral("kiosk"), kioskName);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return kPrefix + QString::number(kVersion) + u':' + QString::fromLatin1(json.toBase64(kBase64));
}

Result<KioskEnrollment> KioskEnrollment::parse(const QString& text)
{
    QString compact;
    compact.reserve(qMin<qsizetype>(text.size(), kMaxLength + 1));
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        compact += c;
        if (compact.size() > kMaxLength)
            return invalid(notAnEnrollment());
    }
    if (compact.isEmpty())
        return invalid(
            QCoreApplication::translate("Elect::KioskEnrollment", "Paste the kiosk's enrollment code first."));
    if (!compact.startsWith(kPrefix))
        return invalid(notAnEnrollment());
    const QStringList parts = compact.mid(kPrefix.size()).split(u':');
    if (parts.size() != 2 || parts[1].isEmpty())
        return invalid(notAnEnrollment());
    bool numeric = false;
    const int version = parts[0].toInt(&numeric);
    if (!numeric || version < 1)
        return invalid(notAnEnrollment());
    if (version != kVersion)
        return invalid(QCoreApplication::translate("Elect::KioskEnrollment",
                                                   "This enrollment code was made by a newer Elect. Update this "
                                                   "kiosk's Elect, then paste the code again."));

    const auto decoded =
        QByteArray::fromBase64Encoding(parts[1].toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || parts[1].toLatin1() != decoded.decoded.toBase64(kBase64))
        return invalid(notAnEnrollment());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(notAnEnrollment());
    const QJsonObject o = doc.object();

    auto damaged = [] {
        return invalid(QCoreApplication::translate("Elect::KioskEnrollment",
                                                   "This enrollment code is damaged. Ask the organization's owner "
                                                   "to show it again, or to rotate the kiosk's password for a new "
                                                   "one."));
    };
    // The modes elect-admin's and elect-kiosk's setup offer.
    static const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("prefer"),
                                          QStringLiteral("require"), QStringLiteral("verify-full")};
    const QJsonValue host = o.value(QStringLiteral("host"));
    const QJsonValue port = o.value(QStringLiteral("port"));
    const QJsonValue db = o.value(QStringLiteral("db"));
    const QJsonValue sslmode = o.value(QStringLiteral("sslmode"));
    const QJsonValue login = o.value(QStringLiteral("login"));
    const QJsonValue password = o.value(QStringLiteral("password"));
    const QJsonValue kiosk = o.value(QStringLiteral("kiosk"));
    if (!host.isString() || !port.isDouble() || !db.isString() || !sslmode.isString() || !login.isString() ||
        !password.isString() || !(kiosk.isUndefined() || kiosk.isString()))
        return damaged();
    const double portNumber = port.toDouble();
    if (portNumber < 1 || portNumber > 65535 || portNumber != double(int(portNumber)))
        return damaged();
    if (host.toString().size() > 255 || hasControlCharacters(host.toString()) || db.toString().isEmpty() ||
        db.toString().size() > 63 || hasControlCharacters(db.toString()) || !kSslModes.contains(sslmode.toString()) ||
        !isLoginRole(login.toString()) || password.toString().isEmpty() || password.toString().size() > 256 ||
        hasControlCharacters(password.toString()) || kiosk.toString().size() > 100)
        return damaged();

    KioskEnrollment out;
    out.profile.embedded = host.toString().isEmpty();
    out.profile.host = host.toString();
    out.profile.port = int(portNumber);
    out.profile.dbname = db.toString();
    out.profile.sslmode = sslmode.toString();
    out.profile.loginRole = login.toString();
    out.password = password.toString();
    out.kioskName = kiosk.toString();
    return out;
}

} // namespace Elect

#include "core/db/DemoAccounts.h"

#include "core/db/EmbeddedServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Elect {

QString DemoAccounts::file(const QString& embeddedRoot)
{
    return embeddedRoot + QStringLiteral("/demo-accounts.json");
}

Result<QList<DemoAccount>> DemoAccounts::load(const QString& path)
{
    const QString name = path.isEmpty() ? file(EmbeddedServer::defaultRoot()) : path;
    QFile f(name);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<DemoAccount>>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "Elect::DemoSeeder",
                "There is no demo on this computer yet. Run \"elect demo\" first, then try again."));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return Result<QList<DemoAccount>>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::DemoSeeder",
                                        "The demo's account file %1 is damaged. Run \"elect demo\" again.")
                .arg(name));
    QList<DemoAccount> accounts;
    for (const auto& v : doc.array()) {
        const auto o = v.toObject();
        accounts << DemoAccount{o[QStringLiteral("label")].toString(), o[QStringLiteral("email")].toString(),
                                o[QStringLiteral("login_role")].toString(), o[QStringLiteral("password")].toString()};
    }
    return accounts;
}

Status DemoAccounts::save(const QString& path, const QList<DemoAccount>& accounts)
{
    QJsonArray array;
    for (const auto& a : accounts)
        array.append(QJsonObject{{QStringLiteral("label"), a.label},
                                 {QStringLiteral("email"), a.email},
                                 {QStringLiteral("login_role"), a.loginRole},
                                 {QStringLiteral("password"), a.password}});
    QFile f(path);
    // Owner-only from the first byte: the file holds passwords.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        f.write(QJsonDocument(array).toJson()) < 0)
        return Status::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::DemoSeeder", "Cannot write %1: %2").arg(path, f.errorString()));
    return success();
}

} // namespace Elect

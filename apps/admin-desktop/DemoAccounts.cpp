#include "DemoAccounts.h"

#include "core/db/EmbeddedServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Elect {

Result<QList<DemoSeeder::Account>> DemoAccounts::load(const QString& path)
{
    const QString file = path.isEmpty() ? EmbeddedServer::defaultRoot() + QStringLiteral("/demo-accounts.json") : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QList<DemoSeeder::Account>>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "Elect::DemoAccounts",
                "There is no demo on this computer yet. Run \"elect demo\" first, then try again."));
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return Result<QList<DemoSeeder::Account>>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::DemoAccounts",
                                        "The demo's account file %1 is damaged. Run \"elect demo\" again.")
                .arg(file));
    QList<DemoSeeder::Account> accounts;
    for (const auto& v : doc.array()) {
        const auto o = v.toObject();
        accounts << DemoSeeder::Account{o[QStringLiteral("label")].toString(), o[QStringLiteral("email")].toString(),
                                        o[QStringLiteral("login_role")].toString(),
                                        o[QStringLiteral("password")].toString()};
    }
    return accounts;
}

} // namespace Elect

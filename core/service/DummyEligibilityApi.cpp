#include "core/service/DummyEligibilityApi.h"

#include "core/db/EligibilityRepository.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDummyApi, "elect.service.dummyapi")

namespace Elect::Service {

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

DummyEligibilityApi::DummyEligibilityApi(Database& serviceDb) : m_db(serviceDb) {}

DummyEligibilityApi::Reply DummyEligibilityApi::answer(qint64 organizationId, const QString& nationalId)
{
    const auto known = EligibilityRepository(m_db).dummyAnswer(organizationId, nationalId);
    if (!known) {
        if (known.code() == ErrorCode::InvalidInput)
            return {404, json({{QStringLiteral("error"), QStringLiteral("not a national id")}})};
        // The reason may come from the database; it never holds the id, which is a parameter.
        qCWarning(lcDummyApi) << "the dummy eligibility API could not read its tables:" << known.message();
        return {503, json({{QStringLiteral("error"), QStringLiteral("unavailable")}})};
    }
    if (!known->known)
        return {200, json({{QStringLiteral("eligible"), false}})};
    QJsonObject body{{QStringLiteral("eligible"), true}, {QStringLiteral("phone"), known->phoneE164}};
    if (!known->candidateNationalIds.isEmpty())
        body.insert(QStringLiteral("candidates"), QJsonArray::fromStringList(known->candidateNationalIds));
    return {200, json(body)};
}

bool DummyEligibilityApi::acceptsFrom(const QHostAddress& peer)
{
    return peer.isLoopback();
}

} // namespace Elect::Service

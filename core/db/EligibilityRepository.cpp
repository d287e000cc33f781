#include "core/db/EligibilityRepository.h"

#include "core/db/DbSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Elect {

namespace {

const Db::Statement kRequest{"eligibility_request", "SELECT elect.request_eligibility($1, $2) AS id"};
const Db::Statement kOutcome{"eligibility_outcome", "SELECT status::text AS status, eligible, phone_last_digits"
                                                    " FROM elect.eligibility_outcome($1)"};
const Db::Statement kQuestion{"eligibility_question", "SELECT election_id, organization_id, api_endpoint, national_id"
                                                      " FROM elect.service_eligibility_request($1)"};
// Arrays travel as JSON text: no array literal is ever built by hand.
const Db::Statement kRecord{"eligibility_record", "SELECT elect.service_record_eligibility($1, $2, nullif($3, ''),"
                                                  " ARRAY(SELECT jsonb_array_elements_text($4::jsonb))) AS unknown"};
const Db::Statement kUnavailable{"eligibility_unavailable",
                                 "SELECT elect.service_record_eligibility_unavailable($1, $2) AS recorded"};
const Db::Statement kDummy{"eligibility_dummy",
                           "SELECT phone, array_to_json(candidate_national_ids)::text AS candidates"
                           " FROM elect.dummy_eligibility($1, $2)"};

} // namespace

EligibilityRepository::EligibilityRepository(Database& db) : m_db(db) {}

Result<qint64> EligibilityRepository::request(qint64 electionId, const QString& nationalId)
{
    return Db::transact<qint64>(m_db, [&](pqxx::work& w) {
        return qint64(Db::execPrepared(w, kRequest, static_cast<long long>(electionId), Db::str(nationalId))[0]["id"]
                          .as<long long>());
    });
}

Result<EligibilityOutcome> EligibilityRepository::outcome(qint64 requestId)
{
    return Db::transact<EligibilityOutcome>(m_db, [&](pqxx::work& w) {
        const auto row = Db::execPrepared(w, kOutcome, static_cast<long long>(requestId))[0];
        EligibilityOutcome o;
        o.state = Db::qstr(row["status"]) == QLatin1String("answered") ? EligibilityOutcome::State::Answered
                                                                       : EligibilityOutcome::State::Pending;
        o.eligible = Db::boolean(row["eligible"]);
        o.phoneLastDigits = Db::qstr(row["phone_last_digits"]);
        return o;
    });
}

Result<std::optional<EligibilityQuestion>> EligibilityRepository::pendingQuestion(qint64 requestId)
{
    return Db::transact<std::optional<EligibilityQuestion>>(
        m_db, [&](pqxx::work& w) -> std::optional<EligibilityQuestion> {
            const auto rows = Db::execPrepared(w, kQuestion, static_cast<long long>(requestId));
            if (rows.empty())
                return std::nullopt;
            EligibilityQuestion q;
            q.requestId = requestId;
            q.electionId = Db::int64(rows[0]["election_id"]);
            q.organizationId = Db::int64(rows[0]["organization_id"]);
            q.apiEndpoint = QUrl(Db::qstr(rows[0]["api_endpoint"]), QUrl::StrictMode);
            q.nationalId = Db::qstr(rows[0]["national_id"]);
            return q;
        });
}

Result<std::optional<int>> EligibilityRepository::recordAnswer(qint64 requestId, bool eligible,
                                                               const QString& phoneE164,
                                                               const QStringList& candidateNationalIds)
{
    const QByteArray candidates =
        QJsonDocument(QJsonArray::fromStringList(candidateNationalIds)).toJson(QJsonDocument::Compact);
    return Db::transact<std::optional<int>>(m_db, [&](pqxx::work& w) -> std::optional<int> {
        const auto row = Db::execPrepared(w, kRecord, static_cast<long long>(requestId), eligible,
                                          Db::str(eligible ? phoneE164 : QString()), candidates.toStdString())[0];
        if (row["unknown"].is_null())
            return std::nullopt;
        return row["unknown"].as<int>();
    });
}

Result<bool> EligibilityRepository::recordUnavailable(qint64 requestId, const QString& reason)
{
    return Db::transact<bool>(m_db, [&](pqxx::work& w) {
        return Db::boolean(
            Db::execPrepared(w, kUnavailable, static_cast<long long>(requestId), Db::str(reason))[0]["recorded"]);
    });
}

Result<DummyVoterAnswer> EligibilityRepository::dummyAnswer(qint64 organizationId, const QString& nationalId)
{
    return Db::transact<DummyVoterAnswer>(m_db, [&](pqxx::work& w) {
        DummyVoterAnswer answer;
        const auto rows = Db::execPrepared(w, kDummy, static_cast<long long>(organizationId), Db::str(nationalId));
        if (rows.empty())
            return answer;
        answer.known = true;
        answer.phoneE164 = Db::qstr(rows[0]["phone"]);
        for (const QJsonValue& id :
             QJsonDocument::fromJson(QByteArray::fromStdString(rows[0]["candidates"].c_str())).array())
            answer.candidateNationalIds << id.toString();
        return answer;
    });
}

} // namespace Elect

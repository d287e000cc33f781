#include "core/db/CandidateRepository.h"

#include "core/db/DbSupport.h"
#include "core/domain/NationalId.h"

#include <QCoreApplication>

namespace Elect {

namespace {

const Db::Statement kList{
    "candidates_list",
    "SELECT c.id, c.name, coalesce(c.party, '') AS party, coalesce(c.district, '') AS district,"
    " coalesce(c.governorate, '') AS governorate, coalesce(to_char(c.birth_date, 'YYYY-MM-DD'), '') AS birth_date,"
    " coalesce(c.description, '') AS description, coalesce(c.symbol_name, '') AS symbol_name, c.photo, c.symbol,"
    " EXISTS (SELECT FROM elect.candidate_participations o JOIN elect.elections e ON e.id = o.election_id"
    "         WHERE o.candidate_id = c.id AND e.status <> 'draft') AS frozen"
    " FROM elect.candidate_participations p JOIN elect.candidates c ON c.id = p.candidate_id"
    " WHERE p.election_id = $1 ORDER BY lower(c.name), c.id"};
const Db::Statement kUpdate{
    "candidates_update",
    "UPDATE elect.candidates SET name = $2, party = nullif($3, ''), district = nullif($4, ''),"
    " governorate = nullif($5, ''), birth_date = nullif($6, '')::date, description = nullif($7, ''),"
    " symbol_name = nullif($8, ''), photo = nullif(decode($9, 'hex'), ''::bytea),"
    " symbol = nullif(decode($10, 'hex'), ''::bytea) WHERE id = $1"};
const Db::Statement kRemoveParticipation{
    "candidates_remove_participation",
    "DELETE FROM elect.candidate_participations WHERE election_id = $1 AND candidate_id = $2"};
const Db::Statement kRemoveIfAlone{"candidates_remove_if_alone",
                                   "DELETE FROM elect.candidates c WHERE c.id = $1 AND NOT EXISTS"
                                   " (SELECT FROM elect.candidate_participations p WHERE p.candidate_id = c.id)"};
const Db::Statement kSetSymbol{"candidates_set_symbol",
                               "UPDATE elect.candidates SET symbol = decode($2, 'hex') WHERE id = $1"};

QByteArray bytes(const pqxx::field& f)
{
    if (f.is_null())
        return {};
    const pqxx::binarystring b(f);
    return QByteArray(reinterpret_cast<const char*>(b.data()), int(b.size()));
}

std::string hex(const QByteArray& b)
{
    return b.toHex().toStdString();
}

std::optional<Error> invalidDetails(const CandidateDetails& c)
{
    if (c.name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Elect::CandidateRepository", "Give the candidate's name.")};
    if (c.birthDate.isValid() && c.birthDate > QDate::currentDate())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Elect::CandidateRepository",
                                                 "The birth date is in the future. Check it, or leave it empty.")};
    return std::nullopt;
}

std::string dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

const char kNotFound[] = QT_TRANSLATE_NOOP("Elect::CandidateRepository",
                                           "This candidate is gone, or you may not see them. Refresh the list.");

} // namespace

CandidateRepository::CandidateRepository(Database& db) : m_db(db) {}

Result<QList<CandidateDetails>> CandidateRepository::list(qint64 electionId)
{
    return Db::transact<QList<CandidateDetails>>(m_db, [electionId](pqxx::work& w) {
        QList<CandidateDetails> out;
        for (const auto& row : Db::execPrepared(w, kList, electionId)) {
            CandidateDetails c;
            c.id = row["id"].as<long long>();
            c.name = Db::qstr(row["name"]);
            c.party = Db::qstr(row["party"]);
            c.district = Db::qstr(row["district"]);
            c.governorate = Db::qstr(row["governorate"]);
            c.birthDate = QDate::fromString(Db::qstr(row["birth_date"]), Qt::ISODate);
            c.description = Db::qstr(row["description"]);
            c.symbolName = Db::qstr(row["symbol_name"]);
            c.photo = bytes(row["photo"]);
            c.symbol = bytes(row["symbol"]);
            c.frozen = Db::boolean(row["frozen"]);
            out << c;
        }
        return out;
    });
}

Result<AddedCandidate> CandidateRepository::add(qint64 electionId, const QString& nationalId, const CandidateDetails& c)
{
    const auto normalized = NationalId::normalize(nationalId);
    if (!normalized)
        return normalized.error();
    if (auto invalid = invalidDetails(c))
        return *invalid;
    // The CSV import's own functions (core/sql/0015): the plain id reaches only a temporary table the
    // function made, is hashed under the organization's key there, and goes at commit.
    auto added = Db::transact<AddedCandidate>(m_db, [&](pqxx::work& w) {
        w.exec_params("SELECT elect.import_open_staging($1, true)", electionId);
        w.exec_params("INSERT INTO pg_temp.import_rows (line, national_id, name, party, district, governorate,"
                      " birth_date, description, symbol_name, photo) VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8,"
                      " decode($9, 'hex'))",
                      Db::str(*normalized), Db::str(c.name.trimmed()), Db::str(c.party.trimmed()),
                      Db::str(c.district.trimmed()), Db::str(c.governorate.trimmed()), dateText(c.birthDate),
                      Db::str(c.description.trimmed()), Db::str(c.symbolName.trimmed()), hex(c.photo));
        w.exec_params("SELECT elect.import_hash_staging($1)", electionId);
        w.exec_params("SELECT elect.import_insert_staged($1)", electionId);
        // created_at is the transaction's start for a row made in this transaction.
        const pqxx::result rows = w.exec("SELECT c.id, c.created_at = now() AS created FROM pg_temp.import_staged s"
                                         " JOIN elect.candidates c ON c.national_id_hmac = s.national_id_hmac");
        AddedCandidate out;
        out.id = rows.at(0)["id"].as<long long>();
        out.existing = !Db::boolean(rows.at(0)["created"]);
        if (!out.existing && !c.symbol.isEmpty())
            Db::execPrepared(w, kSetSymbol, out.id, hex(c.symbol));
        return out;
    });
    if (!added && added.code() == ErrorCode::AlreadyExists)
        return Result<AddedCandidate>::failure(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Elect::CandidateRepository", "This person already stands in this election."));
    return added;
}

Status CandidateRepository::update(const CandidateDetails& c)
{
    if (auto invalid = invalidDetails(c))
        return *invalid;
    auto changed = Db::transact<long>(m_db, [&](pqxx::work& w) {
        return long(Db::execPrepared(w, kUpdate, c.id, Db::str(c.name.trimmed()), Db::str(c.party.trimmed()),
                                     Db::str(c.district.trimmed()), Db::str(c.governorate.trimmed()),
                                     dateText(c.birthDate), Db::str(c.description.trimmed()),
                                     Db::str(c.symbolName.trimmed()), hex(c.photo), hex(c.symbol))
                        .affected_rows());
    });
    if (!changed && changed.code() == ErrorCode::WrongState)
        return Status::failure(ErrorCode::WrongState,
                               QCoreApplication::translate("Elect::CandidateRepository",
                                                           "This candidate also stands in an election that is already "
                                                           "published, so their details are frozen: the ballot shows "
                                                           "them. Nothing was changed."));
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("Elect::CandidateRepository", kNotFound));
    return success();
}

Status CandidateRepository::remove(qint64 electionId, qint64 candidateId)
{
    auto removed = Db::transact<long>(m_db, [&](pqxx::work& w) {
        const long n = long(Db::execPrepared(w, kRemoveParticipation, electionId, candidateId).affected_rows());
        if (n > 0)
            Db::execPrepared(w, kRemoveIfAlone, candidateId);
        return n;
    });
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return Status::failure(ErrorCode::NotFound,
                               QCoreApplication::translate("Elect::CandidateRepository", kNotFound));
    return success();
}

} // namespace Elect

#include "core/csv/Importer.h"

#include "core/csv/PhotoLoader.h"
#include "core/db/DbSupport.h"
#include "core/domain/NationalId.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Elect::Csv {

namespace {

struct Cancelled
{
};

std::string hexBytea(const QByteArray& bytes)
{
    return "\\x" + bytes.toHex().toStdString();
}

struct Election
{
    qint64 organizationId = 0;
    ElectionType type = ElectionType::Simple;
    QString country;
    QByteArray key;
};

// The election, locked against publishing until the import ends. Errors are for people.
Result<Election> lockElection(pqxx::work& w, qint64 electionId, ImportKind kind)
{
    const auto rows = w.exec_params("SELECT e.organization_id, e.type, e.status FROM elect.elections e"
                                    " WHERE e.id = $1 FOR UPDATE",
                                    static_cast<long long>(electionId));
    if (rows.empty())
        return Result<Election>::failure(
            ErrorCode::NotFound, QCoreApplication::translate(
                                     "Elect::Csv", "There is no election %1 in your organization. Check the election's "
                                                   "number (elect election list).")
                                     .arg(electionId));
    Election e;
    e.organizationId = rows[0][0].as<long long>();
    e.type = electionTypeFromKey(Db::qstr(rows[0][1])).value_or(ElectionType::Simple);
    if (rows[0][2].as<std::string>() != "draft")
        return Result<Election>::failure(
            ErrorCode::WrongState,
            QCoreApplication::translate("Elect::Csv",
                                        "This election is already published, so its voters and candidates can "
                                        "no longer change. Only a draft election accepts an import."));
    if (e.type == ElectionType::ApiManaged && kind == ImportKind::Voters)
        return Result<Election>::failure(
            ErrorCode::WrongState,
            QCoreApplication::translate("Elect::Csv",
                                        "This election asks your organization's API who may vote, so it takes no "
                                        "voter list."));
    const auto org =
        w.exec_params("SELECT country, encode(hmac_key, 'hex') FROM elect.organizations WHERE user_id = $1",
                      static_cast<long long>(e.organizationId));
    if (org.empty())
        return Result<Election>::failure(
            ErrorCode::NotAllowed, QCoreApplication::translate("Elect::Csv", "Only the organization's owner or its "
                                                                             "administrators can import."));
    e.country = Db::qstr(org[0][0]);
    e.key = QByteArray::fromHex(QByteArray::fromStdString(org[0][1].as<std::string>()));
    return e;
}

void reportRows(const pqxx::result& rows, ImportReport& report, const std::function<Problem(const pqxx::row&)>& problem)
{
    for (const auto& row : rows)
        report.add(problem(row));
}
} // namespace

Importer::Importer(Database& db) : m_db(db) {}

Result<ImportOutcome> Importer::run(QIODevice& file, const ImportOptions& options, const ProgressFn& progress)
{
    ImportOutcome outcome;
    CsvReader reader(&file, options.reader);
    if (Status s = reader.open(); !s)
        return s.error();
    outcome.encoding = reader.encodingName();
    outcome.delimiter = reader.delimiter();
    const bool voters = options.kind == ImportKind::Voters;

    try {
        // The staging table lives in this session's temporary buffers; room for a national roll keeps it
        // off disk. PostgreSQL allows this only before the session's first temporary table, so a second
        // import in the same session keeps what the first one set.
        try {
            pqxx::nontransaction n(*m_db.impl().conn);
            n.exec("SET temp_buffers = '256MB'");
        } catch (const pqxx::sql_error&) {
        }
        pqxx::work w(*m_db.impl().conn);
        // Room to sort and hash a million rows in memory for the set-based checks.
        w.exec("SET LOCAL work_mem = '128MB'");
        const auto election = lockElection(w, options.electionId, options.kind);
        if (!election)
            return election.error();

        RowValidator validator(options.kind, election->type, election->country, QDate::currentDate());
        if (!validator.checkHeader(reader.header(), outcome.report, reader.headerLine()))
            return outcome; // the report names the missing columns

        if (voters)
            w.exec("CREATE TEMP TABLE import_rows (line bigint NOT NULL, national_id_hmac bytea NOT NULL,"
                   " phone text, district text, governorate text) ON COMMIT DROP");
        else
            w.exec("CREATE TEMP TABLE import_rows (line bigint NOT NULL, national_id_hmac bytea NOT NULL,"
                   " name text NOT NULL, party text, district text, governorate text, birth_date text,"
                   " description text, symbol_name text, photo bytea) ON COMMIT DROP");
        const std::vector<std::string> columns =
            voters
                ? std::vector<std::string>{"line", "national_id_hmac", "phone", "district", "governorate"}
                : std::vector<std::string>{"line",        "national_id_hmac", "name",        "party",       "district",
                                           "governorate", "birth_date",       "description", "symbol_name", "photo"};
        {
            pqxx::stream_to stream(w, "import_rows", columns);
            QStringList fields;
            const qint64 total = file.size();
            NationalId::Hasher hmacOf(election->key);
            while (reader.next(fields)) {
                ++outcome.rows;
                const qint64 line = reader.recordLine();
                if (voters) {
                    if (const auto row = validator.voter(fields, line, outcome.report)) {
                        stream << std::make_tuple(static_cast<long long>(line), hexBytea(hmacOf(row->nationalId)),
                                                  row->phone.toStdString(), row->district.toStdString(),
                                                  row->governorate.toStdString());
                    }
                } else if (const auto row = validator.candidate(fields, line, outcome.report)) {
                    std::string photo = "\\x";
                    bool photoOk = true;
                    if (!row->photoFile.isEmpty()) {
                        const auto loaded = loadPhoto(options.photoFolder, row->photoFile);
                        if (loaded)
                            photo = hexBytea(loaded->bytes);
                        else {
                            outcome.report.add({line, QCoreApplication::translate("Elect::Csv", "photo"),
                                                row->photoFile, loaded.message()});
                            photoOk = false;
                        }
                    }
                    if (photoOk)
                        stream << std::make_tuple(
                            static_cast<long long>(line), hexBytea(hmacOf(row->nationalId)), row->name.toStdString(),
                            row->party.toStdString(), row->district.toStdString(), row->governorate.toStdString(),
                            row->birthDate.isValid() ? row->birthDate.toString(Qt::ISODate).toStdString()
                                                     : std::string(),
                            row->description.toStdString(), row->symbolName.toStdString(), photo);
                }
                if (progress && outcome.rows % 1000 == 0 && !progress({outcome.rows, reader.bytesRead(), total}))
                    throw Cancelled{};
            }
            stream.complete();
            if (reader.error())
                return *reader.error(); // the transaction is rolled back as w goes
            if (progress && !progress({outcome.rows, reader.bytesRead(), total}))
                throw Cancelled{};
        }

        // Checks on the whole set, in the database, where the rows already are.
        const long long electionId = options.electionId;
        const QString idColumn = QCoreApplication::translate("Elect::Csv", "national id");
        // Duplicates within the file were reported by the validator as it read them; the unique index
        // on (election, national id) stays the last word.
        const std::string already =
            voters
                ? "SELECT s.line FROM import_rows s JOIN elect.voters v ON v.election_id = $1"
                  " AND v.national_id_hmac = s.national_id_hmac ORDER BY s.line"
                : "SELECT s.line FROM import_rows s JOIN elect.candidates c ON c.national_id_hmac = s.national_id_hmac"
                  " JOIN elect.candidate_participations p ON p.candidate_id = c.id AND p.election_id = $1"
                  " ORDER BY s.line";
        reportRows(w.exec_params(already, electionId), outcome.report, [&](const pqxx::row& r) {
            return Problem{
                r[0].as<long long>(), idColumn, QString(),
                voters ? QCoreApplication::translate(
                             "Elect::Csv", "This voter is already in the election. Remove the row, or remove the voter "
                                           "from the election first.")
                       : QCoreApplication::translate("Elect::Csv",
                                                     "This candidate is already in the election. Remove the row.")};
        });
        if (voters && (election->type == ElectionType::District || election->type == ElectionType::GovernorateBased)) {
            const bool district = election->type == ElectionType::District;
            const std::string area = district ? "district" : "governorate";
            reportRows(w.exec_params("SELECT s." + area +
                                         ", min(s.line), count(*) FROM import_rows s WHERE NOT EXISTS ("
                                         " SELECT 1 FROM elect.candidate_participations p JOIN elect.candidates c"
                                         " ON c.id = p.candidate_id WHERE p.election_id = $1 AND c." +
                                         area + " = s." + area + ") GROUP BY s." + area + " ORDER BY min(s.line)",
                                     electionId),
                       outcome.report, [&](const pqxx::row& r) {
                           return Problem{r[1].as<long long>(),
                                          district ? QCoreApplication::translate("Elect::Csv", "district")
                                                   : QCoreApplication::translate("Elect::Csv", "governorate"),
                                          Db::qstr(r[0]),
                                          QCoreApplication::translate(
                                              "Elect::Csv",
                                              "No candidate of this election stands in %1 (%2 voters). Import the "
                                              "candidates first, or check the spelling.")
                                              .arg(Db::qstr(r[0]))
                                              .arg(r[2].as<long long>())};
                       });
        }

        if (!outcome.report.ok() || options.checkOnly)
            return outcome; // nothing written: w is rolled back

        const long long org = election->organizationId;
        if (voters) {
            outcome.inserted =
                w.exec_params0("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone,"
                               " district, governorate) SELECT $1, $2, national_id_hmac, nullif(phone, ''),"
                               " nullif(district, ''), nullif(governorate, '') FROM import_rows"
                               // In key order, the unique index on (election, national id) fills page by
                               // page instead of touching a random page for every row.
                               " ORDER BY national_id_hmac",
                               electionId, org)
                    .affected_rows();
        } else {
            // Candidates belong to the organization; one already known keeps the details it has.
            w.exec_params0("INSERT INTO elect.candidates (organization_id, national_id_hmac, name, party, district,"
                           " governorate, country, birth_date, description, symbol_name, photo)"
                           " SELECT $1, national_id_hmac, name, nullif(party, ''), nullif(district, ''),"
                           " nullif(governorate, ''), $2, nullif(birth_date, '')::date, nullif(description, ''),"
                           " nullif(symbol_name, ''), nullif(photo, ''::bytea) FROM import_rows"
                           " ON CONFLICT (organization_id, national_id_hmac) DO NOTHING",
                           org, election->country.toStdString());
            outcome.inserted =
                w.exec_params0("INSERT INTO elect.candidate_participations (candidate_id, election_id, organization_id)"
                               " SELECT c.id, $1, $2 FROM import_rows s JOIN elect.candidates c"
                               " ON c.organization_id = $2 AND c.national_id_hmac = s.national_id_hmac",
                               electionId, org)
                    .affected_rows();
        }
        w.commit();
        return outcome;
    } catch (const Cancelled&) {
        return Result<ImportOutcome>::failure(
            ErrorCode::Cancelled,
            QCoreApplication::translate("Elect::Csv", "The import was cancelled; nothing was changed."));
    } catch (const std::exception& e) {
        return Db::translate(e);
    }
}

} // namespace Elect::Csv

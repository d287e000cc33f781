#include "core/db/ImportRepository.h"

#include "core/db/DbKeys.h"
#include "core/db/DbSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <pqxx/tablewriter>

#include <atomic>
#include <future>
#include <optional>
#include <vector>

namespace Elect {

namespace {

std::string hexBytea(const QByteArray& bytes)
{
    return "\\x" + bytes.toHex().toStdString();
}

const Db::Statement kLockElection{"import_lock_election",
                                  "SELECT organization_id, type, status FROM elect.elections WHERE id = $1 FOR UPDATE"};
const Db::Statement kOrganization{"import_organization", "SELECT country FROM elect.organizations WHERE user_id = $1"};

// The national-id key is where no login reads it (0015_private_keys.sql): the server makes the staging
// table (only INSERT for this login), hashes what the COPY brought into a second one (import_staged, which
// this login reads) and moves that into the election.
const Db::Statement kOpenStaging{"import_open_staging", "SELECT elect.import_open_staging($1, $2)"};
const Db::Statement kHashStaging{"import_hash_staging", "SELECT elect.import_hash_staging($1)"};
const Db::Statement kInsertStaged{"import_insert_staged", "SELECT elect.import_insert_staged($1) AS inserted"};

// Voters go straight into the election, chunk by chunk (0019_fast_import.sql): while a worker thread streams
// one chunk and the server hashes and inserts it, the caller reads and validates the next one.
const Db::Statement kOpenVoters{"import_open_voters", "SELECT elect.import_open_voters($1)"};
const Db::Statement kLoadVoters{"import_load_voters", "SELECT l AS line FROM elect.import_load_voters($1) AS l"};
const Db::Statement kFinishVoters{"import_finish_voters", "SELECT elect.import_finish_voters($1) AS inserted"};
// Big enough that a chunk's statements cost little next to its rows, small enough that reading the file
// and loading it overlap (and that a subtransaction per chunk stays rare). The first chunk is small, so that
// the server starts hashing while the caller reads on, instead of waiting for a whole chunk.
constexpr std::size_t kChunkRows = 50000;
constexpr std::size_t kFirstChunkRows = 5000;
// A chunk goes to the server in pieces of about this many bytes, each ending at a row's end: COPY's data is
// a byte stream whose messages need not match rows, and a few large messages cost the server (and this
// side) less than one per row.
constexpr std::size_t kCopyPieceBytes = 256 * 1024;

// Appends one field in COPY's text format: backslash, tab, newline and carriage return escaped.
void appendCopyField(std::string& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

const std::vector<std::string> kVoterColumns{"line", "national_id", "phone", "district", "governorate"};

const char* const kDistrictsWithoutCandidates =
    "SELECT s.district AS area, min(s.first_line) AS first_line, sum(s.voters)::bigint AS voters"
    " FROM import_areas s WHERE NOT EXISTS ("
    " SELECT 1 FROM elect.candidate_participations p JOIN elect.candidates c ON c.id = p.candidate_id"
    " WHERE p.election_id = $1 AND c.district = s.district) GROUP BY s.district ORDER BY min(s.first_line)";
const char* const kGovernoratesWithoutCandidates =
    "SELECT s.governorate AS area, min(s.first_line) AS first_line, sum(s.voters)::bigint AS voters"
    " FROM import_areas s WHERE NOT EXISTS ("
    " SELECT 1 FROM elect.candidate_participations p JOIN elect.candidates c ON c.id = p.candidate_id"
    " WHERE p.election_id = $1 AND c.governorate = s.governorate) GROUP BY s.governorate ORDER BY min(s.first_line)";

// Candidates already in the election, found in the staged rows.
const char* const kCandidatesAlready =
    "SELECT s.line FROM import_staged s JOIN elect.candidates c ON c.national_id_hmac = s.national_id_hmac"
    " JOIN elect.candidate_participations p ON p.candidate_id = c.id AND p.election_id = $1"
    " ORDER BY s.line";

Error cancelledError()
{
    return {ErrorCode::Cancelled,
            QCoreApplication::translate("Elect::Csv", "The import was cancelled; nothing was changed.")};
}

Error notBegun()
{
    Q_ASSERT_X(false, "ImportRepository", "called outside an open import");
    return {ErrorCode::Internal,
            QCoreApplication::translate("Elect::Csv", "The import was interrupted; nothing was changed.")};
}
} // namespace

struct ImportRepository::Impl
{
    Database& db;
    Rows rows = Rows::Voters;
    long long electionId = 0;
    std::unique_ptr<pqxx::work> work;
    std::unique_ptr<pqxx::stream_to> stream;

    // Voters: the chunk being filled, the one being loaded by the worker, what the loaded ones found.
    struct Loaded
    {
        QList<qint64> lines;
        std::optional<Error> error;
        double copySecs = 0;
        double loadSecs = 0;
    };
    // The chunk being filled, already in COPY's text format (one line per row), and its number of rows.
    std::string chunk;
    std::size_t chunkRows = 0;
    std::size_t chunkLimit = kFirstChunkRows;
    std::future<Loaded> loading;
    QList<qint64> alreadyInElection;
    std::atomic<bool> cancelRequested{false};
    Timings timings;

    explicit Impl(Database& database) : db(database) {}

    // On the worker thread, while the caller fills the next chunk; the caller touches neither the
    // transaction nor the connection until it has the result.
    Loaded loadChunk(std::string rows)
    {
        Loaded loaded;
        QElapsedTimer timer;
        timer.start();
        try {
            pqxx::work& w = *work;
            {
                // pqxx 6.4's stream_to writes a row at a time only; its older tablewriter (deprecated, still
                // in 6.4) also sends text that is already in COPY's format. write_raw_line adds the newline
                // that ends each piece's last row.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
                pqxx::tablewriter copy(w, "import_rows", kVoterColumns.begin(), kVoterColumns.end());
#pragma GCC diagnostic pop
                for (std::size_t from = 0; from < rows.size();) {
                    std::size_t end = rows.find('\n', std::min(from + kCopyPieceBytes, rows.size() - 1));
                    copy.write_raw_line(rows.substr(from, end - from));
                    from = end + 1;
                }
                copy.complete();
            }
            loaded.copySecs = timer.nsecsElapsed() / 1e9;
            timer.restart();
            for (const auto& row : Db::execPrepared(w, kLoadVoters, electionId))
                loaded.lines << row["line"].as<long long>();
            loaded.loadSecs = timer.nsecsElapsed() / 1e9;
        } catch (const std::exception& e) {
            loaded.error = cancelRequested ? cancelledError() : Db::translate(e);
        }
        return loaded;
    }

    // Waits for the chunk in flight; false (and the transaction gone) when loading it failed.
    Status collect()
    {
        if (!loading.valid())
            return success();
        QElapsedTimer waited;
        waited.start();
        Loaded loaded = loading.get();
        timings.waitSecs += waited.nsecsElapsed() / 1e9;
        timings.copySecs += loaded.copySecs;
        timings.loadSecs += loaded.loadSecs;
        if (loaded.error) {
            const Error error = cancelRequested ? cancelledError() : *loaded.error;
            abandon();
            return error;
        }
        alreadyInElection << loaded.lines;
        return success();
    }

    Status dispatch()
    {
        if (Status s = collect(); !s)
            return s;
        if (cancelRequested) {
            abandon();
            return cancelledError();
        }
        if (chunk.empty())
            return success();
        loading = std::async(std::launch::async, &Impl::loadChunk, this, std::move(chunk));
        chunk = {};
        chunkRows = 0;
        chunkLimit = kChunkRows;
        return success();
    }

    // After any failure the transaction is gone (rolled back), and so is everything staged.
    Error fail(const std::exception& e)
    {
        const Error error = cancelRequested ? cancelledError() : Db::translate(e);
        abandon();
        return error;
    }
    void abandon()
    {
        if (loading.valid())
            loading.wait();
        loading = {};
        chunk.clear();
        chunkRows = 0;
        chunkLimit = kFirstChunkRows;
        alreadyInElection.clear();
        stream.reset();
        work.reset();
    }

    template <typename T, typename Body>
    Result<T> guarded(Body&& body)
    {
        if (!work)
            return notBegun();
        try {
            return body(*work);
        } catch (const std::exception& e) {
            return fail(e);
        }
    }
};

ImportRepository::ImportRepository(Database& db) : m_impl(std::make_unique<Impl>(db)) {}

ImportRepository::~ImportRepository()
{
    m_impl->abandon();
}

void ImportRepository::cancel()
{
    m_impl->cancelRequested = true;
    try {
        m_impl->db.impl().conn->cancel_query();
    } catch (const std::exception&) {
        // Nothing running, or the connection is gone: either way nothing more gets written.
    }
}

ImportRepository::Timings ImportRepository::timings() const
{
    return m_impl->timings;
}

bool ImportRepository::cancelRequested() const
{
    return m_impl->cancelRequested;
}

Result<ImportRepository::Target> ImportRepository::begin(qint64 electionId, Rows rows)
{
    m_impl->abandon();
    m_impl->timings = {};
    m_impl->rows = rows;
    m_impl->electionId = electionId;
    auto& conn = *m_impl->db.impl().conn;
    // The staging table lives in this session's temporary buffers; room for a national roll keeps it off
    // disk. PostgreSQL allows this only before the session's first temporary table, so a second import
    // in the same session keeps what the first one set.
    try {
        pqxx::nontransaction n(conn);
        n.exec("SET temp_buffers = '256MB'");
    } catch (const pqxx::sql_error&) {
    }
    try {
        m_impl->work = std::make_unique<pqxx::work>(conn);
        pqxx::work& w = *m_impl->work;
        // Room to sort and hash a million rows in memory for the set-based checks.
        w.exec("SET LOCAL work_mem = '128MB'");
        // A client that is gone (killed, unplugged) stops the import within a second, even in the middle
        // of a long statement, instead of the server finishing (and committing) it alone.
        w.exec("SET LOCAL client_connection_check_interval = '1s'");
        const auto election = Db::execPrepared(w, kLockElection, static_cast<long long>(electionId));
        if (election.empty()) {
            m_impl->abandon();
            return Result<Target>::failure(
                ErrorCode::NotFound,
                QCoreApplication::translate("Elect::Csv", "There is no election %1 in your organization. "
                                                          "Check the election's number (elect election list).")
                    .arg(electionId));
        }
        Target target;
        target.organizationId = election[0]["organization_id"].as<long long>();
        target.type = Db::electionType(election[0]["type"]);
        if (Db::electionStatus(election[0]["status"]) != ElectionStatus::Draft) {
            m_impl->abandon();
            return Result<Target>::failure(
                ErrorCode::WrongState,
                QCoreApplication::translate("Elect::Csv",
                                            "This election is already published, so its voters and candidates can "
                                            "no longer change. Only a draft election accepts an import."));
        }
        if (target.type == ElectionType::ApiManaged && rows == Rows::Voters) {
            m_impl->abandon();
            return Result<Target>::failure(
                ErrorCode::WrongState,
                QCoreApplication::translate("Elect::Csv",
                                            "This election asks your organization's API who may vote, so it takes no "
                                            "voter list."));
        }
        const auto org = Db::execPrepared(w, kOrganization, static_cast<long long>(target.organizationId));
        if (org.empty()) {
            m_impl->abandon();
            return Result<Target>::failure(
                ErrorCode::NotAllowed, QCoreApplication::translate("Elect::Csv", "Only the organization's owner or its "
                                                                                 "administrators can import."));
        }
        target.country = Db::qstr(org[0]["country"]);
        return target;
    } catch (const std::exception& e) {
        return m_impl->fail(e);
    }
}

Status ImportRepository::startStaging()
{
    return m_impl->guarded<Done>([&](pqxx::work& w) {
        const bool voters = m_impl->rows == Rows::Voters;
        if (voters) {
            Db::execPrepared(w, kOpenVoters, m_impl->electionId);
            return Done{};
        }
        Db::execPrepared(w, kOpenStaging, m_impl->electionId, !voters);
        const std::vector<std::string> columns =
            voters ? std::vector<std::string>{"line", "national_id", "phone", "district", "governorate"}
                   : std::vector<std::string>{"line",        "national_id", "name",        "party",       "district",
                                              "governorate", "birth_date",  "description", "symbol_name", "photo"};
        m_impl->stream = std::make_unique<pqxx::stream_to>(w, "import_rows", columns);
        return Done{};
    });
}

Status ImportRepository::stage(const VoterRow& row)
{
    Q_ASSERT(m_impl->rows == Rows::Voters);
    if (!m_impl->work)
        return notBegun();
    std::string& out = m_impl->chunk;
    out += std::to_string(row.line);
    out += '\t';
    appendCopyField(out, row.nationalId);
    out += '\t';
    appendCopyField(out, row.phone);
    out += '\t';
    appendCopyField(out, row.district);
    out += '\t';
    appendCopyField(out, row.governorate);
    out += '\n';
    if (++m_impl->chunkRows < m_impl->chunkLimit)
        return success();
    return m_impl->dispatch();
}

Status ImportRepository::stage(const CandidateRow& row)
{
    Q_ASSERT(m_impl->rows == Rows::Candidates);
    if (!m_impl->stream)
        return notBegun();
    try {
        *m_impl->stream << std::make_tuple(
            static_cast<long long>(row.line), row.nationalId.toStdString(), row.name.toStdString(),
            row.party.toStdString(), row.district.toStdString(), row.governorate.toStdString(),
            row.birthDate.isValid() ? row.birthDate.toString(Qt::ISODate).toStdString() : std::string(),
            row.description.toStdString(), row.symbolName.toStdString(), hexBytea(row.photo));
        return success();
    } catch (const std::exception& e) {
        return m_impl->fail(e);
    }
}

Status ImportRepository::endStaging()
{
    if (m_impl->rows == Rows::Voters) {
        if (!m_impl->work)
            return notBegun();
        if (Status s = m_impl->dispatch(); !s)
            return s;
        return m_impl->collect();
    }
    if (!m_impl->stream)
        return notBegun();
    return m_impl->guarded<Done>([&](pqxx::work& w) {
        m_impl->stream->complete();
        m_impl->stream.reset();
        Db::execPrepared(w, kHashStaging, m_impl->electionId);
        return Done{};
    });
}

Result<QList<qint64>> ImportRepository::linesAlreadyInElection()
{
    return m_impl->guarded<QList<qint64>>([&](pqxx::work& w) {
        if (m_impl->rows == Rows::Voters)
            return m_impl->alreadyInElection; // found as the chunks were loaded, in line order
        QList<qint64> lines;
        for (const auto& row : w.exec_params(kCandidatesAlready, m_impl->electionId))
            lines << row["line"].as<long long>();
        return lines;
    });
}

Result<QList<ImportRepository::AreaWithoutCandidates>> ImportRepository::areasWithoutCandidates(bool district)
{
    return m_impl->guarded<QList<AreaWithoutCandidates>>([&](pqxx::work& w) {
        QList<AreaWithoutCandidates> areas;
        Q_ASSERT(m_impl->rows == Rows::Voters);
        for (const auto& row :
             w.exec_params(district ? kDistrictsWithoutCandidates : kGovernoratesWithoutCandidates, m_impl->electionId))
            areas << AreaWithoutCandidates{Db::qstr(row["area"]), row["first_line"].as<long long>(),
                                           row["voters"].as<long long>()};
        return areas;
    });
}

Result<qint64> ImportRepository::insertStaged()
{
    return m_impl->guarded<qint64>([&](pqxx::work& w) -> qint64 {
        const Db::Statement& statement = m_impl->rows == Rows::Voters ? kFinishVoters : kInsertStaged;
        return Db::execPrepared(w, statement, m_impl->electionId)[0]["inserted"].as<long long>();
    });
}

Status ImportRepository::commit()
{
    auto done = m_impl->guarded<Done>([&](pqxx::work& w) {
        w.commit();
        return Done{};
    });
    m_impl->abandon();
    return done;
}

} // namespace Elect

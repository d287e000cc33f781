#include "core/tally/BallotCsvReader.h"

#include "core/csv/CsvReader.h"
#include "core/tally/ReaderSupport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Elect::Tally {

using Reading::lineError;
using Reading::parseCount;
using Reading::shown;

namespace {

struct Column
{
    int part = -1;  // constituency of the candidate, -1 when every constituency has it
    int local = -1; // index among that constituency's candidates
};

struct NamedSeats
{
    QString constituency;
    int seats = 0;
    qint64 line = 0;
};

/// One parse of a ballot CSV file, record by record (the records come from Csv::CsvReader): the
/// directives, the header, the @constituency row, then one ballot per row. Each read* step reads one
/// record or one part of it and says what is wrong with it.
class BallotCsvParser
{
public:
    explicit BallotCsvParser(BallotKind kind) : m_unordered(kind == BallotKind::Marked) {}

    Result<BallotFile> parse(QIODevice* device);

private:
    Status readRecord(const QStringList& fields);
    Status readDirective(const QStringList& fields);
    Status readSeats(const QStringList& fields);
    Status readWithdrawn(const QStringList& fields);
    Status readConstituencyRow(const QStringList& fields);
    Status readHeader(const QStringList& fields);
    Status readBallot(const QStringList& fields);
    Result<qint64> readWeight(const QStringList& fields) const;
    Result<int> readConstituency(const QStringList& fields);
    Status readCells(const QStringList& fields, int part);
    void orderMarks();
    Result<BallotFile> finish();

    int newPart(const QString& name);
    /// Fields a row must have: the candidates, plus the weight and constituency columns if any.
    int rowWidth() const
    {
        return int(m_candidateColumns.size()) + (m_weightColumn >= 0) + (m_constituencyColumn >= 0);
    }
    Error error(const QString& what) const { return lineError(m_line, what); }

    const bool m_unordered;
    BallotFile m_file;
    qint64 m_line = 0;
    bool m_haveHeader = false;
    bool m_ballotsStarted = false;
    bool m_byConstituencyRow = false;
    int m_constituencyColumn = -1;
    int m_weightColumn = -1;
    QVector<int> m_candidateColumns; // header positions of candidates
    QStringList m_candidateNames;    // in column order
    QVector<Column> m_columns;       // per candidate
    QVector<bool> m_withdrawn;       // per candidate
    QHash<QString, int> m_partIndex;
    QVector<NamedSeats> m_namedSeats;
    std::vector<std::pair<int, int>> m_ranks; // (rank, candidate) of the ballot being read
    std::vector<BallotBox::CandidateId> m_marks;
};

Result<BallotFile> BallotCsvParser::parse(QIODevice* device)
{
    Csv::ReaderOptions options;
    options.encoding = QStringLiteral("utf-8");
    options.delimiter = QLatin1Char(',');
    Csv::Dialect dialect;
    dialect.comment = QLatin1Char('#');
    dialect.trimSpaces = true;
    dialect.strictQuotes = true;
    dialect.keepEmptyRecords = true; // ",,," is a blank ballot, counted as invalid
    Csv::CsvReader reader(device, options, dialect);
    if (const Status opened = reader.open(); !opened) {
        if (reader.atEnd())
            return finish(); // no record at all: finish() says what is missing
        return opened.error();
    }
    QStringList fields = reader.header();
    m_line = reader.headerLine();
    for (;;) {
        if (Status read = readRecord(fields); !read)
            return read.error();
        if (!reader.next(fields))
            break;
        m_line = reader.recordLine();
    }
    if (reader.error())
        return *reader.error();
    return finish();
}

Status BallotCsvParser::readRecord(const QStringList& fields)
{
    if (fields.first().startsWith(QLatin1Char('@')))
        return readDirective(fields);
    if (!m_haveHeader)
        return readHeader(fields);
    return readBallot(fields);
}

Status BallotCsvParser::readDirective(const QStringList& fields)
{
    if (m_ballotsStarted) {
        return error(
            QCoreApplication::translate("Elect::Tally", "directives (@...) must come before the first ballot."));
    }
    const QString directive = fields.first().toLower();
    if (directive == QLatin1String("@title")) {
        m_file.title = fields.value(1);
        return success();
    }
    if (directive == QLatin1String("@seats"))
        return readSeats(fields);
    if (directive == QLatin1String("@withdrawn"))
        return readWithdrawn(fields);
    if (directive == QLatin1String("@constituency"))
        return readConstituencyRow(fields);
    return error(QCoreApplication::translate("Elect::Tally",
                                             "unknown directive \"%1\"; known ones are @title, @seats, @withdrawn "
                                             "and @constituency.")
                     .arg(shown(fields.first())));
}

// "@seats,2" for every constituency, "@seats,North,2" for one.
Status BallotCsvParser::readSeats(const QStringList& fields)
{
    const bool named = fields.size() >= 3 && !fields.at(2).isEmpty();
    const qint64 seats = parseCount(fields.value(named ? 2 : 1), BallotBox::MaxCandidates);
    if (seats < 1) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "@seats needs a whole number of seats from 1 to 65535: "
                                                 "\"@seats,2\" or \"@seats,North,2\"."));
    }
    if (named)
        m_namedSeats.append({fields.at(1), int(seats), m_line});
    else
        m_file.defaultSeats = int(seats);
    return success();
}

Status BallotCsvParser::readWithdrawn(const QStringList& fields)
{
    if (!m_haveHeader)
        return error(QCoreApplication::translate("Elect::Tally", "@withdrawn must come after the header row."));
    for (int i = 1; i < fields.size(); ++i) {
        if (fields.at(i).isEmpty())
            continue;
        const int c = int(m_candidateNames.indexOf(fields.at(i)));
        if (c < 0) {
            return error(QCoreApplication::translate("Elect::Tally",
                                                     "@withdrawn names \"%1\", who is not a candidate in the header.")
                             .arg(shown(fields.at(i))));
        }
        m_withdrawn[c] = true;
    }
    return success();
}

// The row that names each candidate's constituency, below a header whose first column is the
// constituency column.
Status BallotCsvParser::readConstituencyRow(const QStringList& fields)
{
    if (!m_haveHeader || m_constituencyColumn != 0 || m_byConstituencyRow) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "@constituency must come once, after a header row whose first "
                                                 "column is the constituency column."));
    }
    if (fields.size() != rowWidth()) {
        return error(QCoreApplication::translate("Elect::Tally", "the @constituency row has %1 fields, the header "
                                                                 "has %2.")
                         .arg(fields.size())
                         .arg(rowWidth()));
    }
    m_byConstituencyRow = true;
    for (int i = 0; i < m_candidateColumns.size(); ++i) {
        const QString name = fields.at(m_candidateColumns.at(i));
        if (name.isEmpty()) {
            return error(
                QCoreApplication::translate("Elect::Tally", "the @constituency row gives no constituency for %1.")
                    .arg(m_candidateNames.at(i)));
        }
        const int p = m_partIndex.contains(name) ? m_partIndex.value(name) : newPart(name);
        m_columns[i].part = p;
        m_columns[i].local = int(m_file.constituencies[p].candidates.size());
        m_file.constituencies[p].candidates << m_candidateNames.at(i);
    }
    return success();
}

Status BallotCsvParser::readHeader(const QStringList& fields)
{
    m_haveHeader = true;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i);
        if (name.compare(QLatin1String("constituency"), Qt::CaseInsensitive) == 0 && m_constituencyColumn < 0) {
            m_constituencyColumn = i;
        } else if (name.compare(QLatin1String("weight"), Qt::CaseInsensitive) == 0 && m_weightColumn < 0) {
            m_weightColumn = i;
        } else if (name.isEmpty()) {
            return error(QCoreApplication::translate("Elect::Tally", "column %1 of the header has no candidate name.")
                             .arg(i + 1));
        } else if (m_candidateNames.contains(name)) {
            return error(
                QCoreApplication::translate("Elect::Tally", "the header names \"%1\" twice.").arg(shown(name)));
        } else {
            m_candidateColumns << i;
            m_candidateNames << name;
        }
    }
    if (m_candidateNames.isEmpty()) {
        return error(QCoreApplication::translate(
            "Elect::Tally", "the header row names no candidate; it must list the candidates as columns."));
    }
    if (m_candidateNames.size() > BallotBox::MaxCandidates)
        return error(QCoreApplication::translate("Elect::Tally", "more than 65535 candidates."));
    m_columns = QVector<Column>(m_candidateNames.size());
    m_withdrawn = QVector<bool>(m_candidateNames.size(), false);
    return success();
}

Status BallotCsvParser::readBallot(const QStringList& fields)
{
    if (!m_ballotsStarted) {
        m_ballotsStarted = true;
        if (!m_byConstituencyRow && m_constituencyColumn < 0)
            newPart(QString());
    }
    if (fields.size() != rowWidth()) {
        return error(QCoreApplication::translate("Elect::Tally", "this row has %1 fields, the header has %2.")
                         .arg(fields.size())
                         .arg(rowWidth()));
    }
    const Result<qint64> weight = readWeight(fields);
    if (!weight)
        return weight.error();
    const Result<int> part = readConstituency(fields);
    if (!part)
        return part.error();
    if (Status read = readCells(fields, *part); !read)
        return read;
    orderMarks();
    if (!m_file.constituencies[*part].ballots.add(m_marks.data(), int(m_marks.size()), quint64(*weight))) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "too many ballots: the total weight exceeds what a count allows."));
    }
    return success();
}

Result<qint64> BallotCsvParser::readWeight(const QStringList& fields) const
{
    if (m_weightColumn < 0 || fields.at(m_weightColumn).isEmpty())
        return qint64(1);
    const qint64 weight = parseCount(fields.at(m_weightColumn), qint64(BallotBox::MaxTotalWeight));
    if (weight < 1) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "the weight must be a whole number of at least 1; found \"%1\".")
                         .arg(shown(fields.at(m_weightColumn))));
    }
    return weight;
}

// The row's constituency (an index into m_file.constituencies), created on first sight unless an
// @constituency row fixed them.
Result<int> BallotCsvParser::readConstituency(const QStringList& fields)
{
    if (m_constituencyColumn < 0)
        return 0;
    const QString name = fields.at(m_constituencyColumn);
    if (name.isEmpty())
        return error(QCoreApplication::translate("Elect::Tally", "the constituency is empty."));
    if (m_partIndex.contains(name))
        return m_partIndex.value(name);
    if (m_byConstituencyRow) {
        return error(QCoreApplication::translate(
                         "Elect::Tally", "no candidate stands in constituency \"%1\" (see the @constituency row).")
                         .arg(shown(name)));
    }
    return newPart(name);
}

// The candidate cells into m_ranks: empty or 0 = not chosen, x = rank 1, a number = that rank.
Status BallotCsvParser::readCells(const QStringList& fields, int part)
{
    m_ranks.clear();
    for (int i = 0; i < m_candidateColumns.size(); ++i) {
        const QString cell = fields.at(m_candidateColumns.at(i));
        if (cell.isEmpty() || cell == QLatin1String("0"))
            continue;
        int rank = 1;
        if (cell.compare(QLatin1String("x"), Qt::CaseInsensitive) != 0) {
            const qint64 r = parseCount(cell, BallotBox::MaxCandidates);
            if (r < 1) {
                return error(QCoreApplication::translate("Elect::Tally", "the cell for %1 must be empty, 0, x or a "
                                                                         "rank number; found \"%2\".")
                                 .arg(m_candidateNames.at(i), shown(cell)));
            }
            rank = int(r);
        }
        if (m_byConstituencyRow && m_columns.at(i).part != part) {
            return error(QCoreApplication::translate("Elect::Tally", "%1 does not stand in constituency \"%2\".")
                             .arg(m_candidateNames.at(i), m_file.constituencies.at(part).name));
        }
        m_ranks.emplace_back(rank, m_byConstituencyRow ? m_columns.at(i).local : i);
    }
    return success();
}

// m_ranks into m_marks. Marked: every chosen cell. Ranked: ranks 1, 2, 3... in order; a gap or a
// rank given twice ends the ballot there.
void BallotCsvParser::orderMarks()
{
    m_marks.clear();
    if (m_unordered) {
        for (const auto& r : m_ranks)
            m_marks.push_back(BallotBox::CandidateId(r.second));
        return;
    }
    std::stable_sort(m_ranks.begin(), m_ranks.end(),
                     [](const std::pair<int, int>& a, const std::pair<int, int>& b) { return a.first < b.first; });
    int expected = 1;
    for (size_t i = 0; i < m_ranks.size(); ++i) {
        const bool repeated = (i + 1 < m_ranks.size() && m_ranks[i + 1].first == m_ranks[i].first);
        if (m_ranks[i].first != expected || repeated)
            break;
        m_marks.push_back(BallotBox::CandidateId(m_ranks[i].second));
        ++expected;
    }
}

// After the last record: the candidates, withdrawals and seats of each constituency.
Result<BallotFile> BallotCsvParser::finish()
{
    if (!m_haveHeader) {
        return lineError(
            1, QCoreApplication::translate("Elect::Tally", "the file has no header row naming the candidates."));
    }
    if (m_file.constituencies.isEmpty())
        newPart(QString());
    for (ConstituencyBallots& part : m_file.constituencies) {
        if (!m_byConstituencyRow)
            part.candidates = m_candidateNames;
        part.withdrawn = QVector<bool>(part.candidates.size(), false);
    }
    for (int i = 0; i < m_candidateNames.size(); ++i) {
        if (!m_withdrawn.at(i))
            continue;
        if (m_byConstituencyRow) {
            m_file.constituencies[m_columns.at(i).part].withdrawn[m_columns.at(i).local] = true;
        } else {
            for (ConstituencyBallots& part : m_file.constituencies)
                part.withdrawn[i] = true;
        }
    }
    for (const NamedSeats& seats : m_namedSeats) {
        if (!m_partIndex.contains(seats.constituency)) {
            return lineError(seats.line, QCoreApplication::translate("Elect::Tally",
                                                                     "@seats names constituency \"%1\", which has no "
                                                                     "candidates or ballots.")
                                             .arg(shown(seats.constituency)));
        }
        m_file.constituencies[m_partIndex.value(seats.constituency)].seats = seats.seats;
    }
    return std::move(m_file);
}

int BallotCsvParser::newPart(const QString& name)
{
    ConstituencyBallots part;
    part.name = name;
    part.ballots = BallotBox(m_unordered);
    m_file.constituencies << std::move(part);
    const int index = int(m_file.constituencies.size()) - 1;
    m_partIndex.insert(name, index);
    return index;
}

} // namespace

Result<BallotFile> BallotCsvReader::readFile(const QString& path, BallotKind kind)
{
    Result<QByteArray> data = Reading::readWholeFile(path);
    if (!data)
        return data.error();
    return parse(*data, kind);
}

Result<BallotFile> BallotCsvReader::parse(const QByteArray& data, BallotKind kind)
{
    // Bytes that are not UTF-8 have always been read as U+FFFD rather than refused; the tokenizer
    // refuses them, so they are replaced first.
    QByteArray text = QByteArrayView(data).isValidUtf8() ? data : QString::fromUtf8(data).toUtf8();
    QBuffer buffer(&text);
    return BallotCsvParser(kind).parse(&buffer);
}

} // namespace Elect::Tally

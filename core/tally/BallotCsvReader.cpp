#include "core/tally/BallotCsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <vector>

namespace Elect::Tally {

namespace {

Result<BallotFile> lineError(int line, const QString& what)
{
    return Result<BallotFile>::failure(ErrorCode::InvalidInput,
                                       QCoreApplication::translate("Elect::Tally", "Line %1: %2").arg(line).arg(what));
}

qint64 parseCount(const QString& text, qint64 limit)
{
    if (text.isEmpty() || text.size() > 18)
        return -1;
    qint64 value = 0;
    for (QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return -1;
        value = value * 10 + (ch.unicode() - '0');
    }
    return value <= limit ? value : -1;
}

QString shown(const QString& text)
{
    return text.left(40);
}

/// Splits RFC 4180 records one at a time, counting lines.
class CsvRecords
{
public:
    explicit CsvRecords(const QByteArray& data) : m_data(data)
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    /// Next record into `fields`; false at the end. Sets `error` (and returns true) on bad quoting.
    bool next(QStringList& fields, int& line, QString& error)
    {
        fields.clear();
        error.clear();
        // Skip blank lines and comment lines.
        for (;;) {
            if (m_pos >= m_data.size())
                return false;
            qsizetype end = m_data.indexOf('\n', m_pos);
            if (end < 0)
                end = m_data.size();
            const QByteArray raw = m_data.mid(m_pos, end - m_pos).trimmed();
            if (raw.isEmpty() || raw.startsWith('#')) {
                m_pos = end + 1;
                ++m_line;
                continue;
            }
            break;
        }
        line = m_line;
        QByteArray field;
        bool quoted = false;
        bool wasQuoted = false;
        while (m_pos < m_data.size()) {
            const char ch = m_data.at(m_pos);
            if (quoted) {
                if (ch == '"') {
                    if (m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '"') {
                        field.append('"');
                        m_pos += 2;
                        continue;
                    }
                    quoted = false;
                    ++m_pos;
                    if (m_pos < m_data.size()) {
                        const char after = m_data.at(m_pos);
                        if (after != ',' && after != '\n' && after != '\r') {
                            error = QCoreApplication::translate("Elect::Tally",
                                                                "text after a closing quote; a quote inside a quoted "
                                                                "field must be doubled (\"\").");
                            skipToNextLine();
                            return true;
                        }
                    }
                    continue;
                }
                if (ch == '\n')
                    ++m_line;
                field.append(ch);
                ++m_pos;
                continue;
            }
            if (ch == '"' && field.trimmed().isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.clear();
                ++m_pos;
                continue;
            }
            if (ch == ',') {
                fields << finish(field, wasQuoted);
                field.clear();
                wasQuoted = false;
                ++m_pos;
                continue;
            }
            if (ch == '\n') {
                ++m_pos;
                ++m_line;
                break;
            }
            if (ch == '"') {
                error = QCoreApplication::translate("Elect::Tally",
                                                    "a quote in the middle of an unquoted field; quote the whole "
                                                    "field and double the quote (\"\").");
                skipToNextLine();
                return true;
            }
            if (ch != '\r')
                field.append(ch);
            ++m_pos;
        }
        if (quoted) {
            error = QCoreApplication::translate("Elect::Tally", "a quoted field has no closing quote (\").");
            return true;
        }
        fields << finish(field, wasQuoted);
        return true;
    }

private:
    static QString finish(const QByteArray& field, bool wasQuoted)
    {
        const QString text = QString::fromUtf8(field);
        return wasQuoted ? text : text.trimmed();
    }

    void skipToNextLine()
    {
        const qsizetype end = m_data.indexOf('\n', m_pos);
        m_pos = end < 0 ? m_data.size() : end + 1;
        ++m_line;
    }

    const QByteArray& m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
};

struct Column
{
    int part = -1;  // constituency of the candidate, -1 when every constituency has it
    int local = -1; // index among that constituency's candidates
};

} // namespace

Result<BallotFile> BallotCsvReader::readFile(const QString& path, BallotKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<BallotFile>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("Elect::Tally", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), kind);
}

Result<BallotFile> BallotCsvReader::parse(const QByteArray& data, BallotKind kind)
{
    BallotFile file;
    CsvRecords records(data);
    QStringList fields;
    QString error;
    int line = 0;
    bool haveHeader = false;
    bool ballotsStarted = false;
    bool byConstituencyRow = false;
    int constituencyColumn = -1;
    int weightColumn = -1;
    QVector<int> candidateColumns; // header positions of candidates
    QStringList candidateNames;    // in column order
    QVector<Column> columns;       // per candidate
    QVector<bool> withdrawn;       // per candidate
    QHash<QString, int> partIndex;
    QVector<QPair<QString, QPair<int, int>>> namedSeats; // name, (seats, line)
    std::vector<std::pair<int, int>> ranks;              // (rank, candidate)
    std::vector<BallotBox::CandidateId> marks;
    const bool unordered = kind == BallotKind::Marked;

    auto newPart = [&](const QString& name) {
        ConstituencyBallots part;
        part.name = name;
        part.ballots = BallotBox(unordered);
        file.constituencies << std::move(part);
        partIndex.insert(name, int(file.constituencies.size()) - 1);
        return int(file.constituencies.size()) - 1;
    };

    while (records.next(fields, line, error)) {
        if (!error.isEmpty())
            return lineError(line, error);
        const QString first = fields.first();
        if (first.startsWith(QLatin1Char('@'))) {
            if (ballotsStarted)
                return lineError(line, QCoreApplication::translate(
                                           "Elect::Tally", "directives (@...) must come before the first ballot."));
            const QString directive = first.toLower();
            if (directive == QLatin1String("@title")) {
                file.title = fields.value(1);
            } else if (directive == QLatin1String("@seats")) {
                const bool named = fields.size() >= 3 && !fields.at(2).isEmpty();
                const qint64 seats = parseCount(fields.value(named ? 2 : 1), BallotBox::MaxCandidates);
                if (seats < 1) {
                    return lineError(line, QCoreApplication::translate(
                                               "Elect::Tally", "@seats needs a whole number of seats from 1 to 65535: "
                                                               "\"@seats,2\" or \"@seats,North,2\"."));
                }
                if (named)
                    namedSeats.append({fields.at(1), {int(seats), line}});
                else
                    file.defaultSeats = int(seats);
            } else if (directive == QLatin1String("@withdrawn")) {
                if (!haveHeader) {
                    return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                       "@withdrawn must come after the header row."));
                }
                for (int i = 1; i < fields.size(); ++i) {
                    if (fields.at(i).isEmpty())
                        continue;
                    const int c = int(candidateNames.indexOf(fields.at(i)));
                    if (c < 0) {
                        return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                           "@withdrawn names \"%1\", who is not a "
                                                                           "candidate in the header.")
                                                   .arg(shown(fields.at(i))));
                    }
                    withdrawn[c] = true;
                }
            } else if (directive == QLatin1String("@constituency")) {
                if (!haveHeader || constituencyColumn != 0 || byConstituencyRow) {
                    return lineError(line, QCoreApplication::translate(
                                               "Elect::Tally", "@constituency must come once, after a header row "
                                                               "whose first column is the constituency column."));
                }
                if (fields.size() != candidateColumns.size() + (weightColumn >= 0) + 1) {
                    return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                       "the @constituency row has %1 fields, the "
                                                                       "header has %2.")
                                               .arg(fields.size())
                                               .arg(candidateColumns.size() + (weightColumn >= 0) + 1));
                }
                byConstituencyRow = true;
                for (int i = 0; i < candidateColumns.size(); ++i) {
                    const QString name = fields.at(candidateColumns.at(i));
                    if (name.isEmpty()) {
                        return lineError(line,
                                         QCoreApplication::translate("Elect::Tally", "the @constituency row gives no "
                                                                                     "constituency for %1.")
                                             .arg(candidateNames.at(i)));
                    }
                    const int p = partIndex.contains(name) ? partIndex.value(name) : newPart(name);
                    columns[i].part = p;
                    columns[i].local = int(file.constituencies[p].candidates.size());
                    file.constituencies[p].candidates << candidateNames.at(i);
                }
            } else {
                return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                   "unknown directive \"%1\"; known ones are @title, "
                                                                   "@seats, @withdrawn and @constituency.")
                                           .arg(shown(first)));
            }
            continue;
        }

        if (!haveHeader) {
            haveHeader = true;
            for (int i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i);
                if (name.compare(QLatin1String("constituency"), Qt::CaseInsensitive) == 0 && constituencyColumn < 0) {
                    constituencyColumn = i;
                } else if (name.compare(QLatin1String("weight"), Qt::CaseInsensitive) == 0 && weightColumn < 0) {
                    weightColumn = i;
                } else if (name.isEmpty()) {
                    return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                       "column %1 of the header has no candidate name.")
                                               .arg(i + 1));
                } else if (candidateNames.contains(name)) {
                    return lineError(
                        line,
                        QCoreApplication::translate("Elect::Tally", "the header names \"%1\" twice.").arg(shown(name)));
                } else {
                    candidateColumns << i;
                    candidateNames << name;
                }
            }
            if (candidateNames.isEmpty()) {
                return lineError(line, QCoreApplication::translate(
                                           "Elect::Tally", "the header row names no candidate; it must list the "
                                                           "candidates as columns."));
            }
            if (candidateNames.size() > BallotBox::MaxCandidates) {
                return lineError(line, QCoreApplication::translate("Elect::Tally", "more than 65535 candidates."));
            }
            columns = QVector<Column>(candidateNames.size());
            withdrawn = QVector<bool>(candidateNames.size(), false);
            continue;
        }

        // A ballot row.
        if (!ballotsStarted) {
            ballotsStarted = true;
            if (!byConstituencyRow && constituencyColumn < 0)
                newPart(QString());
        }
        if (fields.size() != candidateColumns.size() + (weightColumn >= 0) + (constituencyColumn >= 0)) {
            return lineError(line,
                             QCoreApplication::translate("Elect::Tally", "this row has %1 fields, the header has %2.")
                                 .arg(fields.size())
                                 .arg(candidateColumns.size() + (weightColumn >= 0) + (constituencyColumn >= 0)));
        }
        qint64 weight = 1;
        if (weightColumn >= 0 && !fields.at(weightColumn).isEmpty()) {
            weight = parseCount(fields.at(weightColumn), qint64(BallotBox::MaxTotalWeight));
            if (weight < 1) {
                return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                   "the weight must be a whole number of at least 1; "
                                                                   "found \"%1\".")
                                           .arg(shown(fields.at(weightColumn))));
            }
        }
        int p = 0;
        if (constituencyColumn >= 0) {
            const QString name = fields.at(constituencyColumn);
            if (name.isEmpty())
                return lineError(line, QCoreApplication::translate("Elect::Tally", "the constituency is empty."));
            if (partIndex.contains(name)) {
                p = partIndex.value(name);
            } else if (byConstituencyRow) {
                return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                   "no candidate stands in constituency \"%1\" (see "
                                                                   "the @constituency row).")
                                           .arg(shown(name)));
            } else {
                p = newPart(name);
            }
        }
        ranks.clear();
        for (int i = 0; i < candidateColumns.size(); ++i) {
            const QString cell = fields.at(candidateColumns.at(i));
            if (cell.isEmpty() || cell == QLatin1String("0"))
                continue;
            int rank = 1;
            if (cell.compare(QLatin1String("x"), Qt::CaseInsensitive) != 0) {
                const qint64 r = parseCount(cell, BallotBox::MaxCandidates);
                if (r < 1) {
                    return lineError(line, QCoreApplication::translate("Elect::Tally",
                                                                       "the cell for %1 must be empty, 0, x or a rank "
                                                                       "number; found \"%2\".")
                                               .arg(candidateNames.at(i), shown(cell)));
                }
                rank = int(r);
            }
            if (byConstituencyRow && columns.at(i).part != p) {
                return lineError(
                    line, QCoreApplication::translate("Elect::Tally", "%1 does not stand in constituency \"%2\".")
                              .arg(candidateNames.at(i), file.constituencies.at(p).name));
            }
            ranks.emplace_back(rank, byConstituencyRow ? columns.at(i).local : i);
        }
        marks.clear();
        if (unordered) {
            for (const auto& r : ranks)
                marks.push_back(BallotBox::CandidateId(r.second));
        } else {
            std::stable_sort(
                ranks.begin(), ranks.end(),
                [](const std::pair<int, int>& a, const std::pair<int, int>& b) { return a.first < b.first; });
            int expected = 1;
            for (size_t i = 0; i < ranks.size(); ++i) {
                const bool repeated = (i + 1 < ranks.size() && ranks[i + 1].first == ranks[i].first);
                if (ranks[i].first != expected || repeated)
                    break;
                marks.push_back(BallotBox::CandidateId(ranks[i].second));
                ++expected;
            }
        }
        if (!file.constituencies[p].ballots.add(marks.data(), int(marks.size()), quint64(weight)))
            return lineError(
                line, QCoreApplication::translate("Elect::Tally",
                                                  "too many ballots: the total weight exceeds what a count allows."));
    }
    if (!error.isEmpty())
        return lineError(line, error);
    if (!haveHeader)
        return lineError(
            1, QCoreApplication::translate("Elect::Tally", "the file has no header row naming the candidates."));
    if (file.constituencies.isEmpty())
        newPart(QString());

    for (ConstituencyBallots& part : file.constituencies) {
        if (!byConstituencyRow)
            part.candidates = candidateNames;
        part.withdrawn = QVector<bool>(part.candidates.size(), false);
    }
    for (int i = 0; i < candidateNames.size(); ++i) {
        if (!withdrawn.at(i))
            continue;
        if (byConstituencyRow) {
            file.constituencies[columns.at(i).part].withdrawn[columns.at(i).local] = true;
        } else {
            for (ConstituencyBallots& part : file.constituencies)
                part.withdrawn[i] = true;
        }
    }
    for (const auto& seats : namedSeats) {
        if (!partIndex.contains(seats.first)) {
            return lineError(seats.second.second,
                             QCoreApplication::translate("Elect::Tally", "@seats names constituency \"%1\", which "
                                                                         "has no candidates or ballots.")
                                 .arg(shown(seats.first)));
        }
        file.constituencies[partIndex.value(seats.first)].seats = seats.second.first;
    }
    return file;
}

} // namespace Elect::Tally

#include "core/tally/BltReader.h"

#include "core/tally/ReaderSupport.h"

#include <QCoreApplication>

#include <vector>

namespace Elect::Tally {

using Reading::lineError;
using Reading::parseCount;
using Reading::shown;

namespace {

QList<QByteArray> tokens(const QByteArray& line)
{
    QByteArray text = line;
    const int hash = text.indexOf('#');
    if (hash >= 0)
        text.truncate(hash);
    QList<QByteArray> out;
    for (const QByteArray& t : text.simplified().split(' ')) {
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

/// One parse of a BLT file, line by line: the header, the optional withdrawn line, the ballots up
/// to the closing 0, then the quoted names and title. Each read* step reads one line (or one name)
/// of its section and says what is wrong with it.
class BltParser
{
public:
    explicit BltParser(BallotKind kind) { m_part.ballots = BallotBox(kind == BallotKind::Marked); }

    Result<BallotFile> parse(const QByteArray& data);

private:
    enum class Stage { Header, Withdrawn, Ballots, Names };

    Status readLine(const QByteArray& line);
    Status readNames(const QByteArray& line);
    Status readString(const QString& text);
    Status readHeader(const QList<QByteArray>& words);
    Status readWithdrawn(const QList<QByteArray>& words);
    Status readBallot(const QList<QByteArray>& words);
    Status readPreferences(const QList<QByteArray>& words);
    Result<BallotFile> finish();

    Error error(const QString& what) const { return lineError(m_line, what); }

    Stage m_stage = Stage::Header;
    BallotFile m_file;
    ConstituencyBallots m_part;
    int m_candidateCount = 0;
    QStringList m_strings; // names, then the title
    std::vector<BallotBox::CandidateId> m_prefs;
    std::vector<int> m_seenOnBallot; // per candidate: the last ballot number that named them
    int m_ballotNumber = 0;
    int m_line = 0;
};

Result<BallotFile> BltParser::parse(const QByteArray& data)
{
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(start, end - start);
        start = end + 1;
        ++m_line;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (Status read = readLine(line); !read)
            return read.error();
    }
    return finish();
}

Status BltParser::readLine(const QByteArray& line)
{
    if (m_stage == Stage::Names)
        return readNames(line);
    const QList<QByteArray> words = tokens(line);
    if (words.isEmpty())
        return success();
    switch (m_stage) {
    case Stage::Header:
        return readHeader(words);
    case Stage::Withdrawn:
        m_stage = Stage::Ballots;
        if (words.first().startsWith('-'))
            return readWithdrawn(words);
        return readBallot(words);
    case Stage::Ballots:
        return readBallot(words);
    case Stage::Names:
        break;
    }
    return success();
}

// Quoted strings; '#' outside quotes starts a comment.
Status BltParser::readNames(const QByteArray& line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        const char ch = line.at(i);
        if (ch == ' ' || ch == '\t') {
            ++i;
        } else if (ch == '#') {
            break;
        } else if (ch == '"') {
            const qsizetype close = line.indexOf('"', i + 1);
            if (close < 0) {
                return error(QCoreApplication::translate("Elect::Tally", "a quoted name has no closing quote (\")."));
            }
            if (Status read = readString(QString::fromUtf8(line.mid(i + 1, close - i - 1)).trimmed()); !read)
                return read;
            i = close + 1;
        } else {
            return error(
                QCoreApplication::translate("Elect::Tally", "expected a quoted candidate name or title, found \"%1\".")
                    .arg(shown(line.mid(i).trimmed())));
        }
    }
    return success();
}

// One quoted string: a candidate's name while names are missing, then the title.
Status BltParser::readString(const QString& text)
{
    if (m_strings.size() < m_candidateCount) {
        if (text.isEmpty())
            return error(QCoreApplication::translate("Elect::Tally", "a candidate name is empty."));
        if (m_strings.contains(text)) {
            return error(
                QCoreApplication::translate("Elect::Tally", "the name \"%1\" is given to two candidates.").arg(text));
        }
    } else if (m_strings.size() > m_candidateCount) {
        return error(QCoreApplication::translate("Elect::Tally", "unexpected text after the title."));
    }
    m_strings << text;
    return success();
}

Status BltParser::readHeader(const QList<QByteArray>& words)
{
    if (words.size() != 2) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "the first line must hold two numbers: the number of candidates and "
                                                 "the number of seats."));
    }
    const qint64 n = parseCount(words.at(0), BallotBox::MaxCandidates);
    const qint64 seats = parseCount(words.at(1), BallotBox::MaxCandidates);
    if (n < 1) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "the number of candidates must be a whole number from 1 to 65535."));
    }
    if (seats < 1) {
        return error(
            QCoreApplication::translate("Elect::Tally", "the number of seats must be a whole number from 1 to 65535."));
    }
    m_candidateCount = int(n);
    m_file.defaultSeats = int(seats);
    m_part.withdrawn = QVector<bool>(m_candidateCount, false);
    m_seenOnBallot.assign(size_t(m_candidateCount), 0);
    m_stage = Stage::Withdrawn;
    return success();
}

Status BltParser::readWithdrawn(const QList<QByteArray>& words)
{
    for (const QByteArray& w : words) {
        const qint64 c = w.startsWith('-') ? parseCount(QByteArrayView(w).sliced(1), m_candidateCount) : -1;
        if (c < 1) {
            return error(QCoreApplication::translate("Elect::Tally",
                                                     "a withdrawn candidate must be written as -1 to -%1; found "
                                                     "\"%2\".")
                             .arg(m_candidateCount)
                             .arg(shown(w)));
        }
        m_part.withdrawn[int(c - 1)] = true;
    }
    return success();
}

// "weight preference... 0", or the lone 0 that closes the ballots.
Status BltParser::readBallot(const QList<QByteArray>& words)
{
    if (words.size() == 1 && words.first() == "0") {
        m_stage = Stage::Names;
        return success();
    }
    ++m_ballotNumber;
    const qint64 weight = parseCount(words.first(), qint64(BallotBox::MaxTotalWeight));
    if (weight < 1) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "a ballot must start with its weight, a whole number of at least 1; "
                                                 "found \"%1\".")
                         .arg(shown(words.first())));
    }
    if (words.last() != "0")
        return error(QCoreApplication::translate("Elect::Tally", "a ballot line must end with 0."));
    if (Status read = readPreferences(words); !read)
        return read;
    if (!m_part.ballots.add(m_prefs.data(), int(m_prefs.size()), quint64(weight))) {
        return error(QCoreApplication::translate("Elect::Tally",
                                                 "too many ballots: the total weight exceeds what a count allows."));
    }
    return success();
}

// The words between the weight and the closing 0, into m_prefs.
Status BltParser::readPreferences(const QList<QByteArray>& words)
{
    m_prefs.clear();
    for (int i = 1; i + 1 < words.size(); ++i) {
        const QByteArray& w = words.at(i);
        if (w.contains('='))
            return error(QCoreApplication::translate("Elect::Tally", "equal preferences (\"=\") are not supported."));
        const qint64 c = parseCount(w, m_candidateCount);
        if (c < 1) {
            return error(QCoreApplication::translate("Elect::Tally",
                                                     "a preference must be a candidate number from 1 to %1; found "
                                                     "\"%2\".")
                             .arg(m_candidateCount)
                             .arg(shown(w)));
        }
        if (m_seenOnBallot[size_t(c - 1)] == m_ballotNumber) {
            return error(
                QCoreApplication::translate("Elect::Tally", "candidate %1 appears twice on this ballot.").arg(c));
        }
        m_seenOnBallot[size_t(c - 1)] = m_ballotNumber;
        m_prefs.push_back(BallotBox::CandidateId(c - 1));
    }
    return success();
}

// The end of the file: every section must have come, and every name.
Result<BallotFile> BltParser::finish()
{
    const int lastLine = std::max(m_line, 1);
    if (m_stage == Stage::Header) {
        return lineError(
            1, QCoreApplication::translate(
                   "Elect::Tally", "the file is empty; a BLT file starts with the number of candidates and seats."));
    }
    if (m_stage != Stage::Names) {
        return lineError(lastLine, QCoreApplication::translate("Elect::Tally",
                                                               "the ballots are not closed by a line holding only 0."));
    }
    if (m_strings.size() < m_candidateCount) {
        return lineError(lastLine, QCoreApplication::translate("Elect::Tally", "expected %1 candidate names, found %2.")
                                       .arg(m_candidateCount)
                                       .arg(m_strings.size()));
    }
    m_part.candidates = m_strings.mid(0, m_candidateCount);
    m_file.title = m_strings.value(m_candidateCount);
    m_file.constituencies << std::move(m_part);
    return std::move(m_file);
}

} // namespace

Result<BallotFile> BltReader::readFile(const QString& path, BallotKind kind)
{
    Result<QByteArray> data = Reading::readWholeFile(path);
    if (!data)
        return data.error();
    return parse(*data, kind);
}

Result<BallotFile> BltReader::parse(const QByteArray& data, BallotKind kind)
{
    return BltParser(kind).parse(data);
}

} // namespace Elect::Tally

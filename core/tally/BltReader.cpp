#include "core/tally/BltReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <vector>

namespace Elect::Tally {

namespace {

Result<BallotFile> lineError(int line, const QString& what)
{
    return Result<BallotFile>::failure(ErrorCode::InvalidInput,
                                       QCoreApplication::translate("Elect::Tally", "Line %1: %2").arg(line).arg(what));
}

/// A whole number made only of digits, at most `limit`; -1 if it is not one.
qint64 parseCount(const QByteArray& token, qint64 limit)
{
    if (token.isEmpty() || token.size() > 18)
        return -1;
    qint64 value = 0;
    for (char ch : token) {
        if (ch < '0' || ch > '9')
            return -1;
        value = value * 10 + (ch - '0');
    }
    return value <= limit ? value : -1;
}

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

QString shown(const QByteArray& token)
{
    return QString::fromUtf8(token.left(40));
}

} // namespace

Result<BallotFile> BltReader::readFile(const QString& path, BallotKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<BallotFile>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("Elect::Tally", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    return parse(file.readAll(), kind);
}

Result<BallotFile> BltReader::parse(const QByteArray& data, BallotKind kind)
{
    enum class Stage { Header, Withdrawn, Ballots, Names };
    Stage stage = Stage::Header;
    BallotFile file;
    ConstituencyBallots part;
    part.ballots = BallotBox(kind == BallotKind::Marked);
    int candidateCount = 0;
    QStringList strings; // names, then the title
    std::vector<BallotBox::CandidateId> prefs;
    std::vector<int> seenOnBallot;
    int ballotNumber = 0;
    int lineNumber = 0;
    int lastLine = 1;

    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArray line = data.mid(start, end - start);
        start = end + 1;
        ++lineNumber;
        lastLine = lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);

        if (stage == Stage::Names) {
            // Quoted strings; '#' outside quotes starts a comment.
            qsizetype i = 0;
            while (i < line.size()) {
                const char ch = line.at(i);
                if (ch == ' ' || ch == '\t') {
                    ++i;
                } else if (ch == '#') {
                    break;
                } else if (ch == '"') {
                    const qsizetype close = line.indexOf('"', i + 1);
                    if (close < 0)
                        return lineError(lineNumber, QCoreApplication::translate(
                                                         "Elect::Tally", "a quoted name has no closing quote (\")."));
                    const QString text = QString::fromUtf8(line.mid(i + 1, close - i - 1)).trimmed();
                    if (strings.size() < candidateCount) {
                        if (text.isEmpty())
                            return lineError(lineNumber,
                                             QCoreApplication::translate("Elect::Tally", "a candidate name is empty."));
                        if (strings.contains(text)) {
                            return lineError(lineNumber,
                                             QCoreApplication::translate("Elect::Tally",
                                                                         "the name \"%1\" is given to two candidates.")
                                                 .arg(text));
                        }
                    } else if (strings.size() > candidateCount) {
                        return lineError(lineNumber, QCoreApplication::translate("Elect::Tally",
                                                                                 "unexpected text after the title."));
                    }
                    strings << text;
                    i = close + 1;
                } else {
                    return lineError(lineNumber,
                                     QCoreApplication::translate(
                                         "Elect::Tally", "expected a quoted candidate name or title, found \"%1\".")
                                         .arg(shown(line.mid(i).trimmed())));
                }
            }
            continue;
        }

        const QList<QByteArray> words = tokens(line);
        if (words.isEmpty())
            continue;

        if (stage == Stage::Header) {
            if (words.size() != 2) {
                return lineError(lineNumber, QCoreApplication::translate(
                                                 "Elect::Tally",
                                                 "the first line must hold two numbers: the number of candidates and "
                                                 "the number of seats."));
            }
            const qint64 n = parseCount(words.at(0), BallotBox::MaxCandidates);
            const qint64 seats = parseCount(words.at(1), BallotBox::MaxCandidates);
            if (n < 1)
                return lineError(lineNumber, QCoreApplication::translate(
                                                 "Elect::Tally",
                                                 "the number of candidates must be a whole number from 1 to 65535."));
            if (seats < 1)
                return lineError(lineNumber,
                                 QCoreApplication::translate(
                                     "Elect::Tally", "the number of seats must be a whole number from 1 to 65535."));
            candidateCount = int(n);
            file.defaultSeats = int(seats);
            part.withdrawn = QVector<bool>(candidateCount, false);
            seenOnBallot.assign(size_t(candidateCount), 0);
            stage = Stage::Withdrawn;
            continue;
        }

        if (stage == Stage::Withdrawn) {
            stage = Stage::Ballots;
            if (words.first().startsWith('-')) {
                for (const QByteArray& w : words) {
                    const qint64 c = w.startsWith('-') ? parseCount(w.mid(1), candidateCount) : -1;
                    if (c < 1) {
                        return lineError(lineNumber,
                                         QCoreApplication::translate("Elect::Tally",
                                                                     "a withdrawn candidate must be written as -1 to "
                                                                     "-%1; found \"%2\".")
                                             .arg(candidateCount)
                                             .arg(shown(w)));
                    }
                    part.withdrawn[int(c - 1)] = true;
                }
                continue;
            }
        }

        // Stage::Ballots
        if (words.size() == 1 && words.first() == "0") {
            stage = Stage::Names;
            continue;
        }
        ++ballotNumber;
        const qint64 weight = parseCount(words.first(), qint64(BallotBox::MaxTotalWeight));
        if (weight < 1) {
            return lineError(lineNumber,
                             QCoreApplication::translate(
                                 "Elect::Tally", "a ballot must start with its weight, a whole number of at least 1; "
                                                 "found \"%1\".")
                                 .arg(shown(words.first())));
        }
        if (words.last() != "0")
            return lineError(lineNumber, QCoreApplication::translate("Elect::Tally", "a ballot line must end with 0."));
        prefs.clear();
        for (int i = 1; i + 1 < words.size(); ++i) {
            const QByteArray& w = words.at(i);
            if (w.contains('='))
                return lineError(lineNumber, QCoreApplication::translate(
                                                 "Elect::Tally", "equal preferences (\"=\") are not supported."));
            const qint64 c = parseCount(w, candidateCount);
            if (c < 1) {
                return lineError(lineNumber,
                                 QCoreApplication::translate("Elect::Tally", "a preference must be a candidate number "
                                                                             "from 1 to %1; found \"%2\".")
                                     .arg(candidateCount)
                                     .arg(shown(w)));
            }
            if (seenOnBallot[size_t(c - 1)] == ballotNumber) {
                return lineError(
                    lineNumber,
                    QCoreApplication::translate("Elect::Tally", "candidate %1 appears twice on this ballot.").arg(c));
            }
            seenOnBallot[size_t(c - 1)] = ballotNumber;
            prefs.push_back(BallotBox::CandidateId(c - 1));
        }
        if (!part.ballots.add(prefs.data(), int(prefs.size()), quint64(weight))) {
            return lineError(lineNumber,
                             QCoreApplication::translate(
                                 "Elect::Tally", "too many ballots: the total weight exceeds what a count allows."));
        }
    }

    if (stage == Stage::Header)
        return lineError(
            1, QCoreApplication::translate(
                   "Elect::Tally", "the file is empty; a BLT file starts with the number of candidates and seats."));
    if (stage != Stage::Names)
        return lineError(lastLine, QCoreApplication::translate("Elect::Tally",
                                                               "the ballots are not closed by a line holding only 0."));
    if (strings.size() < candidateCount) {
        return lineError(lastLine, QCoreApplication::translate("Elect::Tally", "expected %1 candidate names, found %2.")
                                       .arg(candidateCount)
                                       .arg(strings.size()));
    }
    part.candidates = strings.mid(0, candidateCount);
    file.title = strings.value(candidateCount);
    file.constituencies << std::move(part);
    return file;
}

} // namespace Elect::Tally

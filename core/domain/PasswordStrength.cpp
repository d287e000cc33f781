#include "core/domain/PasswordStrength.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace Elect {

namespace {

// Passwords longer than this are not analysed further; each extra character adds one brute-force digit.
constexpr int kAnalysed = 100;
constexpr int kLongestWord = 40; // an email address is a word here
constexpr double kInfinity = std::numeric_limits<double>::infinity();

enum class Kind { BruteForce, CommonPassword, Word, UserInput, Keyboard, Sequence, Repeat, Date };

struct Piece
{
    int begin = 0;
    int end = 0; // exclusive
    double log10Guesses = 0;
    Kind kind = Kind::BruteForce;
    int rank = 0;
    bool reversed = false;
    bool substituted = false;
    bool capitals = false;
};

using Ranks = QHash<QString, int>;

Ranks loadRanks(const QString& resource)
{
    Ranks ranks;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "PasswordStrength", "word list missing from the resources");
        return ranks;
    }
    int rank = 0;
    const auto lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString word = line.trimmed().toLower();
        if (!word.isEmpty() && !ranks.contains(word))
            ranks.insert(word, ++rank);
    }
    return ranks;
}

const Ranks& commonPasswords()
{
    static const Ranks ranks = loadRanks(QStringLiteral(":/elect/passwords/common-passwords.txt"));
    return ranks;
}

const Ranks& commonWords()
{
    static const Ranks ranks = loadRanks(QStringLiteral(":/elect/passwords/common-words.txt"));
    return ranks;
}

// What the person typed elsewhere, in pieces: "Nile Rowing Club" gives nile, rowing, club and nilerowingclub.
Ranks userInputRanks(const QStringList& inputs)
{
    Ranks ranks;
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    auto add = [&ranks](const QString& word) {
        if (word.size() >= 3 && !ranks.contains(word))
            ranks.insert(word, ranks.size() + 1);
    };
    for (const QString& input : inputs) {
        const QString lower = input.toLower();
        add(lower); // the whole of it, an email address included
        const QStringList parts = lower.split(separators, Qt::SkipEmptyParts);
        for (const QString& part : parts)
            add(part);
        add(parts.join(QString()));
    }
    return ranks;
}

// How many ways a guesser capitalizes a word before reaching this one.
double capitalVariations(const QString& original)
{
    int upper = 0;
    int lower = 0;
    for (const QChar c : original) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    if (upper == 0)
        return 1;
    const bool firstOnly = upper == 1 && original.front().isUpper();
    const bool lastOnly = upper == 1 && original.back().isUpper();
    if (lower == 0 || firstOnly || lastOnly)
        return 2;
    double variations = 0;
    const int total = upper + lower;
    for (int k = 1; k <= std::min(upper, lower); ++k) {
        double choose = 1;
        for (int i = 1; i <= k; ++i)
            choose = choose * (total - k + i) / i;
        variations += choose;
    }
    return variations;
}

// The common look-alike substitutions, in two readings where one symbol stands for two letters.
const std::array<QHash<QChar, QChar>, 2>& leetReadings()
{
    static const std::array<QHash<QChar, QChar>, 2> readings = [] {
        QHash<QChar, QChar> common{{u'4', u'a'}, {u'@', u'a'}, {u'8', u'b'}, {u'(', u'c'}, {u'{', u'c'}, {u'3', u'e'},
                                   {u'6', u'g'}, {u'9', u'g'}, {u'!', u'i'}, {u'0', u'o'}, {u'$', u's'}, {u'5', u's'},
                                   {u'7', u't'}, {u'+', u't'}, {u'2', u'z'}, {u'%', u'x'}};
        QHash<QChar, QChar> first = common;
        first.insert(u'1', u'i');
        first.insert(u'|', u'i');
        QHash<QChar, QChar> second = common;
        second.insert(u'1', u'l');
        second.insert(u'|', u'l');
        return std::array<QHash<QChar, QChar>, 2>{first, second};
    }();
    return readings;
}

QString reversedText(const QString& text)
{
    QString out = text;
    std::reverse(out.begin(), out.end());
    return out;
}

struct Analysis
{
    QString original;
    QString lower;
    const Ranks& userInputs;
    std::vector<Piece> pieces;

    void add(int begin, int end, double guesses, Kind kind)
    {
        Piece piece;
        piece.begin = begin;
        piece.end = end;
        piece.kind = kind;
        piece.log10Guesses = std::log10(std::max(guesses, end - begin == 1 ? 10.0 : 50.0));
        pieces.push_back(piece);
    }

    void addWord(int begin, int end, int rank, Kind kind, bool reversed, int substitutions)
    {
        const double capitals = capitalVariations(original.mid(begin, end - begin));
        double guesses = rank * capitals * (reversed ? 2 : 1) * std::pow(2.0, substitutions);
        add(begin, end, guesses, kind);
        Piece& piece = pieces.back();
        piece.rank = rank;
        piece.reversed = reversed;
        piece.substituted = substitutions > 0;
        piece.capitals = capitals > 1;
    }

    void lookUp(const QString& word, int begin, int end, bool reversed, int substitutions)
    {
        if (const int rank = commonPasswords().value(word))
            addWord(begin, end, rank, Kind::CommonPassword, reversed, substitutions);
        if (const int rank = commonWords().value(word))
            addWord(begin, end, rank, Kind::Word, reversed, substitutions);
        if (const int rank = userInputs.value(word))
            addWord(begin, end, rank, Kind::UserInput, reversed, substitutions);
    }

    void findWords()
    {
        const int n = int(lower.size());
        for (int i = 0; i < n; ++i) {
            for (int j = i + 3; j <= std::min(n, i + kLongestWord); ++j) {
                const QString word = lower.mid(i, j - i);
                lookUp(word, i, j, false, 0);
                lookUp(reversedText(word), i, j, true, 0);
                for (const auto& reading : leetReadings()) {
                    QString plain = word;
                    QList<QChar> swapped;
                    for (QChar& c : plain) {
                        const auto it = reading.constFind(c);
                        if (it != reading.constEnd()) {
                            if (!swapped.contains(c))
                                swapped.append(c);
                            c = *it;
                        }
                    }
                    if (!swapped.isEmpty())
                        lookUp(plain, i, j, false, int(swapped.size()));
                }
            }
        }
    }

    // Rows of a US keyboard, the layout most keyboards in Egypt carry beside the Arabic letters; shifted
    // symbols count as their keys.
    static int keyboardPosition(QChar c, int* row)
    {
        static const std::array<QString, 4> rows{QStringLiteral("`1234567890-="), QStringLiteral("qwertyuiop[]\\"),
                                                 QStringLiteral("asdfghjkl;'"), QStringLiteral("zxcvbnm,./")};
        static const QString shifted = QStringLiteral("~!@#$%^&*()_+");
        static const QString unshifted = QStringLiteral("`1234567890-=");
        const qsizetype s = shifted.indexOf(c);
        if (s >= 0)
            c = unshifted.at(s);
        for (int r = 0; r < int(rows.size()); ++r) {
            const qsizetype at = rows[r].indexOf(c);
            if (at >= 0) {
                *row = r;
                return int(at);
            }
        }
        return -1;
    }

    void findKeyboardRows()
    {
        const int n = int(lower.size());
        for (int i = 0; i + 2 < n; ++i) {
            int row = -1;
            int at = keyboardPosition(lower.at(i), &row);
            if (at < 0)
                continue;
            int direction = 0;
            int turns = 0;
            for (int j = i + 1; j < n; ++j) {
                int nextRow = -1;
                const int next = keyboardPosition(lower.at(j), &nextRow);
                if (next < 0 || nextRow != row || std::abs(next - at) != 1)
                    break;
                const int step = next - at;
                if (direction != 0 && step != direction)
                    ++turns;
                direction = step;
                at = next;
                const int length = j - i + 1;
                if (length >= 3)
                    add(i, j + 1, 47.0 * 2 * length * std::pow(4.0, turns), Kind::Keyboard);
            }
        }
    }

    void findSequences()
    {
        const int n = int(lower.size());
        for (int i = 0; i + 2 < n; ++i) {
            const int delta = lower.at(i + 1).unicode() - lower.at(i).unicode();
            if (delta == 0 || std::abs(delta) > 5)
                continue;
            for (int j = i + 2; j < n && lower.at(j).unicode() - lower.at(j - 1).unicode() == delta; ++j) {
                const QChar first = lower.at(i);
                const double base = QStringLiteral("az019").contains(first) ? 4 : first.isDigit() ? 10 : 26;
                add(i, j + 1, base * (j - i + 1) * (delta < 0 ? 2 : 1) * std::abs(delta), Kind::Sequence);
            }
        }
    }

    void findRepeats(int depth);

    static bool validDay(int day, int month) { return month >= 1 && month <= 12 && day >= 1 && day <= 31; }
    static bool validYear(int year, int digits) { return digits == 2 || (year >= 1900 && year <= 2049); }

    static bool isDate(const QString& text)
    {
        static const QRegularExpression separated(QStringLiteral("^(\\d{1,4})([ /\\\\_.-])(\\d{1,2})\\2(\\d{1,4})$"));
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        QList<QString> parts;
        if (const auto m = separated.match(text); m.hasMatch())
            parts = {m.captured(1), m.captured(3), m.captured(4)};
        else if (digits.match(text).hasMatch() && (text.size() == 6 || text.size() == 8)) {
            // day month year, month day year, year month day
            if (text.size() == 6) {
                parts = {text.mid(0, 2), text.mid(2, 2), text.mid(4, 2)};
            } else {
                const QList<QString> a{text.mid(0, 2), text.mid(2, 2), text.mid(4, 4)};
                const QList<QString> b{text.mid(0, 4), text.mid(4, 2), text.mid(6, 2)};
                if (validYear(b[0].toInt(), 4) && validDay(b[2].toInt(), b[1].toInt()))
                    return true;
                parts = a;
            }
        } else {
            return false;
        }
        const int p0 = parts[0].toInt(), p1 = parts[1].toInt(), p2 = parts[2].toInt();
        const int lastDigits = int(parts[2].size()), firstDigits = int(parts[0].size());
        if (lastDigits == 2 || lastDigits == 4) {
            if (validYear(p2, lastDigits) && (validDay(p0, p1) || validDay(p1, p0)))
                return true;
        }
        if (firstDigits == 2 || firstDigits == 4) {
            if (validYear(p0, firstDigits) && validDay(p2, p1))
                return true;
        }
        return false;
    }

    void findDates()
    {
        const int n = int(lower.size());
        for (int i = 0; i < n; ++i) {
            for (int length = 4; length <= 10 && i + length <= n; ++length) {
                const QString text = lower.mid(i, length);
                bool allDigits = std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
                if (length == 4 && allDigits) {
                    const int year = text.toInt();
                    if (year >= 1900 && year <= 2049)
                        add(i, i + 4, 100, Kind::Date); // about a century of likely years
                    continue;
                }
                if (isDate(text))
                    add(i, i + length, 365.0 * 100 * (allDigits ? 1 : 4), Kind::Date);
            }
        }
    }

    // The cheapest split of the password into pieces, with brute force between them. The number of pieces
    // counts too (a guesser also has to find the right pattern of pieces), as l! in zxcvbn.
    std::pair<double, std::vector<Piece>> cheapest()
    {
        const int n = int(lower.size());
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j <= n; ++j)
                add(i, j, std::pow(10.0, j - i), Kind::BruteForce);
        std::vector<std::vector<int>> endingAt(size_t(n) + 1);
        for (int p = 0; p < int(pieces.size()); ++p)
            endingAt[size_t(pieces[size_t(p)].end)].push_back(p);
        // best[l][j]: the fewest log-guesses covering the first j characters with l pieces.
        std::vector<std::vector<double>> best(size_t(n) + 1, std::vector<double>(size_t(n) + 1, kInfinity));
        std::vector<std::vector<int>> via(size_t(n) + 1, std::vector<int>(size_t(n) + 1, -1));
        best[0][0] = 0;
        for (int j = 1; j <= n; ++j) {
            for (const int p : endingAt[size_t(j)]) {
                const Piece& piece = pieces[size_t(p)];
                for (int l = 1; l <= j; ++l) {
                    const double before = best[size_t(l - 1)][size_t(piece.begin)];
                    if (before == kInfinity)
                        continue;
                    const double total = before + piece.log10Guesses;
                    if (total < best[size_t(l)][size_t(j)]) {
                        best[size_t(l)][size_t(j)] = total;
                        via[size_t(l)][size_t(j)] = p;
                    }
                }
            }
        }
        double result = kInfinity;
        int pieceCount = 0;
        double logFactorial = 0;
        for (int l = 1; l <= n; ++l) {
            logFactorial += std::log10(double(l));
            if (best[size_t(l)][size_t(n)] + logFactorial < result) {
                result = best[size_t(l)][size_t(n)] + logFactorial;
                pieceCount = l;
            }
        }
        std::vector<Piece> chosen;
        for (int l = pieceCount, j = n; l > 0; --l) {
            const Piece& piece = pieces[size_t(via[size_t(l)][size_t(j)])];
            chosen.insert(chosen.begin(), piece);
            j = piece.begin;
        }
        return {n == 0 ? 0 : result, chosen};
    }
};

double log10Guesses(const QString& text, const Ranks& userInputs, int depth, std::vector<Piece>* chosen = nullptr);

void Analysis::findRepeats(int depth)
{
    if (depth > 2)
        return;
    const int n = int(lower.size());
    for (int i = 0; i < n; ++i) {
        for (int size = 1; i + 2 * size <= n; ++size) {
            const QString base = lower.mid(i, size);
            int times = 1;
            while (i + (times + 1) * size <= n && lower.mid(i + times * size, size) == base)
                ++times;
            if (times < 2 || times * size < 3)
                continue;
            const double baseLog = log10Guesses(original.mid(i, size), userInputs, depth + 1);
            add(i, i + times * size, std::pow(10.0, baseLog) * times, Kind::Repeat);
        }
    }
}

double log10Guesses(const QString& text, const Ranks& userInputs, int depth, std::vector<Piece>* chosen)
{
    Analysis analysis{text, text.toLower(), userInputs, {}};
    analysis.findWords();
    analysis.findKeyboardRows();
    analysis.findSequences();
    analysis.findDates();
    analysis.findRepeats(depth);
    auto [guesses, pieces] = analysis.cheapest();
    if (chosen)
        *chosen = std::move(pieces);
    return guesses;
}

void explain(PasswordEstimate& estimate, const std::vector<Piece>& pieces, int length)
{
    const Piece* weakest = nullptr;
    for (const Piece& piece : pieces) {
        if (piece.kind != Kind::BruteForce && (!weakest || piece.end - piece.begin > weakest->end - weakest->begin))
            weakest = &piece;
    }
    if (estimate.tooShort)
        estimate.warning = QCoreApplication::translate("Elect::PasswordStrength", "Use at least %n characters.",
                                                       nullptr, PasswordStrength::kMinimumLength);
    if (!weakest) {
        if (estimate.warning.isEmpty())
            estimate.warning =
                QCoreApplication::translate("Elect::PasswordStrength", "A short password is easy to guess.");
        estimate.suggestions << QCoreApplication::translate(
            "Elect::PasswordStrength", "Make it longer: a few uncommon words together are easy to remember.");
        return;
    }
    QString warning;
    switch (weakest->kind) {
    case Kind::CommonPassword:
        warning = weakest->rank <= 10 ? QCoreApplication::translate("Elect::PasswordStrength",
                                                                    "This is one of the ten most common passwords.")
                  : weakest->rank <= 100
                      ? QCoreApplication::translate("Elect::PasswordStrength",
                                                    "This is one of the hundred most common passwords.")
                      : QCoreApplication::translate("Elect::PasswordStrength", "This is a very common password.");
        break;
    case Kind::Word:
        warning =
            weakest->end - weakest->begin == length
                ? QCoreApplication::translate("Elect::PasswordStrength", "A single word is easy to guess.")
                : QCoreApplication::translate("Elect::PasswordStrength", "Common words and names are easy to guess.");
        break;
    case Kind::UserInput:
        warning = QCoreApplication::translate(
            "Elect::PasswordStrength",
            "A password made from your name, email address or organization is easy to guess.");
        break;
    case Kind::Keyboard:
        warning = QCoreApplication::translate("Elect::PasswordStrength",
                                              "Rows of keys, like qwerty or 12345, are easy to guess.");
        break;
    case Kind::Sequence:
        warning =
            QCoreApplication::translate("Elect::PasswordStrength", "Sequences, like abc or 6543, are easy to guess.");
        break;
    case Kind::Repeat:
        warning =
            QCoreApplication::translate("Elect::PasswordStrength", "Repeats, like aaa or abcabc, are easy to guess.");
        break;
    case Kind::Date:
        warning = QCoreApplication::translate("Elect::PasswordStrength", "Dates and years are easy to guess.");
        break;
    case Kind::BruteForce:
        break;
    }
    if (estimate.warning.isEmpty())
        estimate.warning = warning;
    estimate.suggestions << QCoreApplication::translate("Elect::PasswordStrength",
                                                        "Add another word or two. Uncommon words are better.");
    if (weakest->capitals)
        estimate.suggestions << QCoreApplication::translate("Elect::PasswordStrength",
                                                            "Capitals in the usual places do not help much.");
    if (weakest->substituted)
        estimate.suggestions << QCoreApplication::translate(
            "Elect::PasswordStrength", "Swapping letters for look-alike symbols, like @ for a, does not help much.");
    if (weakest->reversed)
        estimate.suggestions << QCoreApplication::translate("Elect::PasswordStrength",
                                                            "Words spelled backwards are not much harder to guess.");
    if (weakest->kind == Kind::Date)
        estimate.suggestions << QCoreApplication::translate("Elect::PasswordStrength",
                                                            "Avoid dates and years that are linked to you.");
}

} // namespace

bool PasswordEstimate::acceptable() const
{
    return !tooShort && score >= PasswordStrength::kMinimumScore;
}

PasswordEstimate PasswordStrength::estimate(const QString& password, const QStringList& userInputs)
{
    PasswordEstimate estimate;
    const QString analysed = password.left(kAnalysed);
    const Ranks inputs = userInputRanks(userInputs);
    std::vector<Piece> pieces;
    estimate.guessesLog10 = log10Guesses(analysed, inputs, 0, &pieces) + double(password.size() - analysed.size());
    const double g = estimate.guessesLog10;
    estimate.score = g < 3 ? 0 : g < 6 ? 1 : g < 8 ? 2 : g < 10 ? 3 : 4;
    estimate.tooShort = password.size() < kMinimumLength;
    if (!estimate.acceptable())
        explain(estimate, pieces, int(analysed.size()));
    return estimate;
}

} // namespace Elect

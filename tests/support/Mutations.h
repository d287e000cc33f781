#pragma once

// Seeded random edits of a file's bytes, for the corpus-driven robustness tests of the readers
// (the same idea as a fuzzer, bounded and reproducible so that it runs in every ctest).

#include "core/tally/SeededRandom.h"

#include <QByteArray>

namespace Elect::Test {

/// One to four edits of \a input: a byte replaced or inserted from \a alphabet (characters that matter
/// to the format), a few bytes removed, the rest cut off, a line repeated, a quote inserted, or a random
/// byte. The same seed gives the same edits everywhere.
inline QByteArray mutate(const QByteArray& input, Tally::SeededRandom& random, const QByteArray& alphabet)
{
    QByteArray data = input;
    const int edits = 1 + int(random.below(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = data.isEmpty() ? 0 : qsizetype(random.below(quint64(data.size())));
        switch (random.below(7)) {
        case 0:
            if (!data.isEmpty())
                data[at] = alphabet.at(qsizetype(random.below(quint64(alphabet.size()))));
            break;
        case 1:
            data.insert(at, alphabet.at(qsizetype(random.below(quint64(alphabet.size())))));
            break;
        case 2:
            data.remove(at, qsizetype(random.below(8)));
            break;
        case 3:
            data.truncate(at);
            break;
        case 4: {
            const qsizetype end = data.indexOf('\n', at);
            data.insert(at, data.mid(at, end < 0 ? 20 : end - at + 1));
            break;
        }
        case 5:
            data.insert(at, '"');
            break;
        default:
            if (!data.isEmpty())
                data[at] = char(random.below(256));
            break;
        }
    }
    return data;
}

} // namespace Elect::Test

#include "core/domain/Digits.h"

namespace Elect::Digits {

int valueOf(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'\u0660' && c <= u'\u0669')
        return c - u'\u0660';
    if (c >= u'\u06F0' && c <= u'\u06F9')
        return c - u'\u06F0';
    return -1;
}

Normalized asciiDigits(QStringView text, Ignorable ignorable)
{
    Normalized out;
    out.digits.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const int d = valueOf(c);
        if (d >= 0) {
            out.digits.append(QChar(char16_t(u'0' + d)));
        } else if (!ignorable(c)) {
            out.invalidAt = i;
            return out;
        }
    }
    return out;
}

} // namespace Elect::Digits

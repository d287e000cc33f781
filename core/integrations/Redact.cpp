#include "core/integrations/Redact.h"

namespace Elect::Integrations {

QString redactProviderText(const QString& text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    int i = 0;
    while (i < text.size()) {
        if (!text.at(i).isDigit()) {
            out += text.at(i++);
            continue;
        }
        int end = i;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        if (end - i >= 5)
            out += QChar(0x2026) + text.mid(end - 2, 2);
        else
            out += text.mid(i, end - i);
        i = end;
    }
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

} // namespace Elect::Integrations

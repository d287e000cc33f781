#pragma once

#include "core/integrations/smtp/Mailer.h"

#include <QByteArray>
#include <QDateTime>

namespace Elect::Integrations {

/// The RFC 5322 text of one email: UTF-8 headers encoded as RFC 2047 words, a
/// multipart/alternative body with a text/plain and a text/html part, each base64 in 76-column
/// lines, CRLF line ends. Pure, so tests read exactly what is sent.
struct MimeMessage
{
    QString fromAddress;
    QString fromName;
    QDateTime date;
    QByteArray messageId; ///< without angle brackets: "random@host"
    QByteArray boundary;  ///< must not occur in the base64 parts (it has characters base64 lacks)

    QByteArray render(const EmailMessage& message) const;

    /// "=?UTF-8?B?...?=" when \a text is not plain printable ASCII; \a text as is otherwise.
    static QByteArray encodedWord(const QString& text);
};

} // namespace Elect::Integrations

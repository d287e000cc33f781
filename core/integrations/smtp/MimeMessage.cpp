#include "core/integrations/smtp/MimeMessage.h"

#include <QLocale>

namespace Elect::Integrations {

namespace {

bool plainAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

// Header values never carry a line break of their own (no header injection through a subject).
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QByteArray MimeMessage::encodedWord(const QString& text)
{
    if (plainAscii(text))
        return text.toLatin1();
    // Words of at most 45 bytes of UTF-8 (60 of base64), split between characters, never inside one.
    QByteArray out;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch += text.at(++i);
        const QByteArray bytes = ch.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        out += (out.isEmpty() ? "" : "\r\n ") + QByteArray("=?UTF-8?B?") + chunk.toBase64() + "?=";
    return out;
}

QByteArray MimeMessage::render(const EmailMessage& message) const
{
    const QByteArray language = message.language.isEmpty() ? QByteArray("en") : message.language.toLatin1();
    QByteArray out;
    out += "From: " + encodedWord(oneLine(fromName)) + " <" + oneLine(fromAddress).toUtf8() + ">\r\n";
    out += "To: <" + oneLine(message.to).toUtf8() + ">\r\n";
    out += "Subject: " + encodedWord(oneLine(message.subject)) + "\r\n";
    out +=
        "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000")).toLatin1() +
        "\r\n";
    out += "Message-ID: <" + messageId + ">\r\n";
    out += "Content-Language: " + language + "\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    out += "\r\n";
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(message.textBody.toUtf8());
    out += "--" + boundary + "\r\n";
    out += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64Lines(message.htmlBody.toUtf8());
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace Elect::Integrations

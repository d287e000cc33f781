#include "core/service/MessageTemplates.h"

#include <QLocale>

#include <QTranslator>

namespace Elect::Service {

namespace {

constexpr const char* kContext = "Elect::MessageTemplates";

// %1..%9 replaced in one pass, so that a value holding "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& values)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            const int n = pattern.at(i + 1).digitValue();
            if (n <= values.size()) {
                out += values.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

struct Paragraph
{
    QString pattern; ///< translated, with %1..
    QStringList values;
};

} // namespace

MessageTemplates::MessageTemplates() = default;
MessageTemplates::~MessageTemplates() = default;

void MessageTemplates::addLanguage(const QString& language, std::shared_ptr<const QTranslator> translator)
{
    m_translators.insert(language, std::move(translator));
}

bool MessageTemplates::loadBuiltInLanguage(const QString& language)
{
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/elect_%1.qm").arg(language)))
        return false;
    addLanguage(language, std::move(translator));
    return true;
}

QString MessageTemplates::languageFor(const QString& requested) const
{
    return m_translators.contains(requested) ? requested : QStringLiteral("en");
}

QString MessageTemplates::text(const QString& language, const char* source) const
{
    const auto it = m_translators.constFind(language);
    if (it != m_translators.constEnd()) {
        const QString translated = (*it)->translate(kContext, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

Integrations::EmailMessage MessageTemplates::email(const QString& language, const QString& subject,
                                                   const QStringList& paragraphs, const QString& highlighted) const
{
    // paragraphs alternate: a pattern, then its values joined by U+001F (a character no value holds).
    Integrations::EmailMessage m;
    m.language = language;
    m.subject = subject;
    QStringList text;
    QString html;
    const bool rtl = language == QLatin1String("ar");
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head><meta charset=\"utf-8\"><title>%3</title>"
                       "</head>\n<body>\n")
            .arg(language.toHtmlEscaped(), rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                 subject.toHtmlEscaped());
    for (qsizetype i = 0; i + 1 < paragraphs.size(); i += 2) {
        const QString& pattern = paragraphs.at(i);
        const QStringList values =
            paragraphs.at(i + 1).isEmpty() ? QStringList() : paragraphs.at(i + 1).split(QChar(0x1f));
        if (pattern == QLatin1String("\x01")) { // the highlighted value's place
            text << highlighted;
            html += QStringLiteral("<p style=\"font-family: monospace; font-size: 1.3em; letter-spacing: 0.1em\" "
                                   "dir=\"ltr\"><b>%1</b></p>\n")
                        .arg(highlighted.toHtmlEscaped());
            continue;
        }
        text << fill(pattern, values);
        QStringList escaped;
        for (const QString& v : values)
            escaped << v.toHtmlEscaped();
        html += QStringLiteral("<p>%1</p>\n").arg(fill(pattern.toHtmlEscaped(), escaped));
    }
    html += QStringLiteral("</body>\n</html>\n");
    m.textBody = text.join(QStringLiteral("\n\n")) + u'\n';
    m.htmlBody = html;
    return m;
}

Integrations::EmailMessage MessageTemplates::verifyEmail(const QString& requested, const QString& firstName,
                                                         const QString& token) const
{
    const QString l = languageFor(requested);
    return email(l, text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Verify your email address for Elect")),
                 {text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Hello %1,")), firstName,
                  text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                            "To verify your email address, enter this code in Elect:")),
                  QString(), QStringLiteral("\x01"), QString(),
                  text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                            "The code is valid for 48 hours and can be used once. If you did not "
                                            "register with Elect, ignore this email.")),
                  QString()},
                 token);
}

Integrations::EmailMessage MessageTemplates::resetPassword(const QString& requested, const QString& firstName,
                                                           const QString& token) const
{
    const QString l = languageFor(requested);
    return email(
        l, text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Reset your Elect password")),
        {text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Hello %1,")), firstName,
         text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "To choose a new password, enter this code in Elect:")),
         QString(), QStringLiteral("\x01"), QString(),
         text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                   "The code is valid for one hour and can be used once. If you did not "
                                   "ask for it, ignore this email: your password stays as it is.")),
         QString()},
        token);
}

Integrations::EmailMessage MessageTemplates::registrationAttempt(const QString& requested,
                                                                 const QString& firstName) const
{
    const QString l = languageFor(requested);
    return email(l,
                 text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Someone tried to register with your address")),
                 {text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Hello %1,")), firstName,
                  text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                            "Someone tried to register a new organization on Elect with this email "
                                            "address, which already has an account. Nothing was created and your "
                                            "account is unchanged.")),
                  QString(),
                  text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                            "If it was you, sign in with your account instead; if you forgot its "
                                            "password, choose \"Forgot password\" in Elect. If it was not you, "
                                            "ignore this email.")),
                  QString()},
                 QString());
}

Integrations::EmailMessage MessageTemplates::organizationDecision(const QString& requested, const QString& firstName,
                                                                  const QString& organization, bool accepted,
                                                                  const QString& reason) const
{
    const QString l = languageFor(requested);
    QStringList paragraphs{text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Hello %1,")), firstName};
    if (accepted) {
        paragraphs << text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                                "%1 was accepted on Elect. You can now sign in, top up the "
                                                "wallet and create elections."))
                   << organization;
    } else {
        paragraphs << text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "%1 was not accepted on Elect."))
                   << organization;
        if (!reason.trimmed().isEmpty())
            paragraphs << text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "The reason given: %1"))
                       << reason.trimmed();
        paragraphs << text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                                "If you think this is a mistake, reply to the platform's operator."))
                   << QString();
    }
    const QString subject =
        accepted ? text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Your organization was accepted on Elect"))
                 : text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Your organization was not accepted on Elect"));
    return email(l, subject, paragraphs, QString());
}

QString MessageTemplates::voterCodeSms(const QString& requested, const QString& code) const
{
    const QString l = languageFor(requested);
    return fill(text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates", "Your Elect code is %1")), {code});
}

QString MessageTemplates::voterReminderSms(const QString& requested, const QString& title,
                                           const QDateTime& endsAt) const
{
    const QString l = languageFor(requested);
    const QLocale locale =
        l == QLatin1String("ar") ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English);
    const QDateTime local = endsAt.toLocalTime();
    return text(l, QT_TRANSLATE_NOOP("Elect::MessageTemplates",
                                     "Reminder: voting in \"%1\" closes at %2 on %3 and you have not voted yet. Bring "
                                     "your national ID to a polling station."))
        .arg(title, locale.toString(local.time(), QLocale::ShortFormat),
             locale.toString(local.date(), QStringLiteral("d MMMM")));
}

} // namespace Elect::Service

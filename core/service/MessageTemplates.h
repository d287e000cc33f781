#pragma once

#include "core/integrations/smtp/Mailer.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <memory>

class QTranslator;

namespace Elect::Service {

/// The texts `elect serve` sends, in the recipient's language: each email as a subject, a plain-text
/// part and an HTML part (dir="rtl" for Arabic; every inserted value HTML-escaped), and the SMS with a
/// voter's code. The English texts are the sources, marked for lupdate under the context
/// "Elect::MessageTemplates"; another language comes from the catalogue added for it. Each message goes
/// out in the recipient's language whatever language the server runs in, so the catalogues are asked
/// directly rather than through the application's installed translator. A language without a catalogue
/// is sent in English.
class MessageTemplates
{
public:
    MessageTemplates();
    ~MessageTemplates();
    MessageTemplates(const MessageTemplates&) = delete;
    MessageTemplates& operator=(const MessageTemplates&) = delete;

    /// Uses \a translator for \a language ("ar").
    void addLanguage(const QString& language, std::shared_ptr<const QTranslator> translator);
    /// Loads Elect's own catalogue for \a language (:/i18n/elect_<language>.qm in Elect::Core); false when
    /// there is none.
    bool loadBuiltInLanguage(const QString& language);
    /// The language a message for someone asking for \a requested is written in: \a requested when it is
    /// English or has a catalogue, else "en".
    QString languageFor(const QString& requested) const;

    /// The email that verifies an address, carrying \a token (the text the person types).
    Integrations::EmailMessage verifyEmail(const QString& language, const QString& firstName,
                                           const QString& token) const;
    /// The email that resets a password, carrying \a token.
    Integrations::EmailMessage resetPassword(const QString& language, const QString& firstName,
                                             const QString& token) const;
    /// The email that tells an owner that the organization \a organization was accepted, or rejected
    /// (with \a reason when one was given).
    Integrations::EmailMessage organizationDecision(const QString& language, const QString& firstName,
                                                    const QString& organization, bool accepted,
                                                    const QString& reason) const;
    /// The email to an account's address when someone tried to register a new organization with it: the
    /// registration API answers such an attempt exactly like a new registration, so the owner of the address
    /// learns of it here, and nobody else does.
    Integrations::EmailMessage registrationAttempt(const QString& language, const QString& firstName) const;
    /// "Your Elect code is 123456".
    QString voterCodeSms(const QString& language, const QString& code) const;
    /// The reminder to a voter who has not voted: the election's title and when voting closes, in serve's
    /// local time zone and the language's own format ("30 November", never 11/30/26).
    QString voterReminderSms(const QString& language, const QString& title, const QDateTime& endsAt) const;

    /// The translation of \a source (marked with QT_TRANSLATE_NOOP("Elect::MessageTemplates", ...)) in
    /// \a language, or \a source itself.
    QString text(const QString& language, const char* source) const;

private:
    Integrations::EmailMessage email(const QString& language, const QString& subject, const QStringList& paragraphs,
                                     const QString& highlighted) const;

    QHash<QString, std::shared_ptr<const QTranslator>> m_translators;
};

} // namespace Elect::Service

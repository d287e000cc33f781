#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Elect {

/// One voter's session at the kiosk, from the welcome screen until the session ends: today the display
/// choices (language, text size, contrast). What belongs here as the voting flow arrives: the voter's
/// progress (national id checked, code sent, ballot, review, receipt) and the inactivity timer that
/// warns and then wipes the session, in C++ so that QML cannot skip it. What does not: the kiosk's
/// setup, its connection and its list of elections (KioskController).
class VoterSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(TextSize textSize READ textSize WRITE setTextSize NOTIFY textSizeChanged)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textSizeChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)

public:
    enum class TextSize { Normal, Large, ExtraLarge };
    Q_ENUM(TextSize)

    explicit VoterSession(QObject* parent = nullptr);

    QString language() const { return m_language; }
    /// "ar" or "en"; anything else means English.
    void setLanguage(const QString& language);
    bool rightToLeft() const { return m_language == QLatin1String("ar"); }
    TextSize textSize() const { return m_textSize; }
    void setTextSize(TextSize size);
    qreal textScale() const;
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    /// Ends the session: the next voter starts from English, normal text and normal contrast.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void languageChanged();
    void textSizeChanged();
    void highContrastChanged();

private:
    QString m_language = QStringLiteral("en");
    TextSize m_textSize = TextSize::Normal;
    bool m_highContrast = false;
};

} // namespace Elect

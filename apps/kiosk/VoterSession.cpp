#include "VoterSession.h"

namespace Elect {

VoterSession::VoterSession(QObject* parent) : QObject(parent) {}

void VoterSession::setLanguage(const QString& language)
{
    const QString lang = language == QLatin1String("ar") ? QStringLiteral("ar") : QStringLiteral("en");
    if (lang == m_language)
        return;
    m_language = lang;
    Q_EMIT languageChanged();
}

void VoterSession::setTextSize(TextSize size)
{
    if (size == m_textSize)
        return;
    m_textSize = size;
    Q_EMIT textSizeChanged();
}

qreal VoterSession::textScale() const
{
    switch (m_textSize) {
    case TextSize::Normal:
        return 1.0;
    case TextSize::Large:
        return 1.25;
    case TextSize::ExtraLarge:
        return 1.5;
    }
    return 1.0;
}

void VoterSession::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

void VoterSession::reset()
{
    setLanguage(QStringLiteral("en"));
    setTextSize(TextSize::Normal);
    setHighContrast(false);
}

} // namespace Elect

#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace Elect {

/// Date and time to the minute, in the person's locale, in \a zone (the computer's own when invalid).
inline QString shortDateTime(const QDateTime& t, const QTimeZone& zone = {})
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return locale.toString(zone.isValid() ? t.toTimeZone(zone) : t.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

} // namespace Elect

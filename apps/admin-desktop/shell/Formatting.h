#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Elect {

/// Date and time to the minute, in the person's locale and time zone.
inline QString shortDateTime(const QDateTime& t)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return locale.toString(t.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

} // namespace Elect

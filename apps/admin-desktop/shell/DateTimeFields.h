#pragma once

#include <QString>

class QDateTimeEdit;

namespace Elect {

/// Shows \a edit's date (and time) in \a format, in the person's locale, so that it reads as its language
/// expects: in Arabic the day first from the right ("٢٠‏/٣‏/٢٠٢٦") and hours before minutes ("٠٩:٣٠").
///
/// The edit is laid out left to right, and must be before its format is set: a QDateTimeEdit that is right to
/// left when it receives its format reverses the order of its sections (Qt 6.4's setDisplayFormat), which with
/// Arabic-Indic digits shows "٣٠:٠٩" for 09:30 and the year first. Left to right, the text is the locale's own,
/// in its logical order, and the locale's right-to-left marks between day, month and year let the bidi
/// algorithm lay it out right to left. The edit is also made wide enough for any date in \a format (Qt measures
/// only its earliest and latest, and Arabic-Indic digits differ in width). Use it for every date or time field,
/// after setCalendarPopup(), instead of setDisplayFormat().
void setUpDateTimeEdit(QDateTimeEdit* edit, const QString& format);

} // namespace Elect

#include "shell/DateTimeFields.h"

#include <QDateTimeEdit>
#include <QFontMetrics>
#include <QLocale>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionSpinBox>

namespace Elect {

namespace {

/// How much of \a edit's width its frame and buttons take, at \a width: the rest is the line its text is in.
int chromeOf(const QDateTimeEdit* edit, int width)
{
    QRect field;
    if (edit->calendarPopup()) { // laid out as an editable combo box (QDateTimeEditPrivate::updateEditFieldGeometry)
        QStyleOptionComboBox option;
        option.initFrom(edit);
        option.editable = true;
        option.rect.setWidth(width);
        option.subControls = QStyle::SC_ComboBoxEditField;
        field = edit->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, edit);
    } else {
        QStyleOptionSpinBox option;
        option.initFrom(edit);
        option.rect.setWidth(width);
        option.subControls = QStyle::SC_SpinBoxEditField;
        field = edit->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, edit);
    }
    return width - field.width();
}

} // namespace

void setUpDateTimeEdit(QDateTimeEdit* edit, const QString& format)
{
    // Direction first, format second: the other order keeps the reversed sections (see the header).
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setDisplayFormat(format);

    // Qt sizes the edit by the text of its earliest and latest dates (14/9/1752, 31/12/9999), and leaves less
    // room beside a calendar button than the style takes. Arabic-Indic digits are not all as wide as each
    // other either: ٢٥/١١/١٩٨٧ was clipped. Room for the widest digit in every place and the widest month name.
    const QLocale locale = edit->locale();
    const QFontMetrics metrics(edit->font());
    QString widestDigit;
    for (int digit = 0; digit <= 9; ++digit) {
        const QString shown = locale.toString(digit);
        if (metrics.horizontalAdvance(shown) > metrics.horizontalAdvance(widestDigit))
            widestDigit = shown;
    }
    int text = 0;
    for (int month = 1; month <= 12; ++month) {
        const QString shown = locale.toString(QDateTime(QDate(2000, month, 28), QTime(23, 58, 58)), format);
        QString widest;
        for (const QChar c : shown)
            widest += c.isDigit() ? widestDigit : QString(c);
        text = std::max(text, metrics.horizontalAdvance(widest));
    }
    // QLineEdit keeps 2 pixels on each side of its text, and the cursor needs one more.
    const int line = text + 5;
    const int width = 1000;
    edit->setMinimumWidth(std::max(edit->sizeHint().width(), line + chromeOf(edit, width)));
}

} // namespace Elect

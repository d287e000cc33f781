#include "core/csv/ColumnNames.h"

#include <QCoreApplication>
#include <QHash>

namespace Elect::Csv::ColumnNames {

namespace {

struct Entry
{
    Column column;
    QStringList names;
};

const QList<Entry>& table()
{
    static const QList<Entry> entries = {
        {Column::NationalId,
         {QStringLiteral("National ID"), QStringLiteral("NID"), QStringLiteral("National number"),
          QStringLiteral("National ID number"), QStringLiteral("ID number"), QStringLiteral("الرقم القومي"),
          QStringLiteral("رقم الهوية"), QStringLiteral("الرقم الوطني"), QStringLiteral("رقم البطاقة"),
          QStringLiteral("الهوية"), QStringLiteral("رقم قومي")}},
        {Column::Phone,
         {QStringLiteral("Phone"), QStringLiteral("Mobile"), QStringLiteral("Phone number"),
          QStringLiteral("Mobile number"), QStringLiteral("Telephone"), QStringLiteral("Tel"), QStringLiteral("Cell"),
          QStringLiteral("الهاتف"), QStringLiteral("الموبايل"), QStringLiteral("رقم الهاتف"),
          QStringLiteral("رقم الموبايل"), QStringLiteral("الجوال"), QStringLiteral("رقم الجوال"),
          QStringLiteral("المحمول"), QStringLiteral("التليفون")}},
        {Column::District,
         {QStringLiteral("District"), QStringLiteral("Constituency"), QStringLiteral("الدائرة"),
          QStringLiteral("الدائرة الانتخابية")}},
        {Column::Governorate, {QStringLiteral("Governorate"), QStringLiteral("Province"), QStringLiteral("المحافظة")}},
        {Column::Name,
         {QStringLiteral("Name"), QStringLiteral("Full name"), QStringLiteral("Candidate name"),
          QStringLiteral("Candidate"), QStringLiteral("الاسم"), QStringLiteral("الاسم الكامل"),
          QStringLiteral("الاسم بالكامل"), QStringLiteral("اسم المرشح")}},
        {Column::Party, {QStringLiteral("Party"), QStringLiteral("Party name"), QStringLiteral("الحزب")}},
        {Column::BirthDate,
         {QStringLiteral("Birth date"), QStringLiteral("Date of birth"), QStringLiteral("DOB"),
          QStringLiteral("تاريخ الميلاد")}},
        {Column::Description,
         {QStringLiteral("Description"), QStringLiteral("Bio"), QStringLiteral("About"), QStringLiteral("الوصف"),
          QStringLiteral("نبذة"), QStringLiteral("نبذة مختصرة")}},
        {Column::SymbolName,
         {QStringLiteral("Symbol"), QStringLiteral("Symbol name"), QStringLiteral("Electoral symbol"),
          QStringLiteral("الرمز"), QStringLiteral("الرمز الانتخابي"), QStringLiteral("اسم الرمز")}},
        {Column::Photo,
         {QStringLiteral("Photo"), QStringLiteral("Photo file"), QStringLiteral("Picture"), QStringLiteral("Image"),
          QStringLiteral("الصورة"), QStringLiteral("صورة")}},
    };
    return entries;
}

const QHash<QString, Column>& index()
{
    static const QHash<QString, Column> map = [] {
        QHash<QString, Column> m;
        for (const Entry& e : table()) {
            for (const QString& name : e.names)
                m.insert(key(name), e.column);
        }
        return m;
    }();
    return map;
}

} // namespace

QString key(const QString& header)
{
    const QString folded = header.normalized(QString::NormalizationForm_C).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar ch : folded) {
        const char16_t c = ch.unicode();
        if (ch.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'\u0640' || c == u'\uFEFF' ||
            (c >= u'\u064B' && c <= u'\u0652') || c == u'\u0670' || c == u'\u200E' || c == u'\u200F' ||
            c == u'\u061C' || c == u'\u200B')
            continue;
        if (c == u'\u0623' || c == u'\u0625' || c == u'\u0622')
            out.append(QChar(u'\u0627'));
        else if (c == u'\u0649')
            out.append(QChar(u'\u064A'));
        else if (c == u'\u0629')
            out.append(QChar(u'\u0647'));
        else
            out.append(ch);
    }
    return out;
}

std::optional<Column> columnFor(const QString& header)
{
    const auto it = index().constFind(key(header));
    if (it == index().constEnd())
        return std::nullopt;
    return *it;
}

QStringList aliases(Column column)
{
    for (const Entry& e : table()) {
        if (e.column == column)
            return e.names;
    }
    return {};
}

QString displayName(Column column)
{
    const char* text = "";
    switch (column) {
    case Column::NationalId:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "National ID");
        break;
    case Column::Phone:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Phone");
        break;
    case Column::District:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "District");
        break;
    case Column::Governorate:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Governorate");
        break;
    case Column::Name:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Name");
        break;
    case Column::Party:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Party");
        break;
    case Column::BirthDate:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Birth date");
        break;
    case Column::Description:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Description");
        break;
    case Column::SymbolName:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Symbol");
        break;
    case Column::Photo:
        text = QT_TRANSLATE_NOOP("Elect::Csv", "Photo");
        break;
    }
    return QCoreApplication::translate("Elect::Csv", text);
}

} // namespace Elect::Csv::ColumnNames

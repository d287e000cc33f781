#include "core/csv/RowValidator.h"

#include "core/crypto/Crypto.h"
#include "core/csv/CellValues.h"
#include "core/csv/PhoneNumber.h"
#include "core/csv/PhotoLoader.h"
#include "core/domain/NationalId.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Elect::Csv {

RowValidator::RowValidator(ImportKind kind, ElectionType type, QString defaultCountry, QDate today)
    : m_kind(kind), m_type(type), m_country(std::move(defaultCountry)), m_today(today),
      m_hashSeed(qFromUnaligned<quint64>(Crypto::randomBytes(8).constData()))
{
    m_index.fill(-1);
}

QList<Column> RowValidator::requiredColumns() const
{
    QList<Column> columns{Column::NationalId};
    columns << (m_kind == ImportKind::Voters ? Column::Phone : Column::Name);
    if (m_type == ElectionType::District)
        columns << Column::District;
    else if (m_type == ElectionType::GovernorateBased)
        columns << Column::Governorate;
    return columns;
}

Status RowValidator::checkHeader(const QStringList& header, ImportReport& report, qint64 headerLine)
{
    m_header = header;
    m_index.fill(-1);
    m_headerOk = false;
    if (m_kind == ImportKind::Voters && m_type == ElectionType::ApiManaged) {
        const QString message = QCoreApplication::translate(
            "Elect::Csv", "An API-managed election has no voter list: the organization's API says who may "
                          "vote. There is nothing to import; import candidates only.");
        report.add(Problem{headerLine, QString(), QString(), message});
        return Status::failure(ErrorCode::InvalidInput, message);
    }

    bool ok = true;
    for (int i = 0; i < header.size(); ++i) {
        const std::optional<Column> column = ColumnNames::columnFor(header.at(i));
        if (!column)
            continue;
        int& slot = m_index[size_t(*column)];
        if (slot >= 0) {
            report.add(Problem{
                headerLine, header.at(i), QString(),
                QCoreApplication::translate("Elect::Csv",
                                            "Columns \"%1\" and \"%2\" both hold the %3. Keep one of them.")
                    .arg(header.at(slot).trimmed(), header.at(i).trimmed(), ColumnNames::displayName(*column))});
            ok = false;
            continue;
        }
        slot = i;
    }

    QStringList found;
    for (const QString& h : header) {
        if (!h.trimmed().isEmpty())
            found << h.trimmed();
    }
    QString hint;
    if (header.size() == 1 && (header.first().contains(QLatin1Char(',')) || header.first().contains(QLatin1Char(';')) ||
                               header.first().contains(QLatin1Char('\t')))) {
        hint = QLatin1Char(' ') + QCoreApplication::translate(
                                      "Elect::Csv",
                                      "The whole header was read as one column: choose the delimiter the file uses "
                                      "(comma, semicolon or tab).");
    }
    QStringList missing;
    for (const Column column : requiredColumns()) {
        if (m_index[size_t(column)] >= 0)
            continue;
        ok = false;
        missing << ColumnNames::displayName(column);
        report.add(Problem{
            headerLine, ColumnNames::displayName(column), QString(),
            QCoreApplication::translate(
                "Elect::Csv", "This required column is missing. The header has: %1. Name the column one of: %2.")
                    .arg(found.isEmpty() ? QCoreApplication::translate("Elect::Csv", "(nothing)")
                                         : found.join(QLatin1String(", ")),
                         ColumnNames::aliases(column).join(QLatin1String(", "))) +
                hint});
    }
    if (!ok) {
        return Status::failure(
            ErrorCode::InvalidInput,
            missing.isEmpty()
                ? QCoreApplication::translate("Elect::Csv", "The file's header names a column twice.")
                : QCoreApplication::translate("Elect::Csv", "The file's header lacks required columns: %1.")
                      .arg(missing.join(QLatin1String(", "))));
    }
    m_headerOk = true;
    return success();
}

QString RowValidator::cell(const QStringList& fields, Column column) const
{
    const int i = m_index[size_t(column)];
    return i >= 0 && i < fields.size() ? fields.at(i) : QString();
}

QString RowValidator::headerName(Column column) const
{
    const int i = m_index[size_t(column)];
    return i >= 0 ? m_header.at(i).trimmed() : ColumnNames::displayName(column);
}

void RowValidator::add(ImportReport& report, qint64 line, Column column, QString value, QString message) const
{
    report.add(Problem{line, headerName(column), std::move(value), std::move(message)});
}

void RowValidator::checkExtraCells(const QStringList& fields, qint64 line, ImportReport& report) const
{
    for (qsizetype i = m_header.size(); i < fields.size(); ++i) {
        if (fields.at(i).trimmed().isEmpty())
            continue;
        // The cells are not shown: a shifted row may put an id or a phone anywhere.
        report.add(
            Problem{line, QString(), QString(),
                    QCoreApplication::translate(
                        "Elect::Csv", "This row has %1 values but the header has %2 columns. A value that contains the "
                                      "delimiter must be in quotes.")
                        .arg(fields.size())
                        .arg(m_header.size())});
        return;
    }
}

quint64 RowValidator::idHash(const QString& normalized) const
{
    // Qt's keyed string hash (SipHash or AES-based, 64 bits here) under a random per-import seed.
    return quint64(qHash(QStringView(normalized), size_t(m_hashSeed)));
}

std::optional<QString> RowValidator::nationalId(const QStringList& fields, qint64 line, ImportReport& report)
{
    const QString raw = CellValues::withoutTextMarker(cell(fields, Column::NationalId));
    if (raw.isEmpty()) {
        add(report, line, Column::NationalId, QString(),
            QCoreApplication::translate(
                "Elect::Csv", "The national id is empty. Every row needs one; fill it in or remove the row."));
        return std::nullopt;
    }
    if (CellValues::looksScientific(raw)) {
        add(report, line, Column::NationalId, CellValues::maskDigits(raw),
            QCoreApplication::translate(
                "Elect::Csv",
                "Excel has turned this national id into scientific notation and lost digits. Format the column as "
                "Text in Excel, enter the ids again, and save."));
        return std::nullopt;
    }
    const Result<QString> id = NationalId::normalize(raw);
    if (!id) {
        add(report, line, Column::NationalId, CellValues::maskDigits(raw), id.message());
        return std::nullopt;
    }
    const quint64 h = idHash(*id);
    const auto it = m_seen.constFind(h);
    if (it != m_seen.constEnd()) {
        add(report, line, Column::NationalId, NationalId::masked(*id),
            QCoreApplication::translate(
                "Elect::Csv",
                "This national id already appears on line %1. List each person once; remove one of the rows.")
                .arg(*it));
        return std::nullopt;
    }
    m_seen.insert(h, line);
    return *id;
}

std::optional<QString> RowValidator::text(const QStringList& fields, Column column, bool required, int maxLength,
                                          qint64 line, ImportReport& report) const
{
    const QString value = CellValues::cleanText(cell(fields, column));
    if (value.isEmpty() && required) {
        add(report, line, column, QString(),
            QCoreApplication::translate("Elect::Csv", "This required cell is empty. Fill it in or remove the row."));
        return std::nullopt;
    }
    if (value.size() > maxLength) {
        add(report, line, column, value.left(40) + QStringLiteral("…"),
            QCoreApplication::translate("Elect::Csv", "This value is longer than %1 characters; shorten it.")
                .arg(maxLength));
        return std::nullopt;
    }
    return value;
}

std::optional<VoterRow> RowValidator::voter(const QStringList& fields, qint64 line, ImportReport& report)
{
    Q_ASSERT(m_kind == ImportKind::Voters);
    if (!m_headerOk)
        return std::nullopt;
    const qint64 before = report.problemCount();
    checkExtraCells(fields, line, report);
    VoterRow row;
    row.line = line;
    if (const auto id = nationalId(fields, line, report))
        row.nationalId = *id;

    const QString rawPhone = CellValues::withoutTextMarker(cell(fields, Column::Phone));
    if (rawPhone.isEmpty()) {
        add(report, line, Column::Phone, QString(),
            QCoreApplication::translate(
                "Elect::Csv", "The phone number is empty. Every voter needs one to receive the voting code."));
    } else {
        const Result<QString> phone = normalizePhone(rawPhone, m_country);
        if (phone)
            row.phone = *phone;
        else
            add(report, line, Column::Phone, maskedPhone(rawPhone), phone.message());
    }

    if (const auto d = text(fields, Column::District, m_type == ElectionType::District, maxPlaceLength(), line, report))
        row.district = *d;
    if (const auto g =
            text(fields, Column::Governorate, m_type == ElectionType::GovernorateBased, maxPlaceLength(), line, report))
        row.governorate = *g;

    if (report.problemCount() != before)
        return std::nullopt;
    return row;
}

std::optional<CandidateRow> RowValidator::candidate(const QStringList& fields, qint64 line, ImportReport& report)
{
    Q_ASSERT(m_kind == ImportKind::Candidates);
    if (!m_headerOk)
        return std::nullopt;
    const qint64 before = report.problemCount();
    checkExtraCells(fields, line, report);
    CandidateRow row;
    row.line = line;
    if (const auto id = nationalId(fields, line, report))
        row.nationalId = *id;
    if (const auto name = text(fields, Column::Name, true, maxNameLength(), line, report))
        row.name = *name;
    if (const auto party = text(fields, Column::Party, false, maxNameLength(), line, report))
        row.party = *party;
    if (const auto d = text(fields, Column::District, m_type == ElectionType::District, maxPlaceLength(), line, report))
        row.district = *d;
    if (const auto g =
            text(fields, Column::Governorate, m_type == ElectionType::GovernorateBased, maxPlaceLength(), line, report))
        row.governorate = *g;
    if (const auto symbol = text(fields, Column::SymbolName, false, maxPlaceLength(), line, report))
        row.symbolName = *symbol;

    const QString birth = CellValues::cleanText(cell(fields, Column::BirthDate));
    if (!birth.isEmpty()) {
        const Result<QDate> date = CellValues::parseDate(birth, m_today);
        if (date)
            row.birthDate = *date;
        else
            add(report, line, Column::BirthDate, birth, date.message());
    }

    const QString description = CellValues::cleanParagraphs(cell(fields, Column::Description));
    if (description.size() > maxDescriptionLength()) {
        add(report, line, Column::Description, description.left(40) + QStringLiteral("…"),
            QCoreApplication::translate("Elect::Csv", "This value is longer than %1 characters; shorten it.")
                .arg(maxDescriptionLength()));
    } else {
        row.description = description;
    }

    const QString photo = CellValues::cleanText(cell(fields, Column::Photo));
    if (!photo.isEmpty()) {
        if (isPlainFileName(photo))
            row.photoFile = photo;
        else
            add(report, line, Column::Photo, photo,
                QCoreApplication::translate(
                    "Elect::Csv",
                    "Give only the photo's file name (photo.jpg), without folders or \"..\"; the photo must be in "
                    "the same folder as this file."));
    }

    if (report.problemCount() != before)
        return std::nullopt;
    return row;
}

} // namespace Elect::Csv

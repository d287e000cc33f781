#pragma once

#include "core/csv/ColumnNames.h"
#include "core/csv/ImportReport.h"
#include "core/domain/Types.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Elect::Csv {

enum class ImportKind { Voters, Candidates };

/// A voter row, normalized: national id as NationalId::normalize gives it, phone in E.164, names clean.
struct VoterRow
{
    qint64 line = 0;
    QString nationalId;
    QString phone;
    QString district;
    QString governorate;
};

/// A candidate row, normalized. Optional cells that were empty stay empty (birthDate invalid).
struct CandidateRow
{
    qint64 line = 0;
    QString nationalId;
    QString name;
    QString party;
    QString district;
    QString governorate;
    QDate birthDate;
    QString description;
    QString symbolName;
    QString photoFile; ///< a plain file name (isPlainFileName); the photo itself is checked by loadPhoto()
};

/// Checks and normalizes the rows of one import file for one election type. Required columns:
/// voters: National ID and Phone, plus District (district elections) or Governorate (governorate
/// elections); API-managed elections take no voter file. Candidates: National ID and Name, plus
/// District or Governorate as for voters; Party, Birth date, Description, Symbol and Photo are
/// optional. Other columns are ignored.
///
/// Every problem goes to the ImportReport with the line, the column as the file names it, the
/// value (national ids and phones masked) and what to do. A national id seen twice in the file is
/// reported on the second row with the first row's line. Duplicates are found through a keyed
/// 64-bit hash of the normalized id (Qt's keyed string hash under a random per-validator seed), so
/// memory stays at 16 bytes per row and no id is kept in clear; two different ids colliding is a
/// 1 in 2^64 event per pair (about 10^-9 for a million rows) and would show as a false duplicate.
class RowValidator
{
public:
    RowValidator(ImportKind kind, ElectionType type, QString defaultCountry, QDate today);

    /// Maps the header's cells to columns. Adds one problem per missing required column (naming
    /// the header found and the accepted names), per column given twice, and refuses voter files of
    /// API-managed elections; fails (InvalidInput) when any of these occurred. Rows can only be
    /// checked after a successful call.
    Status checkHeader(const QStringList& header, ImportReport& report, qint64 headerLine = 1);

    /// The row as a voter, or nullopt when it has problems (all added to \a report).
    std::optional<VoterRow> voter(const QStringList& fields, qint64 line, ImportReport& report);
    /// The row as a candidate, or nullopt when it has problems (all added to \a report).
    std::optional<CandidateRow> candidate(const QStringList& fields, qint64 line, ImportReport& report);

    /// The columns this kind and election type require.
    QList<Column> requiredColumns() const;
    /// Index of \a column in the header, -1 when absent. Valid after checkHeader().
    int indexOf(Column column) const { return m_index[size_t(column)]; }

    static constexpr int maxNameLength() { return 200; }
    static constexpr int maxPlaceLength() { return 100; }
    static constexpr int maxDescriptionLength() { return 2000; }

private:
    QString cell(const QStringList& fields, Column column) const;
    QString headerName(Column column) const;
    void add(ImportReport& report, qint64 line, Column column, QString value, QString message) const;
    void checkExtraCells(const QStringList& fields, qint64 line, ImportReport& report) const;
    std::optional<QString> nationalId(const QStringList& fields, qint64 line, ImportReport& report);
    std::optional<QString> text(const QStringList& fields, Column column, bool required, int maxLength, qint64 line,
                                ImportReport& report) const;
    quint64 idHash(const QString& normalized) const;

    ImportKind m_kind;
    ElectionType m_type;
    QString m_country;
    QDate m_today;
    bool m_headerOk = false;
    QStringList m_header;
    std::array<int, 10> m_index;
    quint64 m_hashSeed = 0;
    QHash<quint64, qint64> m_seen; ///< keyed hash of a normalized national id -> first line
};

} // namespace Elect::Csv

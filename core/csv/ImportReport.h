#pragma once

#include <QList>
#include <QString>

namespace Elect::Csv {

/// One thing wrong in an import file.
struct Problem
{
    qint64 line = 0; ///< physical line of the record (the header's line for a missing column); 0 = the whole file
    QString column;  ///< the column's name as in the file's header (or the expected name when missing)
    QString value;   ///< the offending value, national ids and phones already masked
    QString message; ///< translated: what is wrong and what to do
};

/// The problems of one import: all are counted, the first listLimit are kept.
class ImportReport
{
public:
    explicit ImportReport(int listLimit = 1000);

    void add(Problem p);
    const QList<Problem>& problems() const { return m_problems; }
    qint64 problemCount() const { return m_count; }
    bool ok() const { return m_count == 0; }
    int listLimit() const { return m_limit; }

    /// One line per kept problem, "Line 12, column Phone: <message> (value •••••••123)", then
    /// "... and N more problems" when some were not kept. Empty when ok().
    QString toText() const;
    /// One problem as toText() writes it.
    static QString format(const Problem& p);

private:
    int m_limit;
    qint64 m_count = 0;
    QList<Problem> m_problems;
};

} // namespace Elect::Csv

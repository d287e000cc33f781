#include "core/csv/ImportReport.h"

#include <QCoreApplication>

namespace Elect::Csv {

ImportReport::ImportReport(int listLimit) : m_limit(qMax(0, listLimit)) {}

void ImportReport::add(Problem p)
{
    ++m_count;
    if (m_problems.size() < m_limit)
        m_problems.append(std::move(p));
}

QString ImportReport::format(const Problem& p)
{
    QString where;
    if (p.line > 0 && !p.column.isEmpty())
        where = QCoreApplication::translate("Elect::Csv", "Line %1, column %2: ").arg(p.line).arg(p.column);
    else if (p.line > 0)
        where = QCoreApplication::translate("Elect::Csv", "Line %1: ").arg(p.line);
    else if (!p.column.isEmpty())
        where = QCoreApplication::translate("Elect::Csv", "Column %1: ").arg(p.column);
    QString text = where + p.message;
    if (!p.value.isEmpty())
        text += QCoreApplication::translate("Elect::Csv", " (value %1)").arg(p.value);
    return text;
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines.reserve(m_problems.size() + 1);
    for (const Problem& p : m_problems)
        lines << format(p);
    const qint64 rest = m_count - m_problems.size();
    if (rest > 0)
        lines << QCoreApplication::translate("Elect::Csv", "... and %1 more problems").arg(rest);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Elect::Csv

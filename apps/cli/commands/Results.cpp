#include "apps/cli/commands/Results.h"

#include "core/db/TallyRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString Results::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "print the stored results of a counted election: candidate, votes, rank, won "
                                       "(--as the organization's owner or admin, or a system admin)");
}

QList<Command::Argument> Results::arguments() const
{
    return {{QStringLiteral("ID"),
             QCoreApplication::translate("Elect::Cli", "the election's id (see \"elect election list\")")}};
}

int Results::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "results needs the election's id (see \"elect election list\")"),
            name());
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto results = TallyRepository(**db).results(id);
    if (!results)
        return context.fail(results.error());
    bool byConstituency = false;
    for (const StoredResult& r : *results)
        byConstituency = byConstituency || !r.constituency.isEmpty();
    const QString won = QCoreApplication::translate("Elect::Cli", "won");
    for (const StoredResult& r : *results) {
        QStringList columns;
        if (byConstituency)
            columns << r.constituency;
        columns << r.candidate << r.votes << (r.rank > 0 ? QString::number(r.rank) : QStringLiteral("-"))
                << (r.won ? won : QStringLiteral("-"));
        context.out() << columns.join(u'\t') << Qt::endl;
    }
    return Ok;
}

} // namespace Elect::Cli

#include "apps/cli/commands/ElectionCreate.h"

#include "core/db/ElectionRepository.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString ElectionCreate::description() const
{
    return QCoreApplication::translate("Elect::Cli", "create a draft election (--as an organization's owner or admin)");
}

QList<QCommandLineOption> ElectionCreate::options() const
{
    return {
        {QStringLiteral("title"), QCoreApplication::translate("Elect::Cli", "the election's title"),
         QStringLiteral("T")},
        {QStringLiteral("type"),
         QCoreApplication::translate("Elect::Cli", "simple (default), district, governorate_based or api_managed"),
         QStringLiteral("TYPE")},
        {QStringLiteral("method"),
         QCoreApplication::translate("Elect::Cli", "counting method: block (default), approval, irv, stv, referendum"),
         QStringLiteral("M")},
        {QStringLiteral("seats"), QCoreApplication::translate("Elect::Cli", "seats to fill (default 1)"),
         QStringLiteral("N")},
        {QStringLiteral("votes-per-voter"),
         QCoreApplication::translate("Elect::Cli", "choices on a ballot (default: the seats)"), QStringLiteral("N")},
        {QStringLiteral("starts"),
         QCoreApplication::translate("Elect::Cli", "when voting opens, an ISO time such as 2027-03-01T08:00:00+02:00"),
         QStringLiteral("ISO-TIME")},
        {QStringLiteral("ends"), QCoreApplication::translate("Elect::Cli", "when voting closes, an ISO time"),
         QStringLiteral("ISO-TIME")},
        {QStringLiteral("api-endpoint"),
         QCoreApplication::translate("Elect::Cli", "api_managed: the organization's eligibility API"),
         QStringLiteral("URL")},
        {QStringLiteral("potential-voters"),
         QCoreApplication::translate("Elect::Cli", "how many voters are expected (default 0)"), QStringLiteral("N")},
    };
}

int ElectionCreate::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    auto value = [&](const QString& option, const QString& fallback = {}) {
        return parser.isSet(option) ? parser.value(option) : fallback;
    };
    Election e;
    e.title = value(QStringLiteral("title"));
    const auto type = electionTypeFromKey(value(QStringLiteral("type"), QStringLiteral("simple")));
    const auto method = countingMethodFromKey(value(QStringLiteral("method"), QStringLiteral("block")));
    if (!type)
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "--type is one of simple, district, governorate_based, api_managed"),
                             name());
    if (!method)
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "--method is one of block, approval, irv, stv, referendum"),
            name());
    e.type = *type;
    e.countingMethod = *method;
    bool okSeats = true, okVotes = true, okVoters = true;
    e.seats = value(QStringLiteral("seats"), QStringLiteral("1")).toInt(&okSeats);
    e.votesPerVoter = value(QStringLiteral("votes-per-voter"), QString::number(e.seats)).toInt(&okVotes);
    e.potentialVoters = value(QStringLiteral("potential-voters"), QStringLiteral("0")).toInt(&okVoters);
    if (!okSeats || !okVotes || !okVoters)
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "--seats, --votes-per-voter and --potential-voters take whole numbers"),
                             name());
    e.startsAt = QDateTime::fromString(value(QStringLiteral("starts")), Qt::ISODate);
    e.endsAt = QDateTime::fromString(value(QStringLiteral("ends")), Qt::ISODate);
    if (e.title.isEmpty() || !e.startsAt.isValid() || !e.endsAt.isValid())
        return context.usage(QCoreApplication::translate(
                                 "Elect::Cli", "election create needs --title, --starts and --ends (ISO times such as "
                                               "2027-03-01T08:00:00+02:00)"),
                             name());
    e.apiEndpoint = value(QStringLiteral("api-endpoint"));
    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    const auto id = ElectionRepository(**db).createDraft(e);
    if (!id)
        return context.fail(id.error());
    context.out()
        << QCoreApplication::translate("Elect::Cli", "Draft election %1 created: \"%2\".").arg(*id).arg(e.title)
        << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli

#include "core/tally/Contest.h"

namespace Elect::Tally {

QString methodName(Method method)
{
    switch (method) {
    case Method::Block:
        return QStringLiteral("block");
    case Method::Approval:
        return QStringLiteral("approval");
    case Method::Irv:
        return QStringLiteral("irv");
    case Method::Stv:
        return QStringLiteral("stv");
    case Method::Referendum:
        return QStringLiteral("referendum");
    }
    return QString();
}

std::optional<Method> methodFromName(QStringView name)
{
    for (Method m : {Method::Block, Method::Approval, Method::Irv, Method::Stv, Method::Referendum}) {
        if (name.compare(methodName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool isRankedMethod(Method method)
{
    return method == Method::Irv || method == Method::Stv;
}

} // namespace Elect::Tally

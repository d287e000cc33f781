#include "core/domain/Types.h"

#include <QCoreApplication>

namespace Elect {

ElectionPhase Election::phase(const QDateTime& now) const
{
    switch (status) {
    case ElectionStatus::Draft:
        return ElectionPhase::Draft;
    case ElectionStatus::Tallied:
        return ElectionPhase::Tallied;
    case ElectionStatus::Cancelled:
        return ElectionPhase::Cancelled;
    case ElectionStatus::Scheduled:
        break;
    }
    if (now < startsAt)
        return ElectionPhase::Scheduled;
    return now < endsAt ? ElectionPhase::Running : ElectionPhase::Ended;
}

QString toString(ElectionType type)
{
    switch (type) {
    case ElectionType::Simple:
        return QCoreApplication::translate("Elect::Types", "Simple");
    case ElectionType::District:
        return QCoreApplication::translate("Elect::Types", "By district");
    case ElectionType::GovernorateBased:
        return QCoreApplication::translate("Elect::Types", "By governorate");
    case ElectionType::ApiManaged:
        return QCoreApplication::translate("Elect::Types", "Eligibility from your API");
    }
    return {};
}

QString toString(CountingMethod method)
{
    switch (method) {
    case CountingMethod::Block:
        return QCoreApplication::translate("Elect::Types", "Choose N, most votes win");
    case CountingMethod::Approval:
        return QCoreApplication::translate("Elect::Types", "Approval");
    case CountingMethod::Irv:
        return QCoreApplication::translate("Elect::Types", "Ranked choice (instant runoff)");
    case CountingMethod::Stv:
        return QCoreApplication::translate("Elect::Types", "Single transferable vote");
    case CountingMethod::Referendum:
        return QCoreApplication::translate("Elect::Types", "Referendum");
    }
    return {};
}

QString toString(ElectionPhase phase)
{
    switch (phase) {
    case ElectionPhase::Draft:
        return QCoreApplication::translate("Elect::Types", "Draft");
    case ElectionPhase::Scheduled:
        return QCoreApplication::translate("Elect::Types", "Scheduled");
    case ElectionPhase::Running:
        return QCoreApplication::translate("Elect::Types", "Running");
    case ElectionPhase::Ended:
        return QCoreApplication::translate("Elect::Types", "Ended");
    case ElectionPhase::Tallied:
        return QCoreApplication::translate("Elect::Types", "Results ready");
    case ElectionPhase::Cancelled:
        return QCoreApplication::translate("Elect::Types", "Cancelled");
    }
    return {};
}

QString toString(OrganizationStatus status)
{
    switch (status) {
    case OrganizationStatus::Pending:
        return QCoreApplication::translate("Elect::Types", "Waiting for review");
    case OrganizationStatus::Accepted:
        return QCoreApplication::translate("Elect::Types", "Accepted");
    case OrganizationStatus::Rejected:
        return QCoreApplication::translate("Elect::Types", "Rejected");
    }
    return {};
}

QString toString(UserRole role)
{
    switch (role) {
    case UserRole::SystemAdmin:
        return QCoreApplication::translate("Elect::Types", "System administrator");
    case UserRole::OrganizationOwner:
        return QCoreApplication::translate("Elect::Types", "Organization owner");
    case UserRole::OrganizationAdmin:
        return QCoreApplication::translate("Elect::Types", "Organization administrator");
    }
    return {};
}

namespace {
const std::pair<ElectionType, const char*> kTypeKeys[] = {{ElectionType::Simple, "simple"},
                                                          {ElectionType::District, "district"},
                                                          {ElectionType::GovernorateBased, "governorate_based"},
                                                          {ElectionType::ApiManaged, "api_managed"}};
const std::pair<CountingMethod, const char*> kMethodKeys[] = {{CountingMethod::Block, "block"},
                                                              {CountingMethod::Approval, "approval"},
                                                              {CountingMethod::Irv, "irv"},
                                                              {CountingMethod::Stv, "stv"},
                                                              {CountingMethod::Referendum, "referendum"}};
} // namespace

QString keyOf(ElectionType type)
{
    for (const auto& [t, key] : kTypeKeys)
        if (t == type)
            return QLatin1String(key);
    return {};
}

QString keyOf(CountingMethod method)
{
    for (const auto& [m, key] : kMethodKeys)
        if (m == method)
            return QLatin1String(key);
    return {};
}

std::optional<ElectionType> electionTypeFromKey(const QString& key)
{
    for (const auto& [t, k] : kTypeKeys)
        if (key == QLatin1String(k))
            return t;
    return std::nullopt;
}

std::optional<CountingMethod> countingMethodFromKey(const QString& key)
{
    for (const auto& [m, k] : kMethodKeys)
        if (key == QLatin1String(k))
            return m;
    return std::nullopt;
}

} // namespace Elect

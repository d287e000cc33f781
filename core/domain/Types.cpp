#include "core/domain/Types.h"

#include <QCoreApplication>

namespace Elect {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Elect::Types", text); }
} // namespace

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
        return tr("Simple");
    case ElectionType::District:
        return tr("By district");
    case ElectionType::GovernorateBased:
        return tr("By governorate");
    case ElectionType::ApiManaged:
        return tr("Eligibility from your API");
    }
    return {};
}

QString toString(CountingMethod method)
{
    switch (method) {
    case CountingMethod::Block:
        return tr("Choose N, most votes win");
    case CountingMethod::Approval:
        return tr("Approval");
    case CountingMethod::Irv:
        return tr("Ranked choice (instant runoff)");
    case CountingMethod::Stv:
        return tr("Single transferable vote");
    case CountingMethod::Referendum:
        return tr("Referendum");
    }
    return {};
}

QString toString(ElectionPhase phase)
{
    switch (phase) {
    case ElectionPhase::Draft:
        return tr("Draft");
    case ElectionPhase::Scheduled:
        return tr("Scheduled");
    case ElectionPhase::Running:
        return tr("Running");
    case ElectionPhase::Ended:
        return tr("Ended");
    case ElectionPhase::Tallied:
        return tr("Results ready");
    case ElectionPhase::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString toString(OrganizationStatus status)
{
    switch (status) {
    case OrganizationStatus::Pending:
        return tr("Waiting for review");
    case OrganizationStatus::Accepted:
        return tr("Accepted");
    case OrganizationStatus::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString toString(UserRole role)
{
    switch (role) {
    case UserRole::SystemAdmin:
        return tr("System administrator");
    case UserRole::OrganizationOwner:
        return tr("Organization owner");
    case UserRole::OrganizationAdmin:
        return tr("Organization administrator");
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

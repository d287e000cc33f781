#pragma once

#include "core/db/WalletRepository.h"
#include "core/domain/Types.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Elect {

class Database;

/// A person who runs an organization: its owner or one of its organization admins.
struct OrganizationPerson
{
    qint64 id = 0;
    QString name;
    QString email;
    UserRole role = UserRole::OrganizationAdmin;
    bool emailVerified = false;
    bool enabled = false; ///< the account is active (an owner or admin who was switched off is not)
    QDateTime createdAt;
};

/// A published election that has not ended yet, with how far its voting has got.
struct ActiveElection
{
    qint64 electionId = 0;
    qint64 organizationId = 0;
    QString organizationName;
    QString title;
    ElectionType type = ElectionType::Simple;
    QDateTime startsAt;
    QDateTime endsAt;
    qint64 voted = 0;      ///< voting records so far
    qint64 eligible = 0;   ///< voters on the list; for an api_managed election, its declared potential voters
    int kiosksEnabled = 0; ///< of the organization
    int kiosksOnline = 0;  ///< of the organization: enabled kiosks with a session open now

    bool isRunning(const QDateTime& now) const { return startsAt <= now && now < endsAt; }
    /// voted / eligible in percent, or nothing when nobody is eligible yet.
    std::optional<double> turnoutPercent() const
    {
        return eligible > 0 ? std::optional<double>(100.0 * double(voted) / double(eligible)) : std::nullopt;
    }
};

/// What a system admin sees across the platform (elect-admin's organizations and dashboard pages).
/// Reads go through row-level security as the signed-in login, so an organization's staff calling these
/// get their own organization at most; the kiosk counts come from platform_kiosks_online()
/// (core/sql/0020_platform.sql), which refuses everyone but a system admin.
class PlatformRepository
{
public:
    explicit PlatformRepository(Database& db);

    /// Organizations in \a status (all when none) whose name, country code, owner's name or email contains
    /// \a search (case-insensitive; empty matches all), newest first, at most 1,000.
    Result<QList<Organization>> organizations(std::optional<OrganizationStatus> status, const QString& search);
    /// How many organizations are in each status (for the filter).
    Result<QMap<OrganizationStatus, int>> organizationCounts();
    /// The owner and the organization admins of \a organizationId, owner first.
    Result<QList<OrganizationPerson>> people(qint64 organizationId);
    /// Published elections that have not ended at \a now, running ones first, then by start.
    /// Fails with NotAllowed for anyone but a system admin.
    Result<QList<ActiveElection>> activeElections(const QDateTime& now);
    /// Changes the pricing tier \a tierId into \a tier in one transaction: when its currency or lowest
    /// number of voters changes, the old tier goes and the new one is set (set_pricing_tier keys a tier by
    /// those two); the database's checks (overlap, bounds) apply as for a new tier, and a refusal leaves the
    /// old tier as it was. Returns the tier's id.
    Result<qint64> changePricingTier(qint64 tierId, const PricingTier& tier);
    /// A new pricing tier. Unlike set_pricing_tier, which changes the tier of the same currency and lowest
    /// number of voters when there is one, this refuses then (AlreadyExists): adding never changes a tier.
    Result<qint64> addPricingTier(const PricingTier& tier);

private:
    Database& m_db;
};

} // namespace Elect

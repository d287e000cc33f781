#pragma once

#include "core/db/WalletRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Elect {

/// Pricing tiers as a table: currency, the voters a tier covers, and its price with the currency.
class PricingTierModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Voters, Price, Currency, ColumnCount };

    explicit PricingTierModel(QObject* parent = nullptr);

    void setTiers(QList<PricingTier> tiers);
    const QList<PricingTier>& tiers() const { return m_tiers; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "0 to 1,000 voters", "10,001 voters or more", in the locale's digits.
    static QString votersText(const PricingTier& tier);

private:
    QList<PricingTier> m_tiers;
};

} // namespace Elect

#include "platform/PricingTierModel.h"

#include "core/domain/Money.h"

#include <QLocale>

namespace Elect {

PricingTierModel::PricingTierModel(QObject* parent) : QAbstractTableModel(parent) {}

void PricingTierModel::setTiers(QList<PricingTier> tiers)
{
    beginResetModel();
    m_tiers = std::move(tiers);
    endResetModel();
}

int PricingTierModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tiers.size());
}

int PricingTierModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PricingTierModel::votersText(const PricingTier& tier)
{
    const QLocale locale;
    if (!tier.maxVoters)
        return tr("%1 voters or more").arg(locale.toString(tier.minVoters));
    return tr("%1 to %2 voters").arg(locale.toString(tier.minVoters), locale.toString(*tier.maxVoters));
}

QVariant PricingTierModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PricingTier& t = m_tiers.at(index.row());
    if (role == Qt::UserRole)
        return t.id;
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Voters:
        return votersText(t);
    case Price:
        return t.price == 0 ? tr("Free (%1)").arg(Money::format(0, t.currency)) : Money::format(t.price, t.currency);
    case Currency:
        return t.currency;
    }
    return {};
}

QVariant PricingTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Voters:
        return tr("Potential voters");
    case Price:
        return tr("Price to publish");
    case Currency:
        return tr("Currency");
    }
    return {};
}

} // namespace Elect

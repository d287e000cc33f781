#pragma once

#include "core/db/WalletRepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Elect {

class Connection;
class MessageBanner;

/// Adds a pricing tier, or changes one (\a existing). Save sends it to the database, which checks it
/// (bounds, overlap with another tier of the currency); its refusal is shown here, translated, and the
/// dialog stays open so the admin can correct it.
class PricingTierDialog : public QDialog
{
    Q_OBJECT

public:
    PricingTierDialog(Connection& connection, std::optional<PricingTier> existing, QWidget* parent = nullptr);

    /// The tier as typed; nothing when the price is not an amount.
    std::optional<PricingTier> tier() const;
    qint64 savedId() const { return m_savedId; }
    bool isSaving() const { return m_saving; }

private:
    void save();
    void updatePreview();
    void setSaving(bool saving);

    Connection& m_connection;
    std::optional<PricingTier> m_existing;
    QLineEdit* m_currency;
    QSpinBox* m_min;
    QSpinBox* m_max;
    QCheckBox* m_unbounded;
    QLineEdit* m_price;
    QLabel* m_preview;
    MessageBanner* m_banner;
    QPushButton* m_save;
    qint64 m_savedId = 0;
    bool m_saving = false;
};

} // namespace Elect

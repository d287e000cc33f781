#pragma once

#include "shell/ListPage.h"

class QPushButton;

namespace Elect {

class PricingTierModel;

/// For a system admin: the pricing tiers (what publishing an election costs by its number of potential
/// voters), with Add, Change (double-click or Enter) and Remove (confirmed; Delete).
class PricingPage : public ListPage
{
    Q_OBJECT

public:
    explicit PricingPage(Connection& connection, QWidget* parent = nullptr);

    PricingTierModel* model() const { return m_model; }

public Q_SLOTS:
    void reload() override;
    void addTier();
    void editSelected();
    void removeSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons() override;

    PricingTierModel* m_model;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_refresh;
    bool m_loadedOnce = false;
};

} // namespace Elect

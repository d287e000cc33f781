#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Elect {

class Connection;
class MessageBanner;
class PricingTierModel;

/// For a system admin: the pricing tiers (what publishing an election costs by its number of potential
/// voters), with Add, Change (double-click or Enter) and Remove (confirmed; Delete).
class PricingPage : public QWidget
{
    Q_OBJECT

public:
    explicit PricingPage(Connection& connection, QWidget* parent = nullptr);

    PricingTierModel* model() const { return m_model; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void reload();
    void addTier();
    void editSelected();
    void removeSelected();

Q_SIGNALS:
    void loaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    int selectedRow() const;
    void setBusy(bool busy);
    void updateButtons();

    Connection& m_connection;
    PricingTierModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    MessageBanner* m_banner;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_refresh;
    bool m_busy = false;
    bool m_loadedOnce = false;
};

} // namespace Elect

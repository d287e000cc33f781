#pragma once

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Elect {

/// Asks how much to pay into the wallet, in its currency; OK only with an amount Stripe takes.
class TopUpDialog : public QDialog
{
    Q_OBJECT

public:
    TopUpDialog(const QString& currency, QWidget* parent = nullptr);

    /// The amount in minor units, once accepted.
    qint64 amount() const { return m_amount; }

    void accept() override;

private:
    QString m_currency;
    QLineEdit* m_edit;
    QLabel* m_problem;
    qint64 m_amount = 0;
};

} // namespace Elect

#include "wallet/TopUpDialog.h"

#include "core/domain/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

TopUpDialog::TopUpDialog(const QString& currency, QWidget* parent)
    : QDialog(parent), m_currency(currency), m_edit(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("topUpDialog"));
    setWindowTitle(tr("Top up the wallet"));
    auto* intro = new QLabel(tr("How much do you want to pay into the wallet? Stripe's payment page opens in your "
                                "browser; the balance grows once the payment is confirmed."),
                             this);
    intro->setWordWrap(true);
    // A wrapped label asks for too little height in a dialog sized by its layout: give it what it needs.
    intro->setMinimumHeight(intro->heightForWidth(420));
    m_edit->setObjectName(QStringLiteral("amountEdit"));
    m_edit->setPlaceholderText(tr("e.g. 1500"));
    m_edit->setAccessibleName(tr("Amount"));
    auto* currencyLabel = new QLabel(currency, this);
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_edit, 1);
    amountRow->addWidget(currencyLabel);
    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), amountRow);
    qobject_cast<QLabel*>(form->labelForField(amountRow))->setBuddy(m_edit);

    m_problem->setObjectName(QStringLiteral("amountProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Go to payment"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("topUpOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TopUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void TopUpDialog::accept()
{
    const auto amount = Money::parse(m_edit->text(), m_currency);
    if (!amount || *amount < 2500) {
        m_problem->setText(tr("Enter an amount between %1 and %2, like 1500 or 1500.50.")
                               .arg(Money::format(2500, m_currency), Money::format(99999999, m_currency)));
        m_problem->show();
        m_problem->setMinimumHeight(m_problem->heightForWidth(m_problem->width() > 0 ? m_problem->width() : 420));
        adjustSize();
        m_edit->setFocus();
        m_edit->selectAll();
        return;
    }
    m_amount = *amount;
    QDialog::accept();
}

} // namespace Elect

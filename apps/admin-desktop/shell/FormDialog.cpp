#include "shell/FormDialog.h"

#include "shell/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

FormDialog::FormDialog(Connection& connection, const QString& name, const QString& title, int minimumWidth,
                       const QString& intro, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_form(new QFormLayout), m_layout(new QVBoxLayout(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(name);
    setWindowTitle(title);
    setMinimumWidth(minimumWidth);

    auto* introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_layout->setContentsMargins(24, 20, 24, 16);
    m_layout->setSpacing(12);
    m_layout->addWidget(introLabel);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_banner);
    m_layout->addStretch();
}

void FormDialog::addBelowForm(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_banner), widget);
}

QPushButton* FormDialog::setUpButtons(const QString& acceptText, const QString& acceptName, const QString& bannerName)
{
    m_banner->setObjectName(bannerName);
    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(acceptName);
    m_accept->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_layout->addWidget(buttons);
    return m_accept;
}

void FormDialog::updateButton()
{
    if (m_accept)
        m_accept->setEnabled(!m_busy && isComplete());
}

bool FormDialog::canSubmit() const
{
    return !m_busy && m_accept && m_accept->isEnabled();
}

void FormDialog::beginSubmit(const QString& busyText)
{
    m_busy = true;
    updateButton();
    m_banner->showInfo(busyText);
    setCursor(Qt::BusyCursor);
}

void FormDialog::endSubmit()
{
    m_busy = false;
    unsetCursor();
    updateButton();
}

void FormDialog::showError(const QString& message)
{
    m_banner->showError(message);
}

} // namespace Elect

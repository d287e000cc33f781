#include "shell/ListPage.h"

#include "shell/ListTable.h"
#include "shell/MessageBanner.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Elect {

ListPage::ListPage(Connection& connection, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_table(new QTableView(this)), m_banner(new MessageBanner(this)),
      m_empty(new QLabel(this)), m_stack(new QStackedWidget(this)), m_buttons(new QHBoxLayout),
      m_layout(new QVBoxLayout(this))
{
    setUpEmptyListLabel(m_empty);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_buttons->addStretch();

    m_layout->setContentsMargins(0, 12, 0, 0);
    m_layout->setSpacing(10);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_stack, 1);
    m_layout->addLayout(m_buttons);
}

void ListPage::setUpList(QAbstractItemModel* model, const QString& name, int stretchColumn,
                         const QString& accessibleName)
{
    m_table->setObjectName(name);
    m_table->setModel(model);
    setUpListTable(m_table, stretchColumn);
    m_table->setAccessibleName(accessibleName);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
}

void ListPage::setEmptyText(const QString& name, const QString& text)
{
    m_empty->setObjectName(name);
    m_empty->setText(text);
}

QLabel* ListPage::addNote(const QString& name, const QString& text)
{
    auto* note = new QLabel(text, this);
    note->setObjectName(name);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("background: #eef2f7; color: #1d2733; padding: 8px 12px;"
                                       " border-radius: 4px;"));
    m_layout->insertWidget(0, note);
    return note;
}

QPushButton* ListPage::addButton(const QString& text, const QString& name, std::function<void()> then)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, [then = std::move(then)] { then(); });
    m_buttons->insertWidget(m_leadingButtons++, button); // before the stretch that keeps Refresh at the far end
    return button;
}

QPushButton* ListPage::addRefreshButton(const QString& text, const QString& name)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, &ListPage::reload);
    m_buttons->addWidget(button);
    return button;
}

int ListPage::selectedRow() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ListPage::selectRow(int row)
{
    if (row >= 0)
        m_table->selectRow(row);
}

void ListPage::showListOrEmpty()
{
    m_stack->setCurrentWidget(m_table->model()->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
}

void ListPage::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateButtons();
}

void ListPage::ask(const QString& title, const QString& text, const QString& details, const QString& yes,
                   const QString& questionName, const QString& yesName, std::function<void()> then)
{
    m_confirm = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    m_confirm->setObjectName(questionName);
    m_confirm->setInformativeText(details);
    QPushButton* yesButton = m_confirm->addButton(yes, QMessageBox::DestructiveRole);
    yesButton->setObjectName(yesName);
    QPushButton* no = m_confirm->addButton(QMessageBox::Cancel);
    m_confirm->setDefaultButton(no);
    m_confirm->setEscapeButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QObject::destroyed, this, [this] { m_confirm = nullptr; });
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [yesButton, then = std::move(then)](QAbstractButton* clicked) {
                if (clicked == yesButton)
                    then();
            });
    m_confirm->open();
}

} // namespace Elect

#include "kiosks/NewKioskDialog.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/AccountRepository.h"
#include "shell/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Elect {

NewKioskDialog::NewKioskDialog(Connection& connection, QWidget* parent)
    : QDialog(parent), m_connection(connection), m_name(new QLineEdit(this)), m_station(new QLineEdit(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("newKioskDialog"));
    setWindowTitle(tr("Add a kiosk"));
    setMinimumWidth(500);

    auto* intro = new QLabel(tr("A kiosk is a computer at a polling station where voters cast their votes. After "
                                "you create it, you get the code that sets it up."),
                             this);
    intro->setWordWrap(true);

    m_name->setObjectName(QStringLiteral("kioskNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Main hall 1"));
    m_name->setMaxLength(100);
    m_station->setObjectName(QStringLiteral("pollingStationEdit"));
    m_station->setPlaceholderText(tr("e.g. Al-Nour School, Giza"));
    m_station->setMaxLength(200);
    connect(m_name, &QLineEdit::textChanged, this, &NewKioskDialog::updateButton);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Polling station"), m_station);

    m_banner->setObjectName(QStringLiteral("newKioskMessage"));

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create kiosk"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createKioskButton"));
    m_create->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_create, &QPushButton::clicked, this, &NewKioskDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addWidget(buttons);
    updateButton();
}

void NewKioskDialog::updateButton()
{
    m_create->setEnabled(!m_busy && !m_name->text().trimmed().isEmpty());
}

void NewKioskDialog::create()
{
    if (m_busy || !m_create->isEnabled())
        return;
    const QString name = m_name->text().trimmed();
    const QString station = m_station->text().trimmed();
    m_busy = true;
    updateButton();
    m_banner->showInfo(tr("Creating the kiosk…"));
    setCursor(Qt::BusyCursor);
    whenReady(m_connection.run([=](Database& db) { return AccountRepository(db).createKiosk(name, station); }), this,
              [this, name](Result<AccountRepository::NewKiosk> kiosk) {
                  m_busy = false;
                  unsetCursor();
                  updateButton();
                  if (!kiosk) {
                      m_banner->showError(kiosk.message());
                      return;
                  }
                  Q_EMIT created(kiosk->id, name, kiosk->loginRole, kiosk->password);
                  accept();
              });
}

} // namespace Elect

#include "kiosks/NewKioskDialog.h"

#include "core/db/AccountRepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Elect {

NewKioskDialog::NewKioskDialog(Connection& connection, QWidget* parent)
    : FormDialog(connection, QStringLiteral("newKioskDialog"), tr("Add a kiosk"), 500,
                 tr("A kiosk is a computer at a polling station where voters cast their votes. After "
                    "you create it, you get the code that sets it up."),
                 parent),
      m_name(new QLineEdit(this)), m_station(new QLineEdit(this))
{
    m_name->setObjectName(QStringLiteral("kioskNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Main hall 1"));
    m_name->setMaxLength(100);
    m_station->setObjectName(QStringLiteral("pollingStationEdit"));
    m_station->setPlaceholderText(tr("e.g. Al-Nour School, Giza"));
    m_station->setMaxLength(200);
    connect(m_name, &QLineEdit::textChanged, this, &NewKioskDialog::updateButton);

    form()->addRow(tr("&Name"), m_name);
    form()->addRow(tr("&Polling station"), m_station);

    QPushButton* create =
        setUpButtons(tr("Create kiosk"), QStringLiteral("createKioskButton"), QStringLiteral("newKioskMessage"));
    connect(create, &QPushButton::clicked, this, &NewKioskDialog::create);
    updateButton();
}

bool NewKioskDialog::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

void NewKioskDialog::create()
{
    if (!canSubmit())
        return;
    const QString name = m_name->text().trimmed();
    const QString station = m_station->text().trimmed();
    submit(
        tr("Creating the kiosk…"), [=](Database& db) { return AccountRepository(db).createKiosk(name, station); },
        [this, name](const AccountRepository::NewKiosk& kiosk) {
            Q_EMIT created(kiosk.id, name, kiosk.loginRole, kiosk.password);
        });
}

} // namespace Elect

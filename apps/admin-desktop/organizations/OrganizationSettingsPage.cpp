#include "organizations/OrganizationSettingsPage.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "shell/MessageBanner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Elect {

namespace {
constexpr int kZoneIdRole = Qt::UserRole;

struct LoadedSettings
{
    OrganizationProfile profile;
    QList<std::pair<QByteArray, QString>> zones; ///< id, label
};
} // namespace

OrganizationSettingsPage::OrganizationSettingsPage(Connection& connection, bool owner, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_owner(owner), m_banner(new MessageBanner(this)),
      m_name(new QLabel(this)), m_country(new QLabel(this)), m_zone(new QLabel(this)), m_note(new QLabel(this)),
      m_search(new QLineEdit(this)), m_zones(new QListView(this)), m_zoneModel(new QStandardItemModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_busyBar(new QProgressBar(this)),
      m_save(new QPushButton(tr("&Use this time zone"), this))
{
    m_banner->setObjectName(QStringLiteral("organizationMessage"));
    for (QLabel* value : {m_name, m_country, m_zone}) {
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // As wide as its text and no wider: each value stays beside its label, also in Arabic.
        value->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    }
    m_name->setObjectName(QStringLiteral("organizationName"));
    m_country->setObjectName(QStringLiteral("organizationCountry"));
    m_zone->setObjectName(QStringLiteral("organizationZone"));
    m_note->setObjectName(QStringLiteral("timeZoneNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_note->setText(owner ? tr("Elections are shown and typed in this time zone, whoever's computer is used. "
                               "Changing it keeps every election at the same moment; only the clock times shown "
                               "change.")
                          : tr("Elections are shown and typed in this time zone. Only the organization's owner may "
                               "change it."));
    m_search->setObjectName(QStringLiteral("zoneSearch"));
    m_search->setPlaceholderText(tr("Search time zones: a city or a region, e.g. Cairo"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search time zones"));
    m_zones->setObjectName(QStringLiteral("zoneList"));
    m_zones->setAccessibleName(tr("Time zones"));
    m_zones->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_zones->setUniformItemSizes(true);
    m_filter->setSourceModel(m_zoneModel);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_zones->setModel(m_filter);
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    m_save->setObjectName(QStringLiteral("saveTimeZoneButton"));

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("Time zone"), m_zone);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyBar);
    buttons->addStretch();
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_search);
    layout->addWidget(m_zones, 1);
    layout->addLayout(buttons);
    if (!owner) {
        m_search->hide();
        m_zones->hide();
        m_save->hide();
        layout->addStretch(1);
    }

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (m_filter->rowCount() == 1)
            m_zones->setCurrentIndex(m_filter->index(0, 0));
    });
    // Down from the search goes to the list, as in a browser's address bar.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_zones->setFocus();
        if (!m_zones->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_zones->setCurrentIndex(m_filter->index(0, 0));
    });
    connect(m_zones->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrganizationSettingsPage::updateButtons);
    connect(m_zones, &QListView::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_save, &QPushButton::clicked, this, &OrganizationSettingsPage::save);
    updateButtons();
    reload();
}

QString OrganizationSettingsPage::zoneLabel(const QByteArray& zoneId, const QDateTime& at)
{
    const QTimeZone zone(zoneId);
    const int offset = zone.isValid() ? zone.offsetFromUtc(at) : 0;
    const int minutes = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    // Bidi isolation keeps "Africa/Cairo (UTC+02:00)" in one piece inside Arabic text; spaces for
    // underscores so that "new york" finds America/New_York.
    return QStringLiteral("\u2068%1 (%2)\u2069").arg(QString::fromUtf8(zoneId).replace(u'_', u' '), utc);
}

void OrganizationSettingsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    updateButtons();
}

void OrganizationSettingsPage::reload()
{
    setBusy(true);
    const bool owner = m_owner;
    // Some 600 zones, each asked for its offset: off the GUI thread with the profile.
    whenReady(m_connection.run([owner](Database& db) -> Result<LoadedSettings> {
        auto profile = OrganizationSettingsRepository(db).current();
        if (!profile)
            return profile.error();
        LoadedSettings loaded{*profile, {}};
        if (owner) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
                if (id.contains('/') || id == "UTC")
                    loaded.zones.append({id, zoneLabel(id, now)});
        }
        return loaded;
    }),
              this, [this](Result<LoadedSettings> loaded) {
                  setBusy(false);
                  if (!loaded) {
                      m_banner->showError(loaded.message());
                      return;
                  }
                  if (m_zoneModel->rowCount() == 0) {
                      for (const auto& [id, label] : loaded->zones) {
                          auto* item = new QStandardItem(label);
                          item->setData(QString::fromUtf8(id), kZoneIdRole);
                          m_zoneModel->appendRow(item);
                      }
                  }
                  showProfile(loaded->profile);
              });
}

void OrganizationSettingsPage::showProfile(const OrganizationProfile& profile)
{
    m_profile = profile;
    m_name->setText(profile.name);
    const auto territory = QLocale::codeToTerritory(profile.country);
    m_country->setText(territory == QLocale::AnyTerritory
                           ? profile.country
                           : QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), profile.country));
    m_zone->setText(zoneLabel(profile.timeZone.toUtf8(), QDateTime::currentDateTimeUtc()));
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(kZoneIdRole).toString() == profile.timeZone) {
            m_zones->setCurrentIndex(index);
            m_zones->scrollTo(index, QAbstractItemView::PositionAtCenter);
        }
    }
    updateButtons();
}

QString OrganizationSettingsPage::chosenZone() const
{
    return m_zones->currentIndex().data(kZoneIdRole).toString();
}

void OrganizationSettingsPage::updateButtons()
{
    const QString chosen = chosenZone();
    m_save->setEnabled(m_owner && !m_busy && m_profile.id != 0 && !chosen.isEmpty() && chosen != m_profile.timeZone);
}

void OrganizationSettingsPage::save()
{
    const QString zone = chosenZone();
    setBusy(true);
    whenReady(m_connection.run([zone](Database& db) {
        OrganizationSettingsRepository repository(db);
        const Status set = repository.setTimeZone(zone);
        return set ? repository.current() : Result<OrganizationProfile>(set.error());
    }),
              this, [this](Result<OrganizationProfile> profile) {
                  setBusy(false);
                  if (!profile) {
                      m_banner->showError(profile.message());
                      return;
                  }
                  showProfile(*profile);
                  m_banner->showInfo(tr("The organization's time zone is now %1. Election times are shown and "
                                        "typed in it.")
                                         .arg(m_zone->text()));
                  Q_EMIT timeZoneChanged(profile->timeZone);
              });
}

} // namespace Elect

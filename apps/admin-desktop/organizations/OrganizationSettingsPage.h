#pragma once

#include "core/db/OrganizationSettingsRepository.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Elect {

class Connection;
class MessageBanner;

/// The "Organization" page of an organization's staff: its name, country and time zone. The owner changes
/// the zone by choosing from a searchable list of IANA zones, each with its UTC offset now; an organization
/// admin sees the same read only, with the reason. The database (set_organization_time_zone) decides.
class OrganizationSettingsPage : public QWidget
{
    Q_OBJECT

public:
    OrganizationSettingsPage(Connection& connection, bool owner, QWidget* parent = nullptr);

    void reload();
    bool isBusy() const { return m_busy; }
    const OrganizationProfile& profile() const { return m_profile; }

    /// "Africa/Cairo (UTC+02:00)" with the offset at \a at, for the list and the labels.
    static QString zoneLabel(const QByteArray& zoneId, const QDateTime& at);

Q_SIGNALS:
    /// The owner changed the zone: times elsewhere are shown in it from now on.
    void timeZoneChanged(const QString& zone);

private:
    void setBusy(bool busy);
    void showProfile(const OrganizationProfile& profile);
    void updateButtons();
    QString chosenZone() const;
    void save();

    Connection& m_connection;
    bool m_owner;
    OrganizationProfile m_profile;
    MessageBanner* m_banner;
    QLabel* m_name;
    QLabel* m_country;
    QLabel* m_zone;
    QLabel* m_note;
    QLineEdit* m_search;
    QListView* m_zones;
    QStandardItemModel* m_zoneModel;
    QSortFilterProxyModel* m_filter;
    QProgressBar* m_busyBar;
    QPushButton* m_save;
    bool m_busy = false;
};

} // namespace Elect

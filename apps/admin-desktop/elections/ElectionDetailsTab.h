#pragma once

#include "core/domain/Types.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Elect {

class Connection;
class ElectionForm;
class ElectionWorkspace;
class MessageBanner;
struct PublishQuote;

/// The workspace's "Details" tab: the election's form (ElectionForm) with Save, Publish… and Cancel election….
/// Publishing shows what it will charge the wallet and asks first; cancelling asks first. Whatever the
/// database refuses (not a draft, not the owner, not enough money) is shown as it says it.
class ElectionDetailsTab : public QWidget
{
    Q_OBJECT

public:
    ElectionDetailsTab(Connection& connection, ElectionWorkspace* workspace);

    ElectionForm* form() const { return m_form; }
    bool isBusy() const { return m_busy; }

private:
    void showElection(const Election& election);
    void updateButtons();
    void setBusy(bool busy);
    void save();
    void requestApproval(const Election& edited);
    void askToPublish();
    void confirmPublish(const PublishQuote& quote);
    void publish();
    void askToCancel();
    void cancelElection();

    Connection& m_connection;
    ElectionWorkspace* m_workspace;
    ElectionForm* m_form;
    MessageBanner* m_banner;
    QLabel* m_roleNote;
    QProgressBar* m_busyBar;
    QPushButton* m_save;
    QPushButton* m_publish;
    QPushButton* m_cancel;
    std::optional<QTimeZone> m_zone;
    std::optional<Election> m_pending; ///< loaded before the zone arrived
    Election m_election;
    bool m_busy = false;
};

} // namespace Elect

#include "elections/ElectionDetailsTab.h"

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/ApprovalRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/db/WalletRepository.h"
#include "core/domain/Clock.h"
#include "core/domain/Money.h"
#include "elections/ElectionForm.h"
#include "elections/ElectionWorkspace.h"
#include "shell/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Elect {

ElectionDetailsTab::ElectionDetailsTab(Connection& connection, ElectionWorkspace* workspace)
    : QWidget(workspace), m_connection(connection), m_workspace(workspace), m_form(new ElectionForm(this)),
      m_banner(new MessageBanner(this)), m_roleNote(new QLabel(this)), m_busyBar(new QProgressBar(this)),
      m_save(new QPushButton(tr("&Save changes"), this)), m_publish(new QPushButton(tr("&Publish…"), this)),
      m_cancel(new QPushButton(tr("Cancel &election…"), this))
{
    m_banner->setObjectName(QStringLiteral("detailsMessage"));
    m_roleNote->setObjectName(QStringLiteral("roleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_roleNote->hide();
    m_busyBar->setObjectName(QStringLiteral("busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(tr("Publish the election: its candidates, voters and dates are frozen, and the wallet "
                             "pays its price."));
    m_cancel->setObjectName(QStringLiteral("cancelElectionButton"));
    m_cancel->setToolTip(tr("Cancel the election for good; a published election's charge is refunded."));
    m_form->setEnabled(false); // until the election and its organization's time zone are in

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 12, 12, 0);
    innerLayout->addWidget(m_form);
    inner->setMaximumWidth(760);
    scroll->setWidget(inner);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_busyBar);
    buttons->addWidget(m_roleNote, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_form, &ElectionForm::changed, this, &ElectionDetailsTab::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &ElectionDetailsTab::save);
    connect(m_publish, &QPushButton::clicked, this, &ElectionDetailsTab::askToPublish);
    connect(m_cancel, &QPushButton::clicked, this, &ElectionDetailsTab::askToCancel);
    connect(workspace, &ElectionWorkspace::electionLoaded, this, &ElectionDetailsTab::showElection);

    const qint64 id = workspace->electionId();
    whenReady(m_connection.run([id](Database& db) { return ElectionRepository(db).timeZoneOf(id); }), this,
              [this](Result<QString> zone) {
                  if (!zone) {
                      m_banner->showError(zone.message());
                      return;
                  }
                  m_zone = QTimeZone(zone->toUtf8());
                  if (m_pending)
                      showElection(*std::exchange(m_pending, std::nullopt));
              });
    updateButtons();
}

void ElectionDetailsTab::showElection(const Election& election)
{
    if (!m_zone) {
        m_pending = election;
        return;
    }
    m_election = election;
    const Identity& who = m_connection.identity();
    m_form->setEnabled(true);
    m_form->setChangesNeedApproval(who.role == UserRole::OrganizationAdmin && !who.isSystemAdmin());
    m_form->setElection(election, *m_zone, Clock::system().now(), !who.isSystemAdmin());
    updateButtons();
}

void ElectionDetailsTab::updateButtons()
{
    const Identity& who = m_connection.identity();
    const bool loaded = m_election.id != 0 && m_zone.has_value();
    const ElectionPhase phase = loaded ? m_election.phase(Clock::system().now()) : ElectionPhase::Draft;
    const bool owner = who.role == UserRole::OrganizationOwner && !who.isSystemAdmin();
    const bool modified = loaded && m_form->isModified();
    m_save->setVisible(!who.isSystemAdmin());
    m_save->setEnabled(loaded && !m_busy && modified && m_form->isEditable());
    m_save->setText(m_form->savesAsRequest() ? tr("Send for &approval") : tr("&Save changes"));
    m_save->setToolTip(m_form->savesAsRequest()
                           ? tr("Ask the organization's owner to approve these changes; the election keeps its "
                                "current values until they do.")
                           : QString());
    m_publish->setVisible(!who.isSystemAdmin() && phase == ElectionPhase::Draft);
    m_publish->setEnabled(loaded && !m_busy && owner && !modified);
    m_publish->setToolTip(modified ? tr("Save your changes first, then publish.")
                                   : tr("Publish the election: its candidates, voters and dates are frozen, and the "
                                        "wallet pays its price."));
    m_cancel->setVisible(!who.isSystemAdmin() && (phase == ElectionPhase::Draft || phase == ElectionPhase::Scheduled));
    m_cancel->setEnabled(loaded && !m_busy && owner);
    const bool adminNote = who.role == UserRole::OrganizationAdmin && (m_publish->isVisible() || m_cancel->isVisible());
    m_roleNote->setText(adminNote ? tr("Only the organization's owner may publish or cancel an election: publishing "
                                       "pays from the wallet.")
                                  : QString());
    m_roleNote->setVisible(adminNote);
}

void ElectionDetailsTab::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_form->setEnabled(!busy && m_zone.has_value());
    updateButtons();
}

void ElectionDetailsTab::save()
{
    const Election edited = m_form->election();
    if (m_form->savesAsRequest()) {
        requestApproval(edited);
        return;
    }
    setBusy(true);
    whenReady(m_connection.run([edited](Database& db) { return ElectionRepository(db).update(edited); }), this,
              [this](Status saved) {
                  setBusy(false);
                  if (!saved) {
                      m_banner->showError(saved.message());
                      return;
                  }
                  m_banner->showInfo(tr("Your changes are saved."));
                  m_workspace->noteElectionChanged();
              });
}

void ElectionDetailsTab::requestApproval(const Election& edited)
{
    ElectionChange change;
    if (edited.title != m_election.title)
        change.title = edited.title;
    if (edited.startsAt != m_election.startsAt)
        change.startsAt = edited.startsAt;
    if (edited.endsAt != m_election.endsAt)
        change.endsAt = edited.endsAt;
    const qint64 id = m_election.id;
    setBusy(true);
    whenReady(m_connection.run(
                  [id, change](Database& db) { return ApprovalRepository(db).requestElectionChange(id, change); }),
              this, [this](Result<qint64> request) {
                  setBusy(false);
                  if (!request) {
                      m_banner->showError(request.message());
                      return;
                  }
                  // The election has not changed: the form goes back to what it holds now.
                  showElection(m_election);
                  m_banner->showInfo(tr("Sent to the owner for approval. Nothing changes until they approve (see "
                                        "My approval requests)."));
              });
}

void ElectionDetailsTab::askToPublish()
{
    const qint64 id = m_election.id;
    setBusy(true);
    whenReady(m_connection.run([id](Database& db) { return ElectionRepository(db).publishQuote(id); }), this,
              [this](Result<PublishQuote> quote) {
                  setBusy(false);
                  if (!quote) {
                      m_banner->showError(quote.message());
                      return;
                  }
                  confirmPublish(*quote);
              });
}

void ElectionDetailsTab::confirmPublish(const PublishQuote& quote)
{
    QString charge;
    if (!quote.price)
        charge = tr("No price is set for an election of %n voter(s), so publishing will be refused until the "
                    "platform's administrator sets one.",
                    nullptr, quote.voters);
    else if (*quote.price == 0)
        charge = tr("Publishing this election (%n voter(s)) is free.", nullptr, quote.voters);
    else if (quote.balance >= *quote.price)
        charge = tr("Publishing charges %1 to the wallet for %n voter(s): the balance goes from %2 to %3.", nullptr,
                    quote.voters)
                     .arg(Money::format(*quote.price, quote.currency), Money::format(quote.balance, quote.currency),
                          Money::format(quote.balance - *quote.price, quote.currency));
    else
        charge = tr("Publishing costs %1 for %n voter(s), but the wallet holds %2: top up %3 first, or publishing "
                    "will be refused.",
                    nullptr, quote.voters)
                     .arg(Money::format(*quote.price, quote.currency), Money::format(quote.balance, quote.currency),
                          Money::format(*quote.price - quote.balance, quote.currency));

    auto* box = new QMessageBox(QMessageBox::Question, tr("Publish the election?"),
                                tr("Publish “%1”?").arg(m_election.title), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("publishConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(charge + QStringLiteral("\n\n") +
                            tr("Once published, its dates, type, counting method, candidates and voters can no "
                               "longer change. Voting opens on its own at the start time."));
    QPushButton* yes = box->addButton(tr("Publish"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("rejectButton"));
    box->setDefaultButton(no);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            publish();
    });
    box->open();
}

void ElectionDetailsTab::publish()
{
    const qint64 id = m_election.id;
    setBusy(true);
    whenReady(m_connection.run([id](Database& db) { return WalletRepository(db).publishElection(id); }), this,
              [this](Result<PublishOutcome> outcome) {
                  setBusy(false);
                  if (!outcome) {
                      m_banner->showError(outcome.message());
                      return;
                  }
                  if (outcome->charged > 0)
                      m_banner->showInfo(tr("Published. %1 was paid from the wallet; it now holds %2.")
                                             .arg(Money::format(outcome->charged, outcome->currency),
                                                  Money::format(outcome->balance, outcome->currency)));
                  else
                      m_banner->showInfo(tr("Published. Nothing was charged."));
                  m_workspace->noteElectionChanged();
              });
}

void ElectionDetailsTab::askToCancel()
{
    const bool published = m_election.status == ElectionStatus::Scheduled;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cancel the election?"),
                                tr("Cancel “%1”?").arg(m_election.title), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(published ? tr("Nobody will be able to vote in it, and this cannot be undone. What "
                                           "publishing charged is refunded to the wallet.")
                                      : tr("Nobody will be able to vote in it, and this cannot be undone."));
    QPushButton* yes = box->addButton(tr("Cancel the election"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* no = box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("rejectButton"));
    box->setDefaultButton(no);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            cancelElection();
    });
    box->open();
}

void ElectionDetailsTab::cancelElection()
{
    const qint64 id = m_election.id;
    setBusy(true);
    // The refund comes back in the wallet's currency; the wallet says which.
    auto cancel = [id](Database& db) -> Result<std::pair<qint64, QString>> {
        WalletRepository wallet(db);
        auto refund = wallet.cancelElection(id);
        if (!refund)
            return refund.error();
        QString currency;
        if (*refund > 0)
            if (auto w = wallet.wallet(std::nullopt, 1))
                currency = w->currency;
        return std::make_pair(*refund, currency);
    };
    whenReady(m_connection.run(cancel), this, [this](Result<std::pair<qint64, QString>> refund) {
        setBusy(false);
        if (!refund) {
            m_banner->showError(refund.message());
            return;
        }
        m_banner->showInfo(
            refund->first > 0
                ? tr("Cancelled. %1 went back to the wallet.").arg(Money::format(refund->first, refund->second))
                : tr("Cancelled."));
        m_workspace->noteElectionChanged();
    });
}

} // namespace Elect

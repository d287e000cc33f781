#include "elections/ElectionWorkspace.h"

#include "candidates/CandidatesTab.h"
#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/db/ElectionRepository.h"
#include "core/domain/Clock.h"
#include "elections/ElectionDetailsTab.h"
#include "import/ImportTab.h"
#include "shell/Formatting.h"
#include "shell/MessageBanner.h"
#include "voters/VotersTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Elect {

ElectionWorkspace::ElectionWorkspace(Connection& connection, qint64 electionId, QWidget* parent)
    : QWidget(parent), m_connection(connection), m_electionId(electionId), m_title(new QLabel(this)),
      m_status(new QLabel(this)), m_banner(new MessageBanner(this)), m_tabs(new QTabWidget(this)),
      m_back(new QPushButton(tr("Back to elections"), this))
{
    setObjectName(QStringLiteral("electionWorkspace"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setToolTip(tr("Return to the list of elections (Alt+Left)"));
    connect(m_back, &QPushButton::clicked, this, &ElectionWorkspace::backRequested);

    m_title->setObjectName(QStringLiteral("electionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("electionStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #5b6675;"));
    m_banner->setObjectName(QStringLiteral("workspaceMessage"));
    m_tabs->setObjectName(QStringLiteral("electionTabs"));
    m_tabs->setDocumentMode(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_status);
    top->addLayout(titles, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);

    // The tabs of each area. Add a tab with one addTab(...) line here.
    addTab(new ElectionDetailsTab(connection, this), QStringLiteral("detailsTab"), tr("Details"));
    addTab(new CandidatesTab(connection, this), QStringLiteral("candidatesTab"), tr("Candidates"));
    addTab(new VotersTab(m_connection, m_electionId, this), QStringLiteral("votersTab"), tr("Voters"));
    addTab(new ImportTab(m_connection, m_electionId, this), QStringLiteral("importTab"), tr("Import"));
    // (tabs of later areas are added above this line)

    reload();
}

void ElectionWorkspace::addTab(QWidget* tab, const QString& objectName, const QString& title)
{
    tab->setObjectName(objectName);
    m_tabs->addTab(tab, title);
}

void ElectionWorkspace::reload()
{
    m_loading = true;
    const qint64 id = m_electionId;
    // The election and its organization's time zone: the times read as the form shows them.
    struct Loaded
    {
        Election election;
        QString zone;
    };
    whenReady(m_connection.run([id](Database& db) -> Result<Loaded> {
        auto election = ElectionRepository(db).find(id);
        if (!election)
            return election.error();
        const auto zone = ElectionRepository(db).timeZoneOf(id);
        return Loaded{std::move(election).value(), zone ? *zone : QString()};
    }),
              this, [this](Result<Loaded> loaded) {
                  m_loading = false;
                  if (!loaded) {
                      m_banner->showError(loaded.message());
                      return;
                  }
                  m_banner->clearMessage();
                  m_election = loaded->election;
                  const QTimeZone zone(loaded->zone.toUtf8());
                  m_title->setText(m_election.title);
                  m_status->setText(
                      tr("%1 · %2 · from %3 to %4")
                          .arg(toString(m_election.phase(Clock::system().now())), toString(m_election.countingMethod),
                               shortDateTime(m_election.startsAt, zone), shortDateTime(m_election.endsAt, zone)));
                  m_status->setToolTip(
                      zone.isValid()
                          ? tr("Times in the organization's time zone, %1.").arg(QString::fromUtf8(zone.id()))
                          : QString());
                  Q_EMIT electionLoaded(m_election);
              });
    for (int i = 0; i < m_tabs->count(); ++i) {
        QWidget* tab = m_tabs->widget(i);
        if (tab->metaObject()->indexOfSlot("reload()") >= 0)
            QMetaObject::invokeMethod(tab, "reload");
    }
}

void ElectionWorkspace::noteElectionChanged()
{
    reload();
    Q_EMIT electionChanged();
}

} // namespace Elect

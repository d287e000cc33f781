#pragma once

// A kiosk app signed in to a test cluster, as the kiosk GUI tests start it.

#include "core/devtools/DemoSeeder.h"
#include "KioskApp.h"
#include "KioskController.h"
#include "TestCluster.h"
#include "VotingFlow.h"

#include <QQuickWindow>
#include <QTemporaryDir>

#include <memory>

namespace Elect::Test::Kiosk {

struct RunningKiosk
{
    std::unique_ptr<KioskApp> app;
    QQuickWindow* window = nullptr; ///< null when the app did not start
    VotingFlow* flow() const { return app->controller().flow(); }
};

/// The kiosk app signed in as \a kiosk on \a cluster's server, its cast journal in \a dir, with a short
/// heartbeat and quick reconnection (so that tests of a lost server do not wait).
inline RunningKiosk startKiosk(TestCluster& cluster, const DemoSeeder::Account& kiosk, const QTemporaryDir& dir)
{
    RunningKiosk k;
    k.app = std::make_unique<KioskApp>();
    k.app->controller().connection().setHeartbeatInterval(100);
    k.app->controller().connection().setRetryDelays(50, 400);
    const Status journal = k.flow()->openJournal(dir.filePath(QStringLiteral("journal.sqlite")));
    if (!journal)
        qWarning("journal: %s", qPrintable(journal.message()));
    KioskProfile profile;
    profile.embedded = false;
    profile.host = cluster.server().socketDir();
    profile.loginRole = kiosk.loginRole;
    if (!k.app->startWith(profile, kiosk.password, false))
        return k;
    k.window = qobject_cast<QQuickWindow*>(k.app->engine().rootObjects().first());
    return k;
}

} // namespace Elect::Test::Kiosk

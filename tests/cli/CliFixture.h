#pragma once

// What TestCliCommands (the table, parsers and help) and TestCliOnCluster (real commands against a throwaway
// cluster) share: `elect ARGS` run in this process, with queued answers to its password questions.

#include "ElectionFixtures.h"
#include "Sql.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include "apps/cli/Cli.h"
#include "apps/cli/Commands.h"
#include "core/db/AccountRepository.h"
#include "core/db/WalletRepository.h"
#include "core/domain/Clock.h"
#include "core/service/ElectionCloser.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/RegistrationApi.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

namespace {

// Passwords a test hands to the commands, in the order they are asked; records whether each was
// asked with confirmation (typed twice on a terminal).
class QueuedPasswords : public Cli::PasswordSource
{
public:
    QueuedPasswords(QStringList passwords, QList<bool>* confirmations)
        : m_passwords(std::move(passwords)), m_confirmations(confirmations)
    {}
    Result<QString> read(const QString&, bool confirm) override
    {
        m_confirmations->append(confirm);
        if (m_passwords.isEmpty())
            return Result<QString>::failure(ErrorCode::InvalidInput, QStringLiteral("no password queued"));
        return m_passwords.takeFirst();
    }

private:
    QStringList m_passwords;
    QList<bool>* m_confirmations;
};

} // namespace

class CliFixture
{
protected:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
        QList<bool> confirmations; ///< one per password asked
    };

    std::unique_ptr<TestCluster> m_cluster;

    // `elect ARGS` in this process; with a cluster, on its embedded server. \a passwords answer the
    // password questions in order.
    Run elect(const QStringList& args, const QStringList& passwords = {})
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        Cli::Cli cli(out, err);
        cli.setPasswordSource(std::make_unique<QueuedPasswords>(passwords, &r.confirmations));
        QStringList all;
        if (m_cluster)
            all << QStringLiteral("--data-dir") << m_cluster->server().root();
        r.exit = cli.run(all + args);
        out.flush();
        err.flush();
        return r;
    }

    static QStringList words(const char* text) { return QString::fromUtf8(text).split(u' '); }
};

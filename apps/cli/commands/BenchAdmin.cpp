#include "apps/cli/commands/BenchAdmin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace Elect::Cli {

namespace {

const QString kProgram = QStringLiteral("elect-bench-admin");

// Beside elect first (an installed or built tree), then on the PATH.
QString benchProgram()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(kProgram);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(kProgram);
}

} // namespace

QString BenchAdmin::description() const
{
    return QCoreApplication::translate("Elect::Cli", "time elect-admin's voters list on a large election (first rows, "
                                                     "scrolling, memory), in a throwaway embedded server");
}

QList<QCommandLineOption> BenchAdmin::options() const
{
    return {{QStringLiteral("voters"), QCoreApplication::translate("Elect::Cli", "voters (default 1000000)"),
             QStringLiteral("N"), QStringLiteral("1000000")}};
}

int BenchAdmin::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    bool ok = false;
    const qint64 voters = parser.value(QStringLiteral("voters")).toLongLong(&ok);
    if (!ok || voters < 1 || voters > 100000000)
        return context.usage(QCoreApplication::translate("Elect::Cli", "--voters takes a number from 1 to "
                                                                       "100000000"),
                             name());
    const QString program = benchProgram();
    if (program.isEmpty()) {
        context.err() << "elect: "
                      << QCoreApplication::translate("Elect::Cli",
                                                     "%1 is not installed beside elect; it comes with elect-admin.")
                             .arg(kProgram)
                      << Qt::endl;
        return UserError;
    }
    QProcess bench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    bench.setProcessEnvironment(environment);
    bench.start(program, {QStringLiteral("--voters"), QString::number(voters)});
    if (!bench.waitForStarted()) {
        context.err() << "elect: " << bench.errorString() << Qt::endl;
        return UserError;
    }
    // Its figures as they come; its platform plugin's chatter on stderr is passed on as it is.
    const auto pass = [&] {
        context.out() << QString::fromUtf8(bench.readAllStandardOutput());
        context.out().flush();
        context.err() << QString::fromUtf8(bench.readAllStandardError());
        context.err().flush();
    };
    while (!bench.waitForFinished(500))
        pass();
    pass();
    if (bench.exitStatus() != QProcess::NormalExit) {
        context.err() << "elect: " << QCoreApplication::translate("Elect::Cli", "%1 stopped unexpectedly").arg(kProgram)
                      << Qt::endl;
        return UserError;
    }
    return bench.exitCode() == 0 ? Ok : UserError;
}

} // namespace Elect::Cli

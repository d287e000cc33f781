// elect-bench-admin: the widgets side of `elect bench admin`. A program of its own, so that `elect` (a
// command-line tool for servers) never links Qt Widgets; `elect bench admin` runs it.
#include "voters/VoterBench.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elect-bench-admin"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Elect::VoterBench", "Times elect-admin's voters list on a large election in a throwaway embedded server."));
    parser.addHelpOption();
    const QCommandLineOption votersOption(QStringLiteral("voters"),
                                          QCoreApplication::translate("Elect::VoterBench", "voters (default 1000000)"),
                                          QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(votersOption);
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const qint64 voters = parser.value(votersOption).toLongLong(&ok);
    if (!ok || voters < 1 || voters > 100000000) {
        err << "elect: "
            << QCoreApplication::translate("Elect::VoterBench", "--voters takes a number from 1 to 100000000")
            << Qt::endl;
        return 2;
    }
    return Elect::runVoterBench(voters, out, err);
}

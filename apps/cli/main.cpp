#include "apps/cli/Cli.h"

#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elect"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elect"));
    Elect::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Elect::Cli::Cli(out, err).run(QCoreApplication::arguments().mid(1));
}

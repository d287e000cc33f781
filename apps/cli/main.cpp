#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elect"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elect"));
    return Elect::Cli::Cli().run(QCoreApplication::arguments().mid(1));
}

#include "Cli.h"

#include "core/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("elect"));
    QCoreApplication::setOrganizationName(QStringLiteral("Elect"));
    Elect::installTranslations();
    return Elect::Cli::Cli().run(QCoreApplication::arguments().mid(1));
}

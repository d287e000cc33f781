#include "shell/AdminApp.h"

#include "core/Translations.h"
#include "Version.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (Elect::installTranslations() && QLocale().textDirection() == Qt::RightToLeft)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    QApplication::setOrganizationName(QStringLiteral("Elect"));
    QApplication::setApplicationName(QStringLiteral("elect-admin"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Elect administration"));
    QApplication::setApplicationVersion(QString::fromLatin1(Elect::kVersion));
    Elect::AdminApp::applyLook(app);

    Elect::AdminApp admin;
    if (!admin.start(QApplication::arguments()))
        return 2;
    return QApplication::exec();
}

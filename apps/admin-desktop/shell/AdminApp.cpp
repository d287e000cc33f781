#include "shell/AdminApp.h"

#include "core/connection/Connection.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"

#include "core/db/DemoAccounts.h"
#include "core/db/ServerProfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QStyle>
#include <QStyleFactory>
#include <QTextStream>

namespace Elect {

AdminApp::AdminApp(QObject* parent) : QObject(parent), m_connection(std::make_unique<Connection>()) {}

AdminApp::~AdminApp()
{
    // Windows first: their continuations must not run against a finished connection.
    m_window.reset();
    delete m_dialog;
    m_connection.reset();
}

void AdminApp::applyLook(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans"))) {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSizeF(10);
        app.setFont(font);
    }
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf5, 0xf7, 0xfa));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf3, 0xf7));
    palette.setColor(QPalette::Highlight, QColor(0x2b, 0x5c, 0x9e));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
    app.setPalette(palette);
    app.setStyleSheet(QStringLiteral("QHeaderView::section { padding: 6px 8px; border: none;"
                                     " border-bottom: 1px solid #d5dbe3; background: #eef2f7; font-weight: 600; }"
                                     " QTableView { border: 1px solid #d5dbe3; border-radius: 4px; }"
                                     " QTableView::item { padding: 0px 8px; }"
                                     " QPushButton { padding: 6px 16px; }"));
}

bool AdminApp::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Elect administration: organizations, elections, results."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Sign in to the embedded server's demo (run \"elect demo\" first)."));
    const QCommandLineOption demoAs(QStringLiteral("demo-as"), tr("Which demo account: owner (default) or admin."),
                                    tr("account"), QStringLiteral("owner"));
    parser.addOption(demo);
    parser.addOption(demoAs);
    parser.process(arguments);

    m_dialog = new SignInDialog(*m_connection);
    connect(m_dialog, &SignInDialog::signedIn, this, &AdminApp::showMainWindow);
    connect(m_dialog, &QDialog::rejected, this, [this]() {
        if (!m_window)
            QCoreApplication::quit();
    });

    if (parser.isSet(demo) || parser.isSet(demoAs)) {
        const QString who = parser.value(demoAs);
        if (who != QLatin1String("owner") && who != QLatin1String("admin")) {
            QTextStream(stderr) << tr("--demo-as takes owner or admin.") << Qt::endl;
            return false;
        }
        ServerProfile embedded;
        embedded.embedded = true;
        m_dialog->setProfile(embedded);
        m_dialog->show();
        const auto accounts = DemoAccounts::load();
        const int index = who == QLatin1String("admin") ? 0 : 1;
        if (!accounts) {
            m_dialog->showError(accounts.message());
        } else if (accounts->size() <= index || accounts->at(index).email.isEmpty()) {
            m_dialog->showError(tr("The demo has no such account. Run \"elect demo\" again."));
        } else {
            m_dialog->setCredentials(accounts->at(index).email, accounts->at(index).password);
            m_dialog->submit();
        }
        return true;
    }
    m_dialog->show();
    m_dialog->restoreRemembered();
    return true;
}

void AdminApp::showMainWindow(const QString& server, const QString& warning)
{
    m_window = std::make_unique<MainWindow>(*m_connection, server);
    if (!warning.isEmpty())
        m_window->showNote(warning);
    m_window->show();
    m_dialog->hide();
    Q_EMIT mainWindowShown();
}

} // namespace Elect

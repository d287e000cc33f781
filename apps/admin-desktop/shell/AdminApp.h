#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QApplication;

namespace Elect {

class MainWindow;
class Connection;
class SignInDialog;

/// The admin app's flow: the sign-in dialog, then the main window of the signed-in person.
class AdminApp : public QObject
{
    Q_OBJECT

public:
    explicit AdminApp(QObject* parent = nullptr);
    ~AdminApp() override;

    /// Font, style and palette shared by the app and its tests.
    static void applyLook(QApplication& app);

    /// Shows the sign-in dialog. With "--demo" (and "--demo-as admin|owner") in \a arguments, fills it
    /// with a demo account of the embedded server and signs in at once. Returns false when the
    /// arguments are wrong (the message is printed).
    bool start(const QStringList& arguments);

    SignInDialog* signInDialog() const { return m_dialog; }
    MainWindow* mainWindow() const { return m_window.get(); }
    /// The signed-in connection (open once the sign-in dialog succeeded).
    Connection* connection() const { return m_connection.get(); }

Q_SIGNALS:
    void mainWindowShown();

private:
    void showMainWindow(const QString& server, const QString& warning);

    std::unique_ptr<Connection> m_connection;
    SignInDialog* m_dialog = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Elect

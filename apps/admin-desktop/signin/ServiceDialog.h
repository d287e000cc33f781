#pragma once

#include "core/service/RegistrationClient.h"

#include <QDialog>
#include <QFuture>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Elect {

class MessageBanner;

/// What the sign-in window's account dialogs share (register, verify the email, reset the password): a
/// title and an introduction, a form, the address of `elect serve`'s registration API, a message banner,
/// a busy bar and the buttons. Requests go out on the network asynchronously; while one is out the form is
/// disabled and the main button says what is happening. Enter presses the main button, Escape cancels.
class ServiceDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    /// The banner's text when it shows something, else empty.
    QString messageText() const;
    bool messageIsError() const;
    QUrl serviceAddress() const;
    void setServiceAddress(const QUrl& url);

protected:
    ServiceDialog(const QString& title, const QString& intro, const QUrl& service, QWidget* parent);

    /// Adds the service address as the form's last row and the main button (default, Enter) with \a text;
    /// clicking it calls submit(). Tab goes through \a tabOrder, the service address, then the buttons.
    QPushButton* setMainButton(const QString& text, const QString& objectName, const QList<QWidget*>& tabOrder);
    /// Another text for the main button (a dialog with steps).
    void setMainButtonText(const QString& text);
    /// The form the subclass fills; the service address is its last row.
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* body() const { return m_body; }
    MessageBanner* banner() const { return m_banner; }
    /// Sends a request through a client of the service address, shows the busy state with \a busyText until
    /// the answer, then calls \a done on the GUI thread (unless the dialog is gone).
    void send(const std::function<QFuture<RegistrationClient::Answer>(RegistrationClient&)>& request,
              const QString& busyText, std::function<void(const RegistrationClient::Answer&)> done);
    /// A service address a person can use (https, or http to this computer), else shows what to do and false.
    bool checkServiceAddress();
    virtual void submit() = 0;
    bool event(QEvent* event) override;

    /// The code a person pasted or typed, without what surrounds it (quotes, a "code:" label, spaces and
    /// dashes at the ends); the service tolerates spaces, dashes and case inside it.
    static QString cleanCode(const QString& typed);

private:
    void setBusy(bool busy, const QString& text = {});

    QNetworkAccessManager* m_network;
    QWidget* m_bodyBox;
    QVBoxLayout* m_body;
    QWidget* m_formBox;
    QFormLayout* m_form;
    QLineEdit* m_service;
    MessageBanner* m_banner;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_main = nullptr;
    QString m_mainText;
    bool m_busy = false;
};

} // namespace Elect

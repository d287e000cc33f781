#pragma once

#include "core/connection/Connection.h"
#include "core/connection/WhenReady.h"
#include "core/Result.h"

#include <QDialog>

#include <utility>

class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace Elect {

class MessageBanner;

/// What elect-admin's small "create something" dialogs share (a new administrator, a new kiosk): a sentence
/// at the top, a form, a message banner, and a button box whose accept button is enabled only while the form
/// is complete and nothing is under way. submit() runs the work off the GUI thread; the dialog closes itself on
/// success and stays open, saying what is wrong, when the database refuses. Texts come from the dialog itself,
/// in its own translation context.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }

protected:
    /// \a name is the dialog's objectName, \a intro the sentence above the form.
    FormDialog(Connection& connection, const QString& name, const QString& title, int minimumWidth,
               const QString& intro, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    /// A widget under the form, above the message banner.
    void addBelowForm(QWidget* widget);
    /// The accept button (default) and Cancel ("cancelButton"); \a bannerName names the message banner.
    QPushButton* setUpButtons(const QString& acceptText, const QString& acceptName, const QString& bannerName);
    /// Whether the form holds enough to submit.
    virtual bool isComplete() const = 0;
    /// Enables the accept button for isComplete() and the busy state; call when a field changes.
    void updateButton();
    /// The accept button is enabled and nothing is under way.
    bool canSubmit() const;

    /// Says \a busyText, runs \a work on the database off the GUI thread, then either shows its error and
    /// stays open, or calls \a done with the value and closes the dialog.
    template <typename Work, typename Done>
    void submit(const QString& busyText, Work work, Done done)
    {
        beginSubmit(busyText);
        whenReady(m_connection.run(std::move(work)), this, [this, done = std::move(done)](auto result) {
            endSubmit();
            if (!result) {
                showError(result.message());
                return;
            }
            done(std::move(result).value());
            accept();
        });
    }

    Connection& m_connection;

private:
    void beginSubmit(const QString& busyText);
    void endSubmit();
    void showError(const QString& message);

    QFormLayout* m_form;
    QVBoxLayout* m_layout;
    MessageBanner* m_banner;
    QPushButton* m_accept = nullptr;
    bool m_busy = false;
};

} // namespace Elect

#pragma once

#include <QLabel>

namespace Elect {

/// A one-line message above a page's content: what just happened, or what went wrong and what to do.
class MessageBanner : public QLabel
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showInfo(const QString& text);
    void clearMessage();
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace Elect

#include "shell/MessageBanner.h"

namespace Elect {

MessageBanner::MessageBanner(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageBanner::showError(const QString& text)
{
    m_error = true;
    setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                                 " border-radius: 6px; padding: 8px 12px; }"));
    setText(text);
    setAccessibleName(tr("Error: %1").arg(text));
    show();
}

void MessageBanner::showInfo(const QString& text)
{
    m_error = false;
    setStyleSheet(QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #b7dfb9;"
                                 " border-radius: 6px; padding: 8px 12px; }"));
    setText(text);
    setAccessibleName(text);
    show();
}

void MessageBanner::clearMessage()
{
    m_error = false;
    clear();
    hide();
}

} // namespace Elect

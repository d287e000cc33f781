#pragma once

#include <QLoggingCategory>

namespace Elect {
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
} // namespace Elect

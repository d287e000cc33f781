#pragma once

#include <QLoggingCategory>

namespace Elect {
Q_DECLARE_LOGGING_CATEGORY(lcAdmin)
} // namespace Elect

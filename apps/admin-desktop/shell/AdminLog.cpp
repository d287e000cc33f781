#include "shell/AdminLog.h"

namespace Elect {
Q_LOGGING_CATEGORY(lcAdmin, "elect.admin")
} // namespace Elect

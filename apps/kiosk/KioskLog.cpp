#include "KioskLog.h"

namespace Elect {
Q_LOGGING_CATEGORY(lcKiosk, "elect.kiosk")
} // namespace Elect

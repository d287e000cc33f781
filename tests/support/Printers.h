#pragma once

// Lets QCOMPARE print Elect's enums (found by argument-dependent lookup).

#include "core/Result.h"

#include <QtGlobal>

namespace Elect {

inline char* toString(ErrorCode code)
{
    static const char* const names[] = {"None",        "InvalidInput", "NotFound",   "AlreadyExists",
                                        "NotAllowed",  "WrongState",   "AuthFailed", "AccountNotActive",
                                        "Unavailable", "Conflict",     "Cancelled",  "Internal"};
    const auto i = static_cast<size_t>(code);
    return qstrdup(i < sizeof(names) / sizeof(names[0]) ? names[i] : "?");
}

} // namespace Elect

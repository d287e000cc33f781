#pragma once

#include "TestPaths.h"

#include <QDir>
#include <QString>
#include <QTest>

namespace Elect::Test {

/// The folder with the providers' OpenAPI descriptions and vectors: $ELECT_SPECS_DIR, else
/// ../shared/specs beside the project. Empty when neither exists.
inline QString specsDir()
{
    const QString fromEnv = qEnvironmentVariable("ELECT_SPECS_DIR");
    for (const QString& dir : {fromEnv, QStringLiteral(ELECT_SPECS_DIR)}) {
        if (!dir.isEmpty() && QDir(dir).exists())
            return QDir(dir).absolutePath();
    }
    return {};
}

} // namespace Elect::Test

/// Skips a test outside CI when the specs are missing (a checkout outside this setup); in CI a
/// missing folder fails the test, so nothing is skipped there.
#define ELECT_REQUIRE_SPECS(dir)                                                                                       \
    do {                                                                                                               \
        if ((dir).isEmpty()) {                                                                                         \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL("The providers' specs are missing: set ELECT_SPECS_DIR or place shared/specs beside the "        \
                      "project.");                                                                                     \
            QSKIP("The providers' specs are missing (set ELECT_SPECS_DIR); skipped outside CI.");                      \
        }                                                                                                              \
    } while (false)

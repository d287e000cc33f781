#pragma once

#include "apps/cli/Command.h"

#include <memory>
#include <vector>

namespace Elect::Cli {

/// Every command of `elect`, in the order "elect --help" lists them: the one table of commands.
const std::vector<std::unique_ptr<const Command>>& commands();

/// The command named \a name ("org accept"), or null.
const Command* findCommand(const QString& name);

} // namespace Elect::Cli

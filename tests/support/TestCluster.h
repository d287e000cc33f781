#pragma once

#include "core/devtools/ScratchCluster.h"

namespace Elect::Test {

/// A throwaway cluster for one test (see ScratchCluster): tests never touch a user's database.
using TestCluster = ScratchCluster;

} // namespace Elect::Test

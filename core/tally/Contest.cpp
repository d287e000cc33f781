#include "core/tally/Contest.h"

namespace Elect::Tally {

bool isRankedMethod(CountingMethod method)
{
    return method == CountingMethod::Irv || method == CountingMethod::Stv;
}

} // namespace Elect::Tally

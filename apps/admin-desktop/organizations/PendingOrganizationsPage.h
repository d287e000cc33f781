#pragma once

// The first name of the organizations page, from when it listed only the organizations waiting for
// review; kept so that code written against it reads on. New code names OrganizationsPage.
#include "organizations/OrganizationsPage.h"

namespace Elect {
using PendingOrganizationsPage = OrganizationsPage;
} // namespace Elect

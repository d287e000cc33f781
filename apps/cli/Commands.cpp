#include "apps/cli/Commands.h"

#include "apps/cli/commands/AuditKeygen.h"
#include "apps/cli/commands/AuditVerify.h"
#include "apps/cli/commands/BenchAdmin.h"
#include "apps/cli/commands/BenchCast.h"
#include "apps/cli/commands/BenchImport.h"
#include "apps/cli/commands/BenchOutbox.h"
#include "apps/cli/commands/BenchTally.h"
#include "apps/cli/commands/DbInit.h"
#include "apps/cli/commands/DbMigrate.h"
#include "apps/cli/commands/DbStatus.h"
#include "apps/cli/commands/Demo.h"
#include "apps/cli/commands/ElectionCancel.h"
#include "apps/cli/commands/ElectionCreate.h"
#include "apps/cli/commands/ElectionList.h"
#include "apps/cli/commands/ElectionPublish.h"
#include "apps/cli/commands/Import.h"
#include "apps/cli/commands/KioskDisable.h"
#include "apps/cli/commands/KioskEnable.h"
#include "apps/cli/commands/OrgAccept.h"
#include "apps/cli/commands/OrgList.h"
#include "apps/cli/commands/OrgRegister.h"
#include "apps/cli/commands/OrgReject.h"
#include "apps/cli/commands/OrgVerify.h"
#include "apps/cli/commands/OutboxList.h"
#include "apps/cli/commands/OutboxRetry.h"
#include "apps/cli/commands/PricingList.h"
#include "apps/cli/commands/PricingRemove.h"
#include "apps/cli/commands/PricingSet.h"
#include "apps/cli/commands/Results.h"
#include "apps/cli/commands/Serve.h"
#include "apps/cli/commands/ServerStart.h"
#include "apps/cli/commands/ServerStatus.h"
#include "apps/cli/commands/ServerStop.h"
#include "apps/cli/commands/SysadminCreate.h"
#include "apps/cli/commands/TallyFile.h"
#include "apps/cli/commands/Wallet.h"
#include "apps/cli/commands/WalletTopUp.h"

namespace Elect::Cli {

namespace {

template <typename... C>
std::vector<std::unique_ptr<const Command>> make()
{
    std::vector<std::unique_ptr<const Command>> table;
    (table.push_back(std::make_unique<const C>()), ...);
    return table;
}

} // namespace

const std::vector<std::unique_ptr<const Command>>& commands()
{
    static const auto table =
        make<DbInit, DbMigrate, DbStatus, ServerStart, ServerStop, ServerStatus, SysadminCreate, OrgRegister, OrgVerify,
             OrgAccept, OrgReject, OrgList, ElectionCreate, ElectionList, ElectionPublish, ElectionCancel, Import,
             KioskDisable, KioskEnable, TallyFile, Results, Wallet, WalletTopUp, PricingList, PricingSet, PricingRemove,
             Serve, ServeCheck, AuditKeygen, AuditVerify, OutboxList, OutboxRetry, BenchTally, BenchImport, BenchOutbox,
             BenchCast, BenchAdmin, Demo>();
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const auto& c : commands()) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

} // namespace Elect::Cli

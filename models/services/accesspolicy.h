#pragma once

#include "core/result.h"
#include "services/role.h"

#include <QCoreApplication>

namespace Nigran::Models {

/// The role × action matrix. The services call require() before every action; the UI only reflects it.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::AccessPolicy)

public:
    static bool allows(Role role, Action action);
    /// PermissionDenied with a translated message naming the role and the action.
    [[nodiscard]] static Result<> require(Role role, Action action);
};

} // namespace Nigran::Models

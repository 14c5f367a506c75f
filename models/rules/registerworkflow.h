#pragma once

#include "core/result.h"
#include "services/role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// States of a register entry (DOMAIN.md "Workflows").
enum class RegisterStatus
{
    Draft,
    Verified,
    Returned,
    Submitted,
    Acknowledged,
    InCustody,
    ReleasedMonitored,
    NonCompliant,
    Absconded,
    Ended,
};

enum class EndReason
{
    TermExpired,
    AcquittedOnAppeal,
    Deceased
};

/// One allowed step: who may take it (by action) and whether a reason must be given.
struct WorkflowTransition
{
    RegisterStatus from;
    RegisterStatus to;
    Action action;
    bool needsReason;
};

/// The register-entry state machine. Illegal steps are refused with a translated message;
/// the service records every step taken as an audited transition record.
class RegisterWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RegisterWorkflow)

public:
    static const QList<WorkflowTransition> &transitions();
    static std::optional<WorkflowTransition> find(RegisterStatus from, RegisterStatus to);
    /// Checks that `role` may move an entry from `from` to `to` with this reason.
    [[nodiscard]] static Result<WorkflowTransition> check(
        RegisterStatus from, RegisterStatus to, Role role, const QString &reason);
    static QList<RegisterStatus> nextStates(RegisterStatus from, Role role);

    static QString key(RegisterStatus status);
    static std::optional<RegisterStatus> statusFromKey(const QString &key);
    static QString displayName(RegisterStatus status);
    static QString key(EndReason reason);
    static std::optional<EndReason> endReasonFromKey(const QString &key);
    static QString displayName(EndReason reason);
    static QList<RegisterStatus> allStatuses();
};

} // namespace Nigran::Models

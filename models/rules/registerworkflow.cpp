#include "rules/registerworkflow.h"

#include "core/enumkeys.h"
#include "services/accesspolicy.h"

namespace Nigran::Models {

namespace {

constexpr EnumKey<RegisterStatus> statusNames[] = {
    { RegisterStatus::Draft, "draft" },
    { RegisterStatus::Verified, "verified" },
    { RegisterStatus::Returned, "returned" },
    { RegisterStatus::Submitted, "submitted" },
    { RegisterStatus::Acknowledged, "acknowledged" },
    { RegisterStatus::InCustody, "in-custody" },
    { RegisterStatus::ReleasedMonitored, "released-monitored" },
    { RegisterStatus::NonCompliant, "non-compliant" },
    { RegisterStatus::Absconded, "absconded" },
    { RegisterStatus::Ended, "ended" },
};

constexpr EnumKey<EndReason> endReasonNames[] = {
    { EndReason::TermExpired, "term-expired" },
    { EndReason::AcquittedOnAppeal, "acquitted-on-appeal" },
    { EndReason::Deceased, "deceased" },
};

} // namespace

const QList<WorkflowTransition> &RegisterWorkflow::transitions()
{
    using S = RegisterStatus;
    using A = Action;
    // An office may be offline for months: custody can be recorded once an entry is verified,
    // without waiting for the centre's acknowledgement.
    static const QList<WorkflowTransition> table {
        { S::Draft, S::Verified, A::VerifyEntry, false },
        { S::Draft, S::Returned, A::ReturnEntry, true },
        { S::Returned, S::Draft, A::EditDraft, false },
        { S::Returned, S::Verified, A::VerifyEntry, false },
        { S::Verified, S::Submitted, A::SubmitEntry, false },
        { S::Verified, S::Returned, A::ReturnEntry, true },
        { S::Submitted, S::Acknowledged, A::AcknowledgeEntry, false },
        { S::Submitted, S::Returned, A::ReturnEntry, true },
        { S::Verified, S::InCustody, A::RecordCustody, false },
        { S::Submitted, S::InCustody, A::RecordCustody, false },
        { S::Acknowledged, S::InCustody, A::RecordCustody, false },
        { S::InCustody, S::ReleasedMonitored, A::RecordRelease, false },
        { S::ReleasedMonitored, S::NonCompliant, A::ChangeCompliance, true },
        { S::ReleasedMonitored, S::Absconded, A::ChangeCompliance, true },
        { S::NonCompliant, S::ReleasedMonitored, A::ChangeCompliance, true },
        { S::NonCompliant, S::Absconded, A::ChangeCompliance, true },
        { S::Absconded, S::InCustody, A::RecordCustody, true },
        { S::Absconded, S::ReleasedMonitored, A::ChangeCompliance, true },
        { S::ReleasedMonitored, S::InCustody, A::RecordCustody, true },
        { S::Acknowledged, S::Ended, A::EndEntry, true },
        { S::InCustody, S::Ended, A::EndEntry, true },
        { S::ReleasedMonitored, S::Ended, A::EndEntry, true },
        { S::NonCompliant, S::Ended, A::EndEntry, true },
        { S::Absconded, S::Ended, A::EndEntry, true },
    };
    return table;
}

std::optional<WorkflowTransition> RegisterWorkflow::find(RegisterStatus from, RegisterStatus to)
{
    for (const WorkflowTransition &step : transitions())
        if (step.from == from && step.to == to)
            return step;
    return std::nullopt;
}

Result<WorkflowTransition> RegisterWorkflow::check(
    RegisterStatus from, RegisterStatus to, Role role, const QString &reason)
{
    const auto step = find(from, to);
    if (!step)
        return fail(ErrorCode::IllegalTransition,
            tr("An entry that is %1 cannot become %2.").arg(displayName(from), displayName(to)));
    NIGRAN_TRY(AccessPolicy::require(role, step->action));
    if (step->needsReason && reason.trimmed().isEmpty())
        return fail(Error::invalid({ { QStringLiteral("reason"),
            tr("Reason: please say why the entry becomes %1.").arg(displayName(to)) } }));
    return *step;
}

QList<RegisterStatus> RegisterWorkflow::nextStates(RegisterStatus from, Role role)
{
    QList<RegisterStatus> next;
    for (const WorkflowTransition &step : transitions())
        if (step.from == from && AccessPolicy::allows(role, step.action))
            next << step.to;
    return next;
}

QString RegisterWorkflow::key(RegisterStatus status)
{
    return keyOf(statusNames, status);
}

std::optional<RegisterStatus> RegisterWorkflow::statusFromKey(const QString &key)
{
    return valueOf(statusNames, key);
}

QString RegisterWorkflow::displayName(RegisterStatus status)
{
    switch (status) {
    case RegisterStatus::Draft:
        return tr("draft");
    case RegisterStatus::Verified:
        return tr("verified");
    case RegisterStatus::Returned:
        return tr("returned");
    case RegisterStatus::Submitted:
        return tr("submitted to the centre");
    case RegisterStatus::Acknowledged:
        return tr("acknowledged by the centre");
    case RegisterStatus::InCustody:
        return tr("in custody");
    case RegisterStatus::ReleasedMonitored:
        return tr("released and monitored");
    case RegisterStatus::NonCompliant:
        return tr("non-compliant");
    case RegisterStatus::Absconded:
        return tr("absconded");
    case RegisterStatus::Ended:
        return tr("ended");
    }
    return {};
}

QString RegisterWorkflow::key(EndReason reason)
{
    return keyOf(endReasonNames, reason);
}

std::optional<EndReason> RegisterWorkflow::endReasonFromKey(const QString &key)
{
    return valueOf(endReasonNames, key);
}

QString RegisterWorkflow::displayName(EndReason reason)
{
    switch (reason) {
    case EndReason::TermExpired:
        return tr("term expired");
    case EndReason::AcquittedOnAppeal:
        return tr("acquitted on appeal");
    case EndReason::Deceased:
        return tr("deceased");
    }
    return {};
}

QList<RegisterStatus> RegisterWorkflow::allStatuses()
{
    return valuesOf(statusNames);
}

} // namespace Nigran::Models

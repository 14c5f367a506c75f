#include "services/accesspolicy.h"

namespace Nigran::Models {

bool AccessPolicy::allows(Role role, Action action)
{
    using enum Action;
    switch (role) {
    case Role::Prosecutor:
        // No monitoring: tracks and alerts are the supervisor's; a prosecutor needing an offender's
        // track for a case gets the supervisor's exported report (ExportReport).
        switch (action) {
        case ViewRecord:
        case CreateRecord:
        case EditDraft:
        case CorrectVerified:
        case RecordCustody:
        case ExportReport:
            return true;
        default:
            return false;
        }
    case Role::DistrictSupervisor:
        switch (action) {
        case ViewRecord:
        case ViewSealedRecord:
        case CreateRecord:
        case EditDraft:
        case CorrectVerified:
        case VerifyEntry:
        case ReturnEntry:
        case SubmitEntry:
        case RecordCustody:
        case RecordRelease:
        case ManageMonitoring:
        case ReviewMonitoring:
        case TriageAlert:
        case ChangeCompliance:
        case EndEntry:
        case SealOnAcquittal:
        case ExportReport:
        case ViewAuditLog:
            return true;
        default:
            return false;
        }
    case Role::OfficeAdministrator:
        // Users and enrolment only: no case data, not even reading it.
        return action == ManageUsers || action == ResetPassword || action == ViewAuditLog
            || action == VerifyAuditChain;
    case Role::CentreAnalyst:
        // Monitoring read-only (the client at the centre): triage stays with the district's supervisor.
        return action == ViewRecord || action == AcknowledgeEntry || action == ReturnEntry
            || action == ExportReport || action == ReviewMonitoring;
    case Role::CentreAuditor:
        return action == ViewRecord || action == ViewSealedRecord || action == ViewAuditLog
            || action == VerifyAuditChain;
    }
    return false;
}

Result<> AccessPolicy::require(Role role, Action action)
{
    if (allows(role, action))
        return {};
    return fail(ErrorCode::PermissionDenied,
        tr("A %1 may not %2.").arg(RoleNames::displayName(role), RoleNames::displayName(action)));
}

} // namespace Nigran::Models

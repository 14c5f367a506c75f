#include "services/role.h"

#include "core/enumkeys.h"

namespace Nigran::Models {

namespace {

constexpr EnumKey<Role> roleNames[] = {
    { Role::Prosecutor, "prosecutor" },
    { Role::DistrictSupervisor, "district-supervisor" },
    { Role::OfficeAdministrator, "office-administrator" },
    { Role::CentreAnalyst, "centre-analyst" },
    { Role::CentreAuditor, "centre-auditor" },
};

constexpr EnumKey<Action> actionNames[] = {
    { Action::ViewRecord, "view-record" },
    { Action::ViewSealedRecord, "view-sealed-record" },
    { Action::CreateRecord, "create-record" },
    { Action::EditDraft, "edit-draft" },
    { Action::CorrectVerified, "correct-verified" },
    { Action::VerifyEntry, "verify-entry" },
    { Action::ReturnEntry, "return-entry" },
    { Action::SubmitEntry, "submit-entry" },
    { Action::AcknowledgeEntry, "acknowledge-entry" },
    { Action::RecordCustody, "record-custody" },
    { Action::RecordRelease, "record-release" },
    { Action::ManageMonitoring, "manage-monitoring" },
    { Action::ReviewMonitoring, "review-monitoring" },
    { Action::TriageAlert, "triage-alert" },
    { Action::ChangeCompliance, "change-compliance" },
    { Action::EndEntry, "end-entry" },
    { Action::SealOnAcquittal, "seal-on-acquittal" },
    { Action::ExportReport, "export-report" },
    { Action::ManageUsers, "manage-users" },
    { Action::ResetPassword, "reset-password" },
    { Action::ViewAuditLog, "view-audit-log" },
    { Action::VerifyAuditChain, "verify-audit-chain" },
};

} // namespace

QString RoleNames::key(Role role)
{
    return keyOf(roleNames, role);
}

std::optional<Role> RoleNames::fromKey(const QString &key)
{
    return valueOf(roleNames, key);
}

QString RoleNames::displayName(Role role)
{
    switch (role) {
    case Role::Prosecutor:
        return tr("Prosecutor");
    case Role::DistrictSupervisor:
        return tr("District supervisor (DPP)");
    case Role::OfficeAdministrator:
        return tr("Office administrator");
    case Role::CentreAnalyst:
        return tr("Centre analyst");
    case Role::CentreAuditor:
        return tr("Centre auditor");
    }
    return {};
}

QString RoleNames::key(Action action)
{
    return keyOf(actionNames, action);
}

QString RoleNames::displayName(Action action)
{
    switch (action) {
    case Action::ViewRecord:
        return tr("view a register record");
    case Action::ViewSealedRecord:
        return tr("view a sealed record");
    case Action::CreateRecord:
        return tr("create a record");
    case Action::EditDraft:
        return tr("edit a draft");
    case Action::CorrectVerified:
        return tr("correct a verified record");
    case Action::VerifyEntry:
        return tr("verify an entry");
    case Action::ReturnEntry:
        return tr("return an entry with reasons");
    case Action::SubmitEntry:
        return tr("submit an entry to the centre");
    case Action::AcknowledgeEntry:
        return tr("acknowledge an entry");
    case Action::RecordCustody:
        return tr("record custody");
    case Action::RecordRelease:
        return tr("record a release");
    case Action::ManageMonitoring:
        return tr("manage monitoring orders");
    case Action::ReviewMonitoring:
        return tr("review tracks and alerts");
    case Action::TriageAlert:
        return tr("triage an alert");
    case Action::ChangeCompliance:
        return tr("change compliance status");
    case Action::EndEntry:
        return tr("end a register entry");
    case Action::SealOnAcquittal:
        return tr("seal an entry after acquittal");
    case Action::ExportReport:
        return tr("export a report");
    case Action::ManageUsers:
        return tr("manage users");
    case Action::ResetPassword:
        return tr("reset a password");
    case Action::ViewAuditLog:
        return tr("view the audit log");
    case Action::VerifyAuditChain:
        return tr("verify the audit chain");
    }
    return {};
}

QList<Role> RoleNames::allRoles()
{
    return valuesOf(roleNames);
}

QList<Action> RoleNames::allActions()
{
    return valuesOf(actionNames);
}

} // namespace Nigran::Models

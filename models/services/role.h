#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// Nigran roles (DOMAIN.md "People and roles").
enum class Role
{
    Prosecutor, ///< enters and edits drafts
    DistrictSupervisor, ///< the DPP: verifies entries, reviews tracks and alerts
    OfficeAdministrator, ///< users and enrolment; no case data
    CentreAnalyst,
    CentreAuditor,
};

/// What a user asks the core to do. Every service call names one and is checked against the policy.
enum class Action
{
    ViewRecord,
    ViewSealedRecord,
    CreateRecord,
    EditDraft,
    CorrectVerified,
    VerifyEntry,
    ReturnEntry,
    SubmitEntry,
    AcknowledgeEntry,
    RecordCustody,
    RecordRelease,
    ManageMonitoring, ///< monitoring orders and their zones; importing fix files
    ReviewMonitoring, ///< tracks, alerts and crime-scene correlation (read; views are audited)
    TriageAlert, ///< move an alert along the triage workflow, add notes
    ChangeCompliance,
    EndEntry,
    SealOnAcquittal,
    ExportReport,
    ManageUsers,
    ResetPassword,
    ViewAuditLog,
    VerifyAuditChain,
};

class RoleNames
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::RoleNames)

public:
    static QString key(Role role); ///< stable machine name stored in the database
    static std::optional<Role> fromKey(const QString &key);
    static QString displayName(Role role); ///< translated
    static QString key(Action action);
    static QString displayName(Action action); ///< translated
    static QList<Role> allRoles();
    static QList<Action> allActions();
};

} // namespace Nigran::Models

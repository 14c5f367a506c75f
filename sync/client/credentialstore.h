#pragma once

#include "core/result.h"
#include "pki/officecredentials.h"

#include <QCoreApplication>

#include <optional>

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {

/// Keeps the office's sync credentials (OfficeCredentials: certificate, private key, the centre's CA and
/// URL) inside the encrypted office store, in `meta`, never in a plain file or the settings.
///
/// Enrolment and removal are administrator actions (Action::ManageUsers, the office administrator's
/// own action), each written in one transaction with its audit entry ("sync-enrol", "sync-unenrol",
/// ids and dates only). Enrolment refuses a bundle for another office or district, and an expired one.
/// Reading them (to sync) is allowed to every signed-in user.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CredentialStore)

public:
    /// The stored credentials, or nullopt when the office is not enrolled.
    [[nodiscard]] static Models::Result<std::optional<OfficeCredentials>> load(Models::Office &office);
    [[nodiscard]] static Models::Result<bool> isEnrolled(Models::Office &office);
    /// Stores (or replaces) the credentials; audited.
    [[nodiscard]] static Models::Result<> enrol(Models::Office &office, const OfficeCredentials &credentials);
    /// Forgets the credentials; audited. Removing when not enrolled is not an error.
    [[nodiscard]] static Models::Result<> remove(Models::Office &office);

    CredentialStore() = delete;
};

} // namespace Nigran::Sync

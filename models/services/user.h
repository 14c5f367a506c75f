#pragma once

#include "services/role.h"

#include <QString>

namespace Nigran::Models {

struct User
{
    QString login;
    QString displayName;
    Role role = Role::Prosecutor;
    bool active = true;
};

/// What creating an office needs: where it is, and its first administrator.
struct OfficeSetup
{
    QString district; ///< district code, e.g. "PB-LHR"
    QString officeName; ///< e.g. "District Public Prosecutor, Lahore"
    QString adminLogin;
    QString adminDisplayName;
    QString adminPassword;
};

} // namespace Nigran::Models

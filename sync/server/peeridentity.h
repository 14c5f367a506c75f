#pragma once

#include <QString>

namespace Nigran::Sync {

/// Who is on the other end of a mutual-TLS connection, read from its verified certificate
/// (SECURITY.md: scope comes from the certificate, never from a request parameter).
struct PeerIdentity
{
    enum class Kind
    {
        Office,
        Vendor,
    };
    Kind kind = Kind::Office;
    QString id; ///< office id or vendor id
    QString district; ///< district code for offices; empty for vendors
    QString serial; ///< certificate serial number, hex
};

} // namespace Nigran::Sync

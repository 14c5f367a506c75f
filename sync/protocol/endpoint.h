#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Nigran::Sync {

/// The endpoints of the sync protocol (messages.h), all POST.
enum class Endpoint
{
    Handshake, ///< /v1/handshake
    Push, ///< /v1/push
    Pull, ///< /v1/pull
    Fixes, ///< /v1/fixes
};

/// Every endpoint of an office certificate: the routes a centre serves to offices.
inline constexpr std::array<Endpoint, 4> OfficeEndpoints { Endpoint::Handshake, Endpoint::Push,
    Endpoint::Pull, Endpoint::Fixes };

inline QString endpointPath(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Handshake:
        return QStringLiteral("/v1/handshake");
    case Endpoint::Push:
        return QStringLiteral("/v1/push");
    case Endpoint::Pull:
        return QStringLiteral("/v1/pull");
    case Endpoint::Fixes:
        break;
    }
    return QStringLiteral("/v1/fixes");
}

/// The endpoint of a request path, or nothing for another path.
inline std::optional<Endpoint> endpointForPath(const QString &path)
{
    for (Endpoint endpoint : OfficeEndpoints) {
        if (path == endpointPath(endpoint))
            return endpoint;
    }
    return std::nullopt;
}

} // namespace Nigran::Sync

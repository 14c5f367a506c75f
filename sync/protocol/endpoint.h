#pragma once

#include <QString>

#include <optional>

namespace Nigran::Sync {

/// The three endpoints of the sync protocol (messages.h), all POST.
enum class Endpoint
{
    Handshake, ///< /v1/handshake
    Push, ///< /v1/push
    Pull, ///< /v1/pull
};

inline QString endpointPath(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Handshake:
        return QStringLiteral("/v1/handshake");
    case Endpoint::Push:
        return QStringLiteral("/v1/push");
    case Endpoint::Pull:
        break;
    }
    return QStringLiteral("/v1/pull");
}

/// The endpoint of a request path, or nothing for another path.
inline std::optional<Endpoint> endpointForPath(const QString &path)
{
    for (Endpoint endpoint : { Endpoint::Handshake, Endpoint::Push, Endpoint::Pull }) {
        if (path == endpointPath(endpoint))
            return endpoint;
    }
    return std::nullopt;
}

} // namespace Nigran::Sync

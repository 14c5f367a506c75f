#pragma once

#include <QByteArray>

namespace Nigran::Sync {

/// What a centre route answers: HTTP status, content type and body.
struct Reply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
    QByteArray body;

    static Reply json(QByteArray body, int status = 200)
    {
        return { status, QByteArrayLiteral("application/json"), std::move(body) };
    }
    static Reply text(QByteArray body, int status)
    {
        return { status, QByteArrayLiteral("text/plain; charset=utf-8"), std::move(body) };
    }
};

} // namespace Nigran::Sync

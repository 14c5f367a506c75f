#pragma once

// Small helpers shared by the unit tests (header-only; links nothing beyond nigran_models).

#include "core/result.h"

#include <QFile>
#include <QTest>

/// Fails the current test with the error's message when a Result holds an error.
#define NIGRAN_VERIFY_OK(expr)                                                                               \
    do {                                                                                                     \
        const auto &nigranResult_ = (expr);                                                                  \
        if (!nigranResult_)                                                                                  \
            QFAIL(qPrintable(                                                                                \
                QStringLiteral("%1 failed: %2").arg(QStringLiteral(#expr), nigranResult_.error().message))); \
    } while (false)

namespace Nigran::Testing {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace Nigran::Testing

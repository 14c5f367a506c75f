#pragma once

// Locates tests/data/monitoring for the monitoring tests: $NIGRAN_MONITORING_DATA, else the first
// tests/data/monitoring found walking up from the test binary (build trees live inside the source tree).

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Nigran::Testing {

inline QString monitoringSample(const QString &name)
{
    const QString fromEnvironment = qEnvironmentVariable("NIGRAN_MONITORING_DATA");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).filePath(name);
    QDir dir(QCoreApplication::applicationDirPath());
    for (int up = 0; up < 6; ++up) {
        const QString candidate = dir.filePath(QStringLiteral("tests/data/monitoring/") + name);
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace Nigran::Testing

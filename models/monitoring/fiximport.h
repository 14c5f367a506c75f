#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Nigran::Models {

/// Entry point of the client's file import of fixes (offices with no link): detects the format and
/// runs the matching parser. Every parser returns all fixes or an error naming file, line and what is
/// wrong, never a part of the file.
class FixImport
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::FixImport)

public:
    enum class Format
    {
        Nmea,
        Gpx,
        Csv,
    };

    static constexpr qint64 MaxFileBytes = qint64(1) << 30; ///< 1 GiB

    /// Guesses the format from the first bytes, then from the file name's suffix.
    static std::optional<Format> detect(QByteArrayView head, const QString &fileName);

    [[nodiscard]] static Result<QList<Fix>> parse(
        Format format, QByteArrayView data, const QString &fileName, const QString &deviceId);
    /// Reads and parses `path`; `deviceId` is used where the file names no device.
    [[nodiscard]] static Result<QList<Fix>> importFile(const QString &path, const QString &deviceId);

    /// "track.nmea, line 12: the checksum is 4A but the sentence adds up to 4B" — for the parsers.
    static Error lineError(const QString &fileName, qint64 line, const QString &what);
    /// Fixes must go forward in time: the error for a fix at `line` that is older than the one before.
    static Error backwardsError(
        const QString &fileName, qint64 line, const QDateTime &time, const QDateTime &previous);
};

} // namespace Nigran::Models

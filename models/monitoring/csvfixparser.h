#pragma once

#include "core/result.h"
#include "monitoring/fix.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nigran::Models {

/// Reads fixes from a CSV file (RFC 4180: comma-separated, optional "quoted" fields with "" for a
/// quote and line breaks inside quotes; a UTF-8 byte-order mark is skipped). The first row names the
/// columns, in any order and case; unknown columns are ignored. Documented names (aliases after /):
///
/// | column                          | content                                                   |
/// |---------------------------------|-----------------------------------------------------------|
/// | fix_time / time (required)      | ISO 8601 with zone (2026-03-01T10:15:00Z, …+05:00)        |
/// | lat / latitude (required)       | decimal degrees, −90…90                                   |
/// | lon / lng / longitude (required)| decimal degrees, −180…180                                 |
/// | device_id / device              | tag id; the importer's device id when absent or empty     |
/// | device_time, received_time      | ISO 8601 with zone                                        |
/// | accuracy_m / accuracy           | metres                                                    |
/// | hdop                            | used when there is no accuracy (× Fix::HdopToMetres)      |
/// | speed_mps / speed               | metres per second; speed_kmh in km/h                      |
/// | source / provider               | gps, cell / network, wifi                                 |
/// | battery / battery_percent       | 0–100                                                     |
/// | strap                           | closed, open, unknown                                     |
///
/// Empty optional fields are "unknown". Rows must be in time order.
class CsvFixParser
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Models::CsvFixParser)

public:
    [[nodiscard]] static Result<QList<Fix>> parse(
        QByteArrayView data, const QString &fileName, const QString &deviceId);
};

} // namespace Nigran::Models

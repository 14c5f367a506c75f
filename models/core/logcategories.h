#pragma once

#include <QLoggingCategory>

namespace Nigran::Models {

// Nigran's logging categories. Enable debug output with QT_LOGGING_RULES="nigran.*.debug=true".
// What a log line may carry is ruled in applog.h: ids and counts, never personal data.

/// The encrypted store: opening, migrations, transactions, integrity checks.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
/// Synchronisation with the centre.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
/// The user interface (defined here so that every library logs under one tree).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace Nigran::Models

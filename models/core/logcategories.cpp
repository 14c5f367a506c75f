#include "core/logcategories.h"

namespace Nigran::Models {

// Debug messages are off unless enabled by a logging rule; information and above are on.
Q_LOGGING_CATEGORY(lcStore, "nigran.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "nigran.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "nigran.ui", QtInfoMsg)

} // namespace Nigran::Models

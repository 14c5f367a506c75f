#pragma once

#include "core/result.h"
#include "protocol/messages.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Nigran::Models {
class Office;
}

namespace Nigran::Sync {

struct SyncReport;

/// The last step of a sync: tag fixes of the district's devices flowing down from the centre
/// (Endpoint::Fixes) into the office's FixStore, page by page.
///
/// Feed: the centre's fixes after the cursor (meta "fixes.cursor"), within the window. History ("older
/// on demand"): a device of one of the office's monitoring orders whose history has not been fetched
/// yet (meta "fixes.history.<device>" is not "done") is asked for, one device per request, from the
/// start of the window (or where a cut page stopped, kept in the same meta key); it covers the fixes
/// the centre received before the device was assigned to this district, which the feed has passed.
/// Each page is one transaction: its fixes (idempotent on device and fix time), the new cursor, the
/// history progress and an audit entry (counts only) commit together or not at all.
///
/// One object per sync run: a history device the centre does not (yet) assign to this district is
/// asked for once per run only.
class FixPull
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::FixPull)

public:
    static constexpr int DefaultWindowDays = 90; ///< SYNC: fixes flow down for 90 days by default
    static constexpr int DefaultPageSize = 20000; ///< fixes per page (about 300 kB on the wire)
    static const QString CursorKey; ///< "fixes.cursor"
    static QString historyKey(const QString &deviceId); ///< "fixes.history.<device>"
    static const QString HistoryDone; ///< "done"

    explicit FixPull(
        Models::Office &office, int windowDays = DefaultWindowDays, int pageSize = DefaultPageSize);

    /// The next request; call after the previous response was applied.
    [[nodiscard]] Models::Result<FixPullRequest> nextRequest();
    /// Checks and stores a response to `request`; returns whether to ask again.
    [[nodiscard]] Models::Result<bool> apply(
        const FixPullRequest &request, const QByteArray &bytes, SyncReport &report);

    /// Devices of the office's live monitoring orders (its district), sorted.
    [[nodiscard]] static Models::Result<QStringList> orderDevices(Models::Office &office);

private:
    Models::Office &m_office;
    int m_windowDays;
    int m_pageSize;
    QSet<QString> m_skipped; ///< history devices the centre did not serve in this run
    std::optional<QStringList> m_devices; ///< orderDevices(), read once per run
};

} // namespace Nigran::Sync

#pragma once

#include <QString>
#include <QtGlobal>

namespace Nigran::Models {

/// The application log: a Qt message handler that writes every message that passes the logging
/// rules as one line, "<UTC time> <LEVEL> <category>: <message>", to stderr and to
/// `<directory>/logs/nigran.log`.
///
/// The file is rotated by size: when the next line would take it past the limit (1 MiB), nigran.log
/// becomes nigran.log.1, nigran.log.1 becomes nigran.log.2 and so on, and the oldest is deleted, so
/// that at most `fileCount` files (3) exist. Every line is written straight to the file (no buffer),
/// so a crash loses nothing already logged. The files are created readable by their owner only.
///
/// **What a log message may carry: ids and counts, never personal data.** The log is not
/// encrypted and is the first thing copied off a machine for support, so a message may name record
/// ids (UUIDs), office ids, district codes, table names, counts, durations, error codes and logins of
/// staff, but never a name (Latin or Urdu, of a person or a parent), a CNIC or passport number, an
/// FIR number, an address, a phone number, a description or any other field of a record — not even
/// in a debug message, and not inside an error text that quotes input. Log "saved person 3f2a…", not
/// "saved Zarqoon Namoona". The plaintext scan test (tst_plaintextscan) checks this on a seeded office.
///
/// Use the categories of logcategories.h: `qCInfo(lcStore) << "migrated to version" << version;`
class AppLog
{
public:
    static constexpr qint64 DefaultMaxFileBytes = qint64(1) << 20;
    static constexpr int DefaultFileCount = 3;

    /// Installs the handler and (re)opens `<directory>/logs/nigran.log`, creating the folder. Calling
    /// it again moves the log to another directory. If the file cannot be opened, messages still go
    /// to stderr.
    static void install(const QString &directory);
    /// As install(directory), with another rotation size and number of files (at least one).
    static void install(const QString &directory, qint64 maxFileBytes, int fileCount);
    /// Restores the previous message handler and closes the file.
    static void uninstall();
    /// The path of the current log file; empty when not installed or the file could not be opened.
    static QString filePath();

    AppLog() = delete;
};

} // namespace Nigran::Models

#include "core/applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace Nigran::Models {

namespace {

/// Everything the handler uses. Allocated once and never destroyed, so that a message logged while
/// static objects are being destroyed at exit still finds it.
struct LogState
{
    QMutex mutex;
    QFile file;
    qint64 fileSize = 0;
    qint64 maxFileBytes = AppLog::DefaultMaxFileBytes;
    int fileCount = AppLog::DefaultFileCount;
    bool installed = false;
    QtMessageHandler previous = nullptr;
};

LogState &logState()
{
    static LogState *const state = new LogState;
    return *state;
}

/// Set while this thread writes a line, so that a message raised by the writing itself goes to
/// stderr only instead of deadlocking on the mutex.
thread_local bool writing = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO ";
    case QtWarningMsg:
        return "WARN ";
    case QtCriticalMsg:
        return "CRIT ";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?    ";
}

QByteArray formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line += ' ';
    line += levelName(type);
    line += ' ';
    line += context.category ? context.category : "default";
    line += ": ";
    // One message, one line: a line break inside a message would let it forge further lines.
    QByteArray text = message.toUtf8();
    text.replace('\r', "\\r").replace('\n', "\\n");
    line += text;
    line += '\n';
    return line;
}

QString rotatedPath(const QString &path, int index)
{
    return index == 0 ? path : QStringLiteral("%1.%2").arg(path).arg(index);
}

bool openLogFile(LogState &state)
{
    if (!state.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    state.fileSize = state.file.size();
    return true;
}

/// nigran.log → nigran.log.1 → … → nigran.log.<fileCount - 1>, the oldest deleted; then a new file.
void rotate(LogState &state)
{
    const QString path = state.file.fileName();
    state.file.close();
    QFile::remove(rotatedPath(path, state.fileCount - 1));
    for (int index = state.fileCount - 2; index >= 0; --index)
        QFile::rename(rotatedPath(path, index), rotatedPath(path, index + 1));
    state.file.setFileName(path);
    openLogFile(state);
}

void writeLine(LogState &state, const QByteArray &line)
{
    if (!state.file.isOpen())
        return;
    if (state.fileSize > 0 && state.fileSize + line.size() > state.maxFileBytes) {
        rotate(state);
        if (!state.file.isOpen())
            return;
    }
    const qint64 written = state.file.write(line);
    if (written > 0)
        state.fileSize += written;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = formatLine(type, context, message);
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
    if (writing)
        return;
    writing = true;
    {
        LogState &state = logState();
        QMutexLocker locker(&state.mutex);
        writeLine(state, line);
    }
    writing = false;
}

} // namespace

void AppLog::install(const QString &directory)
{
    install(directory, DefaultMaxFileBytes, DefaultFileCount);
}

void AppLog::install(const QString &directory, qint64 maxFileBytes, int fileCount)
{
    LogState &state = logState();
    QMutexLocker locker(&state.mutex);
    state.maxFileBytes = std::max<qint64>(maxFileBytes, 1024);
    state.fileCount = std::max(fileCount, 1);
    state.file.close();
    const QDir logs(QDir(directory).filePath(QStringLiteral("logs")));
    if (logs.mkpath(QStringLiteral("."))) {
        state.file.setFileName(logs.filePath(QStringLiteral("nigran.log")));
        openLogFile(state);
    }
    if (!state.installed) {
        state.installed = true;
        state.previous = qInstallMessageHandler(handleMessage);
    }
}

void AppLog::uninstall()
{
    LogState &state = logState();
    QMutexLocker locker(&state.mutex);
    if (!state.installed)
        return;
    qInstallMessageHandler(std::exchange(state.previous, nullptr));
    state.installed = false;
    state.file.close();
}

QString AppLog::filePath()
{
    LogState &state = logState();
    QMutexLocker locker(&state.mutex);
    return state.installed && state.file.isOpen() ? state.file.fileName() : QString();
}

} // namespace Nigran::Models

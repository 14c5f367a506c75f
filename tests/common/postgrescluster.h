#pragma once

// A throwaway PostgreSQL cluster for one test run (header-only; needs QtCore and QtNetwork).
//
// initdb + pg_ctl in a temporary directory, listening on a free TCP port on 127.0.0.1 and on a unix
// socket in that directory, trust authentication for the superuser "nigran", fsync off. PostgreSQL
// refuses to run as root, so as root (CI, sessions) every server program runs as the `postgres` user
// through `runuser -u postgres --` and the directory is handed to that user. Stopped (immediate) and
// removed on destruction.
//
//   Nigran::Testing::PostgresCluster cluster;
//   if (!PostgresCluster::isAvailable())
//       QSKIP(qPrintable(PostgresCluster::unavailableReason()));
//   QVERIFY2(cluster.start(), qPrintable(cluster.lastError()));
//   const QString spec = cluster.createDatabase(QStringLiteral("t1")); // empty on error
//
// Binaries are looked up in $NIGRAN_PG_BINDIR, then /usr/lib/postgresql/15/bin, then `pg_config
// --bindir`.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace Nigran::Testing {

class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster() { stop(); }
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// The directory holding initdb, pg_ctl and createdb; empty when PostgreSQL is not installed.
    static QString binDir()
    {
        QStringList candidates;
        const QString fromEnv = qEnvironmentVariable("NIGRAN_PG_BINDIR");
        if (!fromEnv.isEmpty())
            candidates << fromEnv;
        candidates << QStringLiteral("/usr/lib/postgresql/15/bin");
        const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
        if (!pgConfig.isEmpty()) {
            QProcess process;
            process.start(pgConfig, { QStringLiteral("--bindir") });
            if (process.waitForFinished(10000) && process.exitCode() == 0)
                candidates << QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
        }
        for (const QString &dir : candidates) {
            if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable()
                && QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable()
                && QFileInfo(dir + QStringLiteral("/createdb")).isExecutable())
                return dir;
        }
        return {};
    }

    static bool isAvailable()
    {
        if (binDir().isEmpty())
            return false;
        return ::geteuid() != 0
            || (::getpwnam("postgres") && QFileInfo::exists(QStringLiteral("/sbin/runuser")))
            || (::getpwnam("postgres")
                && !QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty());
    }

    static QString unavailableReason()
    {
        if (binDir().isEmpty())
            return QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl, createdb) not found: install "
                                  "postgresql-15 or set NIGRAN_PG_BINDIR");
        return QStringLiteral("running as root but there is no `postgres` user or no runuser to start "
                              "PostgreSQL as");
    }

    /// Creates and starts the cluster; false with lastError() on failure.
    bool start()
    {
        if (m_running)
            return true;
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_error = unavailableReason();
            return false;
        }
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nigran-pg-XXXXXX"));
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
            return false;
        }
        if (::geteuid() == 0) {
            const passwd *user = ::getpwnam("postgres");
            if (!user) {
                m_error = unavailableReason();
                return false;
            }
            if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0) {
                m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir->path());
                return false;
            }
        }
        if (!runServerProgram(QStringLiteral("initdb"),
                { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), superUser(), QStringLiteral("-A"),
                    QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                    QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
                120000))
            return false;
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            m_options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                       "-c synchronous_commit=off -c full_page_writes=off "
                                       "-c max_connections=100")
                            .arg(m_port)
                            .arg(socketDir());
            if (runServerProgram(QStringLiteral("pg_ctl"),
                    { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                        m_dir->filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                        QStringLiteral("60"), QStringLiteral("-o"), m_options, QStringLiteral("start") },
                    90000)) {
                m_running = true;
                return true;
            }
        }
        return false;
    }

    /// Restarts the server (fast shutdown: every open connection is dropped), same port and data.
    bool restart()
    {
        if (!m_running)
            return start();
        return runServerProgram(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-o"), m_options, QStringLiteral("restart") },
            90000);
    }

    /// Creates a database and returns its libpq key=value connection string over TCP (empty on error).
    QString createDatabase(const QString &name)
    {
        if (!m_running && !start())
            return {};
        QProcess process;
        process.start(m_bin + QStringLiteral("/createdb"),
            { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), superUser(), name });
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_error = QStringLiteral("createdb %1 failed: %2")
                          .arg(name, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
            return {};
        }
        return connectionString(name);
    }

    /// key=value connection string for a database over TCP on 127.0.0.1.
    QString connectionString(const QString &database) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3 connect_timeout=10")
            .arg(m_port)
            .arg(superUser(), database);
    }
    /// postgresql:// URI for a database over TCP on 127.0.0.1.
    QString uri(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(superUser()).arg(m_port).arg(database);
    }
    /// key=value connection string over the unix socket in the cluster's directory.
    QString socketConnectionString(const QString &database) const
    {
        return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
            .arg(socketDir())
            .arg(m_port)
            .arg(superUser(), database);
    }

    void stop()
    {
        if (m_running) {
            runServerProgram(QStringLiteral("pg_ctl"),
                { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                    QStringLiteral("-w"), QStringLiteral("stop") },
                60000);
            m_running = false;
        }
        m_dir.reset(); // removes the directory (root may remove the postgres user's files)
    }

    /// Runs SQL in a database with psql (stops at the first error); the output, or an empty
    /// optional with lastError() on failure.
    std::optional<QString> runSql(const QString &database, const QString &sql)
    {
        QProcess process;
        process.start(m_bin + QStringLiteral("/psql"),
            { QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), superUser(), QStringLiteral("-d"), database,
                QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql });
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            m_error = QStringLiteral("psql failed: %1")
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
            return std::nullopt;
        }
        return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    }

    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    static QString superUser() { return QStringLiteral("nigran"); }
    QString lastError() const { return m_error; }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }

    static int freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }

    /// Runs initdb or pg_ctl: as root through `runuser -u postgres --`, otherwise directly.
    bool runServerProgram(const QString &program, const QStringList &arguments, int timeoutMs)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir->path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString executable = m_bin + QLatin1Char('/') + program;
        if (::geteuid() == 0) {
            QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (runuser.isEmpty())
                runuser = QStringLiteral("/sbin/runuser");
            process.start(runuser,
                QStringList {
                    QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), executable }
                    + arguments);
        } else {
            process.start(executable, arguments);
        }
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            m_error = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
            return false;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed (exit %2): %3")
                          .arg(program)
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAll()).trimmed().right(2000));
            return false;
        }
        return true;
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
    QString m_options; ///< the server options of pg_ctl -o
};

} // namespace Nigran::Testing

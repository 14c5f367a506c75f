#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Nigran::Sync {

/// The `nigran-centre` command line (app/centre/main.cpp only hands it the arguments):
///
///   pki init --dir D --url https://host:port [--host NAME]... [--days N]
///   pki issue-office --dir D --office ID --district CODE --password-file F --out X.p12 [--days N]
///   pki issue-vendor --dir D --vendor ID --password-file F --out X.p12 [--days N]
///   pki revoke --dir D --serial S
///   pki crl --dir D [--renew]
///   serve --dir D --listen HOST:PORT [--store sqlite:PATH | postgresql://…] [--threads N]
///         [--max-request-mb N] [--timeout-s N]
///   status --dir D [--store …]
///   exchange --dir D --in FILE --out REPLY [--store …]
///   simulate-tags --url https://host:port --bundle V.p12 --password-file F
///         (--devices ID..ID[,ID…] | --device-prefix P --count N) --rate R [--duration S] [--speedup K]
///         [--seed N] [--start ISO] [--end ISO] [--batch N]
///   --version | --help
///
/// Exit codes: 0 done, 1 the command failed (message on stderr), 2 wrong usage.
class CentreCommand
{
    Q_DECLARE_TR_FUNCTIONS(Nigran::Sync::CentreCommand)

public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        Usage = 2,
    };

    CentreCommand(QTextStream &out, QTextStream &err);

    /// Runs one command; `arguments` excludes the program name.
    int run(const QStringList &arguments);

    static QString usage();

private:
    using Options = QMap<QString, QStringList>;

    int pki(const QString &action, const Options &options);
    int serve(const Options &options);
    int status(const Options &options);
    int exchange(const Options &options);
    int simulateTags(const Options &options);

    int usageError(const QString &message);
    int failure(const QString &message);
    /// The single value of --name, or empty (and a usage error is printed) if it is required.
    QString value(const Options &options, const QString &name, bool required);
    bool readDays(const Options &options, int &days);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_usageFailed = false;
};

} // namespace Nigran::Sync

// office_agent: a headless district office for the sync integration tests, run as a real process.
//
//   office_agent create --dir DIR --district CODE
//       Creates an office store (fast test KDF, users "admin" and "prosecutor") and prints
//       "office <office id>" (the id an office bundle must be issued for).
//   office_agent run --dir DIR [--edits N] [--seed S] [--index-base B] [--whole-store]
//                    [--bundle FILE.p12 --bundle-password-file FILE] [--via URL] [--attempts N]
//                    [--timeout-ms MS] [--trace] [--digest]
//       Signs the prosecutor in, makes N seeded random synthetic edits (RandomEditor; each committed
//       edit prints "edit <kind> <table> <id> <hlc>"), then, with a bundle, syncs once over the real
//       NetworkTransport (mutual TLS) to the bundle's centre or to --via (a proxy), retrying a failed
//       sync up to --attempts times in all. --trace prints "send <path>" before each request and
//       "reply <path> ok|error" after it. --digest prints the office's state: "outbox N",
//       "pending-batches N", "push-acks N" (acknowledged batches), "push-applied N" (changes the
//       centre applied, per the acknowledgements), "conflicts N", "foreign N" (rows of another
//       district), "rows N" and "digest <hex>" (tests/common/syncfixture.h).
//
// Every line goes to stdout and is flushed at once, so a parent that kills the agent with SIGKILL
// knows what was committed. Ids and counts only, never personal data.
//
// Exit codes: 0 done, 2 wrong usage, 3 the office cannot be created or opened, 4 an edit failed,
// 5 the bundle cannot be read, 6 the sync failed (every attempt), 7 the state cannot be read.

#include "../common/syncfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

using namespace Nigran;
using namespace Nigran::Models;

namespace {

enum Exit
{
    Done = 0,
    Usage = 2,
    OfficeFailed = 3,
    EditFailed = 4,
    BundleFailed = 5,
    SyncFailed = 6,
    StateFailed = 7,
};

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int complain(int code, const QString &what)
{
    std::fprintf(stderr, "office_agent: %s\n", qPrintable(what));
    std::fflush(stderr);
    return code;
}

/// Prints each request and its outcome around another transport (for tests that kill the agent at a
/// chosen step).
class TracingTransport : public Sync::SyncTransport
{
public:
    explicit TracingTransport(Sync::SyncTransport &inner)
        : m_inner(inner)
    { }

    void exchange(Sync::Endpoint endpoint, const QByteArray &request, Reply reply) override
    {
        const QString path = Sync::endpointPath(endpoint);
        say(QStringLiteral("send %1").arg(path));
        m_inner.exchange(endpoint, request, [path, reply = std::move(reply)](Result<QByteArray> answer) {
            say(QStringLiteral("reply %1 %2")
                    .arg(path, answer ? QStringLiteral("ok") : QStringLiteral("error")));
            reply(std::move(answer));
        });
    }

private:
    Sync::SyncTransport &m_inner;
};

Result<Sync::SyncReport> syncOnce(
    Office &office, const Sync::OfficeCredentials &credentials, int timeoutMs, bool trace)
{
    Sync::NetworkTransport network(credentials);
    network.setTimeout(std::chrono::milliseconds(timeoutMs));
    TracingTransport tracing(network);
    Sync::SyncTransport &transport = trace ? static_cast<Sync::SyncTransport &>(tracing) : network;
    Sync::SyncSession session(office, transport);
    std::optional<Result<Sync::SyncReport>> outcome;
    QEventLoop loop;
    session.run([&](Result<Sync::SyncReport> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(timeoutMs * 4, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!outcome)
        return fail(ErrorCode::Io, QStringLiteral("the sync did not finish"));
    return *outcome;
}

int printState(Office &office)
{
    Database &db = office.database();
    qint64 acks = 0, applied = 0;
    auto pushes = db.prepare("SELECT detail FROM audit_log WHERE action = 'sync-push'");
    if (!pushes)
        return complain(StateFailed, pushes.error().message);
    static const QRegularExpression appliedCount(QStringLiteral("applied (\\d+)"));
    while (pushes->step().value_or(false)) {
        ++acks;
        const QRegularExpressionMatch match = appliedCount.match(pushes->text(0));
        applied += match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }
    auto lines = Testing::officeRegisterLines(office);
    if (!lines)
        return complain(StateFailed, lines.error().message);
    qint64 foreign = 0;
    for (const QString &line : std::as_const(*lines)) {
        if (line.section(u' ', 2, 2) != office.district())
            ++foreign;
    }
    say(QStringLiteral("outbox %1").arg(db.queryInt("SELECT count(*) FROM outbox").value_or(-1)));
    say(QStringLiteral("pending-batches %1")
            .arg(db.queryInt("SELECT count(*) FROM sync_batches").value_or(-1)));
    say(QStringLiteral("push-acks %1").arg(acks));
    say(QStringLiteral("push-applied %1").arg(applied));
    say(QStringLiteral("conflicts %1").arg(db.queryInt("SELECT count(*) FROM sync_conflicts").value_or(-1)));
    say(QStringLiteral("foreign %1").arg(foreign));
    say(QStringLiteral("rows %1").arg(lines->size()));
    say(QStringLiteral("digest %1").arg(Testing::digestOf(*lines)));
    return Done;
}

int create(const QCommandLineParser &parser)
{
    const QString directory = parser.value(QStringLiteral("dir"));
    const QString district = parser.value(QStringLiteral("district"));
    if (directory.isEmpty() || district.isEmpty())
        return complain(Usage, QStringLiteral("create needs --dir and --district"));
    auto id = Testing::createOffice(directory, district);
    if (!id)
        return complain(OfficeFailed, id.error().message);
    say(QStringLiteral("office %1").arg(*id));
    return Done;
}

int run(const QCommandLineParser &parser)
{
    const QString directory = parser.value(QStringLiteral("dir"));
    if (directory.isEmpty())
        return complain(Usage, QStringLiteral("run needs --dir"));
    bool ok = true;
    const auto number = [&](const char *name) {
        bool valid = false;
        const qint64 value = parser.value(QString::fromLatin1(name)).toLongLong(&valid);
        ok = ok && valid;
        return value;
    };
    const int edits = int(number("edits"));
    const auto seed = quint32(number("seed"));
    const qint64 indexBase = number("index-base");
    const int attempts = int(number("attempts"));
    const int timeoutMs = int(number("timeout-ms"));
    if (!ok || edits < 0 || attempts < 1 || timeoutMs < 100)
        return complain(Usage,
            QStringLiteral(
                "--edits, --seed, --index-base, --attempts or --timeout-ms is not a valid number"));

    auto office = Testing::openOffice(directory);
    if (!office)
        return complain(OfficeFailed, office.error().message);

    Testing::RandomEditor editor(**office, seed, indexBase, parser.isSet(QStringLiteral("whole-store")));
    for (int i = 0; i < edits; ++i) {
        auto edit = editor.editOnce();
        if (!edit)
            return complain(EditFailed, edit.error().message);
        say(QStringLiteral("edit %1 %2 %3 %4").arg(edit->kind, edit->table, edit->id).arg(edit->hlc));
    }

    if (parser.isSet(QStringLiteral("bundle"))) {
        QFile bundleFile(parser.value(QStringLiteral("bundle")));
        QFile passwordFile(parser.value(QStringLiteral("bundle-password-file")));
        if (!bundleFile.open(QIODevice::ReadOnly) || !passwordFile.open(QIODevice::ReadOnly))
            return complain(BundleFailed, QStringLiteral("cannot read the bundle or its password file"));
        auto credentials = Sync::OfficeBundle::read(
            bundleFile.readAll(), QString::fromUtf8(passwordFile.readAll()).trimmed());
        if (!credentials)
            return complain(BundleFailed, credentials.error().message);
        if (parser.isSet(QStringLiteral("via")))
            credentials->centreUrl = QUrl(parser.value(QStringLiteral("via")));
        Result<Sync::SyncReport> report = fail(ErrorCode::Io, QStringLiteral("no attempt was made"));
        for (int attempt = 1; attempt <= attempts; ++attempt) {
            report = syncOnce(**office, *credentials, timeoutMs, parser.isSet(QStringLiteral("trace")));
            if (report)
                break;
            say(QStringLiteral("sync error %1").arg(report.error().message));
        }
        if (!report)
            return complain(SyncFailed, QStringLiteral("every sync attempt failed"));
        say(QStringLiteral("sync ok batches=%1 applied=%2 conflicts=%3 rejected=%4 pulled=%5")
                .arg(report->batches)
                .arg(report->applied)
                .arg(report->conflicts)
                .arg(report->rejected)
                .arg(report->rowsPulled));
    }
    if (parser.isSet(QStringLiteral("digest")))
        return printState(**office);
    return Done;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("create | run"));
    parser.addOptions({
        { QStringLiteral("dir"), QStringLiteral("office folder"), QStringLiteral("DIR") },
        { QStringLiteral("district"), QStringLiteral("district code"), QStringLiteral("CODE") },
        { QStringLiteral("edits"), QStringLiteral("random edits to make"), QStringLiteral("N"),
            QStringLiteral("0") },
        { QStringLiteral("seed"), QStringLiteral("seed of the edits"), QStringLiteral("S"),
            QStringLiteral("1") },
        { QStringLiteral("index-base"), QStringLiteral("first synthetic index"), QStringLiteral("B"),
            QStringLiteral("0") },
        { QStringLiteral("whole-store"), QStringLiteral("edit any live person of the store") },
        { QStringLiteral("bundle"), QStringLiteral("office bundle (.p12)"), QStringLiteral("FILE") },
        { QStringLiteral("bundle-password-file"), QStringLiteral("file holding the bundle's password"),
            QStringLiteral("FILE") },
        { QStringLiteral("via"), QStringLiteral("sync through this URL instead of the bundle's"),
            QStringLiteral("URL") },
        { QStringLiteral("attempts"), QStringLiteral("sync attempts in all"), QStringLiteral("N"),
            QStringLiteral("1") },
        { QStringLiteral("timeout-ms"), QStringLiteral("per-request timeout"), QStringLiteral("MS"),
            QStringLiteral("20000") },
        { QStringLiteral("trace"), QStringLiteral("print each request and reply") },
        { QStringLiteral("digest"), QStringLiteral("print the office's state and register digest") },
    });
    if (!parser.parse(app.arguments()))
        return complain(Usage, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return complain(Usage, QStringLiteral("usage: office_agent create|run [options]"));
    if (positional.first() == QLatin1String("create"))
        return create(parser);
    if (positional.first() == QLatin1String("run"))
        return run(parser);
    return complain(Usage, QStringLiteral("unknown command %1").arg(positional.first()));
}

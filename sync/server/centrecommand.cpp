#include "server/centrecommand.h"

#include "centre/centrealerts.h"
#include "centre/centreservice.h"
#include "centre/centrestorefactory.h"
#include "centre/fixingest.h"
#include "centre/vendorbatch.h"
#include "exchange/centreexchange.h"
#include "monitoring/synthetictrack.h"
#include "pki/certificateauthority.h"
#include "pki/certificateidentity.h"
#include "protocol/endpoint.h"
#include "security/clock.h"
#include "server/centreserver.h"
#include "server/tagsimulator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Nigran::Sync {

using Models::ErrorCode;

namespace {

const QStringList FlagOptions { QStringLiteral("renew") };

QString defaultStoreSpec(const QString &pkiDirectory)
{
    return QStringLiteral("sqlite:") + QDir(pkiDirectory).absoluteFilePath(QStringLiteral("centre.db"));
}

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::PermissionDenied:
        return 403;
    case ErrorCode::InvalidInput:
    case ErrorCode::Corrupt:
        return 400;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Duplicate:
    case ErrorCode::IllegalTransition:
    case ErrorCode::Sealed:
        return 409;
    case ErrorCode::SchemaTooNew:
        return 426;
    default:
        return 500;
    }
}

} // namespace

CentreCommand::CentreCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString CentreCommand::usage()
{
    return tr(
        "Usage: nigran-centre COMMAND [OPTIONS]\n"
        "\n"
        "  pki init --dir DIR --url https://HOST:PORT [--host NAME]... [--days N]\n"
        "      Create the centre's certificate authority, its server certificate and an empty CRL.\n"
        "  pki issue-office --dir DIR --office ID --district CODE --password-file FILE --out FILE.p12 "
        "[--days N]\n"
        "      Issue an office's password-protected bundle (certificate, key, CA, centre URL).\n"
        "  pki issue-vendor --dir DIR --vendor ID --password-file FILE --out FILE.p12 [--days N]\n"
        "      Issue a tag vendor's bundle.\n"
        "  pki revoke --dir DIR --serial SERIAL\n"
        "      Revoke a certificate and rewrite the CRL (a running server picks it up).\n"
        "  pki crl --dir DIR [--renew]\n"
        "      Print the CRL (PEM); --renew writes a fresh one first.\n"
        "  serve --dir DIR --listen HOST:PORT [--store sqlite:PATH | postgresql://...] [--threads N]\n"
        "        [--max-request-mb N] [--timeout-s N]\n"
        "      Serve the sync endpoints (office certificates) and tag-fix ingest, POST /v1/ingest (vendor\n"
        "      certificates), over mutual TLS until SIGTERM or SIGINT.\n"
        "  status --dir DIR [--store SPEC]\n"
        "      Certificates, offices, last sync, pending conflicts and audit-chain verification.\n"
        "  exchange --dir DIR --in FILE --out REPLY [--store SPEC]\n"
        "      Answer an office's offline exchange file (USB) with a reply file for it to import.\n"
        "  simulate-tags --url https://HOST:PORT --bundle VENDOR.p12 --password-file FILE\n"
        "        (--devices ID..ID[,ID…] | --device-prefix P --count N) --rate FIXES_PER_S\n"
        "        [--duration S] [--speedup K] [--seed N] [--city NAME] [--start ISO] [--end ISO] [--batch "
        "N]\n"
        "      Synthetic offenders moving around Pakistani cities post their tags' fixes to the centre\n"
        "      as a tag vendor would; the simulated clock starts at --start (default now), runs K times\n"
        "      faster than real time but never ahead of it.\n"
        "  --version, --help\n"
        "\n"
        "Exit codes: 0 done, 1 the command failed, 2 wrong usage.\n");
}

int CentreCommand::usageError(const QString &message)
{
    m_usageFailed = true;
    m_err << tr("nigran-centre: %1").arg(message) << '\n' << tr("Try \"nigran-centre --help\".") << '\n';
    m_err.flush();
    return Usage;
}

int CentreCommand::failure(const QString &message)
{
    m_err << tr("nigran-centre: %1").arg(message) << '\n';
    m_err.flush();
    return Failure;
}

QString CentreCommand::value(const Options &options, const QString &name, bool required)
{
    const QStringList values = options.value(name);
    if (values.size() > 1) {
        usageError(tr("--%1 was given more than once").arg(name));
        return {};
    }
    if (values.isEmpty() || values.front().isEmpty()) {
        if (required)
            usageError(tr("--%1 is required").arg(name));
        return {};
    }
    return values.front();
}

bool CentreCommand::readDays(const Options &options, int &days)
{
    const QString text = value(options, QStringLiteral("days"), false);
    if (text.isEmpty())
        return !m_usageFailed;
    bool ok = false;
    days = text.toInt(&ok);
    if (!ok || days < 1 || days > 3650) {
        usageError(tr("--days must be a whole number from 1 to 3650 (got %1)").arg(text));
        return false;
    }
    return true;
}

int CentreCommand::run(const QStringList &arguments)
{
    m_usageFailed = false;
    if (arguments.isEmpty())
        return usageError(tr("no command given"));
    const QString &command = arguments.front();
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h")
        || command == QStringLiteral("help")) {
        m_out << usage();
        m_out.flush();
        return Success;
    }
    if (command == QStringLiteral("--version")) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return Success;
    }

    QStringList positional;
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--"))) {
            positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString optionValue;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            optionValue = name.mid(equals + 1);
            name = name.left(equals);
        } else if (FlagOptions.contains(name)) {
            optionValue = QStringLiteral("1");
        } else if (i + 1 < arguments.size()) {
            optionValue = arguments.at(++i);
        } else {
            return usageError(tr("--%1 needs a value").arg(name));
        }
        options[name] << optionValue;
    }

    if (command == QStringLiteral("pki")) {
        if (positional.size() != 1)
            return usageError(tr("pki needs one action: init, issue-office, issue-vendor, revoke or crl"));
        return pki(positional.front(), options);
    }
    if (!positional.isEmpty())
        return usageError(tr("unexpected argument %1").arg(positional.front()));
    if (command == QStringLiteral("serve"))
        return serve(options);
    if (command == QStringLiteral("status"))
        return status(options);
    if (command == QStringLiteral("exchange"))
        return exchange(options);
    if (command == QStringLiteral("simulate-tags"))
        return simulateTags(options);
    return usageError(tr("unknown command %1").arg(command));
}

int CentreCommand::pki(const QString &action, const Options &options)
{
    static const QMap<QString, QStringList> allowed {
        { QStringLiteral("init"),
            { QStringLiteral("dir"), QStringLiteral("url"), QStringLiteral("host"),
                QStringLiteral("days") } },
        { QStringLiteral("issue-office"),
            { QStringLiteral("dir"), QStringLiteral("office"), QStringLiteral("district"),
                QStringLiteral("password-file"), QStringLiteral("out"), QStringLiteral("days") } },
        { QStringLiteral("issue-vendor"),
            { QStringLiteral("dir"), QStringLiteral("vendor"), QStringLiteral("password-file"),
                QStringLiteral("out"), QStringLiteral("days") } },
        { QStringLiteral("revoke"), { QStringLiteral("dir"), QStringLiteral("serial") } },
        { QStringLiteral("crl"), { QStringLiteral("dir"), QStringLiteral("renew") } },
    };
    if (!allowed.contains(action))
        return usageError(tr("unknown pki action %1").arg(action));
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.value(action).contains(it.key()))
            return usageError(tr("pki %1 does not take --%2").arg(action, it.key()));
    const QString directory = value(options, QStringLiteral("dir"), true);
    int days = CertificateValidity::DefaultDays;
    if (m_usageFailed || !readDays(options, days))
        return Usage;

    if (action == QStringLiteral("init")) {
        const QString url = value(options, QStringLiteral("url"), true);
        if (m_usageFailed)
            return Usage;
        auto authority = CertificateAuthority::init(directory, QUrl(url, QUrl::StrictMode),
            options.value(QStringLiteral("host")), CertificateValidity::days(days));
        if (!authority)
            return failure(authority.error().message);
        m_out << tr("Created the certificate authority in %1 for %2").arg(authority->directory(), url)
              << '\n';
        m_out.flush();
        return Success;
    }

    auto authority = CertificateAuthority::open(directory);
    if (!authority)
        return failure(authority.error().message);

    if (action == QStringLiteral("issue-office") || action == QStringLiteral("issue-vendor")) {
        const bool isOffice = action == QStringLiteral("issue-office");
        const QString id
            = value(options, isOffice ? QStringLiteral("office") : QStringLiteral("vendor"), true);
        const QString district = isOffice ? value(options, QStringLiteral("district"), true) : QString();
        const QString passwordFile = value(options, QStringLiteral("password-file"), true);
        const QString out = value(options, QStringLiteral("out"), true);
        if (m_usageFailed)
            return Usage;
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("Cannot read the password file %1: %2").arg(passwordFile, file.errorString()));
        const QString password
            = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (QFileInfo::exists(out))
            return failure(tr("%1 already exists; it was not overwritten").arg(out));
        auto issued = isOffice
            ? authority->issueOffice(id, district, password, CertificateValidity::days(days))
            : authority->issueVendor(id, password, CertificateValidity::days(days));
        if (!issued)
            return failure(issued.error().message);
        QSaveFile bundle(out);
        if (!bundle.open(QIODevice::WriteOnly)
            || !bundle.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || bundle.write(issued->pkcs12) != issued->pkcs12.size() || !bundle.commit())
            return failure(tr("Cannot write %1: %2 (serial %3 was issued; revoke it)")
                               .arg(out, bundle.errorString(), issued->certificate.serial));
        m_out << tr("Issued %1 %2 (serial %3, valid until %4) to %5")
                     .arg(IssuedCertificate::kindKey(issued->certificate.kind), id,
                         issued->certificate.serial, issued->certificate.notAfter.toString(Qt::ISODate), out)
              << '\n';
        m_out.flush();
        return Success;
    }
    if (action == QStringLiteral("revoke")) {
        const QString serial = value(options, QStringLiteral("serial"), true);
        if (m_usageFailed)
            return Usage;
        if (auto revoked = authority->revoke(serial); !revoked)
            return failure(revoked.error().message);
        m_out << tr("Revoked serial %1; the CRL was rewritten")
                     .arg(CertificateIdentity::normaliseSerial(serial))
              << '\n';
        m_out.flush();
        return Success;
    }
    // crl
    if (options.contains(QStringLiteral("renew"))) {
        if (auto renewed = authority->regenerateCrl(); !renewed)
            return failure(renewed.error().message);
    }
    auto crl = authority->crl();
    if (!crl)
        return failure(crl.error().message);
    m_out << QString::fromLatin1(*crl);
    m_out.flush();
    return Success;
}

int CentreCommand::serve(const Options &options)
{
    static const QStringList allowed { QStringLiteral("dir"), QStringLiteral("listen"),
        QStringLiteral("store"), QStringLiteral("threads"), QStringLiteral("max-request-mb"),
        QStringLiteral("timeout-s") };
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.contains(it.key()))
            return usageError(tr("serve does not take --%1").arg(it.key()));
    const QString directory = value(options, QStringLiteral("dir"), true);
    const QString listen = value(options, QStringLiteral("listen"), true);
    QString storeSpec = value(options, QStringLiteral("store"), false);
    if (m_usageFailed)
        return Usage;
    CentreServer::Settings settings;
    settings.pkiDirectory = QDir(directory).absolutePath();
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    settings.host = listen.left(colon);
    settings.port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (!portOk || settings.port < 0 || settings.port > 65535 || settings.host.isEmpty())
        return usageError(tr("--listen must be HOST:PORT, e.g. 127.0.0.1:8443 (got %1)").arg(listen));
    const auto number = [&](const QString &name, int minimum, int maximum, int &target) {
        const QString text = value(options, name, false);
        if (text.isEmpty())
            return true;
        bool ok = false;
        const int parsed = text.toInt(&ok);
        if (!ok || parsed < minimum || parsed > maximum) {
            usageError(tr("--%1 must be a whole number from %2 to %3 (got %4)")
                           .arg(name)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(text));
            return false;
        }
        target = parsed;
        return true;
    };
    int megabytes = static_cast<int>(settings.maxRequestBytes / (1024 * 1024));
    if (!number(QStringLiteral("threads"), 1, 256, settings.threads)
        || !number(QStringLiteral("max-request-mb"), 1, 1024, megabytes)
        || !number(QStringLiteral("timeout-s"), 1, 3600, settings.readTimeoutSeconds))
        return Usage;
    settings.maxRequestBytes = static_cast<std::size_t>(megabytes) * 1024 * 1024;
    settings.writeTimeoutSeconds = settings.readTimeoutSeconds;
    if (!QFileInfo::exists(CertificateAuthority::caCertificatePath(settings.pkiDirectory)))
        return failure(tr("%1 is not a Nigran PKI folder (no ca.pem; create one with \"pki init\")")
                           .arg(settings.pkiDirectory));
    if (storeSpec.isEmpty())
        storeSpec = defaultStoreSpec(settings.pkiDirectory);

    auto store = CentreStoreFactory::open(storeSpec);
    if (!store)
        return failure(store.error().message);
    CentreService service(**store, Models::Clock::system());
    // No lock around the service: CentreService keeps no mutable state of its own (a store and a clock,
    // both only read), and each store is safe to call from many threads. Every CentreService call runs in
    // store transactions, and begin() serialises them (SQLite: one connection behind the store's mutex
    // and BEGIN IMMEDIATE; PostgreSQL: a connection pool, writers serialised by an advisory lock). So the
    // worker threads overlap decoding, validation, compression and encoding and wait only for the store.
    CentreServer server(settings);
    for (const Endpoint endpoint : { Endpoint::Handshake, Endpoint::Push, Endpoint::Pull, Endpoint::Fixes }) {
        server.addOfficeRoute(
            endpointPath(endpoint), [&, endpoint](const PeerIdentity &peer, const QByteArray &body) {
                auto response = service.handle(endpoint, peer, body);
                if (!response)
                    return Reply::text(
                        response.error().message.toUtf8() + '\n', httpStatusFor(response.error().code));
                return Reply { 200, QByteArrayLiteral("application/cbor"), *response };
            });
    }
    // Tag-fix ingest (vendor certificates only): each batch in one store transaction, with the alerts
    // the centre raises from it (CentreAlerts) committed together with the fixes.
    const CentreAlerts alerts;
    FixIngest ingest(**store, Models::Clock::system());
    ingest.setAfterIngest(alerts.hook());
    server.addVendorRoute(QStringLiteral("/v1/ingest"),
        [&](const PeerIdentity &peer, const QByteArray &body) { return ingest.handle(peer, body); });

    auto port = server.listen();
    if (!port)
        return failure(port.error().message);
    m_out << tr("nigran-centre listening on https://%1:%2 (store: %3)")
                 .arg(settings.host)
                 .arg(*port)
                 .arg((*store)->backendName())
          << '\n';
    m_out.flush();
    if (auto served = server.runUntilSignal(); !served)
        return failure(served.error().message);
    return Success;
}

int CentreCommand::status(const Options &options)
{
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (it.key() != QStringLiteral("dir") && it.key() != QStringLiteral("store"))
            return usageError(tr("status does not take --%1").arg(it.key()));
    const QString directory = value(options, QStringLiteral("dir"), true);
    QString storeSpec = value(options, QStringLiteral("store"), false);
    if (m_usageFailed)
        return Usage;
    auto authority = CertificateAuthority::open(directory);
    if (!authority)
        return failure(authority.error().message);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto issued = authority->issued();
    int revoked = 0;
    int expired = 0;
    for (const auto &certificate : issued) {
        revoked += certificate.revoked ? 1 : 0;
        expired += !certificate.revoked && certificate.notAfter <= now ? 1 : 0;
    }
    m_out
        << tr("Centre PKI: %1").arg(authority->directory()) << '\n'
        << tr("Centre URL: %1").arg(authority->centreUrl().toString()) << '\n'
        << tr("Certificates: %1 issued, %2 revoked, %3 expired").arg(issued.size()).arg(revoked).arg(expired)
        << '\n';
    for (const auto &certificate : issued) {
        const QString state = certificate.revoked
            ? tr("revoked %1").arg(certificate.revokedAt.toString(Qt::ISODate))
            : certificate.notAfter <= now ? tr("expired")
                                          : tr("valid");
        m_out << QStringLiteral("  %1  %2  %3  %4  %5  %6")
                     .arg(certificate.serial, IssuedCertificate::kindKey(certificate.kind).leftJustified(6),
                         certificate.id,
                         certificate.district.isEmpty() ? QStringLiteral("-") : certificate.district,
                         certificate.notAfter.toString(Qt::ISODate), state)
              << '\n';
    }

    const bool defaultStore = storeSpec.isEmpty();
    if (defaultStore) {
        storeSpec = defaultStoreSpec(authority->directory());
        if (!QFileInfo::exists(storeSpec.mid(int(sizeof "sqlite:") - 1))) {
            m_out << tr("Store: none yet (%1 is created by the first \"serve\")").arg(storeSpec) << '\n';
            m_out.flush();
            return Success;
        }
    }
    auto store = CentreStoreFactory::open(storeSpec);
    if (!store)
        return failure(store.error().message);
    auto transaction = (*store)->begin();
    if (!transaction)
        return failure(transaction.error().message);
    auto offices = (*transaction)->offices();
    if (!offices)
        return failure(offices.error().message);
    m_out << tr("Store: %1, %2 offices").arg((*store)->backendName()).arg(offices->size()) << '\n';
    int chainProblems = 0;
    QMap<QString, int> openConflicts; // by district
    for (const auto &office : std::as_const(*offices)) {
        if (!openConflicts.contains(office.district)) {
            int open = 0;
            qint64 cursor = 0;
            for (;;) {
                auto rows = (*transaction)->changesSince(office.district, cursor, 1000);
                if (!rows)
                    return failure(rows.error().message);
                for (const auto &row : std::as_const(*rows)) {
                    if (row.entity == QLatin1String(ConflictEntity) && !row.deleted && row.columns.size() > 2
                        && row.columns.at(2).toBool())
                        ++open;
                    cursor = row.version;
                }
                if (rows->size() < 1000)
                    break;
            }
            openConflicts.insert(office.district, open);
        }
        chainProblems += office.chainProblem.isEmpty() ? 0 : 1;
        m_out << QStringLiteral("  %1  %2  ").arg(office.officeId, office.district)
              << tr("last sync %1, audit chain up to %2: %3, pending conflicts in the district: %4")
                     .arg(office.lastSync.isValid() ? office.lastSync.toString(Qt::ISODate) : tr("never"))
                     .arg(office.acceptedAuditHead.seq)
                     .arg(office.chainProblem.isEmpty() ? tr("verified")
                                                        : tr("PROBLEM: %1").arg(office.chainProblem))
                     .arg(openConflicts.value(office.district))
              << '\n';
    }
    int conflicts = 0;
    for (const int count : std::as_const(openConflicts))
        conflicts += count;
    m_out << tr("Pending conflicts: %1; offices with an audit-chain problem: %2")
                 .arg(conflicts)
                 .arg(chainProblems)
          << '\n';
    m_out.flush();
    return Success;
}

int CentreCommand::exchange(const Options &options)
{
    static const QStringList allowed { QStringLiteral("dir"), QStringLiteral("in"), QStringLiteral("out"),
        QStringLiteral("store") };
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.contains(it.key()))
            return usageError(tr("exchange does not take --%1").arg(it.key()));
    const QString directory = value(options, QStringLiteral("dir"), true);
    const QString in = value(options, QStringLiteral("in"), true);
    const QString out = value(options, QStringLiteral("out"), true);
    QString storeSpec = value(options, QStringLiteral("store"), false);
    if (m_usageFailed)
        return Usage;
    const QString pkiDirectory = QDir(directory).absolutePath();
    if (!QFileInfo::exists(CertificateAuthority::caCertificatePath(pkiDirectory)))
        return failure(
            tr("%1 is not a Nigran PKI folder (no ca.pem; create one with \"pki init\")").arg(pkiDirectory));
    if (QFileInfo::exists(out))
        return failure(tr("%1 already exists; it was not overwritten").arg(out));
    QFile input(in);
    if (!input.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read the exchange file %1: %2").arg(in, input.errorString()));
    if (input.size() > CentreExchange::MaxFileBytes)
        return failure(tr("The exchange file %1 is larger than %2 MB; it is not accepted.")
                           .arg(in)
                           .arg(CentreExchange::MaxFileBytes / (1024 * 1024)));
    const QByteArray file = input.readAll();
    auto keys = CentreExchange::loadKeys(pkiDirectory);
    if (!keys)
        return failure(keys.error().message);
    if (storeSpec.isEmpty())
        storeSpec = defaultStoreSpec(pkiDirectory);
    auto store = CentreStoreFactory::open(storeSpec);
    if (!store)
        return failure(store.error().message);
    CentreService service(**store, Models::Clock::system());
    CentreExchange exchange(service, std::move(*keys));
    auto answered = exchange.answer(file);
    if (!answered)
        return failure(tr("The exchange file %1 was refused: %2").arg(in, answered.error().message));
    QSaveFile reply(out);
    if (!reply.open(QIODevice::WriteOnly)
        || !reply.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || reply.write(answered->reply) != answered->reply.size() || !reply.commit())
        return failure(tr("Cannot write the reply %1: %2 (the batches were applied; running the exchange "
                          "again gives the same answer)")
                           .arg(out, reply.errorString()));
    m_out << tr("Answered exchange %1 of office %2 (district %3, certificate %4): %5 batches, %6 pages with "
                "%7 rows%8; reply written to %9")
                 .arg(answered->exchangeId, answered->officeId, answered->district, answered->serial)
                 .arg(answered->batches)
                 .arg(answered->pages)
                 .arg(answered->rows)
                 .arg(answered->hasMore ? tr(", more changes wait for the next exchange") : QString())
                 .arg(out)
          << '\n';
    m_out.flush();
    return Success;
}

int CentreCommand::simulateTags(const Options &options)
{
    static const QStringList allowed { QStringLiteral("url"), QStringLiteral("bundle"),
        QStringLiteral("password-file"), QStringLiteral("devices"), QStringLiteral("device-prefix"),
        QStringLiteral("count"), QStringLiteral("rate"), QStringLiteral("duration"),
        QStringLiteral("speedup"), QStringLiteral("seed"), QStringLiteral("start"), QStringLiteral("end"),
        QStringLiteral("batch"), QStringLiteral("city") };
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.contains(it.key()))
            return usageError(tr("simulate-tags does not take --%1").arg(it.key()));
    TagSimulator::Settings settings;
    const QString url = value(options, QStringLiteral("url"), true);
    const QString bundlePath = value(options, QStringLiteral("bundle"), true);
    const QString passwordFile = value(options, QStringLiteral("password-file"), true);
    const QString rate = value(options, QStringLiteral("rate"), true);
    const QString devices = value(options, QStringLiteral("devices"), false);
    const QString prefix = value(options, QStringLiteral("device-prefix"), false);
    const QString count = value(options, QStringLiteral("count"), false);
    if (m_usageFailed)
        return Usage;
    settings.url = QUrl(url, QUrl::StrictMode);
    if (!settings.url.isValid() || settings.url.scheme() != QStringLiteral("https")
        || settings.url.host().isEmpty())
        return usageError(tr("--url must be the centre's https://HOST:PORT address (got %1)").arg(url));

    const auto number = [&](const QString &name, double minimum, double maximum, double &target) {
        const QString text = name == QStringLiteral("rate") ? rate : value(options, name, false);
        if (text.isEmpty())
            return !m_usageFailed;
        bool ok = false;
        const double parsed = text.toDouble(&ok);
        if (!ok || !(parsed >= minimum) || !(parsed <= maximum)) {
            usageError(tr("--%1 must be a number from %2 to %3 (got %4)")
                           .arg(name)
                           .arg(minimum)
                           .arg(maximum)
                           .arg(text));
            return false;
        }
        target = parsed;
        return true;
    };
    double seed = 1;
    double batch = settings.maxBatch;
    if (!number(QStringLiteral("rate"), 0.01, 1e6, settings.rate)
        || !number(QStringLiteral("duration"), 0, 1e7, settings.durationSeconds)
        || !number(QStringLiteral("speedup"), 0.01, 1e6, settings.speedup)
        || !number(QStringLiteral("seed"), 0, 9007199254740992.0, seed)
        || !number(QStringLiteral("batch"), 1, 10000, batch))
        return Usage;
    settings.seed = quint64(seed);
    settings.maxBatch = int(batch);
    if (const QString city = value(options, QStringLiteral("city"), false); !city.isEmpty()) {
        const QList<Models::SyntheticTrack::City> &cities = Models::SyntheticTrack::cities();
        for (qsizetype i = 0; i < cities.size() && settings.cityIndex < 0; ++i) {
            if (city.compare(QLatin1String(cities[i].name), Qt::CaseInsensitive) == 0)
                settings.cityIndex = int(i);
        }
        if (settings.cityIndex < 0)
            return usageError(tr("--city: no synthetic city is called %1").arg(city));
    }
    for (const QString &name : { QStringLiteral("start"), QStringLiteral("end") }) {
        const QString text = value(options, name, false);
        if (m_usageFailed)
            return Usage;
        if (text.isEmpty())
            continue;
        const QDateTime time = VendorBatch::parseTime(text.toLatin1());
        if (!time.isValid())
            return usageError(
                tr("--%1 must be an RFC 3339 time such as 2026-11-28T08:00:00Z (got %2)").arg(name, text));
        (name == QStringLiteral("start") ? settings.start : settings.end) = time;
    }

    if (devices.isEmpty() == prefix.isEmpty())
        return usageError(tr("give either --devices or --device-prefix with --count"));
    if (!devices.isEmpty()) {
        if (!count.isEmpty())
            return usageError(tr("--count goes with --device-prefix, not with --devices"));
        auto parsed = TagSimulator::parseDevices(devices);
        if (!parsed)
            return usageError(parsed.error().message);
        settings.devices = *parsed;
    } else {
        bool ok = false;
        const int n = count.toInt(&ok);
        if (!ok || n < 1 || n > TagSimulator::MaxDevices)
            return usageError(tr("--count must be a whole number from 1 to %1 (got %2)")
                                  .arg(TagSimulator::MaxDevices)
                                  .arg(count));
        auto parsed
            = TagSimulator::parseDevices(TagSimulator::numberedDevices(prefix, n).join(QLatin1Char(',')));
        if (!parsed)
            return usageError(parsed.error().message);
        settings.devices = *parsed;
    }

    QFile bundle(bundlePath);
    if (!bundle.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read the vendor bundle %1: %2").arg(bundlePath, bundle.errorString()));
    settings.pkcs12 = bundle.readAll();
    QFile secret(passwordFile);
    if (!secret.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read the password file %1: %2").arg(passwordFile, secret.errorString()));
    settings.password = QString::fromUtf8(secret.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();

    m_out << tr("simulate-tags: %1 devices, at most %2 fixes/s, speed-up %3, posting to %4")
                 .arg(settings.devices.size())
                 .arg(settings.rate)
                 .arg(settings.speedup)
                 .arg(settings.url.toString())
          << '\n';
    m_out.flush();
    TagSimulator simulator(settings);
    auto done = simulator.run([&](const TagSimulator::Progress &progress) {
        m_out << tr("simulate-tags: %1 s, simulated %2, sent %3 fixes in %4 batches (%5 accepted, %6 "
                    "duplicates), backlog %7")
                     .arg(progress.elapsedSeconds, 0, 'f', 1)
                     .arg(progress.simulatedTime.toString(Qt::ISODate))
                     .arg(progress.sent)
                     .arg(progress.batches)
                     .arg(progress.accepted)
                     .arg(progress.duplicates)
                     .arg(progress.backlog)
              << '\n';
        m_out.flush();
    });
    if (!done)
        return failure(done.error().message);
    return Success;
}

} // namespace Nigran::Sync

// The offline exchange (SYNC.md principle 12) in process: two real office stores and a centre
// (CentreService over an SQLite store) that only meet through files. Export → centre → reply → import
// converges like the network path; pending batches stay pending until their reply; replayed files and
// replies apply nothing twice; tampered, foreign, revoked, expired and misaddressed files are refused
// with a clear error and change nothing. Also: the centre's column codec keeps empty text as text.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "centre/centrecolumnscodec.h"
#include "centre/centreservice.h"
#include "centre/sqlitecentrestore.h"
#include "client/credentialstore.h"
#include "client/loopbacktransport.h"
#include "client/syncsession.h"
#include "domain/recordcodec.h"
#include "exchange/centreexchange.h"
#include "exchange/exchangecodec.h"
#include "exchange/exchangeenvelope.h"
#include "exchange/offlineexchange.h"
#include "pki/certificateauthority.h"
#include "pki/officebundle.h"
#include "protocol/messagecodec.h"
#include "services/registerservice.h"
#include "store/syncstate.h"

#include <QBuffer>
#include <QCborValue>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using Nigran::Testing::OfficeFixture;

namespace {

const QString BundlePassword = QStringLiteral("bundle password");
const QUrl CentreUrl(QStringLiteral("https://127.0.0.1:9"));

/// Everything an office holds of the register and its conflicts, one line per row.
QStringList registerState(Office &office)
{
    QStringList lines;
    QList<const RecordKind *> kinds = RecordKinds::all;
    kinds << &RecordKinds::syncConflict;
    for (const RecordKind *kind : kinds) {
        auto ids = office.database().prepare(std::string("SELECT id FROM ") + kind->table + " ORDER BY id");
        while (ids->step().value_or(false)) {
            const auto row = office.records().snapshot(*kind, ids->text(0)).value();
            lines << QStringLiteral("%1 %2 %3 v%4 h%5 %6 %7 %8")
                         .arg(QLatin1String(kind->table), row->id, row->district)
                         .arg(row->version)
                         .arg(row->hlc)
                         .arg(row->origin)
                         .arg(row->deleted)
                         .arg(QString::fromLatin1(row->body.toHex()));
        }
    }
    return lines;
}

/// What an import or a refused file may change: rows, outbox, pending batches, cursor, accepted head.
struct SyncSnapshot
{
    QStringList rows;
    qint64 outbox = 0;
    QStringList pending;
    qint64 cursor = 0;
    qint64 acceptedSeq = 0;
    friend bool operator==(const SyncSnapshot &, const SyncSnapshot &) = default;
};

SyncSnapshot snapshot(Office &office)
{
    SyncSnapshot state;
    state.rows = registerState(office);
    state.outbox = SyncState::outboxSize(office.database()).value_or(-1);
    for (const PendingBatch &batch : OfflineExchange::pendingBatches(office).value_or(QList<PendingBatch> {}))
        state.pending << batch.batchId;
    state.cursor = SyncState::cursor(office.database()).value_or(-1);
    state.acceptedSeq = SyncState::acceptedAuditHead(office.database()).value_or(AuditHead {}).seq;
    return state;
}

Person loadPerson(Office &office, const QString &id)
{
    const auto stored = office.records().get(RecordKinds::person, id).value();
    return personFromCbor(QCborValue::fromCbor(stored->body).toMap()).value();
}

QByteArray flipped(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes.at(at) ^ 0x20);
    return bytes;
}

} // namespace

class TestOfflineExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::optional<CertificateAuthority> m_ca;
    std::unique_ptr<OfficeFixture> m_fixtureA, m_fixtureB;
    OfficeCredentials m_credentialsA, m_credentialsB;
    std::unique_ptr<SqliteCentreStore> m_store;
    std::unique_ptr<CentreService> m_centre;

    QString pkiDirectory() const { return m_dir.filePath(QStringLiteral("pki%1").arg(m_count)); }
    Office &officeA() { return m_fixtureA->session(QStringLiteral("prosecutor")); }
    Office &officeB() { return m_fixtureB->session(QStringLiteral("prosecutor")); }

    Result<OfficeCredentials> issue(CertificateAuthority &ca, const QString &officeId,
        const QString &district, const CertificateValidity &validity = CertificateValidity::days(),
        const QDateTime &readAt = QDateTime::currentDateTimeUtc())
    {
        auto issued = ca.issueOffice(officeId, district, BundlePassword, validity);
        if (!issued)
            return tl::unexpected(issued.error());
        return OfficeBundle::read(issued->pkcs12, BundlePassword, readAt);
    }

    /// The centre as `nigran-centre exchange` runs it: keys read from the PKI folder now.
    Result<CentreExchange::Outcome> answer(const QByteArray &file)
    {
        auto keys = CentreExchange::loadKeys(pkiDirectory());
        if (!keys)
            return tl::unexpected(keys.error());
        CentreExchange exchange(*m_centre, *keys);
        return exchange.answer(file);
    }

    /// One complete round trip: export, the centre's answer, import.
    Result<OfflineExchange::ImportSummary> roundTrip(Office &office)
    {
        OfflineExchange exchange(office);
        auto exported = exchange.exportBytes();
        if (!exported)
            return tl::unexpected(exported.error());
        auto answered = answer(exported->file);
        if (!answered)
            return tl::unexpected(answered.error());
        return exchange.importBytes(answered->reply);
    }

    /// Round trips until the centre has nothing more for the office.
    void exchangeUntilDone(Office &office)
    {
        for (int round = 0; round < 10; ++round) {
            auto imported = roundTrip(office);
            NIGRAN_VERIFY_OK(imported);
            if (!imported->hasMore)
                return;
        }
        QFAIL("the exchange did not finish in ten rounds");
    }

    qint64 centreMaxVersion()
    {
        auto tx = m_store->begin();
        const QList<WireRow> rows
            = (*tx)->changesSince(OfficeFixture::District, 0, 1000000).value_or(QList<WireRow> {});
        return rows.isEmpty() ? 0 : rows.last().version;
    }

    ExchangeReply openReply(const QByteArray &reply, const OfficeCredentials &credentials)
    {
        auto opened = ExchangeEnvelope::open(reply, credentials.certificatePem, credentials.privateKeyPem);
        if (!opened)
            qFatal("cannot open the reply: %s", qPrintable(opened.error().message));
        return ExchangeCodec::decodeReply(opened->content).value();
    }

    void editMarks(Office &office, const QString &personId, const QString &marks)
    {
        Person person = loadPerson(office, personId);
        person.marks = marks;
        RegisterService service(office);
        NIGRAN_VERIFY_OK(service.updatePerson(person));
    }

private slots:
    void init()
    {
        ++m_count;
        auto ca = CertificateAuthority::init(pkiDirectory(), CentreUrl);
        NIGRAN_VERIFY_OK(ca);
        m_ca.emplace(std::move(*ca));
        m_fixtureA = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("a%1").arg(m_count)));
        m_fixtureB = std::make_unique<OfficeFixture>(m_dir.filePath(QStringLiteral("b%1").arg(m_count)));
        auto a = issue(*m_ca, officeA().officeId(), OfficeFixture::District);
        auto b = issue(*m_ca, officeB().officeId(), OfficeFixture::District);
        NIGRAN_VERIFY_OK(a);
        NIGRAN_VERIFY_OK(b);
        m_credentialsA = *a;
        m_credentialsB = *b;
        NIGRAN_VERIFY_OK(CredentialStore::enrol(m_fixtureA->session(QStringLiteral("admin")), *a));
        NIGRAN_VERIFY_OK(CredentialStore::enrol(m_fixtureB->session(QStringLiteral("admin")), *b));
        auto store = SqliteCentreStore::open(m_dir.filePath(QStringLiteral("centre-%1.db").arg(m_count)));
        NIGRAN_VERIFY_OK(store);
        m_store = std::move(*store);
        m_centre = std::make_unique<CentreService>(*m_store, m_fixtureA->clock());
    }

    void cleanup()
    {
        m_centre.reset();
        m_store.reset();
        m_fixtureA.reset();
        m_fixtureB.reset();
        m_ca.reset();
    }

    void editsOnBothSidesConvergeThroughFiles()
    {
        m_fixtureA->enterCompleteCase(officeA(), 1);
        m_fixtureA->addPeople(officeA(), 3, 10);
        m_fixtureB->enterCompleteCase(officeB(), 2);

        auto first = roundTrip(officeA());
        NIGRAN_VERIFY_OK(first);
        QCOMPARE(first->report.batches, 1);
        QCOMPARE(first->report.applied, 8); // person, case, charge, conviction, sentence + 3 people
        QCOMPARE(first->report.conflicts, 0);
        exchangeUntilDone(officeB());
        exchangeUntilDone(officeA());

        QCOMPARE(registerState(officeA()), registerState(officeB()));
        QCOMPARE(registerState(officeA()).size(), 13);
        QCOMPARE(SyncState::outboxSize(officeA().database()).value(), 0);
        QCOMPARE(SyncState::outboxSize(officeB().database()).value(), 0);
        QVERIFY(OfflineExchange::pendingBatches(officeA())->isEmpty());
        QCOMPARE(Nigran::Testing::auditCount(officeA(), "sync-export"), 2);
        QCOMPARE(Nigran::Testing::auditCount(officeA(), "sync-import"), 2);
        // The audit chains went with the batches and verified.
        auto tx = m_store->begin();
        const auto office = (*tx)->office(officeA().officeId()).value();
        QVERIFY(office.has_value());
        QVERIFY(office->chainProblem.isEmpty());
        QVERIFY(office->acceptedAuditHead.seq > 0);
    }

    void fileAndNetworkOfficesConverge()
    {
        // A exchanges files only, B syncs over the (loopback) network: same centre, same result.
        const QString person = m_fixtureA->enterCompleteCase(officeA(), 3);
        exchangeUntilDone(officeA());
        LoopbackTransport transport(*m_centre,
            { PeerIdentity::Kind::Office, officeB().officeId(), OfficeFixture::District,
                QStringLiteral("0B") });
        const auto syncB = [&] {
            SyncSession session(officeB(), transport);
            std::optional<Result<SyncReport>> outcome;
            session.run([&](Result<SyncReport> result) { outcome = std::move(result); });
            return outcome.value();
        };
        NIGRAN_VERIFY_OK(syncB());
        editMarks(officeB(), person, QStringLiteral("scar on the left hand"));
        m_fixtureB->addPeople(officeB(), 2, 40);
        NIGRAN_VERIFY_OK(syncB());
        exchangeUntilDone(officeA());
        QCOMPARE(registerState(officeA()), registerState(officeB()));
        QCOMPARE(loadPerson(officeA(), person).marks, QStringLiteral("scar on the left hand"));
    }

    void concurrentEditBecomesVisibleConflict()
    {
        const QString person = m_fixtureA->enterCompleteCase(officeA(), 4);
        exchangeUntilDone(officeA());
        exchangeUntilDone(officeB());
        editMarks(officeA(), person, QStringLiteral("edited at office A"));
        editMarks(officeB(), person, QStringLiteral("edited at office B"));
        auto a = roundTrip(officeA());
        NIGRAN_VERIFY_OK(a);
        QCOMPARE(a->report.applied, 1);
        auto b = roundTrip(officeB());
        NIGRAN_VERIFY_OK(b);
        QCOMPARE(b->report.conflicts, 1);
        exchangeUntilDone(officeA());
        exchangeUntilDone(officeB());
        QCOMPARE(registerState(officeA()), registerState(officeB()));
        QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(*) FROM sync_conflicts WHERE open = 1"), 1);
    }

    void pendingBatchesStayPendingUntilTheirReply()
    {
        const QStringList people = m_fixtureA->addPeople(officeA(), 4, 50);
        OfflineExchange exchange(officeA());
        exchange.setBatchRows(SyncSession::MinBatchRows);
        auto first = exchange.exportBytes();
        NIGRAN_VERIFY_OK(first);
        QCOMPARE(first->summary.newBatches, 1);
        QCOMPARE(first->summary.items, 4);
        const SyncSnapshot afterExport = snapshot(officeA());
        QCOMPARE(afterExport.pending.size(), 1);
        QCOMPARE(afterExport.outbox, 4); // nothing leaves the outbox before the centre acknowledged it

        // A later edit of a row in the pending batch waits for its result (no conflict with itself);
        // a new row goes in a new batch.
        editMarks(officeA(), people.first(), QStringLiteral("second edit"));
        m_fixtureA->addPeople(officeA(), 1, 60);
        auto second = exchange.exportBytes();
        NIGRAN_VERIFY_OK(second);
        QCOMPARE(second->summary.batches, 2);
        QCOMPARE(second->summary.newBatches, 1);
        QCOMPARE(second->summary.items, 5); // the edited row is not in the new batch

        // The first stick is lost; the second one carries both batches.
        auto answered = answer(second->file);
        NIGRAN_VERIFY_OK(answered);
        QCOMPARE(answered->batches, 2);
        auto imported = exchange.importBytes(answered->reply);
        NIGRAN_VERIFY_OK(imported);
        QCOMPARE(imported->report.batches, 2);
        QCOMPARE(imported->report.applied, 5);
        QCOMPARE(imported->report.conflicts, 0);
        QVERIFY(OfflineExchange::pendingBatches(officeA())->isEmpty());
        QCOMPARE(SyncState::outboxSize(officeA().database()).value(), 1); // the held edit, rebased

        // The held edit goes next, onto the version the centre gave the row: no conflict with itself.
        auto third = roundTrip(officeA());
        NIGRAN_VERIFY_OK(third);
        QCOMPARE(third->report.applied, 1);
        QCOMPARE(third->report.conflicts, 0);

        // The first stick turns up after all: the centre answers it from memory, the office changes nothing.
        const qint64 versions = centreMaxVersion();
        auto late = answer(first->file);
        NIGRAN_VERIFY_OK(late);
        QCOMPARE(centreMaxVersion(), versions);
        const SyncSnapshot before = snapshot(officeA());
        auto lateImport = exchange.importBytes(late->reply);
        NIGRAN_VERIFY_OK(lateImport);
        QCOMPARE(lateImport->batchesAlreadyAcknowledged, 1);
        QVERIFY(lateImport->changedNothing());
        QCOMPARE(snapshot(officeA()), before);
        QCOMPARE(SyncState::outboxSize(officeA().database()).value(), 0);
    }

    void replayedFilesApplyNothingTwice()
    {
        m_fixtureA->enterCompleteCase(officeA(), 5);
        m_fixtureB->addPeople(officeB(), 3, 70);
        exchangeUntilDone(officeB());
        OfflineExchange exchange(officeA());
        auto exported = exchange.exportBytes();
        NIGRAN_VERIFY_OK(exported);

        auto first = answer(exported->file);
        NIGRAN_VERIFY_OK(first);
        const qint64 versions = centreMaxVersion();
        auto replay = answer(exported->file);
        NIGRAN_VERIFY_OK(replay);
        QCOMPARE(centreMaxVersion(), versions); // nothing applied twice at the centre
        const ExchangeReply one = openReply(first->reply, m_credentialsA);
        const ExchangeReply two = openReply(replay->reply, m_credentialsA);
        QCOMPARE(two.pushes, one.pushes); // the stored results, byte for byte
        QCOMPARE(two.pages, one.pages);
        QCOMPARE(two.exchangeId, exported->summary.exchangeId);

        auto imported = exchange.importBytes(first->reply);
        NIGRAN_VERIFY_OK(imported);
        QCOMPARE(imported->report.batches, 1);
        QCOMPARE(imported->report.rowsPulled, 8); // B's three people and A's own five rows, with versions
        const SyncSnapshot after = snapshot(officeA());
        for (const QByteArray &reply : { first->reply, replay->reply }) {
            auto again = exchange.importBytes(reply);
            NIGRAN_VERIFY_OK(again);
            QVERIFY(again->changedNothing());
            QCOMPARE(again->batchesAlreadyAcknowledged, 1);
            QCOMPARE(snapshot(officeA()), after);
        }
    }

    void tamperedFilesAreRefused_data()
    {
        QTest::addColumn<bool>("reply");
        QTest::addColumn<QString>("mutation");
        for (const bool reply : { false, true }) {
            const char *side = reply ? "reply" : "office file";
            for (const char *mutation : { "first byte", "byte 40", "middle", "last byte", "truncated",
                     "empty", "garbage", "appended" })
                QTest::addRow("%s: %s", side, mutation) << reply << QString::fromLatin1(mutation);
        }
    }

    void tamperedFilesAreRefused()
    {
        QFETCH(bool, reply);
        QFETCH(QString, mutation);
        m_fixtureA->enterCompleteCase(officeA(), 6);
        OfflineExchange exchange(officeA());
        auto exported = exchange.exportBytes();
        NIGRAN_VERIFY_OK(exported);
        QByteArray bytes = exported->file;
        if (reply) {
            auto answered = answer(exported->file);
            NIGRAN_VERIFY_OK(answered);
            bytes = answered->reply;
        }
        if (mutation == QLatin1String("first byte"))
            bytes = flipped(bytes, 0);
        else if (mutation == QLatin1String("byte 40"))
            bytes = flipped(bytes, 40);
        else if (mutation == QLatin1String("middle"))
            bytes = flipped(bytes, bytes.size() / 2);
        else if (mutation == QLatin1String("last byte"))
            bytes = flipped(bytes, bytes.size() - 1);
        else if (mutation == QLatin1String("truncated"))
            bytes.chop(bytes.size() / 3);
        else if (mutation == QLatin1String("empty"))
            bytes.clear();
        else if (mutation == QLatin1String("garbage"))
            bytes = QByteArray(2000, 'x');
        else
            bytes.append("trailing");

        const qint64 versions = centreMaxVersion();
        const SyncSnapshot before = snapshot(officeA());
        const auto auditBefore = Nigran::Testing::count(officeA(), "SELECT count(*) FROM audit_log");
        Nigran::Models::Error error;
        if (reply) {
            auto imported = exchange.importBytes(bytes);
            QVERIFY(!imported);
            error = imported.error();
            QCOMPARE(snapshot(officeA()), before);
            QCOMPARE(Nigran::Testing::count(officeA(), "SELECT count(*) FROM audit_log"), auditBefore);
        } else {
            auto answered = answer(bytes);
            QVERIFY(!answered);
            error = answered.error();
        }
        QCOMPARE(centreMaxVersion(), reply ? versions : 0);
        // A flipped byte in the recipient's name reads as a file for someone else; anything else as damage.
        QVERIFY2(error.code == ErrorCode::Corrupt || error.code == ErrorCode::PermissionDenied,
            qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("exchange file")), qPrintable(error.message));
    }

    void foreignAndMisaddressedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("expected");
        QTest::addRow("reply for office A imported by office B")
            << QStringLiteral("reply to B") << "encrypted for someone else";
        QTest::addRow("office file encrypted to another centre")
            << QStringLiteral("other centre") << "encrypted for someone else";
        QTest::addRow("office file signed by another CA's office")
            << QStringLiteral("foreign signer") << "not issued by this centre";
        QTest::addRow("office file signed by a revoked certificate")
            << QStringLiteral("revoked") << "has been revoked";
        QTest::addRow("office file signed by an expired certificate")
            << QStringLiteral("expired") << "expired on";
        QTest::addRow("office file signed by a vendor certificate")
            << QStringLiteral("vendor") << "not signed by an office certificate";
        QTest::addRow("office file naming another office than its signer")
            << QStringLiteral("other office named") << "names office";
        QTest::addRow("reply signed by an office, not the centre")
            << QStringLiteral("reply not from centre") << "not signed by this office's centre";
    }

    void foreignAndMisaddressedFilesAreRefused()
    {
        QFETCH(QString, case_);
        QFETCH(QString, expected);
        m_fixtureA->enterCompleteCase(officeA(), 7);
        OfflineExchange exchangeA(officeA());
        auto exported = exchangeA.exportBytes();
        NIGRAN_VERIFY_OK(exported);
        const QByteArray requestBytes = ExchangeCodec::encode([&] {
            auto opened = ExchangeEnvelope::open(exported->file, m_ca->caCertificatePem(),
                Nigran::Testing::readAll(CertificateAuthority::caKeyPath(pkiDirectory())));
            return ExchangeCodec::decodeRequest(opened.value().content).value();
        }());
        const auto sealAs = [&](const OfficeCredentials &signer, const QByteArray &content) {
            return ExchangeEnvelope::seal(
                content, signer.certificatePem, signer.privateKeyPem, m_ca->caCertificatePem())
                .value();
        };
        const SyncSnapshot beforeB = snapshot(officeB());
        const SyncSnapshot beforeA = snapshot(officeA());

        Nigran::Models::Error error;
        const auto centreRefuses = [&](const QByteArray &file) {
            auto answered = answer(file);
            QVERIFY(!answered);
            error = answered.error();
            QCOMPARE(centreMaxVersion(), 0);
        };

        if (case_ == QLatin1String("reply to B")) {
            auto answered = answer(exported->file);
            NIGRAN_VERIFY_OK(answered);
            auto imported = OfflineExchange(officeB()).importBytes(answered->reply);
            QVERIFY(!imported);
            error = imported.error();
            QCOMPARE(snapshot(officeB()), beforeB);
        } else if (case_ == QLatin1String("other centre")) {
            auto other = CertificateAuthority::init(
                m_dir.filePath(QStringLiteral("other%1").arg(m_count)), CentreUrl);
            NIGRAN_VERIFY_OK(other);
            centreRefuses(ExchangeEnvelope::seal(requestBytes, m_credentialsA.certificatePem,
                m_credentialsA.privateKeyPem, other->caCertificatePem())
                              .value());
        } else if (case_ == QLatin1String("foreign signer")) {
            auto other = CertificateAuthority::init(
                m_dir.filePath(QStringLiteral("other%1").arg(m_count)), CentreUrl);
            NIGRAN_VERIFY_OK(other);
            auto impostor = issue(*other, officeA().officeId(), OfficeFixture::District);
            NIGRAN_VERIFY_OK(impostor);
            centreRefuses(sealAs(*impostor, requestBytes));
        } else if (case_ == QLatin1String("revoked")) {
            auto issued = m_ca->issued();
            const auto mine = std::find_if(issued.cbegin(), issued.cend(),
                [&](const IssuedCertificate &c) { return c.id == officeA().officeId(); });
            QVERIFY(mine != issued.cend());
            NIGRAN_VERIFY_OK(m_ca->revoke(mine->serial));
            centreRefuses(exported->file);
            QVERIFY(error.message.contains(mine->serial));
        } else if (case_ == QLatin1String("expired")) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto old = issue(*m_ca, officeA().officeId(), OfficeFixture::District,
                { now.addDays(-400), now.addDays(-35) }, now.addDays(-40));
            NIGRAN_VERIFY_OK(old);
            centreRefuses(sealAs(*old, requestBytes));
        } else if (case_ == QLatin1String("vendor")) {
            auto issued = m_ca->issueVendor(QStringLiteral("VENDOR-1"), BundlePassword);
            NIGRAN_VERIFY_OK(issued);
            // A vendor bundle is not an office bundle: take its certificate and key as Qt reads them.
            QBuffer bundle(&issued->pkcs12);
            QVERIFY(bundle.open(QIODevice::ReadOnly));
            QSslKey key;
            QSslCertificate certificate;
            QVERIFY(
                QSslCertificate::importPkcs12(&bundle, &key, &certificate, nullptr, BundlePassword.toUtf8()));
            OfficeCredentials vendor;
            vendor.certificatePem = certificate.toPem();
            vendor.privateKeyPem = key.toPem();
            centreRefuses(sealAs(vendor, requestBytes));
        } else if (case_ == QLatin1String("other office named")) {
            // B signs a file that claims to be A's: the centre goes by the certificate and refuses.
            centreRefuses(sealAs(m_credentialsB, requestBytes));
        } else {
            auto answered = answer(exported->file);
            NIGRAN_VERIFY_OK(answered);
            const ExchangeReply reply = openReply(answered->reply, m_credentialsA);
            // Office B forges a reply to A (signed by B, encrypted to A).
            auto forged = ExchangeEnvelope::seal(ExchangeCodec::encode(reply), m_credentialsB.certificatePem,
                m_credentialsB.privateKeyPem, m_credentialsA.certificatePem);
            NIGRAN_VERIFY_OK(forged);
            auto imported = exchangeA.importBytes(*forged);
            QVERIFY(!imported);
            error = imported.error();
            QCOMPARE(snapshot(officeA()), beforeA);
        }
        QVERIFY2(error.code == ErrorCode::PermissionDenied, qPrintable(error.message));
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void exportNeedsEnrolment()
    {
        NIGRAN_VERIFY_OK(CredentialStore::remove(m_fixtureA->session(QStringLiteral("admin"))));
        m_fixtureA->addPeople(officeA(), 1, 80);
        auto exported = OfflineExchange(officeA()).exportBytes();
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::NotFound);
        QVERIFY(OfflineExchange::pendingBatches(officeA())->isEmpty());
    }

    void exportToFileIsOwnerOnly()
    {
        m_fixtureA->addPeople(officeA(), 2, 90);
        const QString path = m_dir.filePath(QStringLiteral("usb%1/office.nigx").arg(m_count));
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        auto written = OfflineExchange(officeA()).exportToFile(path);
        NIGRAN_VERIFY_OK(written);
        QCOMPARE(QFileInfo(path).size(), written->bytes);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const QByteArray bytes = Nigran::Testing::readAll(path);
        // Encrypted: no synthetic name in the file.
        QVERIFY(!bytes.contains("Namoona"));
        auto answered = answer(bytes);
        NIGRAN_VERIFY_OK(answered);
        const QString replyPath = m_dir.filePath(QStringLiteral("usb%1/reply.nigx").arg(m_count));
        QVERIFY(Nigran::Testing::writeAll(replyPath, answered->reply));
        auto imported = OfflineExchange(officeA()).importFile(replyPath);
        NIGRAN_VERIFY_OK(imported);
        QCOMPARE(imported->report.applied, 2);
    }

    void centreColumnsKeepEmptyText_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addRow("empty text") << QVariant(QStringLiteral(""));
        QTest::addRow("text") << QVariant(QStringLiteral("Lahore"));
        QTest::addRow("null") << QVariant();
        QTest::addRow("empty bytes") << QVariant(QByteArray(""));
        QTest::addRow("integer") << QVariant(qint64(7));
        QTest::addRow("date") << QVariant(QDate(2026, 2, 28));
    }

    void centreColumnsKeepEmptyText()
    {
        QFETCH(QVariant, value);
        auto encoded = CentreColumnsCodec::encode({ value });
        NIGRAN_VERIFY_OK(encoded);
        auto decoded = CentreColumnsCodec::decode(*encoded);
        NIGRAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->size(), 1);
        const QVariant back = decoded->first();
        QCOMPARE(back.isValid(), value.isValid());
        QCOMPARE(back.isNull(), value.isNull());
        QCOMPARE(back, value.typeId() == QMetaType::Int ? QVariant(qint64(value.toInt())) : value);
        if (value.typeId() == QMetaType::QString)
            QCOMPARE(back.toString().isNull(), value.toString().isNull());
        if (value.typeId() == QMetaType::QByteArray)
            QCOMPARE(back.toByteArray().isNull(), value.toByteArray().isNull());
    }
};

QTEST_GUILESS_MAIN(TestOfflineExchange)
#include "tst_offlineexchange.moc"

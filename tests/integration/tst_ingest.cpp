// Tag-fix ingest end to end: a real `nigran-centre serve`, a vendor bundle made with `pki
// issue-vendor`, batches posted over mutual TLS to POST /v1/ingest, and `simulate-tags` against it.

#include "../common/centreprocess.h"
#include "../common/testsupport.h"

#include "centre/sqlitecentrestore.h"
#include "centre/vendorbatch.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Nigran::Models;
using namespace Nigran::Sync;
using namespace Nigran::Testing;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QString networkError;
};

Answer post(const QUrl &url, const QSslConfiguration &tls, const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->errorString() };
    delete reply;
    return answer;
}

QList<Fix> syntheticFixes(const QString &device, int count, const QDateTime &from)
{
    QList<Fix> fixes;
    for (int i = 0; i < count; ++i) {
        Fix fix;
        fix.deviceId = device;
        fix.fixTime = from.addSecs(i * 60);
        fix.deviceTime = fix.fixTime.addMSecs(700);
        fix.latitude = 31.5204 + i * 1e-4;
        fix.longitude = 74.3587 - i * 1e-4;
        fix.accuracyMetres = 6.5;
        fix.speedMps = 1.1;
        fix.batteryPercent = 90 - i % 50;
        fix.strap = StrapState::Closed;
        fixes.append(fix);
    }
    return fixes;
}

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT

private:
    CentreProcess m_centre;
    QString m_vendorPath;
    QString m_passwordFile;
    QSslConfiguration m_vendorTls;
    QSslConfiguration m_officeTls;
    QDateTime m_base;

    QUrl ingestUrl() const
    {
        QUrl url = m_centre.url();
        url.setPath(QStringLiteral("/v1/ingest"));
        return url;
    }

    /// The centre's stored fixes of one device (the store is shared with the running centre).
    QList<StoredFix> storedFixes(const QString &device)
    {
        auto store = SqliteCentreStore::open(m_centre.workDirectory() + QStringLiteral("/centre.db"));
        if (!store)
            return {};
        auto tx = (*store)->begin();
        if (!tx)
            return {};
        return (*tx)->deviceFixes(device, QDateTime(), QDateTime(), 1000000).value_or(QList<StoredFix>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (CentreProcess::centreBinary().isEmpty())
            QSKIP("NIGRAN_CENTRE is not set (run through ctest)");
        QVERIFY2(m_centre.initPki(), qPrintable(m_centre.errorString()));
        m_passwordFile = m_centre.workDirectory() + QStringLiteral("/vendor.password");
        QVERIFY(writeAll(m_passwordFile, "correct horse vendor staple\n"));
        m_vendorPath = m_centre.workDirectory() + QStringLiteral("/tagco.p12");
        QString output;
        QVERIFY2(m_centre.runCommand(
                     { QStringLiteral("pki"), QStringLiteral("issue-vendor"), QStringLiteral("--dir"),
                         m_centre.pkiDirectory(), QStringLiteral("--vendor"), QStringLiteral("TAGCO-1"),
                         QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("--out"),
                         m_vendorPath },
                     output),
            qPrintable(m_centre.errorString()));
        QBuffer bundle;
        bundle.setData(readAll(m_vendorPath));
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        QSslKey key;
        QSslCertificate certificate;
        QVERIFY(QSslCertificate::importPkcs12(
            &bundle, &key, &certificate, nullptr, "correct horse vendor staple"));
        CentreProcess::Bundle vendor;
        vendor.certificate = certificate;
        vendor.key = key;
        m_vendorTls = vendor.tlsConfiguration(m_centre.caCertificatePem());
        const auto office = m_centre.issueOffice(QStringLiteral("OFF-LHR-1"), QStringLiteral("PB-LHR"));
        QVERIFY2(office, qPrintable(m_centre.errorString()));
        m_officeTls = office->tlsConfiguration(m_centre.caCertificatePem());
        QVERIFY2(m_centre.start(), qPrintable(m_centre.errorString()));
        // Fix times a little in the past (the centre refuses fixes from the future), whole minutes.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_base = QDateTime::fromSecsSinceEpoch(now - now % 60 - 12 * 3600, QTimeZone::utc());
    }

    void postTwiceIsIdempotent()
    {
        const QString device = QStringLiteral("TEST-TAG-001");
        const QList<Fix> fixes = syntheticFixes(device, 250, m_base);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Answer first = post(ingestUrl(), m_vendorTls, VendorBatch::encode(fixes));
        QCOMPARE(first.status, 200);
        const auto receipt = VendorBatch::decodeReceipt(first.body);
        NIGRAN_VERIFY_OK(receipt);
        QCOMPARE(receipt->accepted, 250);
        QCOMPARE(receipt->duplicates, 0);
        QVERIFY(receipt->receivedAt >= before.addSecs(-1)
            && receipt->receivedAt <= QDateTime::currentDateTimeUtc());

        const QList<StoredFix> stored = storedFixes(device);
        QCOMPARE(stored.size(), 250);
        for (qsizetype i = 0; i < stored.size(); ++i) {
            Fix expected = fixes[i];
            expected.id = stored[i].seq;
            expected.receivedTime = receipt->receivedAt; // the centre's clock, not the vendor's
            QCOMPARE(stored[i].fix, expected);
        }

        // Again: all duplicates, nothing changes. Then half old, half new.
        const Answer again = post(ingestUrl(), m_vendorTls, VendorBatch::encode(fixes));
        QCOMPARE(again.status, 200);
        QCOMPARE(VendorBatch::decodeReceipt(again.body).value().accepted, 0);
        QCOMPARE(VendorBatch::decodeReceipt(again.body).value().duplicates, 250);
        const QList<Fix> overlapping = syntheticFixes(device, 300, m_base.addSecs(200 * 60));
        const Answer mixed = post(ingestUrl(), m_vendorTls, VendorBatch::encode(overlapping));
        QVERIFY2(mixed.status == 200, mixed.body.constData());
        QCOMPARE(VendorBatch::decodeReceipt(mixed.body).value().accepted, 250);
        QCOMPARE(VendorBatch::decodeReceipt(mixed.body).value().duplicates, 50);
        QCOMPARE(storedFixes(device).size(), 500);
        QCOMPARE(storedFixes(device).first().fix.receivedTime, receipt->receivedAt);
    }

    void officeCertificateIsRefused()
    {
        const QString device = QStringLiteral("TEST-TAG-002");
        const Answer answer
            = post(ingestUrl(), m_officeTls, VendorBatch::encode(syntheticFixes(device, 3, m_base)));
        QCOMPARE(answer.status, 403);
        QVERIFY(storedFixes(device).isEmpty());
        // …and the vendor's certificate is refused on the office routes.
        QUrl push = m_centre.url();
        push.setPath(QStringLiteral("/v1/push"));
        QCOMPARE(post(push, m_vendorTls, "x").status, 403);
    }

    void malformedBatchStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QList<Fix> good = syntheticFixes(QStringLiteral("TEST-TAG-003"), 2, m_base);
        QList<Fix> badLat = good;
        badLat[1].latitude = 131.5;
        QTest::addRow("second fix's latitude")
            << VendorBatch::encode(badLat) << QStringLiteral("fixes[1].lat: must be between -90 and 90");
        QList<Fix> badTime = good;
        badTime[1].fixTime = QDateTime::currentDateTimeUtc().addDays(1);
        QTest::addRow("fix from tomorrow") << VendorBatch::encode(
            badTime) << QStringLiteral("fixes[1].fixTime: is more than 10 minutes after");
        QTest::addRow("not JSON") << VendorBatch::encode(good).chopped(5)
                                  << QStringLiteral("batch: is not valid JSON");
    }
    void malformedBatchStoresNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Answer answer = post(ingestUrl(), m_vendorTls, body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(QString::fromUtf8(answer.body).startsWith(message), answer.body.constData());
        QVERIFY(storedFixes(QStringLiteral("TEST-TAG-003")).isEmpty());
    }

    void simulateTags()
    {
        // An hour of six synthetic offenders replayed at 600× (six real seconds), posted at up to 500
        // fixes a second over mutual TLS with the vendor bundle.
        const QDateTime start = m_base.addSecs(-2 * 3600);
        QProcess simulator;
        simulator.setProcessChannelMode(QProcess::MergedChannels);
        simulator.start(CentreProcess::centreBinary(),
            { QStringLiteral("simulate-tags"), QStringLiteral("--url"), m_centre.url().toString(),
                QStringLiteral("--bundle"), m_vendorPath, QStringLiteral("--password-file"), m_passwordFile,
                QStringLiteral("--devices"), QStringLiteral("SIM-TAG-00000..SIM-TAG-00005"),
                QStringLiteral("--rate"), QStringLiteral("500"), QStringLiteral("--speedup"),
                QStringLiteral("600"), QStringLiteral("--start"),
                QString::fromLatin1(VendorBatch::formatTime(start)), QStringLiteral("--end"),
                QString::fromLatin1(VendorBatch::formatTime(start.addSecs(3600))),
                QStringLiteral("--duration"), QStringLiteral("60"), QStringLiteral("--seed"),
                QStringLiteral("7") });
        QVERIFY(simulator.waitForFinished(90000));
        const QString output = QString::fromUtf8(simulator.readAll());
        QVERIFY2(
            simulator.exitStatus() == QProcess::NormalExit && simulator.exitCode() == 0, qPrintable(output));

        // The last progress line accounts for every fix: all sent, all accepted, nothing left.
        static const QRegularExpression last(
            QStringLiteral("sent (\\d+) fixes in (\\d+) batches \\((\\d+) accepted, (\\d+) duplicates\\), "
                           "backlog (\\d+)\\s*$"));
        const QRegularExpressionMatch match = last.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        const qint64 sent = match.captured(1).toLongLong();
        QCOMPARE(match.captured(3).toLongLong(), sent);
        QCOMPARE(match.captured(4).toLongLong(), 0);
        QCOMPARE(match.captured(5).toLongLong(), 0);
        // At least one fix per device per 5 minutes when still, minus signal gaps.
        QVERIFY2(sent >= 6 * 6, qPrintable(output));

        qint64 stored = 0;
        for (int i = 0; i <= 5; ++i) {
            const QList<StoredFix> fixes
                = storedFixes(QStringLiteral("SIM-TAG-%1").arg(i, 5, 10, QLatin1Char('0')));
            for (const StoredFix &fix : fixes) {
                QVERIFY(fix.fix.fixTime >= start && fix.fix.fixTime < start.addSecs(3600));
                QVERIFY(fix.fix.latitude > 23 && fix.fix.latitude < 37); // Pakistan
                QVERIFY(fix.fix.longitude > 60 && fix.fix.longitude < 78);
            }
            stored += fixes.size();
        }
        QCOMPARE(stored, sent);
    }

    void simulateTagsRefusesBadUsage()
    {
        QString output;
        QVERIFY(!m_centre.runCommand(
            { QStringLiteral("simulate-tags"), QStringLiteral("--url"), m_centre.url().toString(),
                QStringLiteral("--bundle"), m_vendorPath, QStringLiteral("--password-file"), m_passwordFile,
                QStringLiteral("--devices"), QStringLiteral("A-01..B-05"), QStringLiteral("--rate"),
                QStringLiteral("10") },
            output));
        QVERIFY2(m_centre.errorString().contains(QLatin1String("same prefix")),
            qPrintable(m_centre.errorString()));
        const QString wrongPassword = m_centre.workDirectory() + QStringLiteral("/wrong.password");
        QVERIFY(writeAll(wrongPassword, "not it\n"));
        QVERIFY(!m_centre.runCommand(
            { QStringLiteral("simulate-tags"), QStringLiteral("--url"), m_centre.url().toString(),
                QStringLiteral("--bundle"), m_vendorPath, QStringLiteral("--password-file"), wrongPassword,
                QStringLiteral("--device-prefix"), QStringLiteral("SIM-"), QStringLiteral("--count"),
                QStringLiteral("2"), QStringLiteral("--rate"), QStringLiteral("10"),
                QStringLiteral("--duration"), QStringLiteral("1") },
            output));
        QVERIFY2(m_centre.errorString().contains(QLatin1String("wrong password")),
            qPrintable(m_centre.errorString()));
    }

    void cleanupTestCase()
    {
        if (m_centre.isRunning())
            QVERIFY2(m_centre.stop(), qPrintable(m_centre.serverLog()));
        // The centre's log names peers and paths, never fix values or device positions.
        const QString log = m_centre.serverLog();
        QVERIFY(log.contains(QLatin1String("/v1/ingest")));
        QVERIFY(!log.contains(QLatin1String("31.52")));
    }
};

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"

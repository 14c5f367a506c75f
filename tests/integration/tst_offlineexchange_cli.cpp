// The offline exchange through the real command line: an office's file answered by the
// `nigran-centre exchange` process (while `nigran-centre serve` runs on the same SQLite store, and
// `status` reads it), the reply imported by the office; a replayed file applies nothing twice; a file
// signed by a revoked office certificate is refused and no reply is written.

#include "../common/centreprocess.h"
#include "../common/officefixture.h"
#include "../common/syncfixture.h"
#include "../common/testsupport.h"

#include "client/credentialstore.h"
#include "exchange/offlineexchange.h"
#include "pki/officebundle.h"
#include "store/syncstate.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using Nigran::Testing::CentreProcess;
using Nigran::Testing::OfficeFixture;
using NetworkSyncHelper = Nigran::Testing::NetworkSync;

class TestOfflineExchangeCli : public QObject
{
    Q_OBJECT

private:
    /// Runs `nigran-centre exchange`; its exit code and output (stdout and stderr).
    static int runExchange(CentreProcess &centre, const QString &in, const QString &out, QString &output)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(CentreProcess::centreBinary(),
            { QStringLiteral("exchange"), QStringLiteral("--dir"), centre.pkiDirectory(),
                QStringLiteral("--in"), in, QStringLiteral("--out"), out, QStringLiteral("--store"),
                QStringLiteral("sqlite:") + centre.workDirectory() + QStringLiteral("/centre.db") });
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        output = QString::fromUtf8(process.readAll());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void officeFileThroughTheCentreProcess()
    {
        if (CentreProcess::centreBinary().isEmpty())
            QSKIP("NIGRAN_CENTRE is not set (run through ctest)");
        CentreProcess centre;
        QVERIFY2(centre.initPki(), qPrintable(centre.errorString()));
        OfficeFixture fixture;
        Office &office = fixture.session(QStringLiteral("prosecutor"));
        const auto bundle = centre.issueOffice(office.officeId(), OfficeFixture::District);
        QVERIFY2(bundle, qPrintable(centre.errorString()));
        auto credentials = OfficeBundle::read(bundle->pkcs12, bundle->password);
        NIGRAN_VERIFY_OK(credentials);
        NIGRAN_VERIFY_OK(CredentialStore::enrol(fixture.session(QStringLiteral("admin")), *credentials));
        // `serve` runs on the same SQLite store the whole time.
        QVERIFY2(centre.start(), qPrintable(centre.errorString()));

        fixture.enterCompleteCase(office, 1);
        fixture.addPeople(office, 2, 20);
        const QString usb = centre.workDirectory() + QStringLiteral("/usb");
        QVERIFY(QDir().mkpath(usb));
        OfflineExchange exchange(office);
        auto exported = exchange.exportToFile(usb + QStringLiteral("/office.nigx"));
        NIGRAN_VERIFY_OK(exported);
        QCOMPARE(exported->items, 7);

        QString output;
        QCOMPARE(runExchange(centre, usb + QStringLiteral("/office.nigx"),
                     usb + QStringLiteral("/reply.nigx"), output),
            0);
        QVERIFY2(output.contains(QStringLiteral("1 batches")), qPrintable(output));
        QVERIFY2(output.contains(office.officeId()), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("Namoona")), qPrintable(output)); // ids and counts only
        QCOMPARE(QFile::permissions(usb + QStringLiteral("/reply.nigx"))
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());

        auto imported = exchange.importFile(usb + QStringLiteral("/reply.nigx"));
        NIGRAN_VERIFY_OK(imported);
        QCOMPARE(imported->report.batches, 1);
        QCOMPARE(imported->report.applied, 7);
        QCOMPARE(imported->report.rowsPulled, 7);
        QVERIFY(!imported->hasMore);
        QCOMPARE(SyncState::outboxSize(office.database()).value(), 0);

        // `status` reads the store while `serve` holds it.
        QString status;
        QVERIFY2(centre.runCommand(
                     { QStringLiteral("status"), QStringLiteral("--dir"), centre.pkiDirectory(),
                         QStringLiteral("--store"),
                         QStringLiteral("sqlite:") + centre.workDirectory() + QStringLiteral("/centre.db") },
                     status),
            qPrintable(centre.errorString()));
        QVERIFY2(status.contains(office.officeId()) && status.contains(QStringLiteral("verified")),
            qPrintable(status));

        // The same file again (a second stick): the same results, nothing applied twice.
        QCOMPARE(runExchange(centre, usb + QStringLiteral("/office.nigx"),
                     usb + QStringLiteral("/reply2.nigx"), output),
            0);
        const qint64 cursor = SyncState::cursor(office.database()).value();
        auto again = exchange.importFile(usb + QStringLiteral("/reply2.nigx"));
        NIGRAN_VERIFY_OK(again);
        QVERIFY(again->changedNothing());
        QCOMPARE(again->batchesAlreadyAcknowledged, 1);
        QCOMPARE(SyncState::cursor(office.database()).value(), cursor);
        // An existing reply is never overwritten.
        QVERIFY(runExchange(
                    centre, usb + QStringLiteral("/office.nigx"), usb + QStringLiteral("/reply.nigx"), output)
            != 0);

        // The office certificate is revoked: its next file is refused and no reply is written.
        QVERIFY2(centre.revoke(bundle->serial), qPrintable(centre.errorString()));
        fixture.addPeople(office, 1, 30);
        NIGRAN_VERIFY_OK(exchange.exportToFile(usb + QStringLiteral("/office3.nigx")));
        QCOMPARE(runExchange(centre, usb + QStringLiteral("/office3.nigx"),
                     usb + QStringLiteral("/reply3.nigx"), output),
            1);
        QVERIFY2(output.contains(QStringLiteral("has been revoked")) && output.contains(bundle->serial),
            qPrintable(output));
        QVERIFY(!QFileInfo::exists(usb + QStringLiteral("/reply3.nigx")));
        QVERIFY(centre.stop());
    }

    void serveAnswersOfficesConcurrently()
    {
        // `serve` no longer wraps the service in one global lock: two offices sync at the same time over
        // mutual TLS (requests overlap on the worker threads), and both end with the same register.
        if (CentreProcess::centreBinary().isEmpty())
            QSKIP("NIGRAN_CENTRE is not set (run through ctest)");
        CentreProcess centre;
        QVERIFY2(centre.initPki(), qPrintable(centre.errorString()));
        centre.setServeArguments({ QStringLiteral("--threads"), QStringLiteral("4") });
        OfficeFixture fixtureA, fixtureB;
        std::vector<std::unique_ptr<NetworkSyncHelper>> syncs;
        for (OfficeFixture *fixture : { &fixtureA, &fixtureB }) {
            Office &office = fixture->session(QStringLiteral("prosecutor"));
            const auto bundle = centre.issueOffice(office.officeId(), OfficeFixture::District);
            QVERIFY2(bundle, qPrintable(centre.errorString()));
            auto credentials = OfficeBundle::read(bundle->pkcs12, bundle->password);
            NIGRAN_VERIFY_OK(credentials);
            fixture->addPeople(office, 40, fixture == &fixtureA ? 0 : 1000);
            syncs.push_back(std::make_unique<NetworkSyncHelper>(office, *credentials));
            syncs.back()->setBatchRows(SyncSession::MinBatchRows);
            syncs.back()->setPageSize(7);
        }
        QVERIFY2(centre.start(), qPrintable(centre.errorString()));
        int finished = 0;
        QStringList failures;
        for (auto &sync : syncs)
            sync->start({}, [&](Result<SyncReport> report) {
                ++finished;
                if (!report)
                    failures << report.error().message;
            });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 120000);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        for (auto &sync : syncs)
            NIGRAN_VERIFY_OK(sync->run()); // each now pulls the rest of the other's rows
        const auto a = Nigran::Testing::officeRegisterLines(fixtureA.session(QStringLiteral("prosecutor")));
        const auto b = Nigran::Testing::officeRegisterLines(fixtureB.session(QStringLiteral("prosecutor")));
        NIGRAN_VERIFY_OK(a);
        NIGRAN_VERIFY_OK(b);
        QCOMPARE(a->size(), 80);
        QCOMPARE(*a, *b);
        QVERIFY(centre.stop());
    }
};

QTEST_GUILESS_MAIN(TestOfflineExchangeCli)
#include "tst_offlineexchange_cli.moc"

// The offline exchange dialog on a real, enrolled office store with an in-process centre: export, the
// centre's answer, import; the summary the user reads; a second import and a damaged reply are told
// clearly and change nothing.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "sync/offlineexchangedialog.h"

#include "centre/centreservice.h"
#include "centre/sqlitecentrestore.h"
#include "client/credentialstore.h"
#include "exchange/centreexchange.h"
#include "pki/certificateauthority.h"
#include "pki/officebundle.h"
#include "store/syncstate.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Nigran;
using Nigran::Testing::OfficeFixture;

class TestOfflineExchangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void exportImportAndRefusal()
    {
        QTemporaryDir dir;
        const QString pki = dir.filePath(QStringLiteral("pki"));
        auto ca = Sync::CertificateAuthority::init(pki, QUrl(QStringLiteral("https://127.0.0.1:9")));
        NIGRAN_VERIFY_OK(ca);
        OfficeFixture fixture;
        Models::Office &office = fixture.session(QStringLiteral("prosecutor"));
        auto issued
            = ca->issueOffice(office.officeId(), OfficeFixture::District, QStringLiteral("bundle password"));
        NIGRAN_VERIFY_OK(issued);
        auto credentials = Sync::OfficeBundle::read(issued->pkcs12, QStringLiteral("bundle password"));
        NIGRAN_VERIFY_OK(credentials);
        NIGRAN_VERIFY_OK(
            Sync::CredentialStore::enrol(fixture.session(QStringLiteral("admin")), *credentials));
        auto store = Sync::SqliteCentreStore::open(dir.filePath(QStringLiteral("centre.db")));
        NIGRAN_VERIFY_OK(store);
        Sync::CentreService service(**store, fixture.clock());
        auto keys = Sync::CentreExchange::loadKeys(pki);
        NIGRAN_VERIFY_OK(keys);
        Sync::CentreExchange centre(service, *keys);

        fixture.addPeople(office, 2, 10);
        Gui::OfflineExchangeDialog dialog(office);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.progressBar()->isVisible());
        QSignalSpy exported(&dialog, &Gui::OfflineExchangeDialog::exported);
        QSignalSpy imported(&dialog, &Gui::OfflineExchangeDialog::imported);

        const QString file = dir.filePath(QStringLiteral("office.nigx"));
        dialog.exportTo(file);
        QVERIFY2(!dialog.lastFailed(), qPrintable(dialog.resultLabel()->text()));
        QCOMPARE(exported.size(), 1);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("1 batch")),
            qPrintable(dialog.resultLabel()->text()));
        QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("2 change")));
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(!dialog.progressBar()->isVisible());

        auto answered = centre.answer(Testing::readAll(file));
        NIGRAN_VERIFY_OK(answered);
        const QString reply = dir.filePath(QStringLiteral("reply.nigx"));
        QVERIFY(Testing::writeAll(reply, answered->reply));
        dialog.importFrom(reply);
        QVERIFY2(!dialog.lastFailed(), qPrintable(dialog.resultLabel()->text()));
        QCOMPARE(imported.size(), 1);
        const QString summary = dialog.resultLabel()->text();
        QVERIFY2(
            summary.contains(QStringLiteral("Batches acknowledged by the centre: 1")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Changes applied at the centre: 2")));
        QVERIFY(summary.contains(QStringLiteral("Conflicts (both versions kept, to be resolved): 0")));
        QVERIFY(summary.contains(QStringLiteral("Rows received from the centre: 2")));
        QCOMPARE(Models::SyncState::outboxSize(office.database()).value(), 0);

        dialog.importFrom(reply);
        QVERIFY(!dialog.lastFailed());
        QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("already imported")),
            qPrintable(dialog.resultLabel()->text()));

        QByteArray damaged = answered->reply;
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 1);
        const QString bad = dir.filePath(QStringLiteral("damaged.nigx"));
        QVERIFY(Testing::writeAll(bad, damaged));
        const Testing::WriteCounts before = Testing::writeCounts(office);
        dialog.importFrom(bad);
        QVERIFY(dialog.lastFailed());
        QVERIFY2(dialog.resultLabel()->text().contains(
                     QStringLiteral("damaged.nigx was not imported; nothing changed")),
            qPrintable(dialog.resultLabel()->text()));
        QVERIFY(Testing::writeCounts(office) == before); // no row, outbox or audit entry written
        QCOMPARE(imported.size(), 2);
        QVERIFY(dialog.importButton()->isEnabled());
    }
};

QTEST_MAIN(TestOfflineExchangeDialog)
#include "tst_offlineexchangedialog.moc"

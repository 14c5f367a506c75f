// The client's side of sync with real widgets (offscreen): an administrator enrols the office through
// the enrolment dialog with a real bundle, tests the connection against a real mutual-TLS centre
// (in-process CentreServer on loopback) and syncs; the status indicator shows pending changes after an
// edit and none after a sync; the conflict view shows both versions field by field and saving a
// resolution writes a resolving revision that closes the conflict at the centre and the other office.

#include "../common/officefixture.h"
#include "../common/testsupport.h"

#include "centre/centreservice.h"
#include "centre/sqlitecentrestore.h"
#include "client/credentialstore.h"
#include "client/loopbacktransport.h"
#include "client/syncsession.h"
#include "domain/recordcodec.h"
#include "mainwindow.h"
#include "pki/certificateauthority.h"
#include "pki/officebundle.h"
#include "server/centreserver.h"
#include "store/syncstate.h"
#include "sync/conflictsdialog.h"
#include "sync/enrolmentdialog.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"

#include <QAction>
#include <QCborValue>
#include <QComboBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <mutex>
#include <thread>

using namespace Nigran::Sync;
using namespace Nigran::Models;
using namespace Nigran::Gui;
using Nigran::Testing::OfficeFixture;

namespace {

const QString BundlePassword = QStringLiteral("bundle password 1");

/// A real centre in this process: its PKI, an SQLite store and the HTTPS server (mutual TLS 1.3) on a
/// free loopback port, serving from its own thread.
class InProcessCentre
{
public:
    explicit InProcessCentre(const QString &directory)
        : m_directory(directory)
    { }
    ~InProcessCentre() { stop(); }

    bool start()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = probe.serverPort();
        probe.close();
        auto authority = CertificateAuthority::init(
            m_directory + QStringLiteral("/pki"), QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port)));
        if (!authority)
            return fail(authority.error().message);
        m_authority = std::make_unique<CertificateAuthority>(std::move(*authority));
        auto store = SqliteCentreStore::open(m_directory + QStringLiteral("/centre.db"));
        if (!store)
            return fail(store.error().message);
        m_store = std::move(*store);
        m_service = std::make_unique<CentreService>(*m_store, Clock::system());
        CentreServer::Settings settings;
        settings.pkiDirectory = m_directory + QStringLiteral("/pki");
        settings.port = m_port;
        settings.threads = 2;
        m_server = std::make_unique<CentreServer>(settings);
        for (const Endpoint endpoint : OfficeEndpoints) {
            m_server->addOfficeRoute(
                endpointPath(endpoint), [this, endpoint](const PeerIdentity &peer, const QByteArray &body) {
                    const std::lock_guard lock(m_mutex);
                    auto response = m_service->handle(endpoint, peer, body);
                    if (!response)
                        return Reply::text(response.error().message.toUtf8(), 400);
                    return Reply { 200, QByteArrayLiteral("application/cbor"), *response };
                });
        }
        auto listening = m_server->listen();
        if (!listening)
            return fail(listening.error().message);
        m_thread = std::thread([this] { (void)m_server->run(); });
        return true;
    }

    void stop()
    {
        if (m_thread.joinable()) {
            m_server->stop();
            m_thread.join();
        }
    }

    /// A bundle for `officeId`, written to the centre's folder; returns its path.
    QString issue(const QString &officeId, const QString &district)
    {
        auto issued = m_authority->issueOffice(officeId, district, BundlePassword);
        if (!issued)
            return fail(issued.error().message), QString();
        const QString path = m_directory + QStringLiteral("/%1.p12").arg(officeId);
        return Nigran::Testing::writeAll(path, issued->pkcs12) ? path : QString();
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QString m_directory;
    int m_port = 0;
    std::unique_ptr<CertificateAuthority> m_authority;
    std::unique_ptr<SqliteCentreStore> m_store;
    std::unique_ptr<CentreService> m_service;
    std::unique_ptr<CentreServer> m_server;
    std::mutex m_mutex;
    std::thread m_thread;
    QString m_error;
};

Person loadPerson(Office &office, const QString &id)
{
    const auto stored = office.records().get(RecordKinds::person, id).value();
    return personFromCbor(QCborValue::fromCbor(stored->body).toMap()).value();
}

Result<SyncReport> loopbackSync(Office &office, CentreService &centre)
{
    LoopbackTransport transport(
        centre, { PeerIdentity::Kind::Office, office.officeId(), office.district(), QStringLiteral("01") });
    SyncSession session(office, transport);
    std::optional<Result<SyncReport>> outcome;
    session.run([&](Result<SyncReport> result) { outcome = std::move(result); });
    if (!outcome)
        return fail(ErrorCode::Io, QStringLiteral("the loopback sync did not finish"));
    return *outcome;
}

SyncScheduler::Settings quietSettings()
{
    SyncScheduler::Settings settings;
    settings.firstDelay = std::chrono::hours(1); // only on demand in these tests
    settings.interval = std::chrono::hours(1);
    return settings;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString nextPath(const char *name)
    {
        return m_dir.filePath(QStringLiteral("%1%2").arg(QLatin1String(name)).arg(++m_count));
    }

private slots:
    void enrolThroughTheDialog()
    {
        InProcessCentre centre(nextPath("centre"));
        QVERIFY2(centre.start(), qPrintable(centre.error()));
        OfficeFixture fixture(nextPath("office"));
        Office &admin = fixture.session(QStringLiteral("admin"));
        const QString bundle = centre.issue(admin.officeId(), OfficeFixture::District);
        QVERIFY2(!bundle.isEmpty(), qPrintable(centre.error()));

        MainWindow window;
        window.setSession(admin);
        window.show();
        SyncController *sync = window.syncController();
        QVERIFY(sync);
        QVERIFY(!sync->scheduler());
        QVERIFY(sync->statusWidget()->text().contains(QStringLiteral("not enrolled")));
        QVERIFY(sync->enrolAction()->isVisible());
        QVERIFY(!sync->syncNowAction()->isVisible());

        sync->enrolAction()->trigger();
        EnrolmentDialog *dialog = sync->enrolmentDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->enrolButton()->isEnabled());
        // A wrong password is refused with a message and enables nothing.
        dialog->fileEdit()->setText(bundle);
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("wrong password"));
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        QVERIFY(!dialog->hasBundle());
        QVERIFY(!dialog->resultLabel()->text().isEmpty());
        QVERIFY(!dialog->enrolButton()->isEnabled());

        dialog->passwordEdit()->clear();
        QTest::keyClicks(dialog->passwordEdit(), BundlePassword);
        QTest::mouseClick(dialog->readButton(), Qt::LeftButton);
        QVERIFY(dialog->hasBundle());
        const QString details = dialog->detailsLabel()->text();
        QVERIFY2(details.contains(admin.officeId()), qPrintable(details));
        QVERIFY(details.contains(OfficeFixture::District));
        QVERIFY(details.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(dialog->testButton()->isEnabled());

        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testButton()->isEnabled(), 30000);
        QVERIFY2(dialog->connectionTested(), qPrintable(dialog->resultLabel()->text()));
        QVERIFY(dialog->resultLabel()->text().contains(admin.officeId()));

        QCOMPARE(Nigran::Testing::auditCount(admin, "sync-enrol"), 0);
        QTest::mouseClick(dialog->enrolButton(), Qt::LeftButton);
        QCOMPARE(Nigran::Testing::auditCount(admin, "sync-enrol"), 1);
        QVERIFY(CredentialStore::isEnrolled(admin).value());
        QTRY_VERIFY(!sync->enrolmentDialog());
        QVERIFY(sync->scheduler());
        QVERIFY(sync->syncNowAction()->isVisible());

        // Sync now, over the network, from the Tools menu.
        sync->syncNowAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(sync->scheduler()->state() != SyncScheduler::State::Syncing, 30000);
        QVERIFY2(sync->scheduler()->state() == SyncScheduler::State::Idle,
            qPrintable(sync->scheduler()->lastError()));
        QVERIFY(sync->scheduler()->lastSuccess().isValid());
        QVERIFY2(sync->statusWidget()->text().startsWith(QStringLiteral("Synced")),
            qPrintable(sync->statusWidget()->text()));
        QVERIFY(Nigran::Testing::auditCount(admin, "sync-pull") >= 1);
        window.clearSession();
    }

    void roleDecidesTheActions()
    {
        OfficeFixture fixture(nextPath("office"));
        MainWindow window;
        window.setSession(fixture.session(QStringLiteral("prosecutor")));
        SyncController *sync = window.syncController();
        QVERIFY(!sync->enrolAction()->isVisible());
        QVERIFY(sync->conflictsAction()->isVisible());
        QVERIFY(!sync->showEnrolmentDialog());
        window.clearSession();
        QVERIFY(!window.syncController());
        window.setSession(fixture.session(QStringLiteral("admin")));
        QVERIFY(window.syncController()->enrolAction()->isVisible());
        QVERIFY(!window.syncController()->conflictsAction()->isVisible()); // no case data for administrators
        window.clearSession();
    }

    void statusShowsPendingChanges()
    {
        InProcessCentre centre(nextPath("centre"));
        QVERIFY2(centre.start(), qPrintable(centre.error()));
        OfficeFixture fixture(nextPath("office"));
        Office &admin = fixture.session(QStringLiteral("admin"));
        const QString bundle = centre.issue(admin.officeId(), OfficeFixture::District);
        auto credentials = OfficeBundle::read(Nigran::Testing::readAll(bundle), BundlePassword);
        NIGRAN_VERIFY_OK(credentials);
        NIGRAN_VERIFY_OK(CredentialStore::enrol(admin, *credentials));

        Office &prosecutor = fixture.session(QStringLiteral("prosecutor"));
        MainWindow window;
        window.setSession(prosecutor);
        window.show();
        SyncController *sync = window.syncController();
        sync->setSchedulerSettings(quietSettings());
        sync->reload();
        QVERIFY(sync->scheduler());
        QVERIFY2(sync->statusWidget()->text().contains(QStringLiteral("0 pending")),
            qPrintable(sync->statusWidget()->text()));

        fixture.addPeople(prosecutor, 2);
        const qint64 outbox = SyncState::outboxSize(prosecutor.database()).value();
        QVERIFY(outbox >= 2);
        // The indicator catches up by itself (it re-reads the counts every few seconds).
        QTRY_VERIFY_WITH_TIMEOUT(
            sync->statusWidget()->text().contains(QStringLiteral("%1 pending").arg(outbox)),
            SyncController::CountRefreshMs * 3);
        QVERIFY(sync->statusWidget()->details().contains(QString::number(outbox)));

        // Clicking the indicator syncs now; a busy bar shows while it runs.
        QTest::mouseClick(sync->statusWidget()->button(), Qt::LeftButton);
        QCOMPARE(sync->scheduler()->state(), SyncScheduler::State::Syncing);
        QVERIFY(sync->statusWidget()->progressBar()->isVisible());
        QVERIFY(sync->statusWidget()->text().startsWith(QStringLiteral("Syncing")));
        QTRY_VERIFY_WITH_TIMEOUT(sync->scheduler()->state() != SyncScheduler::State::Syncing, 30000);
        QVERIFY2(sync->scheduler()->state() == SyncScheduler::State::Idle,
            qPrintable(sync->scheduler()->lastError()));
        QVERIFY(!sync->statusWidget()->progressBar()->isVisible());
        QVERIFY(sync->scheduler()->batchesDone() >= 1);
        QVERIFY2(sync->statusWidget()->text().contains(QStringLiteral("0 pending")),
            qPrintable(sync->statusWidget()->text()));
        QCOMPARE(SyncState::outboxSize(prosecutor.database()).value(), 0);
        window.clearSession();
    }

    void conflictViewResolvesFieldByField()
    {
        // Two offices of one district and an in-process centre (loopback transport).
        OfficeFixture fixtureA(nextPath("officeA")), fixtureB(nextPath("officeB"));
        Office &a = fixtureA.session(QStringLiteral("prosecutor"));
        Office &b = fixtureB.session(QStringLiteral("prosecutor"));
        auto store = SqliteCentreStore::open(nextPath("centre"));
        NIGRAN_VERIFY_OK(store);
        CentreService centre(**store, fixtureA.clock());

        const QString id = fixtureA.addPeople(a, 1).first();
        NIGRAN_VERIFY_OK(loopbackSync(a, centre));
        NIGRAN_VERIFY_OK(loopbackSync(b, centre));
        Person atA = loadPerson(a, id);
        atA.marks = QStringLiteral("scar on the left hand");
        NIGRAN_VERIFY_OK(RegisterService(a).updatePerson(atA));
        Person atB = loadPerson(b, id);
        atB.marks = QStringLiteral("scar on the right hand");
        NIGRAN_VERIFY_OK(RegisterService(b).updatePerson(atB));
        NIGRAN_VERIFY_OK(loopbackSync(a, centre));
        auto conflicted = loopbackSync(b, centre);
        NIGRAN_VERIFY_OK(conflicted);
        QCOMPARE(conflicted->conflicts, 1);
        QCOMPARE(loadPerson(b, id).marks, QStringLiteral("scar on the left hand")); // the centre's version

        MainWindow window;
        window.setSession(b);
        window.show();
        SyncController *sync = window.syncController();
        sync->conflictsAction()->trigger();
        ConflictsDialog *dialog = sync->conflictsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->conflictList()->count(), 1);
        QCOMPARE(dialog->conflictList()->currentRow(), 0);
        QTableWidget *table = dialog->fieldTable();
        QVERIFY(table->rowCount() > 5);
        int marksRow = -1;
        int differing = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString field = table->item(row, ConflictsDialog::FieldColumn)->text();
            const bool enabled = dialog->choiceAt(row)->isEnabled();
            differing += enabled ? 1 : 0;
            if (field == QLatin1String("marks"))
                marksRow = row;
            else if (field == QLatin1String("nameLatin"))
                QCOMPARE(table->item(row, ConflictsDialog::CurrentColumn)->text(),
                    table->item(row, ConflictsDialog::ConflictingColumn)->text());
        }
        QVERIFY(marksRow >= 0);
        QCOMPARE(differing, 1); // only the marks differ
        QCOMPARE(table->item(marksRow, ConflictsDialog::CurrentColumn)->text(),
            QStringLiteral("scar on the left hand"));
        QCOMPARE(table->item(marksRow, ConflictsDialog::ConflictingColumn)->text(),
            QStringLiteral("scar on the right hand"));
        QVERIFY(table->item(marksRow, ConflictsDialog::FieldColumn)->font().bold());
        QVERIFY(!dialog->choiceAt(marksRow)->accessibleName().isEmpty());

        // Keep the conflicting marks, with the keyboard, and save.
        QComboBox *choice = dialog->choiceAt(marksRow);
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_Down);
        QCOMPARE(choice->currentIndex(), 1);
        QCOMPARE(Nigran::Testing::auditCount(b, "resolve"), 0);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(Nigran::Testing::auditCount(b, "resolve"), 1);
        QCOMPARE(loadPerson(b, id).marks, QStringLiteral("scar on the right hand"));
        QCOMPARE(Nigran::Testing::count(b, "SELECT count(*) FROM outbox WHERE resolves IS NOT NULL"), 1);
        // Until the centre acknowledges it, the conflict is listed as waiting and cannot be resolved twice.
        QCOMPARE(dialog->conflictList()->count(), 1);
        QVERIFY(dialog->conflicts().first().resolutionPending);
        QVERIFY(!dialog->saveButton()->isEnabled());

        // The resolution syncs: the conflict closes at both offices and both hold the chosen marks.
        auto resolved = loopbackSync(b, centre);
        NIGRAN_VERIFY_OK(resolved);
        QCOMPARE(resolved->conflicts, 0);
        NIGRAN_VERIFY_OK(loopbackSync(a, centre));
        QCOMPARE(loadPerson(a, id).marks, QStringLiteral("scar on the right hand"));
        QCOMPARE(Nigran::Testing::count(a, "SELECT count(*) FROM sync_conflicts WHERE open = 1"), 0);
        QCOMPARE(Nigran::Testing::count(b, "SELECT count(*) FROM sync_conflicts WHERE open = 1"), 0);
        dialog->reload();
        QCOMPARE(dialog->conflictList()->count(), 0);
        window.clearSession();
    }

    void rightToLeft()
    {
        OfficeFixture fixture(nextPath("office"));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        MainWindow window;
        window.setSession(fixture.session(QStringLiteral("prosecutor")));
        window.show();
        SyncStatusWidget *status = window.syncController()->statusWidget();
        QCOMPARE(status->layoutDirection(), Qt::RightToLeft);
        ConflictsDialog *dialog = window.syncController()->showConflicts();
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        window.clearSession();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"

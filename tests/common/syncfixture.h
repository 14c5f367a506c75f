#pragma once

// Shared helpers of the sync integration tests, the sync benchmark and tests/tools/office_agent
// (header-only; needs nigran_sync, never QtTest):
//
// - createOffice() / openOffice(): a real office store (fast test KDF) with an administrator and a
//   prosecutor, in any district;
// - RandomEditor: seeded random synthetic edits (Namoona people, CNICs starting with 9);
// - officeRegisterLines() / centreRegisterLines() / digestOf(): one canonical line per row (register
//   rows and sync conflicts: table, id, district, version, HLC, origin, tombstone, SHA-256 of the body),
//   the same for an office and for the centre's store, so "identical data" is one comparison;
// - NetworkSync: one office's SyncSession over the real NetworkTransport (mutual TLS), optionally
//   through another URL (a FaultProxy), asynchronous or blocking;
// - AgentProcess: tests/tools/office_agent as a real process whose output lines arrive through the
//   event loop (every wait spins it, so a FaultProxy in the same thread keeps working).

#include "centre/centrestore.h"
#include "client/networktransport.h"
#include "client/syncsession.h"
#include "domain/recordcodec.h"
#include "pki/officebundle.h"
#include "security/clock.h"
#include "security/keywrapper.h"
#include "services/office.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"
#include "store/recordkind.h"
#include "store/syncstate.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>

namespace Nigran::Testing {

inline const QString SyncOfficePassword = QStringLiteral("correct horse battery");
inline const QString SyncEditorLogin = QStringLiteral("prosecutor");

/// Creates an office store in `directory` (fast test KDF) with "admin" and "prosecutor"; its office id.
inline Models::Result<QString> createOffice(
    const QString &directory, const QString &district, const Models::Clock &clock = Models::Clock::system())
{
    using namespace Nigran::Models;
    auto admin = Office::create(directory,
        { district, QStringLiteral("Specimen Office Namoona"), QStringLiteral("admin"),
            QStringLiteral("Admin Namoona"), SyncOfficePassword },
        KdfParams::forTests(), clock);
    if (!admin)
        return tl::unexpected(admin.error());
    NIGRAN_TRY(
        (*admin)->addUser({ SyncEditorLogin, QStringLiteral("Prosecutor Namoona"), Role::Prosecutor, true },
            SyncOfficePassword));
    return (*admin)->officeId();
}

/// Signs the prosecutor in to an office made by createOffice().
inline Models::Result<std::unique_ptr<Models::Office>> openOffice(
    const QString &directory, const Models::Clock &clock = Models::Clock::system())
{
    return Models::Office::unlock(
        directory, SyncEditorLogin, SyncOfficePassword, Models::KdfParams::forTests(), clock);
}

// ---------------------------------------------------------------------------------------------------
// Canonical register lines and digests

inline QString digestLine(const QString &table, const QString &id, const QString &district, qint64 version,
    qint64 hlc, const QString &origin, bool deleted, const QByteArray &body)
{
    return QStringLiteral("%1 %2 %3 v%4 h%5 o%6 d%7 b%8")
        .arg(table, id, district)
        .arg(version)
        .arg(hlc)
        .arg(origin)
        .arg(deleted ? 1 : 0)
        .arg(
            QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(24)));
}

/// The kinds a digest covers: every register table and the district's sync conflicts.
inline QList<const Models::RecordKind *> digestKinds()
{
    QList<const Models::RecordKind *> kinds = Models::RecordKinds::all;
    kinds << &Models::RecordKinds::syncConflict;
    return kinds;
}

/// Every row an office holds (register and conflicts), one canonical line each, sorted.
inline Models::Result<QStringList> officeRegisterLines(Models::Office &office)
{
    QStringList lines;
    for (const Models::RecordKind *kind : digestKinds()) {
        auto rows = office.database().prepare(
            std::string("SELECT id, district, version, hlc, origin, deleted, body FROM ") + kind->table);
        if (!rows)
            return tl::unexpected(rows.error());
        while (true) {
            auto more = rows->step();
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            lines << digestLine(QLatin1String(kind->table), rows->text(0), rows->text(1), rows->int64(2),
                rows->int64(3), rows->text(4), rows->int64(5) != 0, rows->blob(6));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

/// Every row the centre holds for `district` (register and conflicts), in the same form, sorted.
inline Models::Result<QStringList> centreRegisterLines(Sync::CentreStore &store, const QString &district)
{
    auto tx = store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    auto rows = (*tx)->changesSince(district, 0, 10'000'000);
    if (!rows)
        return tl::unexpected(rows.error());
    QStringList lines;
    for (const Sync::WireRow &row : std::as_const(*rows))
        lines << digestLine(
            row.entity, row.id, row.district, row.version, row.hlc, row.origin, row.deleted, row.body);
    std::sort(lines.begin(), lines.end());
    return lines;
}

inline QString digestOf(const QStringList &lines)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// The highest change sequence the centre handed out in these districts (each assignment is one
/// applied change or one recorded conflict; the last one is always some row's current version).
inline Models::Result<qint64> centreMaxVersion(Sync::CentreStore &store, const QStringList &districts)
{
    auto tx = store.begin();
    if (!tx)
        return tl::unexpected(tx.error());
    qint64 highest = 0;
    for (const QString &district : districts) {
        auto rows = (*tx)->changesSince(district, 0, 10'000'000);
        if (!rows)
            return tl::unexpected(rows.error());
        if (!rows->isEmpty())
            highest = std::max(highest, rows->last().version);
    }
    return highest;
}

// ---------------------------------------------------------------------------------------------------
// Random synthetic edits

/// One committed edit: the row it is about (the person) and that row's HLC after the commit.
struct CommittedEdit
{
    QString kind; ///< "create", "case", "update", "delete"
    QString table;
    QString id;
    qint64 hlc = 0;
};

/// Seeded random edits through RegisterService and RecordStore, as a prosecutor makes them: new
/// people (45 %), new complete case files (15 %: person, case, charge, conviction, sentence), a change
/// of a live person's identifying marks (30 %) and a tombstone (10 %). Synthetic index `indexBase + n`
/// for the n-th new person, so offices given distinct bases never create the same CNIC.
class RandomEditor
{
public:
    /// `wholeStore`: changes and tombstones pick any live person of the store (other offices' too);
    /// otherwise only people this editor created.
    RandomEditor(Models::Office &office, quint32 seed, qint64 indexBase, bool wholeStore = false)
        : m_office(office)
        , m_random(seed)
        , m_nextIndex(indexBase)
        , m_wholeStore(wholeStore)
    { }

    [[nodiscard]] Models::Result<CommittedEdit> editOnce()
    {
        using namespace Nigran::Models;
        std::uniform_int_distribution<int> percent(0, 99);
        const int roll = percent(m_random);
        auto candidates = liveCandidates();
        if (!candidates)
            return tl::unexpected(candidates.error());
        if (roll < 45 || candidates->isEmpty())
            return createPerson();
        if (roll < 60)
            return createCase();
        std::uniform_int_distribution<qsizetype> pick(0, candidates->size() - 1);
        const QString id = candidates->at(pick(m_random));
        if (roll < 90)
            return updateMarks(id);
        NIGRAN_TRY(m_office.records().remove(RecordKinds::person, id, m_office.user().login));
        m_created.removeAll(id);
        return committed(QStringLiteral("delete"), id);
    }

    [[nodiscard]] Models::Result<CommittedEdit> createPerson()
    {
        Models::RegisterService service(m_office);
        auto id = service.createPerson(m_synthetic.person(m_nextIndex++, m_office.district()), true);
        if (!id)
            return tl::unexpected(id.error());
        m_created << *id;
        return committed(QStringLiteral("create"), *id);
    }

    [[nodiscard]] Models::Result<CommittedEdit> createCase()
    {
        using namespace Nigran::Models;
        RegisterService service(m_office);
        const qint64 index = m_nextIndex++;
        auto id = service.createPerson(m_synthetic.person(index, m_office.district()), true);
        if (!id)
            return tl::unexpected(id.error());
        SyntheticCaseFile file = m_synthetic.caseFile(index, *id, m_office.district());
        auto caseId = service.saveCase(*id, file.caseRecord);
        if (!caseId)
            return tl::unexpected(caseId.error());
        file.charge.caseId = *caseId;
        file.conviction.caseId = *caseId;
        if (auto charge = service.saveCharge(file.charge); !charge)
            return tl::unexpected(charge.error());
        auto convictionId = service.saveConviction(file.conviction);
        if (!convictionId)
            return tl::unexpected(convictionId.error());
        file.sentence.convictionId = *convictionId;
        if (auto ledger = service.saveSentence(*id, file.sentence); !ledger)
            return tl::unexpected(ledger.error());
        m_created << *id;
        return committed(QStringLiteral("case"), *id);
    }

    [[nodiscard]] Models::Result<CommittedEdit> updateMarks(const QString &id)
    {
        using namespace Nigran::Models;
        auto stored = m_office.records().get(RecordKinds::person, id);
        if (!stored)
            return tl::unexpected(stored.error());
        if (!*stored)
            return fail(ErrorCode::NotFound, QStringLiteral("person %1 is not in the store").arg(id));
        auto person = personFromCbor(QCborValue::fromCbor((*stored)->body).toMap());
        if (!person)
            return tl::unexpected(person.error());
        person->marks = QStringLiteral("mark %1").arg(m_random() % 100000);
        RegisterService service(m_office);
        NIGRAN_TRY(service.updatePerson(*person, QStringLiteral("sync test change")));
        return committed(QStringLiteral("update"), id);
    }

    qint64 nextIndex() const { return m_nextIndex; }

private:
    Models::Result<QStringList> liveCandidates()
    {
        if (!m_wholeStore)
            return m_created;
        QStringList ids;
        auto rows = m_office.database().prepare(
            "SELECT id FROM persons WHERE deleted = 0 AND district = ? AND sealed = 0 ORDER BY id");
        if (!rows)
            return tl::unexpected(rows.error());
        rows->bindAll(m_office.district());
        while (rows->step().value_or(false))
            ids << rows->text(0);
        return ids;
    }

    Models::Result<CommittedEdit> committed(const QString &kind, const QString &id)
    {
        auto stored = m_office.records().get(Models::RecordKinds::person, id);
        if (!stored)
            return tl::unexpected(stored.error());
        return CommittedEdit { kind, QString::fromLatin1(Models::RecordKinds::person.table), id,
            *stored ? (*stored)->hlc : 0 };
    }

    Models::Office &m_office;
    Models::SyntheticRegister m_synthetic;
    std::mt19937 m_random;
    qint64 m_nextIndex;
    bool m_wholeStore;
    QStringList m_created;
};

/// Distinct rows waiting in the outbox: the number of items the next push carries when it fits one
/// batch, and so the number of changes the centre must apply for them, no more.
inline qint64 outboxRows(Models::Office &office)
{
    return office.database()
        .queryInt("SELECT count(*) FROM (SELECT DISTINCT entity, row_id FROM outbox)")
        .value_or(-1);
}

// ---------------------------------------------------------------------------------------------------
// Network sync of one in-process office

/// Runs complete SyncSessions of one office over a NetworkTransport (mutual TLS 1.3 with the office
/// bundle's certificate), to the bundle's centre URL or to `via` (a proxy on another port).
class NetworkSync
{
public:
    using Done = std::function<void(Models::Result<Sync::SyncReport>)>;

    NetworkSync(Models::Office &office, Sync::OfficeCredentials credentials)
        : m_office(office)
        , m_credentials(std::move(credentials))
    { }
    NetworkSync(const NetworkSync &) = delete;
    NetworkSync &operator=(const NetworkSync &) = delete;

    /// Reads an office bundle (PKCS#12 bytes and password).
    static Models::Result<Sync::OfficeCredentials> credentials(
        const QByteArray &pkcs12, const QString &password)
    {
        return Sync::OfficeBundle::read(pkcs12, password);
    }

    Models::Office &office() { return m_office; }
    const Sync::OfficeCredentials &officeCredentials() const { return m_credentials; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setBatchRows(int rows) { m_batchRows = rows; }
    void setPageSize(int rows) { m_pageSize = rows; }
    bool isRunning() const { return m_session && m_session->isRunning(); }

    /// Starts one sync; `done` comes from the event loop. A fresh transport (and so connection) each time.
    void start(const QUrl &via, Done done)
    {
        Sync::OfficeCredentials credentials = m_credentials;
        if (via.isValid())
            credentials.centreUrl = via;
        m_session.reset();
        m_transport = std::make_unique<Sync::NetworkTransport>(credentials);
        m_transport->setTimeout(m_timeout);
        m_session = std::make_unique<Sync::SyncSession>(m_office, *m_transport);
        if (m_batchRows > 0)
            m_session->setBatchRows(m_batchRows);
        if (m_pageSize > 0)
            m_session->setPageSize(m_pageSize);
        m_session->run(std::move(done));
    }

    /// One sync, waiting for it in a local event loop (at most `timeoutMs`).
    Models::Result<Sync::SyncReport> run(const QUrl &via = {}, int timeoutMs = 120000)
    {
        std::optional<Models::Result<Sync::SyncReport>> outcome;
        QEventLoop loop;
        start(via, [&](Models::Result<Sync::SyncReport> result) {
            outcome = std::move(result);
            loop.quit();
        });
        if (!outcome) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!outcome)
            return Models::fail(
                Models::ErrorCode::Io, QStringLiteral("the sync did not finish within %1 ms").arg(timeoutMs));
        return *outcome;
    }

private:
    Models::Office &m_office;
    Sync::OfficeCredentials m_credentials;
    std::unique_ptr<Sync::NetworkTransport> m_transport;
    std::unique_ptr<Sync::SyncSession> m_session;
    std::chrono::milliseconds m_timeout { 20000 };
    int m_batchRows = 0;
    int m_pageSize = 0;
};

// ---------------------------------------------------------------------------------------------------
// tests/tools/office_agent as a process

class AgentProcess
{
public:
    AgentProcess()
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] { readLines(); });
    }
    ~AgentProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    AgentProcess(const AgentProcess &) = delete;
    AgentProcess &operator=(const AgentProcess &) = delete;

    /// tests/tools/office_agent of this build (NIGRAN_TEST_TOOLS, set by ctest).
    static QString binary()
    {
        return qEnvironmentVariable("NIGRAN_TEST_TOOLS") + QStringLiteral("/office_agent");
    }

    bool start(const QStringList &arguments, int timeoutMs = 10000)
    {
        m_lines.clear();
        m_partial.clear();
        m_process.setReadChannel(QProcess::StandardOutput);
        m_process.start(binary(), arguments);
        return m_process.waitForStarted(timeoutMs);
    }

    /// Spins the event loop until a line starting with `prefix` has been printed (true) or the agent
    /// ended or the time ran out (false).
    bool waitForLine(const QString &prefix, int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (true) {
            if (hasLine(prefix))
                return true;
            if (m_process.state() == QProcess::NotRunning || deadline.hasExpired()) {
                readLines();
                return hasLine(prefix);
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
    }

    /// Spins the event loop until the agent ends; its exit code, or -1 (crashed, killed, timed out).
    int finish(int timeoutMs = 60000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (m_process.state() != QProcess::NotRunning) {
            kill();
            return -1;
        }
        readLines();
        if (!m_partial.isEmpty())
            m_lines << QString::fromUtf8(std::exchange(m_partial, {}));
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    /// SIGKILL, then waits for the process to be gone.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
        readLines();
    }

    QStringList lines() const { return m_lines; }
    bool hasLine(const QString &prefix) const
    {
        return std::any_of(
            m_lines.begin(), m_lines.end(), [&](const QString &line) { return line.startsWith(prefix); });
    }
    /// The rest of the last line "<key> <rest>", or a null string.
    QString value(const QString &key) const
    {
        for (auto line = m_lines.crbegin(); line != m_lines.crend(); ++line) {
            if (line->startsWith(key + u' '))
                return line->mid(key.size() + 1);
        }
        return {};
    }
    QString errorOutput() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    void readLines()
    {
        m_partial += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_partial.indexOf('\n')) >= 0) {
            m_lines << QString::fromUtf8(m_partial.left(end));
            m_partial.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QStringList m_lines;
    QByteArray m_partial;
};

} // namespace Nigran::Testing

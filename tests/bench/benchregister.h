// The synthetic register the benchmarks share (bench_store, bench_ui): sizes (NIGRAN_BENCH_SCALE),
// the store-level write path used to fill it fast, and the million-person office cached on disk
// ($TMPDIR/nigran-bench/register-<people>-schema<version>-data<format>/) so that re-runs are quick.
// Synthetic people only (SyntheticRegister).

#pragma once

#include "../common/officefixture.h"

#include "audit/auditlog.h"
#include "domain/namenormalizer.h"
#include "rules/registerworkflow.h"
#include "security/clock.h"
#include "security/keyfile.h"
#include "security/keywrapper.h"
#include "security/securebytes.h"
#include "services/office.h"
#include "services/personrepository.h"
#include "services/personsummary.h"
#include "services/registerservice.h"
#include "services/syntheticregister.h"
#include "store/database.h"
#include "store/hybridlogicalclock.h"
#include "store/migrator.h"
#include "store/recordkind.h"
#include "store/recordstore.h"
#include "store/transaction.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace Nigran::Models;
using Nigran::Testing::OfficeFixture;
using SteadyClock = std::chrono::steady_clock;

// ---------------------------------------------------------------------------------------------------
// Sizes

/// NIGRAN_BENCH_SCALE: a factor on every data size.
inline double benchScale()
{
    static const double scale = [] {
        const QByteArray text = qgetenv("NIGRAN_BENCH_SCALE");
        if (text.isEmpty())
            return 1.0;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !(value > 0)) {
            std::fprintf(
                stderr, "NIGRAN_BENCH_SCALE=%s is not a positive number; using 1.0\n", text.constData());
            return 1.0;
        }
        return value;
    }();
    return scale;
}

inline qint64 scaled(qint64 full)
{
    return std::max<qint64>(1, std::llround(double(full) * benchScale()));
}

/// People inserted by each insert benchmark.
inline qint64 insertCount()
{
    return scaled(100'000);
}

/// People in the register the lookups search.
inline qint64 registerSize()
{
    return scaled(1'000'000);
}

/// People inserted by the store-level variants in which every put commits on its own (fsync-bound).
inline qint64 perCommitStoreInserts()
{
    return scaled(10'000);
}

/// Timed lookups per lookup benchmark: 2,000 (500 at small scales, so CI stays fast).
const int LookupIterations = int(std::clamp<qint64>(scaled(2000), 500, 2000));
constexpr int WarmUpLookups = 200; ///< untimed lookups first, so SQLite's cache is in its steady state
constexpr int PageSize = 50; ///< one page of the register list
constexpr int LaterPages = 20; ///< later-page lookups ask for one of pages 2 to LaterPages + 1
constexpr int OuterBatch = 1000; ///< people per outer transaction in the batched variants
constexpr int BuildBatch = 10'000; ///< people per transaction while building the cached register
constexpr int SmallCacheKiB = 2000;
const int DefaultCacheKiB = Database::Options {}.cacheSizeKiB;

/// Bump when the rows written for the cached register change (it is rebuilt under a new name).
constexpr int DataFormat = 1;

const QString Actor = QStringLiteral("prosecutor");

// ---------------------------------------------------------------------------------------------------
// Helpers

inline std::string text(const Error &error)
{
    return error.message.toStdString();
}

inline Person newPerson(const SyntheticRegister &synthetic, qint64 index)
{
    Person person = synthetic.person(index, OfficeFixture::District);
    person.id = RecordStore::newId();
    return person;
}

/// The store-level stack an Office builds over its Database: audit chain, clock and record store.
struct Store
{
    explicit Store(Database database)
        : db(std::move(database))
        , audit(db, Clock::system())
        , hlc(Clock::system())
        , records(db, audit, hlc, RecordStore::newId())
    { }
    Database db;
    AuditLog audit;
    HybridLogicalClock hlc;
    RecordStore records;
};

inline Result<Database> openDatabase(const QString &path, const SecureBytes *key, Database::Options options)
{
    return key ? Database::open(path, *key, options) : Database::openUnencrypted(path, options);
}

/// Writes `count` synthetic people through RecordStore::put (row + outbox + audit each), `perTransaction`
/// to an outer transaction (1: every put commits on its own, as createPerson does).
inline Result<> putPeople(Database &db, RecordStore &records, qint64 first, qint64 count,
    qint64 perTransaction, bool progress = false)
{
    const SyntheticRegister synthetic;
    for (qint64 start = first; start < first + count; start += perTransaction) {
        std::optional<Transaction> outer;
        if (perTransaction > 1) {
            auto tx = Transaction::begin(db);
            if (!tx)
                return tl::unexpected(tx.error());
            outer.emplace(std::move(*tx));
        }
        const qint64 end = std::min(first + count, start + perTransaction);
        for (qint64 i = start; i < end; ++i) {
            const RecordWrite row
                = PersonRepository::row(newPerson(synthetic, i), RegisterStatus::Draft, false);
            if (row.columns.size() != RecordKinds::person.columns.size())
                return fail(
                    ErrorCode::InvalidInput, QStringLiteral("person row does not match RecordKinds::person"));
            NIGRAN_TRY(records.put(RecordKinds::person, row, Actor, QStringLiteral("create")));
        }
        if (outer)
            NIGRAN_TRY(outer->commit());
        if (progress && (end - first) % 100'000 == 0)
            std::fprintf(stderr, "  ... %lld people\n", static_cast<long long>(end - first));
    }
    return {};
}

/// Reads a database file once, so that lookups start with it in the OS page cache (as a register in
/// daily use is) whichever benchmark ran before: what is left is SQLite's own cache and decryption.
inline void warmOsCache(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QByteArray chunk(4 << 20, Qt::Uninitialized);
    while (file.read(chunk.data(), chunk.size()) > 0) { }
}

inline double fileMiB(const QString &path)
{
    return double(QFileInfo(path).size()) / (1024.0 * 1024.0);
}

// ---------------------------------------------------------------------------------------------------
// The cached register for lookups: built once per size and schema version, reused by later runs.

inline QString datasetDir()
{
    return QDir(QDir::tempPath())
        .filePath(QStringLiteral("nigran-bench/register-%1-schema%2-data%3")
                      .arg(registerSize())
                      .arg(Migrator::latestVersion())
                      .arg(DataFormat));
}

/// Moves a finished build into place; a concurrent run may have been first, which is as good.
inline Result<> publish(const QString &built, const QString &target, bool isDirectory)
{
    if (QDir().rename(built, target))
        return {};
    if (QFileInfo::exists(target)) {
        if (isDirectory)
            QDir(built).removeRecursively();
        else
            QFile::remove(built);
        return {};
    }
    return fail(ErrorCode::Io, QStringLiteral("cannot move %1 to %2").arg(built, target));
}

/// The encrypted office holding the register (Office::create with KdfParams::forTests(), users as in
/// OfficeFixture), filled through the store's write path.
inline Result<QString> encryptedRegister()
{
    static std::optional<Result<QString>> cached;
    if (cached)
        return *cached;
    cached = []() -> Result<QString> {
        const QString target = QDir(datasetDir()).filePath(QStringLiteral("office"));
        if (Office::exists(target))
            return target;
        QDir().mkpath(datasetDir());
        const QString building
            = target + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
        QDir(building).removeRecursively();
        std::fprintf(stderr,
            "Building the encrypted register of %lld synthetic people (once; cached in %s)\n",
            static_cast<long long>(registerSize()), qPrintable(datasetDir()));
        {
            OfficeFixture fixture(building);
            auto office = fixture.signIn(Actor);
            NIGRAN_TRY(putPeople(office->database(), office->records(), 0, registerSize(), BuildBatch, true));
        }
        NIGRAN_TRY(publish(building, target, true));
        return target;
    }();
    return *cached;
}

/// The same register, written by the same code at the store level into an unencrypted file.
inline Result<QString> unkeyedRegister()
{
    static std::optional<Result<QString>> cached;
    if (cached)
        return *cached;
    cached = []() -> Result<QString> {
        const QString target = QDir(datasetDir()).filePath(QStringLiteral("unkeyed.db"));
        if (QFileInfo::exists(target))
            return target;
        QDir().mkpath(datasetDir());
        const QString building
            = target + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
        QFile::remove(building);
        std::fprintf(stderr, "Building the unkeyed register of %lld synthetic people (once; cached in %s)\n",
            static_cast<long long>(registerSize()), qPrintable(datasetDir()));
        {
            auto db = Database::openUnencrypted(building, { .create = true });
            if (!db)
                return tl::unexpected(db.error());
            NIGRAN_TRY(Migrator::migrate(*db));
            Store store(std::move(*db));
            NIGRAN_TRY(putPeople(store.db, store.records, 0, registerSize(), BuildBatch, true));
        }
        NIGRAN_TRY(publish(building, target, false));
        return target;
    }();
    return *cached;
}

/// The raw database key of the encrypted register, from its key file (cheap: test KDF cost).
inline Result<SecureBytes> registerKey(const QString &officeDir)
{
    auto keyFile = KeyFile::load(Office::keyFilePath(officeDir));
    if (!keyFile)
        return tl::unexpected(keyFile.error());
    return keyFile->unwrap(Actor, OfficeFixture::Password);
}

/// The encrypted register unlocked as the prosecutor, kept open for all service-level lookups.
inline Result<Office *> registerOffice()
{
    static std::unique_ptr<Office> office;
    if (office)
        return office.get();
    auto dir = encryptedRegister();
    if (!dir)
        return tl::unexpected(dir.error());
    auto unlocked
        = Office::unlock(*dir, Actor, OfficeFixture::Password, KdfParams::forTests(), Clock::system());
    if (!unlocked)
        return tl::unexpected(unlocked.error());
    office = std::move(*unlocked);
    return office.get();
}

} // namespace

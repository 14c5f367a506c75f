// Store benchmarks (docs/benchmarks.md): insert throughput through the real write path, lookups over a
// large register through the real query path, the cost of encryption, and the cost of opening.
//
// Synthetic people only (SyntheticRegister): nothing personal is generated, stored or printed.
// Sizes scale with NIGRAN_BENCH_SCALE (default 1.0; CI runs 0.01).

#include "benchregister.h"

#include "services/personrepository.h"
#include <benchmark/benchmark.h>
#include <random>

namespace {

// ---------------------------------------------------------------------------------------------------
// Lookup queries

enum class LookupKind
{
    CnicFull = 0, ///< all 13 digits of an existing CNIC
    CnicPrefix = 1, ///< the first 9 digits of an existing CNIC (about 1,000 matches per million)
    NameFirstPage = 2, ///< a prefix of an existing Latin name (3 letters or more), first page
    NameLaterPage = 3, ///< the same, one of the next LaterPages pages (keyset paging)
};

const char *kindName(LookupKind kind)
{
    switch (kind) {
    case LookupKind::CnicFull:
        return "cnic_full";
    case LookupKind::CnicPrefix:
        return "cnic_prefix9";
    case LookupKind::NameFirstPage:
        return "name_prefix_first_page";
    case LookupKind::NameLaterPage:
        return "name_prefix_later_page";
    }
    return "?";
}

/// One lookup: the register list's query and, for a later page, where the previous page ended.
struct Lookup
{
    PersonQuery query;
    std::optional<PersonPageKey> after;
};

/// Random lookups for values that exist in the register. A later page starts after the last row of
/// page 1 to LaterPages of the matches (a user scrolling the list); that row is found on the name
/// index alone, which gives the list order because the benchmark register has no deleted or sealed rows.
Result<std::vector<Lookup>> makeLookups(Database &db, LookupKind kind, int count, quint64 seed)
{
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<qint64> anyone(0, registerSize() - 1);
    std::uniform_int_distribution<int> anyPage(1, LaterPages);
    const SyntheticRegister synthetic;
    auto pageEnd = db.prepare("SELECT name_key, id FROM persons INDEXED BY persons_name "
                              "WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT 1 OFFSET ?");
    if (!pageEnd)
        return tl::unexpected(pageEnd.error());
    std::vector<Lookup> lookups;
    lookups.reserve(std::size_t(count));
    for (int n = 0; n < count; ++n) {
        const qint64 index = anyone(random);
        Lookup lookup;
        if (kind == LookupKind::CnicFull || kind == LookupKind::CnicPrefix) {
            lookup.query.text = SyntheticRegister::cnic(index).left(kind == LookupKind::CnicFull ? 13 : 9);
        } else {
            const QString name = synthetic.person(index, OfficeFixture::District).nameLatin;
            std::uniform_int_distribution<qsizetype> length(3, name.size());
            lookup.query.text = name.left(length(random));
        }
        if (kind == LookupKind::NameLaterPage) {
            // The name_key range the list query reads for this text (PersonRepository's text filter).
            const QString from = NameNormalizer::searchKey(lookup.query.text.trimmed());
            const QString to = from + QChar(0xFFFF);
            // Small registers have fewer pages per name: take the deepest page that exists.
            for (int page = anyPage(random); page >= 1 && !lookup.after; --page) {
                pageEnd->bindAll(from, to, qint64(page) * PageSize - 1);
                auto row = pageEnd->step();
                if (!row)
                    return tl::unexpected(row.error());
                if (*row)
                    lookup.after = PersonPageKey { pageEnd->text(0), pageEnd->text(1) };
            }
            if (!lookup.after)
                return fail(
                    ErrorCode::NotFound, QStringLiteral("a name prefix has less than one page of matches"));
        }
        lookups.push_back(std::move(lookup));
    }
    pageEnd->reset();
    return lookups;
}

/// Latency statistics of one lookup benchmark, from per-lookup timings.
void reportLatency(benchmark::State &state, std::vector<double> ms, qint64 rows)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    const auto percentile = [&](double q) {
        const auto rank = std::size_t(std::ceil(q * double(ms.size())));
        return ms[std::clamp<std::size_t>(rank, 1, ms.size()) - 1];
    };
    double sum = 0;
    for (double value : ms)
        sum += value;
    state.counters["mean_ms"] = sum / double(ms.size());
    state.counters["p50_ms"] = percentile(0.50);
    state.counters["p95_ms"] = percentile(0.95);
    state.counters["p99_ms"] = percentile(0.99);
    state.counters["max_ms"] = ms.back();
    state.counters["rows"] = double(rows) / double(ms.size());
    state.counters["people"] = double(registerSize());
}

/// Runs `lookups` through `search` (untimed warm-up first) and reports latency percentiles.
template<typename Search>
void runLookups(benchmark::State &state, const std::vector<Lookup> &lookups, Search search)
{
    for (int i = 0; i < WarmUpLookups; ++i) {
        auto page = search(lookups[std::size_t(i) % lookups.size()]);
        if (!page) {
            state.SkipWithError(text(page.error()).c_str());
            return;
        }
    }
    std::vector<double> ms;
    ms.reserve(LookupIterations);
    qint64 rows = 0;
    std::size_t next = WarmUpLookups;
    for (auto _ : state) {
        const Lookup &lookup = lookups[next++ % lookups.size()];
        const auto started = SteadyClock::now();
        auto page = search(lookup);
        const auto elapsed = SteadyClock::now() - started;
        if (!page) {
            state.SkipWithError(text(page.error()).c_str());
            break;
        }
        benchmark::DoNotOptimize(page->size());
        rows += page->size();
        ms.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
    }
    reportLatency(state, std::move(ms), rows);
}

/// Encrypted-vs-unkeyed results of the store-level variants, to report the ratio on the encrypted one.
std::map<std::string, double> &unkeyedResults()
{
    static std::map<std::string, double> results;
    return results;
}

// ---------------------------------------------------------------------------------------------------
// (a) Inserting people through RegisterService::createPerson

/// Arg: people per outer transaction (0 = none: each createPerson is its own transaction).
void BM_InsertPeople(benchmark::State &state)
{
    const qint64 count = insertCount();
    const qint64 batch = state.range(0);
    OfficeFixture fixture;
    auto office = fixture.signIn(Actor);
    RegisterService service(*office);
    const SyntheticRegister synthetic;
    std::vector<Person> people;
    people.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i)
        people.push_back(synthetic.person(i, OfficeFixture::District));

    for (auto _ : state) {
        const auto run = [&]() -> Result<> {
            for (qint64 start = 0; start < count; start += std::max<qint64>(batch, 1)) {
                std::optional<Transaction> outer;
                if (batch > 0) {
                    auto tx = Transaction::begin(office->database());
                    if (!tx)
                        return tl::unexpected(tx.error());
                    outer.emplace(std::move(*tx));
                }
                const qint64 end = std::min(count, start + std::max<qint64>(batch, 1));
                for (qint64 i = start; i < end; ++i) {
                    // The synthetic register repeats 24 given names, so same name + same birth date
                    // happens: acknowledged, as a prosecutor would after reviewing the candidates.
                    auto id = service.createPerson(people[std::size_t(i)], true);
                    if (!id)
                        return tl::unexpected(id.error());
                }
                if (outer)
                    NIGRAN_TRY(outer->commit());
            }
            return {};
        }();
        if (!run) {
            state.SkipWithError(text(run.error()).c_str());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * count);
    state.counters["people"] = double(count);
    state.counters["db_MiB"] = fileMiB(Office::databasePath(fixture.directory()));
}
BENCHMARK(BM_InsertPeople)
    ->ArgName("batch")
    ->Arg(0)
    ->Arg(OuterBatch)
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

// ---------------------------------------------------------------------------------------------------
// (b) Lookups through RegisterService::search over the register

void lookupThroughService(benchmark::State &state, LookupKind kind)
{
    auto office = registerOffice();
    if (!office) {
        state.SkipWithError(text(office.error()).c_str());
        return;
    }
    auto lookups = makeLookups((*office)->database(), kind, LookupIterations + WarmUpLookups, 42);
    if (!lookups) {
        state.SkipWithError(text(lookups.error()).c_str());
        return;
    }
    warmOsCache(Office::databasePath((*office)->directory()));
    RegisterService service(**office);
    runLookups(state, *lookups,
        [&](const Lookup &lookup) { return service.search(lookup.query, lookup.after, PageSize); });
}

/// Arg: digits typed (13: a whole CNIC; 9: a prefix).
void BM_LookupByCnic(benchmark::State &state)
{
    lookupThroughService(state, state.range(0) == 13 ? LookupKind::CnicFull : LookupKind::CnicPrefix);
}
BENCHMARK(BM_LookupByCnic)
    ->ArgName("digits")
    ->Arg(13)
    ->Arg(9)
    ->Iterations(LookupIterations)
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

/// Arg: 0 = first page of the matches, 1 = a later page (pages 2 to 21, keyset paging).
void BM_LookupByNamePrefix(benchmark::State &state)
{
    lookupThroughService(state, state.range(0) == 0 ? LookupKind::NameFirstPage : LookupKind::NameLaterPage);
}
BENCHMARK(BM_LookupByNamePrefix)
    ->ArgName("later_page")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(LookupIterations)
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

// ---------------------------------------------------------------------------------------------------
// (c) Encryption overhead: the same store-level code on an unkeyed and an encrypted database

std::string variantKey(const char *what, std::int64_t cacheKiB, std::int64_t extra)
{
    return std::string(what) + "/" + std::to_string(cacheKiB) + "/" + std::to_string(extra);
}

/// Records the unkeyed result, or on the encrypted variant reports encrypted/unkeyed.
void compareWithUnkeyed(
    benchmark::State &state, bool encrypted, const std::string &key, double value, const char *counter)
{
    if (!encrypted) {
        unkeyedResults()[key] = value;
        return;
    }
    const auto found = unkeyedResults().find(key);
    if (found != unkeyedResults().end() && found->second > 0)
        state.counters[counter] = value / found->second;
}

/// Args: encrypted (0/1), cacheKiB, people per outer transaction (1 = each put commits on its own).
void BM_StoreInsert(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    const int cacheKiB = int(state.range(1));
    const qint64 batch = state.range(2);
    const qint64 count = batch == 1 ? perCommitStoreInserts() : insertCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    const SecureBytes key = SecureBytes::random(Database::KeySize);
    auto db = openDatabase(path, encrypted ? &key : nullptr, { .create = true, .cacheSizeKiB = cacheKiB });
    if (!db || !Migrator::migrate(*db)) {
        state.SkipWithError("cannot create the database");
        return;
    }
    Store store(std::move(*db));
    const auto started = SteadyClock::now();
    for (auto _ : state) {
        if (auto done = putPeople(store.db, store.records, 0, count, batch); !done) {
            state.SkipWithError(text(done.error()).c_str());
            break;
        }
    }
    const double usPerPerson = std::chrono::duration<double, std::micro>(SteadyClock::now() - started).count()
        / double(std::max<std::int64_t>(1, state.iterations() * count));
    state.SetItemsProcessed(state.iterations() * count);
    state.counters["people"] = double(count);
    state.counters["us_per_person"] = usPerPerson;
    state.counters["db_MiB"] = fileMiB(path);
    compareWithUnkeyed(
        state, encrypted, variantKey("insert", cacheKiB, batch), usPerPerson, "time_vs_unkeyed");
}

void storeInsertArgs(benchmark::internal::Benchmark *bench)
{
    bench->ArgNames({ "encrypted", "cacheKiB", "batch" });
    for (const int cache : { DefaultCacheKiB, SmallCacheKiB })
        for (const int encrypted : { 0, 1 })
            bench->Args({ encrypted, cache, OuterBatch });
    for (const int encrypted : { 0, 1 })
        bench->Args({ encrypted, DefaultCacheKiB, 1 });
}
BENCHMARK(BM_StoreInsert)->Apply(storeInsertArgs)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

/// Args: encrypted (0/1), cacheKiB, lookup kind (LookupKind).
void BM_StoreLookup(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    const int cacheKiB = int(state.range(1));
    const auto kind = LookupKind(state.range(2));
    auto office = registerOffice();
    if (!office) {
        state.SkipWithError(text(office.error()).c_str());
        return;
    }
    auto lookups = makeLookups((*office)->database(), kind, LookupIterations + WarmUpLookups, 7);
    if (!lookups) {
        state.SkipWithError(text(lookups.error()).c_str());
        return;
    }
    auto officeDir = encryptedRegister();
    auto path = encrypted ? Result<QString>(Office::databasePath(*officeDir)) : unkeyedRegister();
    if (!path) {
        state.SkipWithError(text(path.error()).c_str());
        return;
    }
    if (!encrypted) {
        // Later pages start at (name_key, id) pairs of this file (its ids differ from the encrypted one's).
        auto plain = Database::openUnencrypted(*path, { .readOnly = true });
        if (!plain) {
            state.SkipWithError(text(plain.error()).c_str());
            return;
        }
        lookups = makeLookups(*plain, kind, LookupIterations + WarmUpLookups, 7);
        if (!lookups) {
            state.SkipWithError(text(lookups.error()).c_str());
            return;
        }
    }
    auto key = registerKey(*officeDir);
    if (!key) {
        state.SkipWithError(text(key.error()).c_str());
        return;
    }
    auto db = openDatabase(*path, encrypted ? &*key : nullptr, { .cacheSizeKiB = cacheKiB });
    if (!db) {
        state.SkipWithError(text(db.error()).c_str());
        return;
    }
    warmOsCache(*path);
    runLookups(state, *lookups, [&](const Lookup &lookup) {
        return PersonRepository::search(*db, lookup.query, lookup.after, PageSize);
    });
    if (state.counters.count("mean_ms"))
        compareWithUnkeyed(state, encrypted, variantKey(kindName(kind), cacheKiB, 0),
            state.counters["mean_ms"], "mean_vs_unkeyed");
    state.SetLabel(kindName(kind));
}

void storeLookupArgs(benchmark::internal::Benchmark *bench)
{
    bench->ArgNames({ "encrypted", "cacheKiB", "kind" });
    for (const LookupKind kind : { LookupKind::CnicFull, LookupKind::NameLaterPage })
        for (const int cache : { DefaultCacheKiB, SmallCacheKiB })
            for (const int encrypted : { 0, 1 })
                bench->Args({ encrypted, cache, int(kind) });
}
BENCHMARK(BM_StoreLookup)
    ->Apply(storeLookupArgs)
    ->Iterations(LookupIterations)
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

/// Args: encrypted (0/1), nested (0/1). Rows into a scratch table inside one transaction, each row in
/// its own nested Transaction (which joins the outer one, as RecordStore::put and AuditLog::append do;
/// it was a SAVEPOINT until the fix described in docs/benchmarks.md) or not.
/// Isolates what the store-level ratio above is made of (docs/benchmarks.md).
void BM_NestedTransactionCost(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    const bool nested = state.range(1) != 0;
    const qint64 count = insertCount();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scratch.db"));
    const SecureBytes key = SecureBytes::random(Database::KeySize);
    auto db = openDatabase(path, encrypted ? &key : nullptr, { .create = true });
    if (!db
        || !db->exec("CREATE TABLE rows (id TEXT PRIMARY KEY, k TEXT NOT NULL, body BLOB NOT NULL);"
                     "CREATE INDEX rows_k ON rows(k);")) {
        state.SkipWithError("cannot create the scratch database");
        return;
    }
    const QByteArray body(400, 'x');
    const auto started = SteadyClock::now();
    for (auto _ : state) {
        const auto run = [&]() -> Result<> {
            auto outer = Transaction::begin(*db);
            if (!outer)
                return tl::unexpected(outer.error());
            for (qint64 i = 0; i < count; ++i) {
                std::optional<Transaction> inner;
                if (nested) {
                    auto tx = Transaction::begin(*db);
                    if (!tx)
                        return tl::unexpected(tx.error());
                    inner.emplace(std::move(*tx));
                }
                {
                    auto insert = db->cached("INSERT INTO rows (id, k, body) VALUES (?, ?, ?)");
                    if (!insert)
                        return tl::unexpected(insert.error());
                    NIGRAN_TRY((*insert)
                                   ->bindAll(RecordStore::newId(), QString::number(i * 7919 % count), body)
                                   .run());
                }
                if (inner)
                    NIGRAN_TRY(inner->commit());
            }
            return outer->commit();
        }();
        if (!run) {
            state.SkipWithError(text(run.error()).c_str());
            break;
        }
    }
    const double usPerRow = std::chrono::duration<double, std::micro>(SteadyClock::now() - started).count()
        / double(std::max<std::int64_t>(1, state.iterations() * count));
    state.SetItemsProcessed(state.iterations() * count);
    state.counters["us_per_row"] = usPerRow;
    compareWithUnkeyed(state, encrypted, variantKey("nested", 0, nested), usPerRow, "time_vs_unkeyed");
}
BENCHMARK(BM_NestedTransactionCost)
    ->ArgNames({ "encrypted", "nested" })
    ->Args({ 0, 0 })
    ->Args({ 1, 0 })
    ->Args({ 0, 1 })
    ->Args({ 1, 1 })
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// ---------------------------------------------------------------------------------------------------
// (d) Opening the database, and unwrapping the key with the calibrated KDF

/// Arg: encrypted (0/1). Open with the raw key, the first reads (schema version, one person), close.
void BM_OpenWithRawKey(benchmark::State &state)
{
    const bool encrypted = state.range(0) != 0;
    auto officeDir = encryptedRegister();
    if (!officeDir) {
        state.SkipWithError(text(officeDir.error()).c_str());
        return;
    }
    auto path = encrypted ? Result<QString>(Office::databasePath(*officeDir)) : unkeyedRegister();
    auto key = registerKey(*officeDir);
    if (!path || !key) {
        state.SkipWithError("cannot find the register or its key");
        return;
    }
    const QString cnic = SyntheticRegister::cnic(registerSize() / 2);
    const auto started = SteadyClock::now();
    for (auto _ : state) {
        auto db = openDatabase(*path, encrypted ? &*key : nullptr, {});
        auto version = db ? Migrator::currentVersion(*db) : Result<int>(tl::unexpected(db.error()));
        auto person = db ? db->prepare("SELECT body FROM persons WHERE cnic = ? AND deleted = 0")
                         : Result<Statement>(tl::unexpected(db.error()));
        auto found = person ? person->bindAll(cnic).step() : Result<bool>(tl::unexpected(person.error()));
        if (!version || !found || !*found) {
            state.SkipWithError(!found ? text(found.error()).c_str() : "first read failed");
            break;
        }
        benchmark::DoNotOptimize(person->blob(0).size());
    }
    const double msPerOpen = std::chrono::duration<double, std::milli>(SteadyClock::now() - started).count()
        / double(std::max<std::int64_t>(1, state.iterations()));
    state.counters["ms_per_open"] = msPerOpen;
    compareWithUnkeyed(state, encrypted, "open", msPerOpen, "time_vs_unkeyed");
}
BENCHMARK(BM_OpenWithRawKey)
    ->ArgName("encrypted")
    ->Arg(0)
    ->Arg(1)
    ->Iterations(200)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// KeyWrapper::unwrap at the cost KdfParams::calibrate(500) picks on this machine (what a login pays).
void BM_KeyUnwrapCalibrated(benchmark::State &state)
{
    static const KdfParams params = KdfParams::calibrate(500);
    const SecureBytes key = SecureBytes::random(Database::KeySize);
    const QString password = QStringLiteral("benchmark password, not a real one");
    const QByteArray aad("nigran-bench");
    auto wrapped = KeyWrapper::wrap(key, password, KeyWrapper::randomSalt(), params, aad);
    if (!wrapped) {
        state.SkipWithError(text(wrapped.error()).c_str());
        return;
    }
    for (auto _ : state) {
        auto unwrapped = KeyWrapper::unwrap(*wrapped, password, aad);
        if (!unwrapped || !(*unwrapped == key)) {
            state.SkipWithError("unwrap failed");
            break;
        }
    }
    state.counters["log2_n"] = std::log2(double(params.n));
    state.counters["memory_MiB"] = double(params.memoryBytes()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_KeyUnwrapCalibrated)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    std::fprintf(stderr, "NIGRAN_BENCH_SCALE=%g: %lld inserts, register of %lld people\n", benchScale(),
        static_cast<long long>(insertCount()), static_cast<long long>(registerSize()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// Client (UI) benchmarks (docs/benchmarks.md): start-up to the unlock window, search-as-you-type
// latency over a register of a million, and scrolling the register list without loading it all.
//
// The register is the one bench_store uses (benchregister.h: built once, cached on disk).
// Synthetic people only; nothing personal is printed. Sizes scale with NIGRAN_BENCH_SCALE.
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.

#include "benchregister.h"

#include "applicationcontroller.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "unlockdialog.h"

#include "itemmodels/personlistmodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace {

using namespace Nigran::Gui;

/// Resident set size of this process, in MiB (VmRSS).
double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void reportPercentiles(benchmark::State &state, std::vector<double> ms)
{
    if (ms.empty())
        return;
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))]; };
    double sum = 0;
    for (double v : ms)
        sum += v;
    state.counters["mean_ms"] = sum / double(ms.size());
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = ms.back();
    state.counters["samples"] = double(ms.size());
}

// ---------------------------------------------------------------------------------------------------
// (a) Start-up: from constructing the application controller on an existing office to the unlock
// dialog being shown and exposed.

void BM_StartupToUnlockWindow(benchmark::State &state)
{
    auto dir = encryptedRegister();
    if (!dir) {
        state.SkipWithError(text(dir.error()).c_str());
        return;
    }
    LanguageManager languages;
    std::vector<double> ms;
    for (auto _ : state) {
        const auto started = SteadyClock::now();
        ApplicationController controller({ .directory = *dir, .login = Actor }, &languages);
        controller.start();
        UnlockDialog *unlock = controller.unlockDialog();
        if (!unlock || !QTest::qWaitForWindowExposed(unlock)) {
            state.SkipWithError("the unlock dialog was not shown");
            break;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(SteadyClock::now() - started).count());
        state.PauseTiming();
        controller.quit();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    reportPercentiles(state, ms);
}
BENCHMARK(BM_StartupToUnlockWindow)->Iterations(20)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---------------------------------------------------------------------------------------------------
// (b) Search as you type in the main window over the register: per keystroke, from the text change
// to the list model holding its first page. The search box normally waits MainWindow::SearchDelayMs
// after the last keystroke; Return applies the search at once, so the debounce is left out here.

void BM_SearchAsYouType(benchmark::State &state)
{
    auto office = registerOffice();
    if (!office) {
        state.SkipWithError(text(office.error()).c_str());
        return;
    }
    warmOsCache(Office::databasePath(encryptedRegister().value()));
    MainWindow window;
    window.setSession(**office);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        state.SkipWithError("the main window was not shown");
        return;
    }
    QLineEdit *search = window.searchEdit();
    QAbstractItemModel *model = window.personTable()->model();
    // Names typed: Latin names of people in the register, letter by letter (seeded, repeatable).
    SyntheticRegister synthetic;
    std::mt19937_64 random(20261128);
    std::vector<double> ms; // text change → the model holds its first page (modelReset)
    std::vector<double> blocked; // text change → the search handler returns (includes the count)
    qint64 emptyPages = 0;
    SteadyClock::time_point started;
    SteadyClock::time_point firstPage;
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { firstPage = SteadyClock::now(); });
    for (auto _ : state) {
        const QString name
            = synthetic.person(qint64(random() % quint64(registerSize())), OfficeFixture::District).nameLatin;
        search->setFocus();
        search->clear();
        for (int letters = 1; letters <= std::min<qsizetype>(8, name.size()); ++letters) {
            const QChar letter = name.at(letters - 1);
            started = firstPage = SteadyClock::now();
            QTest::keyClicks(search, QString(letter));
            QTest::keyClick(search, Qt::Key_Return);
            const bool filled = model->rowCount() > 0;
            const auto done = SteadyClock::now();
            ms.push_back(std::chrono::duration<double, std::milli>(firstPage - started).count());
            blocked.push_back(std::chrono::duration<double, std::milli>(done - started).count());
            if (!filled)
                ++emptyPages;
        }
    }
    reportPercentiles(state, ms);
    std::sort(blocked.begin(), blocked.end());
    if (!blocked.empty()) {
        state.counters["blocked_p50_ms"] = blocked[blocked.size() / 2];
        state.counters["blocked_p95_ms"]
            = blocked[std::min(blocked.size() - 1, size_t(0.95 * double(blocked.size())))];
    }
    state.counters["empty_first_pages"] = double(emptyPages);
}
BENCHMARK(BM_SearchAsYouType)->Iterations(12)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---------------------------------------------------------------------------------------------------
// (c) Scrolling the register list: fetchMore through `rows` rows of the whole register (as a view
// asks while the user scrolls), measuring the resident memory before and after. The model keeps
// PersonListModel::DefaultMaxLoadedPages pages, so memory should not grow with the rows scrolled.

void BM_ScrollListModel(benchmark::State &state)
{
    const int rows = int(std::min<qint64>(state.range(0), registerSize()));
    auto office = registerOffice();
    if (!office) {
        state.SkipWithError(text(office.error()).c_str());
        return;
    }
    RegisterService service(**office);
    double before = 0;
    double after = 0;
    double fetches = 0;
    for (auto _ : state) {
        PersonListModel model(service);
        model.setQuery({});
        // Measured once the first page is there and the total is counted (which reads the whole
        // table, so SQLite's page cache, up to 128 MB, is as full as it gets): what grows after this
        // is what the model keeps.
        const auto total = model.totalCount();
        before = rssMiB();
        while (model.rowCount() < rows && model.canFetchMore({})) {
            model.fetchMore({});
            ++fetches;
            // As a view does: read the rows that came in.
            for (int row = model.rowCount() - model.pageSize(); row < model.rowCount(); ++row)
                benchmark::DoNotOptimize(model.index(row, PersonListModel::NameLatin).data());
        }
        after = rssMiB();
        // Scrolling back up through the first rows reads dropped pages again (one seek each).
        const auto back = SteadyClock::now();
        for (int row = 0; row < std::min(model.rowCount(), 20 * model.pageSize()); ++row)
            benchmark::DoNotOptimize(model.index(row, PersonListModel::NameLatin).data());
        state.counters["back_20_pages_ms"]
            = std::chrono::duration<double, std::milli>(SteadyClock::now() - back).count();
        state.counters["loaded_pages"] = model.loadedPageCount();
        state.counters["page_reloads"] = double(model.pageReloadCount());
        benchmark::DoNotOptimize(model.rowCount());
        state.counters["rows_loaded"] = model.rowCount();
        state.counters["register_rows"] = total ? double(*total) : -1;
    }
    state.counters["rss_before_MiB"] = before;
    state.counters["rss_after_MiB"] = after;
    state.counters["fetches"] = fetches / double(std::max<std::int64_t>(1, state.iterations()));
}
BENCHMARK(BM_ScrollListModel)
    ->Arg(20'000)
    ->Arg(100'000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QApplication app(argc, argv);
    std::fprintf(stderr, "NIGRAN_BENCH_SCALE=%g: register of %lld people\n", benchScale(),
        static_cast<long long>(registerSize()));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

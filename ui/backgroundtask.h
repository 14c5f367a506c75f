#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace Nigran::Gui {

/// Runs slow work (a key derivation, seeding a demo office) off the GUI thread and hands its result
/// back on the GUI thread, so that dialogs keep painting their busy indicator meanwhile.
///
/// `work` runs in a new thread and must not touch widgets; `done(result)` is called in `context`'s
/// thread once the work has finished, unless `context` has been destroyed by then. The returned
/// thread deletes itself when finished; an owner that may die first should wait() for it.
template<typename Work, typename Done>
QPointer<QThread> runInBackground(QObject *context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work &>;
    auto result = std::make_shared<std::optional<Value>>();
    QThread *thread
        = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (*result)
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return thread;
}

} // namespace Nigran::Gui

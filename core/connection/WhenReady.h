#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Elect {

/// Calls \a handler with the future's result on \a context's thread once \a future has one, unless
/// \a context is gone by then (a window closed while its question was still out). Qt 6.4's
/// QFuture::then(context, ...) asserts when the context dies first; this drops the call instead.
/// A cancelled future calls nothing.
template <typename T, typename Handler>
void whenReady(const QFuture<T>& future, QObject* context, Handler&& handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, handler = std::forward<Handler>(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (!done.isCanceled() && done.resultCount() > 0)
                             handler(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace Elect

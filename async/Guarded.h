#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>

#include <type_traits>
#include <utility>

// Continuations that may outlive the object they call back. Qt 6.4's QFuture::then(context, ...)
// asserts when the context is destroyed before the future finishes (a page closed while its query
// runs, a profile switched). Instead, continue on the application object (always alive, in the main
// thread where all our context objects live) and call the function only while the context exists:
//
//     future.then(QCoreApplication::instance(), guarded(this, [this](const Result& r) { ... }));
//
// When the context is gone the continuation yields `fallback()` (guarded: a default-constructed result).
namespace GuardedDetail
{
// The one argument and the result of a (non-generic) lambda, which QFuture::then needs to see.
template <typename F> struct Signature : Signature<decltype(&F::operator())>
{
};
template <typename C, typename R, typename A> struct Signature<R (C::*)(A) const>
{
    using Result = R;
    using Arg = A;
};
template <typename C, typename R, typename A> struct Signature<R (C::*)(A)>
{
    using Result = R;
    using Arg = A;
};
} // namespace GuardedDetail

template <typename F, typename Fallback> auto guardedOr(QObject* context, Fallback fallback, F function)
{
    using Result = typename GuardedDetail::Signature<F>::Result;
    using Arg = typename GuardedDetail::Signature<F>::Arg;
    return [guard = QPointer<QObject>(context), fallback = std::move(fallback), function = std::move(function)](
               Arg arg) mutable -> Result {
        if (!guard) {
            if constexpr (std::is_void_v<Result>)
                return;
            else
                return fallback();
        }
        return function(std::forward<Arg>(arg));
    };
}

template <typename F> auto guarded(QObject* context, F function)
{
    using Result = typename GuardedDetail::Signature<F>::Result;
    return guardedOr(
        context,
        [] {
            if constexpr (!std::is_void_v<Result>)
                return Result{};
        },
        std::move(function));
}

// Hands a future's result to `handle` on the main thread, while `receiver` exists (a page controller's
// reads: the controller may be gone, with its page, before the answer comes).
//
// Always later, through the event queue, never inside the call that asked: a continuation attached to a
// future that is already finished (a refusal decided before any I/O, or a worker thread faster than the
// caller) runs at once in Qt, so a page would hear its answer before it had shown "loading", and a
// QSignalSpy created before the call would miss it (QSignalSpy::wait only counts signals after it starts).
template <typename T, typename F> void deliver(QFuture<T> future, QObject* receiver, F handle)
{
    future.then(QCoreApplication::instance(),
                [guard = QPointer<QObject>(receiver), handle = std::move(handle)](const T& result) mutable {
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [guard, handle = std::move(handle), result]() mutable {
                            if (guard)
                                handle(result);
                        },
                        Qt::QueuedConnection);
                });
}

// deliver() for a read that a newer one of its kind makes stale: `counter` counts the reads asked, and
// only the answer of the last one asked reaches `handle` (a filter changed while the previous read ran).
template <typename T, typename F> void deliverLatest(QFuture<T> future, QObject* receiver, quint64* counter, F handle)
{
    const quint64 asked = ++*counter;
    deliver(std::move(future), receiver, [counter, asked, handle = std::move(handle)](const T& result) mutable {
        if (asked == *counter)
            handle(result);
    });
}

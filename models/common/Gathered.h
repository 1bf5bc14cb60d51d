#pragma once

#include <QFuture>
#include <QPromise>

#include <functional>

// One result assembled from several asynchronous answers (held by shared_ptr, touched on one thread):
// each part calls expect() before it asks and done() when its answer is in; the future finishes when
// the last part is done. It starts with one part pending, the asking itself, so answers that come
// back at once cannot finish it early: the asker calls done() once everything is asked.
template <typename T> struct Gathered
{
    QPromise<T> promise;
    T value{};
    int pending = 1;
    std::function<void(T&)> beforeFinish; // e.g. an order for what was gathered

    QFuture<T> start()
    {
        promise.start();
        return promise.future();
    }
    void expect() { ++pending; }
    void done()
    {
        if (--pending > 0)
            return;
        if (beforeFinish)
            beforeFinish(value);
        promise.addResult(value);
        promise.finish();
    }
};

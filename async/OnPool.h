#pragma once

#include <QFuture>

#include <utility>

// `work()` on a thread of the global pool (file reading and writing, parsing, comparing), its result as a
// future: the caller's thread never waits for it.
template <typename F> auto runOnPool(F work)
{
    return QtFuture::makeReadyFuture().then(QtFuture::Launch::Async, std::move(work));
}

#pragma once

#include <models/common/Freshness.h>

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <utility>

// What a repository read delivers: the value, or why there is none.
template <typename T> struct Fetched
{
    Fetched() = default;
    Fetched(QString whyNot, T fetched)
        : error(std::move(whyNot))
        , value(std::move(fetched))
    {
    }

    QString error; // empty on success
    T value{};
    Freshness freshness; // from the standby: as of when
    bool ok() const { return error.isEmpty(); }
};

// The answer of a read whose connection was closed (its profile replaced) before the answer came.
template <typename T> Fetched<T> closedBeforeAnswer()
{
    Fetched<T> closed;
    closed.error = QCoreApplication::translate("Fetched", "The connection was closed before the answer came.");
    return closed;
}

// A read refused before it reached a server (bad input), as a finished future.
template <typename T> QFuture<Fetched<T>> refusedFuture(const QString& why)
{
    Fetched<T> refused;
    refused.error = why;
    return QtFuture::makeReadyFuture(refused);
}

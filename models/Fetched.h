#pragma once

#include <QString>

// What a repository read delivers: the value, or why there is none.
template <typename T> struct Fetched
{
    QString error; // empty on success
    T value{};
    bool ok() const { return error.isEmpty(); }
};

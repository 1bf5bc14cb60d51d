#pragma once

#include <cstdio>
#include <cstdlib>

// A broken invariant names its place before aborting (libFuzzer keeps the input that broke it).
inline void fuzzRequire(bool condition, const char* file, int line)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken at %s:%d\n", file, line);
        std::abort();
    }
}
#define REQUIRE(condition) fuzzRequire((condition), __FILE__, __LINE__)

#pragma once

// OpenSSL frees its global state from an atexit handler unless told not to. A thread still ending
// when main() returns (Qt's network threads, a libpq connection's worker) can then free its own
// thread-local OpenSSL state while, or after, that handler runs: a double free at exit, seen in
// test_readme under AddressSanitizer. OpenSSL's maintainers call the cleanup optional (it only
// quietens leak checkers; the OS takes the memory back), so the executables skip it.
// Call it before anything else touches OpenSSL: only the first initialisation can ask for this.
void skipOpenSslCleanupAtExit();

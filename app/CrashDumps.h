#pragma once

// A crash must not write the process's memory, passwords included, to a core file, and other
// programs of the same user must not read it while it runs (ptrace, /proc/PID/mem). On Linux the
// process is made non-dumpable (as gpg-agent, ssh-agent and KeePassXC do); on macOS core files are
// turned off. TS_ALLOW_CORE_DUMPS=1 leaves both alone, for a developer chasing a crash.
// Returns whether the protection is on.
bool keepSecretsOutOfCrashDumps();

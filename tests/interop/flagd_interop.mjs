// The real OpenFeature flagd evaluation engine (@openfeature/flagd-core, what flagd's in-process providers
// run) reading TenantScope's flagd export: the flag set must pass flagd's schema validation (strict), and each
// flag must evaluate for each tenant (targetingKey = tenant id) exactly as PostgreSQL's ai_effective_config
// says. Usage: node flagd_interop.mjs FLAGSET.json EXPECTED.json, where EXPECTED maps tenant id -> {flag: bool}.
// Prints one JSON summary line; exits 1 on any difference.
import { readFileSync } from 'node:fs';
import { FlagdCore } from '@openfeature/flagd-core';

const [flagSetPath, expectedPath] = process.argv.slice(2);
const core = new FlagdCore();
const loaded = core.setConfigurations(readFileSync(flagSetPath, 'utf8'), true);
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
let evaluations = 0;
const mismatches = [];
for (const [tenant, flags] of Object.entries(expected)) {
  for (const [key, value] of Object.entries(flags)) {
    const resolved = core.resolveBooleanEvaluation(key, !value, { targetingKey: tenant });
    evaluations += 1;
    if (resolved.value !== value || resolved.errorCode)
      mismatches.push({ tenant, key, expected: value, got: resolved.value, reason: resolved.reason, error: resolved.errorCode });
  }
}
console.log(JSON.stringify({ loaded: loaded.length, flags: core.getFlags().size, evaluations, mismatches: mismatches.slice(0, 10), mismatched: mismatches.length }));
process.exit(mismatches.length === 0 ? 0 : 1);

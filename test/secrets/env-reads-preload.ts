// Preloaded (`--import`) into a trust-kit process: records which of the variables named in
// SPY_NAMES have their values read as strings from the process environment, by any module, and
// writes their names to SPY_OUT when the process exits.
import { writeFileSync } from 'node:fs';

const names = new Set((process.env['SPY_NAMES'] ?? '').split(','));
const out = process.env['SPY_OUT'] ?? '';
const read = new Set<string>();
process.env = new Proxy(process.env, {
  get(target, name) {
    if (typeof name === 'string' && names.has(name)) read.add(name);
    return Reflect.get(target, name) as unknown;
  },
});
process.on('exit', () => writeFileSync(out, JSON.stringify([...read].sort())));

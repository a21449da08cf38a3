/**
 * `npm run bench -- sbom-shapes`: the JavaScript lockfile parsers on synthetic worst shapes, each at
 * two sizes, to show the time grows linearly with the input (the time ratio about the input's byte
 * ratio, not its square): a yarn.lock
 * with 5,000 versions of one name (each version depending on the one before by a range no entry key
 * spells, so the by-version fallback runs), and a package-lock.json nested 200 levels deep (each
 * level depending on the next and on one hoisted package found only after walking up every level;
 * its install paths make the file grow with the square of the depth), and the same nesting in a
 * bun.lock's install keys.
 * In-process, from the sources; BENCH_RUNS (default 15) runs per case, medians. Bar: for each case,
 * time growth <= 1.6 x input growth (a quadratic parser shows about 2 x, the old nested npm lookup 2.5 x).
 */
import { performance } from 'node:perf_hooks';
import type { Parser } from '../src/sbom/parser.js';
import { bunLockParser } from '../src/sbom/parsers/javascript/bun.js';
import { npmPackageLockParser } from '../src/sbom/parsers/javascript/npm.js';
import { yarnLockParser } from '../src/sbom/parsers/javascript/yarn.js';
import { median, table } from './_measure.js';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const GROWTH_BAR = 1.6;

/** yarn 1: `many@k.0.0` for k < versions, each depending on `many@npm:(k-1).0.0`. */
function yarnManyVersions(versions: number): string {
  const blocks: string[] = [];
  for (let k = 0; k < versions; k++) {
    const dependency = k === 0 ? '' : `  dependencies:\n    many "npm:${k - 1}.0.0"\n`;
    blocks.push(`many@^${k}.0.0:\n  version "${k}.0.0"\n  resolved "https://registry.yarnpkg.com/many/-/many-${k}.0.0.tgz"\n${dependency}`);
  }
  return blocks.join('\n');
}

/** npm v3: `node_modules/d0/node_modules/d1/...` `depth` levels deep; each level depends on the next and on the hoisted `shared`. */
function npmDeep(depth: number): string {
  const packages: Record<string, unknown> = { '': { name: 'deep', version: '1.0.0', dependencies: { d0: '1.0.0' } }, 'node_modules/shared': { version: '1.0.0' } };
  let path = '';
  for (let level = 0; level < depth; level++) {
    path = `${path}${path === '' ? '' : '/'}node_modules/d${level}`;
    const dependencies: Record<string, string> = { shared: '1.0.0' };
    if (level + 1 < depth) dependencies[`d${level + 1}`] = '1.0.0';
    packages[path] = { version: '1.0.0', resolved: `https://registry.npmjs.org/d${level}/-/d${level}-1.0.0.tgz`, dependencies };
  }
  return JSON.stringify({ name: 'deep', lockfileVersion: 3, packages });
}

/** bun.lock: install keys `d0`, `d0/d1`, ... `depth` levels deep, the same shape as npmDeep. */
function bunDeep(depth: number): string {
  const packages: Record<string, unknown> = { shared: ['shared@1.0.0', '', {}, 'sha512-AAAA'] };
  let key = '';
  for (let level = 0; level < depth; level++) {
    key = `${key}${key === '' ? '' : '/'}d${level}`;
    const dependencies: Record<string, string> = { shared: '1.0.0' };
    if (level + 1 < depth) dependencies[`d${level + 1}`] = '1.0.0';
    packages[key] = [`d${level}@1.0.0`, '', { dependencies }, 'sha512-AAAA'];
  }
  return JSON.stringify({ lockfileVersion: 1, workspaces: { '': { name: 'deep', dependencies: { d0: '1.0.0' } } }, packages });
}

async function time(parser: Parser, path: string, text: string): Promise<{ seconds: number; packages: number }> {
  const content = Buffer.from(text);
  const seconds: number[] = [];
  let packages = 0;
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now();
    const result = await parser.parse({ path, content, readSibling: async () => undefined, includeDev: true });
    // The first run warms the JIT and is not counted.
    if (run > 0) seconds.push((performance.now() - start) / 1000);
    packages = result.packages.length;
  }
  return { seconds: median(seconds), packages };
}

const cases: [string, Parser, string, (size: number) => string, number][] = [
  ['yarn.lock, versions of one name', yarnLockParser, 'yarn.lock', yarnManyVersions, 5000],
  ['package-lock.json, nesting depth', npmPackageLockParser, 'package-lock.json', npmDeep, 200],
  ['bun.lock, nesting depth', bunLockParser, 'bun.lock', bunDeep, 200],
];
const rows = [['case', 'size', 'packages', 'median s', 'size x2: s', 'input growth', 'time growth (linear: about the input growth)']];
const bars: string[] = [];
let failed = false;
for (const [name, parser, path, make, size] of cases) {
  const smallText = make(size);
  const largeText = make(size * 2);
  const small = await time(parser, path, smallText);
  const large = await time(parser, path, largeText);
  const inputGrowth = largeText.length / smallText.length;
  const timeGrowth = large.seconds / small.seconds;
  rows.push([name, String(size), String(small.packages), small.seconds.toFixed(4), large.seconds.toFixed(4), inputGrowth.toFixed(2), timeGrowth.toFixed(2)]);
  const ok = timeGrowth <= GROWTH_BAR * inputGrowth;
  failed ||= !ok;
  bars.push(`bar: ${name}: time growth <= ${GROWTH_BAR} x input growth | measured ${(timeGrowth / inputGrowth).toFixed(2)} x | ${ok ? 'PASS' : 'FAIL'}`);
}
console.log(table(rows));
console.log(bars.join('\n'));
process.exitCode = failed ? 1 : 0;

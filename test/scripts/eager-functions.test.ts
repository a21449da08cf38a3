// The CLI's chunks are rewritten so that V8 compiles their functions with them (and Node's compile
// cache keeps them): the rewrite must change nothing a program can observe but that.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';
import { eagerFunctions } from '../../scripts/eager-functions.js';
import { tempDir } from '../support/tmp.js';

/** A module of the shape ncc writes: factories in an exported table, each a parenthesized arrow function. */
const CHUNK = `export const id = 7;
export const modules = {

/***/ 11: /***/ ((module, exports, require) => {
"use strict";
// Called before its declaration: hoisting must still give it a value.
const early = twice(21);
/** Documentation stays where it was. */
function twice(n) { return helper(n) * 2; }
function helper(n) { return n; }
function helper(n) { return n + 0.5; }
const list = [3, 1, 2].map((n) => n * 10).sort(function (a, b) { return a - b; });
function shadow(value) { function value() { return 'inner'; } return typeof value; }
async function later() { return 'later'; }
function* numbers() { yield 1; yield 2; }
function strict() { return this; }
function memo() { memo = () => 'cached'; return 'first'; }
if (list.length > 0) { function inBlock() { return 'block'; } module.inBlock = inBlock(); }
class Point { constructor(x) { this.x = x; } get double() { return twice(this.x / 2); } method() { function inner() { return 'method'; } return inner(); } }
module.exports = { early, list, shadow: shadow(1), later, numbers: [...numbers()], strict: strict(), point: new Point(4).double, method: new Point(1).method(), names: [twice.name, helper.name, later.name, numbers.name], memo: [memo(), memo()] };
/***/ })

};
export function top() { return 'top'; }
`;

test('the rewritten chunk behaves as the original: hoisting, redeclaration, shadowing, directives, blocks, methods', async (t) => {
  const dir = await tempDir(t);
  const rewritten = eagerFunctions(CHUNK, 'chunk.js');
  const run = async (name: string, code: string): Promise<unknown> => {
    await writeFile(join(dir, name), code);
    const chunk = (await import(pathToFileURL(join(dir, name)).href)) as { modules: Record<number, (module: object) => void>; top: () => string };
    const module: { exports?: Record<string, unknown> & { later: () => Promise<string> }; inBlock?: string } = {};
    chunk.modules[11]?.(module);
    return { ...module.exports, later: await module.exports?.later(), inBlock: module.inBlock, top: chunk.top() };
  };
  const expected = await run('original.mjs', CHUNK);
  assert.deepEqual(await run('rewritten.mjs', rewritten), expected);
  assert.match(rewritten, /"use strict";var twice = \(function \(n\) \{ return helper\(n\) \* 2; \}\);var helper = /, 'declarations come right after the directive, in their order');
  assert.match(rewritten, /\/\*\* Documentation stays where it was\. \*\/\n/);
  assert.match(rewritten, /\.map\(\(\(n\) => n \* 10\)\)\.sort\(\(function \(a, b\)/, 'function and arrow expressions are wrapped');
  assert.match(rewritten, /\{ function inBlock\(\)/, 'a declaration in a block stays');
  assert.match(rewritten, /\nexport function top\(\)/, 'a module-level declaration stays');
  assert.match(rewritten, /method\(\) \{var inner = \(function \(\)/, 'a declaration in a method body is hoisted too');
});

test('the rewritten functions are compiled with their script: its code cache holds them', () => {
  const body = Array.from({ length: 200 }, (_, index) => `  total += ${index} * n;`).join('\n');
  const script = `const factory = ((n) => {\nfunction big(n) { let total = 0;\n${body}\n  return total; }\nreturn big(n);\n});\n`;
  const cacheSize = (code: string): number => new Script(code).createCachedData().length;
  const before = cacheSize(script);
  const after = cacheSize(eagerFunctions(script, 'script.js'));
  assert.ok(after > before * 3, `code cache ${before} bytes before, ${after} after`);
});

test('code that does not parse fails the build, naming the file', () => {
  assert.throws(() => eagerFunctions('export const broken = (;\n', 'dist/cli/7.index.js'), /dist\/cli\/7\.index\.js: does not parse/);
});

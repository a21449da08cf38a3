// docs/images.md lists every code the image commands' own errors can carry (src/images, src/oci, src/sbom/image, and
// the proxy tunnel the registry client goes through),
// with the exit code it gives and what to do: the list and the source are kept in step here, as the README's exit-code
// table is by test/cli/exit-codes.test.ts.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { exitCodeFor } from '../../src/cli/exit-codes.js';
import { TrustKitError } from '../../src/core/errors.js';

const ROOT = join(import.meta.dirname, '..', '..');
/**
 * The error modules whose codes the image commands raise: their own, the registry client's, and the proxy tunnel's
 * it reaches registries through (its errors pass through the client as they are). The proxy variables' one code
 * (PROXY_URL_INVALID, a class of its own) is found quoted in src/.
 */
const ERROR_MODULES = ['src/images/errors.ts', 'src/oci/errors.ts', 'src/sbom/image/errors.ts', 'src/core/proxy-tunnel.ts'];
/** A code of those modules: these prefixes are theirs alone. */
const IMAGE_CODE = /'((?:IMAGES|IMAGE|OCI|PROXY)_[A-Z_]+|VERIFY_IMAGE_[A-Z_]+)'/g;

/** The members of each `export type ...Code = 'A' | 'B';` union in a module. */
async function unionCodes(path: string): Promise<string[]> {
  const text = await readFile(join(ROOT, path), 'utf8');
  const unions = [...text.matchAll(/export type \w+Code =([^;]+);/g)].map((match) => match[1] ?? '');
  assert.ok(unions.length > 0, `${path} declares a code union`);
  return unions.flatMap((union) => [...union.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1] ?? ''));
}

/** The TypeScript sources under a folder of the repository, by path. */
async function sources(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) texts.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return texts;
}

/** Every quoted image code anywhere in src/: a code raised through another error class would show here. */
async function quotedCodes(dir: string): Promise<Set<string>> {
  const codes = new Set<string>();
  for (const text of (await sources(dir)).values()) for (const match of text.matchAll(IMAGE_CODE)) codes.add(match[1] ?? '');
  return codes;
}

/** The rows of docs/images.md's table: code, exit, when, what to do. */
async function documentedCodes(): Promise<Map<string, { exit: string; when: string; todo: string }>> {
  const text = await readFile(join(ROOT, 'docs', 'images.md'), 'utf8');
  const start = text.indexOf('<!-- image-error-codes:start -->');
  const end = text.indexOf('<!-- image-error-codes:end -->');
  assert.ok(start >= 0 && end > start, 'docs/images.md has the table between its markers');
  const rows = new Map<string, { exit: string; when: string; todo: string }>();
  for (const line of text.slice(start, end).split('\n').filter((row) => row.startsWith('| `'))) {
    // A `\|` inside a cell is a pipe of its text.
    const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
    const [code = '', exit = '', when = '', todo = ''] = cells;
    const name = /^`([A-Z_]+)`$/.exec(code)?.[1];
    assert.ok(name !== undefined, `a row names one code: ${line}`);
    assert.equal(cells.length, 4, `${name}: code, exit, when, what to do`);
    assert.ok(!rows.has(name), `${name} is listed once`);
    rows.set(name, { exit, when, todo });
  }
  return rows;
}

test('docs/images.md lists exactly the codes of the image commands\' errors, each with its exit code and what to do', async () => {
  const documented = await documentedCodes();
  const declared = new Set((await Promise.all(ERROR_MODULES.map(unionCodes))).flat());
  const quoted = await quotedCodes('src');
  assert.deepEqual([...declared].filter((code) => !documented.has(code)), [], 'declared, not documented');
  assert.deepEqual([...quoted].filter((code) => !documented.has(code)), [], 'used in src/, not documented');
  assert.deepEqual([...documented.keys()].filter((code) => !declared.has(code) && !quoted.has(code)), [], 'documented, not in the source');
  for (const [code, row] of documented) {
    assert.equal(row.exit, String(exitCodeFor(new TrustKitError(code, 'documented'))), `${code}: the exit code the CLI gives it`);
    assert.ok(row.when.length > 20 && row.todo.length > 10, `${code}: says when it happens and what to do`);
  }
});

test('every error of the image commands\' own classes is made with a hint, as docs/images.md says', async () => {
  const missing: string[] = [];
  for (const [path, text] of await sources('src')) {
    for (const match of text.matchAll(/new (?:OciError|ImagesError|ImageSbomError)\(/g)) {
      // The call's text up to its closing parenthesis (parentheses in its strings are balanced in this source).
      let depth = 1;
      let end = match.index + match[0].length;
      for (; depth > 0 && end < text.length; end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      const call = text.slice(match.index, end);
      if (!/\bhint\b/.test(call)) missing.push(`${path.slice(ROOT.length + 1)}:${text.slice(0, match.index).split('\n').length}: ${call.slice(0, 120)}`);
    }
  }
  assert.deepEqual(missing, []);
});

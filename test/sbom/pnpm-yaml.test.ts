import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { SbomParseError } from '../../src/sbom/errors.js';
import { assertScaling } from '../support/scaling.js';
import { FULL_YAML_MAX_BYTES, pnpmLockParser } from '../../src/sbom/parsers/javascript/pnpm.js';
import { OutsideSubset, readPnpmYaml } from '../../src/sbom/parsers/javascript/pnpm-yaml.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');

describe('the pnpm YAML subset reader', () => {
  for (const name of ['pnpm-v5-dev-included', 'pnpm-v6', 'pnpm-v9', 'pnpm-v9-snapshots']) {
    it(`reads ${name} exactly as the yaml package does`, () => {
      const text = readFileSync(join(FIXTURES, name, 'pnpm-lock.yaml'), 'utf8');
      assert.deepEqual(readPnpmYaml(text), parse(text, { uniqueKeys: false }));
    });
  }

  it('reads scalars as the YAML core schema does, quotes, flow collections and compact sequences included', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'numbers: {a: 5.4, b: 7, c: 1.0.0, d: -3, e: 1e3}',
      "quoted: {'@scope/x': 'it''s', \"y\": \"a\\u0041\"}",
      'flags: [true, False, null, ~, x]',
      'empty: {}',
      'nested:',
      '  deeper:',
      '    url: https://codeload.github.com/o/r/tar.gz/abc(react@18.2.0)',
      'list:',
      '- a',
      '- b',
      'after: 1',
      'nothing:',
    ].join('\n');
    assert.deepEqual(readPnpmYaml(text), parse(text));
  });

  it('gives up on what pnpm never writes, so the full parser reads it', () => {
    // A plain scalar holding ": " or ending in ":" is a nested mapping the yaml package refuses: never a string here.
    for (const text of ['a: b: c\n', 'a: b:\n', 'a: {b: c: d}\n', 'a: [b: c]\n', 'a: &x 1\nb: *x\n', 'a: |\n  text\n', '---\na: 1\n---\nb: 2\n', 'a:\n\t- 1\n', 'a: 0x1f\n', '? complex\n: key\n', 'list:\n  - k: v\n']) {
      assert.throws(() => readPnpmYaml(text), OutsideSubset, JSON.stringify(text));
    }
  });

  it('never prints the YAML parser\'s warnings, which quote the lockfile on lines of their own where the Actions runner reads workflow commands', async (t) => {
    const warned: unknown[] = [];
    t.mock.method(process, 'emitWarning', (...args: unknown[]) => warned.push(args[0]));
    for (const separator of ['', '---\n']) {
      const lock = `${separator}lockfileVersion: '9.0'\n::warning file=x::injected: !foo bar\nimporters: {}\n`;
      await pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(lock), includeDev: false, readSibling: () => Promise.resolve(undefined) });
    }
    assert.deepEqual(warned, []);
  });

  it('stops the full YAML parser at the first stray token, at its line: a line of 100,000 "]" made 100,000 errors, each quoting the line (seconds, growing faster than the line)', async () => {
    const lockOf = (count: number): string => `lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: ${']'.repeat(count)}}\n`;
    const parse = (text: string): Promise<unknown> => pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(text), includeDev: false, readSibling: () => Promise.resolve(undefined) }).catch((error: unknown) => error);
    await assertScaling('stray tokens', lockOf, parse, { size: 10_000, maxRatio: 5 });
    const error = await parse(lockOf(100_000));
    assert.ok(error instanceof SbomParseError && error.line === 4 && /^pnpm-lock\.yaml:4: not valid YAML: Unexpected flow-seq-end token/.test(error.message), String(error));
    // An error the composer finds (not a stray token) still names its line.
    const duplicate = await parse("lockfileVersion: '9.0'\npackages:\n  a: [1\n");
    assert.ok(duplicate instanceof SbomParseError && duplicate.line !== undefined, String(duplicate));
  });

  it('refuses a key repeated in one mapping at its line, as pnpm\'s reader (js-yaml) does: the last one won, its integrity or version taken in silence', async () => {
    const parse = (text: string): Promise<unknown> => pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(text), includeDev: false, readSibling: () => Promise.resolve(undefined) }).catch((error: unknown) => error);
    const integrity = (byte: number): string => `sha512-${Buffer.alloc(64, byte).toString('base64')}`;
    const packages = `lockfileVersion: '9.0'\npackages:\n  a@1.0.0:\n    resolution: {integrity: ${integrity(1)}}\n  a@1.0.0:\n    resolution: {integrity: ${integrity(2)}}\n`;
    const importer = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a:\n        specifier: 1.0.0\n        version: 1.0.0\n      a:\n        specifier: 2.0.0\n        version: 2.0.0\n";
    for (const [text, line] of [[packages, 5], [importer, 8]] as const) {
      assert.throws(() => readPnpmYaml(text), OutsideSubset);
      const error = await parse(text);
      assert.ok(error instanceof SbomParseError && error.line === line && /not valid YAML: Map keys must be unique/.test(error.message), String(error));
    }
  });

  it('reads at most FULL_YAML_MAX_BYTES (2 MiB) with the full YAML parser: `? key` pairs pnpm never writes cost up to 9 us and 400 bytes a character, so a few MiB aborted the process out of memory long before 256 MiB', async () => {
    // A block scalar: outside the fast reader's subset, and cheap for the full parser, so the test itself is quick.
    const lockOf = (bytes: number): string => {
      const head = "lockfileVersion: '9.0'\nimporters: {}\nnote: |\n";
      return head + '  a\n'.repeat(Math.floor((bytes - head.length) / 4)) + ' '.repeat((bytes - head.length) % 4);
    };
    const parse = (text: string): Promise<unknown> => pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(text), includeDev: false, readSibling: () => Promise.resolve(undefined) }).catch((error: unknown) => error);
    assert.equal(Buffer.byteLength(lockOf(FULL_YAML_MAX_BYTES)), FULL_YAML_MAX_BYTES);
    assert.deepEqual(await parse(lockOf(FULL_YAML_MAX_BYTES)), { packages: [], relationships: [], unknowns: [] });
    const refused = await parse(lockOf(FULL_YAML_MAX_BYTES + 1));
    assert.ok(refused instanceof SbomParseError, String(refused));
    assert.equal(refused.code, 'SBOM_PARSE_FAILED');
    assert.match(refused.message, /^pnpm-lock\.yaml: uses YAML that pnpm never writes, .* larger than the 2 MiB trust-kit reads so/);
    assert.match(refused.hint ?? '', /pnpm install --lockfile-only/);
  });

  it('reads a lockfile pnpm 10 writes with its environment lockfile first (two documents) at any size, as it did before the 2 MiB bound of the full parser', async () => {
    // pnpm writes `configDependencies` and `packageManagerDependencies` to a YAML document of their own, before the project's.
    const environment = "---\nlockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    configDependencies: {}\n    packageManagerDependencies:\n      pnpm:\n        specifier: 10.12.1\n        version: 10.12.1\n\npackages:\n\n  pnpm@10.12.1:\n    resolution: {integrity: sha512-AAAA}\n\nsnapshots:\n\n  pnpm@10.12.1: {}\n";
    const count = 20_000;
    const names = Array.from({ length: count }, (_, index) => `package-number-${index}`);
    const project = [
      '---',
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '',
      '  .:',
      '    dependencies:',
      ...names.flatMap((name) => [`      ${name}:`, '        specifier: ^1.0.0', '        version: 1.0.0']),
      '',
      'packages:',
      '',
      ...names.flatMap((name) => [`  ${name}@1.0.0:`, `    resolution: {integrity: sha512-${Buffer.from(name).toString('base64')}}`, '']),
      'snapshots:',
      '',
      ...names.flatMap((name) => [`  ${name}@1.0.0: {}`, '']),
    ].join('\n');
    const text = environment + '\n' + project;
    assert.ok(Buffer.byteLength(text) > FULL_YAML_MAX_BYTES, String(Buffer.byteLength(text)));
    const result = await pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(text), includeDev: false, readSibling: () => Promise.resolve(undefined) });
    assert.equal(result.packages.length, count);
    assert.deepEqual(result.unknowns, []);
    // The project's document is read, not the environment's: pnpm itself is no dependency of the project.
    assert.ok(!result.packages.some((pkg) => pkg.name === 'pnpm'));
  });

  it('refuses aliases in a lockfile of several documents as in one of one (pnpm writes none): 99 aliases of an importer made 99 copies of its edges', async () => {
    const lock = (separator: string): string =>
      `${separator}lockfileVersion: '9.0'\nimporters:\n  .: &x\n    dependencies:\n      p:\n        specifier: 1.0.0\n        version: 1.0.0\n${Array.from({ length: 99 }, (_, index) => `  m${index}: *x\n`).join('')}packages:\n  p@1.0.0:\n    resolution: {integrity: sha512-AAAA}\nsnapshots:\n  p@1.0.0: {}\n`;
    for (const separator of ['', '---\n']) {
      await assert.rejects(
        pnpmLockParser.parse({ path: 'pnpm-lock.yaml', content: Buffer.from(lock(separator)), includeDev: false, readSibling: () => Promise.resolve(undefined) }),
        (error: unknown) => error instanceof SbomParseError && error.code === 'SBOM_PARSE_FAILED' && /Alias resolution is disabled/.test(error.message),
        JSON.stringify(separator),
      );
    }
  });
});

import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { test } from 'node:test';
import { checkChecksumsFile, formatChecksums, parseChecksums, reportedName, reportLine } from '../../src/checksums/index.js';
import { assertShowable, HOSTILE } from '../support/hostile-text.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { seededRandom } from '../support/random.js';

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');

/** Names the checksums format carries only with care: escapes, and what JavaScript's `.` and `trim` treat as line ends. */
const AWKWARD = ['back\\slash', 'trailing\\', 'line\u2028separator', 'para\u2029graph', 'next\u0085line', ' leading space', 'trailing space ', '*star', 'a  (b) = c'];
const LINE_BREAKS = ['new\nline', 'carriage\rreturn', 'ends with\r', '\nstarts'];

test('awkward names are written so that sha256sum -c and --check both read every one back', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  for (const name of AWKWARD) await writeFile(join(dir, 'dist', name), name);
  const run = await cli(['checksums', '--base', 'dist', '-o', 'dist/SHA256SUMS', 'dist'], dir);
  assert.equal(run.code, 0, run.stderr);
  const sha = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(dir, 'dist'), encoding: 'utf8' });
  assert.equal(sha.status, 0, sha.stdout + sha.stderr);
  assert.equal(sha.stdout.match(/: OK$/gm)?.length, AWKWARD.length, sha.stdout);
  const ours = await cli(['checksums', '--check', 'dist/SHA256SUMS', '--base', 'dist'], dir);
  assert.equal(ours.code, 0, ours.stdout + ours.stderr);
  // sha256sum's report, but for a C1 control (U+0085 here) and the line and paragraph separators, which sha256sum prints as they are and trust-kit escapes.
  assert.equal(
    ours.stdout,
    sha.stdout.replace('next\u0085line: OK', '\\next\\u0085line: OK').replace('line\u2028separator: OK', '\\line\\u2028separator: OK').replace('para\u2029graph: OK', '\\para\\u2029graph: OK'),
  );
  assert.deepEqual(ours.stdout.split(/: OK\n/).filter(Boolean).sort(), AWKWARD.map(reportedName).sort());
  // What sha256sum itself writes for them, --tag included, reads the same.
  const written = execFileSync('sha256sum', AWKWARD, { cwd: join(dir, 'dist'), encoding: 'utf8' }) + execFileSync('sha256sum', ['--tag', ...AWKWARD], { cwd: join(dir, 'dist'), encoding: 'utf8' });
  assert.deepEqual(parseChecksums(written.split('\n').slice(0, AWKWARD.length).join('\n'), 'x').map((entry) => entry.name), AWKWARD);
  await writeFile(join(dir, 'dist', 'BOTH'), written);
  const both = await cli(['checksums', '--check', 'dist/BOTH', '--base', 'dist'], dir);
  assert.equal(both.code, 0, both.stderr);
  assert.equal(both.stdout.match(/: OK\n/g)?.length, AWKWARD.length * 2);
});

test('names with a line feed or carriage return are escaped as coreutils writes them, and read back by sha256sum -c and our parser', async (t) => {
  const dir = await tempDir(t);
  for (const name of LINE_BREAKS) await writeFile(join(dir, name), name);
  const text = formatChecksums(LINE_BREAKS.map((name) => ({ name, hex: sha256(name) })));
  // Exactly what sha256sum writes for the same files.
  const lines = (output: string): string[] => output.split('\n').filter(Boolean).sort();
  assert.deepEqual(lines(text), lines(execFileSync('sha256sum', LINE_BREAKS, { cwd: dir, encoding: 'utf8' })));
  assert.deepEqual(
    parseChecksums(text, 'SUMS').map((entry) => entry.name).sort(),
    [...LINE_BREAKS].sort(),
  );
  await writeFile(join(dir, 'SUMS'), text);
  const sha = spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir, encoding: 'utf8' });
  assert.equal(sha.status, 0, sha.stdout + sha.stderr);
  const ours = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(ours.code, 0, ours.stdout + ours.stderr);
  // The report is sha256sum's, but that a name with a carriage return is escaped too (sha256sum prints it as it is, which lets the file's author overwrite the line on a terminal): one line each.
  assert.equal(ours.stdout, sha.stdout.replace('carriage\rreturn: OK', '\\carriage\\rreturn: OK').replace('ends with\r: OK', '\\ends with\\r: OK'));
  assert.equal(ours.stdout.split('\n').filter(Boolean).length, LINE_BREAKS.length);
});

test('a release never signs a checksums file with a line break in a name: creating it is refused with a coded error', async (t) => {
  const dir = await tempDir(t);
  for (const name of LINE_BREAKS) {
    await mkdir(join(dir, 'one'), { recursive: true });
    await writeFile(join(dir, 'one', name), 'x');
    const run = await cli(['checksums', '-o', 'SUMS', 'one'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^trust-kit: CHECKSUMS_UNSAFE_NAME: .* has a line break in its name/, JSON.stringify(name));
    execFileSync('rm', ['-rf', join(dir, 'one')]);
  }
  await assert.rejects(readFile(join(dir, 'SUMS')), { code: 'ENOENT' }, 'nothing was written');
});

test('every command that hashes files refuses a name with a line break as checksums does (docs/security/limits.md): attest, release, sbom --artifacts', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist'));
  await writeFile(join(dir, 'dist', 'app\nSHA256SUMS'), 'x');
  await writeFile(join(dir, 'predicate.json'), '{}');
  execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', join(dir, 'key.pem')]);
  const runs = {
    attest: ['attest', '--type', 'custom', '--predicate', 'predicate.json', '--predicate-type', 'https://example.com/p/v1', '--key', 'key.pem', '--output-dir', 'out-attest', 'dist'],
    release: ['release', '--output-dir', 'out-release', '--sbom-format', 'none', 'dist'],
    sbom: ['sbom', 'dist', '--artifacts', 'dist/*', '--allow-empty', '--output', 'sbom.json'],
  };
  for (const [command, args] of Object.entries(runs)) {
    const run = await cli(args, dir);
    assert.equal(run.code, 1, `${command}: ${run.stderr}`);
    assert.match(run.stderr, /^trust-kit: CHECKSUMS_UNSAFE_NAME: .* has a line break in its name/m, command);
  }
});

test('what a handed-over checksums file says reaches the report and the errors printable, and errors bounded', () => {
  const name = `evil${HOSTILE}.bin`;
  const report = reportLine({ entry: { name, algorithm: 'sha256', hex: sha256('x'), line: 1 }, status: 'mismatch' });
  assertShowable(report, '\\evil\\u001b]0;owned\\u0007\\u009b2J\\u0085next.bin: FAILED');
  assert.equal(reportLine({ entry: { name: 'a\\b', algorithm: 'sha256', hex: sha256('x'), line: 1 }, status: 'ok' }), 'a\\b: OK', 'a backslash alone is shown as sha256sum shows it');
  const long = `${HOSTILE}${'x'.repeat(16_000)}`;
  for (const [text, code, names] of [
    [`${sha256('a')}  ${long}\n${sha256('b')}  ${long}\n`, 'CHECKSUMS_DUPLICATE_ENTRY', /^SUMS:2: "\\u001b\]0;owned.* is already listed on line 1$/],
    [`not a line ${HOSTILE}\n`, 'CHECKSUMS_MALFORMED_LINE', /^SUMS:1: not a checksum line: "not a line \\u001b\]0;owned\\u0007\\u009b2J\\u0085next"$/],
  ] as const) {
    assert.throws(() => parseChecksums(text, 'SUMS'), (error: { code?: string; message: string }) => {
      assert.equal(error.code, code);
      assertShowable(error.message, names);
      return true;
    });
  }
});

/** A checksums file's own name as a downloaded file may carry it: terminal escapes and a line feed that would start a forged line. */
const HOSTILE_FILE = `SUMS${HOSTILE}\nVerified OK: forged`;
const HOSTILE_FILE_SHOWN = '"SUMS\\u001b]0;owned\\u0007\\u009b2J\\u0085next\\nVerified OK: forged"';

test('a name with a bidirectional control is reported escaped, not shown reordered (evil, U+202E, txt.exe reads as evilexe.txt)', async (t) => {
  const dir = await tempDir(t);
  const names = ['evil\u202etxt.exe', 'iso\u2066late\u2069', 'mark\u200f', 'arabic\u061cmark'];
  for (const name of names) await writeFile(join(dir, name), name);
  await writeFile(join(dir, 'SUMS'), formatChecksums(names.map((name) => ({ name, hex: sha256(name) }))));
  const run = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.stdout.split('\n').filter(Boolean).sort(), ['\\arabic\\u061cmark: OK', '\\evil\\u202etxt.exe: OK', '\\iso\\u2066late\\u2069: OK', '\\mark\\u200f: OK']);
});

test('a checksums file whose own name holds control characters or a line feed is named quoted in its file:line messages', async (t) => {
  const dir = await tempDir(t);
  const text = `${sha256('a')}  a\nnot a line\n`;
  await writeFile(join(dir, HOSTILE_FILE), text);
  const malformed = (error: { code?: string; message: string }): boolean => {
    assert.equal(error.code, 'CHECKSUMS_MALFORMED_LINE');
    assertShowable(error.message, `${HOSTILE_FILE_SHOWN}:2: not a checksum line`);
    return true;
  };
  assert.throws(() => parseChecksums(text, HOSTILE_FILE), malformed);
  await assert.rejects(checkChecksumsFile(join(dir, HOSTILE_FILE), { base: dir, shown: HOSTILE_FILE, onResult: () => {} }), malformed);
  await writeFile(join(dir, HOSTILE_FILE), '');
  await assert.rejects(checkChecksumsFile(join(dir, HOSTILE_FILE), { base: dir, shown: HOSTILE_FILE, onResult: () => {} }), (error: { code?: string; message: string }) => {
    assert.equal(error.code, 'CHECKSUMS_EMPTY');
    assertShowable(error.message, `${HOSTILE_FILE_SHOWN} lists no checksums`);
    return true;
  });
  assert.equal(parseChecksums(`${sha256('a')}  a\n`, 'SUMS')[0]?.name, 'a', 'a plain name is shown as it is');
  await writeFile(join(dir, 'PLAIN'), 'not a line\n');
  await assert.rejects(checkChecksumsFile(join(dir, 'PLAIN'), { base: dir, shown: 'PLAIN', onResult: () => {} }), { message: /^PLAIN:1: not a checksum line/ });
});

test('checksums --check names a checksums file with a hostile name quoted on the terminal', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, HOSTILE_FILE), `${sha256('a')}  a\n`);
  const run = await cli(['checksums', '--check', HOSTILE_FILE, '--ignore-missing'], dir);
  assert.equal(run.code, 1);
  assert.equal(run.stderr, `trust-kit: WARNING: ${HOSTILE_FILE_SHOWN}: no listed file was found\n`);
});


/** Pieces a random name is made of: every byte Linux allows in a name but `/` and NUL, the escapes' own characters often, and UTF-8 that JavaScript or terminals treat apart. */
const PIECES: Buffer[] = [
  ...Array.from({ length: 256 }, (_, byte) => byte)
    .filter((byte) => byte !== 0 && byte !== 0x2f)
    .map((byte) => Buffer.from([byte])),
  ...['\n', '\r', '\\', '*', ' ', '.', '\\n', '(', ') = ', '\u2028', '\u2029', '\u0085', '\u00e9', 'e\u0301', '\ufeff', '\ufffd', '\u202e', '日本'].map((text) => Buffer.from(text)),
];

test('random byte names: written so that sha256sum -c and --check read each back, or refused with CHECKSUMS_UNSAFE_NAME', async (t) => {
  const seed = Number(process.env.TRUST_KIT_TEST_SEED ?? Date.now() % 1_000_000);
  t.diagnostic(`seed ${seed}`);
  const next = seededRandom(seed);
  const dir = await tempDir(t);
  const names = new Map<string, Buffer>();
  while (names.size < 400) {
    const name = Buffer.concat(Array.from({ length: 1 + Math.floor(next() * 8) }, () => PIECES[Math.floor(next() * PIECES.length)] as Buffer));
    if (name.equals(Buffer.from('.')) || name.equals(Buffer.from('..'))) continue;
    names.set(name.toString('hex'), name);
  }
  // Two spellings of one name in Unicode (NFC and NFD) are two files, each listed and checked.
  names.set('nfc', Buffer.from('caf\u00e9'));
  names.set('nfd', Buffer.from('cafe\u0301'));
  names.set('dash', Buffer.from('-'));
  // Refused: bytes that are not UTF-8, line breaks (coreutils escapes them, but a signed file should not need to), and '-' (sha256sum's standard input).
  const writable = [...names.values()].filter((name) => isUtf8(name) && !name.includes(0x0a) && !name.includes(0x0d) && name.toString() !== '-');
  const refused = [...names.values()].filter((name) => !writable.includes(name));
  await mkdir(join(dir, 'ok'));
  const inDir = (sub: string, name: Buffer): Buffer => Buffer.concat([Buffer.from(join(dir, sub) + sep), name]);
  for (const name of writable) await writeFile(inDir('ok', name), name);
  const run = await cli(['checksums', '--base', 'ok', '-o', 'SUMS', 'ok'], dir);
  assert.equal(run.code, 0, run.stderr);
  const text = await readFile(join(dir, 'SUMS'), 'utf8');
  assert.deepEqual(parseChecksums(text, 'SUMS').map((entry) => entry.name).sort(), writable.map((name) => name.toString()).sort());
  const sha = spawnSync('sha256sum', ['-c', '../SUMS'], { cwd: join(dir, 'ok'), encoding: 'buffer' });
  assert.equal(sha.status, 0, sha.stdout.toString() + sha.stderr.toString());
  assert.equal(sha.stdout.toString('latin1').match(/: OK\n/g)?.length, writable.length);
  const ours = await cli(['checksums', '--check', 'SUMS', '--base', 'ok'], dir);
  assert.equal(ours.code, 0, ours.stdout + ours.stderr);
  assert.equal(ours.stdout.match(/: OK\n/g)?.length, writable.length);
  for (const [index, name] of refused.slice(-40).entries()) {
    const sub = `refused${index}`;
    await mkdir(join(dir, sub));
    await writeFile(inDir(sub, name), 'x');
    const refusal = await cli(['checksums', '--base', sub, sub], dir);
    assert.equal(refusal.code, 1, `${name.toString('hex')}: ${refusal.stdout}`);
    assert.match(refusal.stderr, /^trust-kit: CHECKSUMS_UNSAFE_NAME: /, name.toString('hex'));
  }
});

test('a name that is not UTF-8 is refused with CHECKSUMS_UNSAFE_NAME: when written, and when a checksums file by sha256sum lists it', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'dist', 'deep'), { recursive: true });
  await writeFile(Buffer.from(join(dir, 'dist', 'deep', 'bad\xff'), 'latin1'), 'x');
  await writeFile(join(dir, 'dist', 'good'), 'good');
  // Found by a walk, and by a glob (whose matcher hands the name over with U+FFFD too).
  for (const subject of ['dist', 'dist/deep/*']) {
    const run = await cli(['checksums', subject], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^trust-kit: CHECKSUMS_UNSAFE_NAME: .*deep\/bad.* is not valid UTF-8 \(bytes 626164ff\)/);
  }
  // Through the shell: Node passes arguments as UTF-8 text, which cannot carry the byte 0xff.
  await writeFile(join(dir, 'SUMS'), execFileSync('sh', ['-c', `sha256sum good "deep/bad$(printf '\\377')"`], { cwd: join(dir, 'dist') }));
  assert.equal(spawnSync('sha256sum', ['-c', '../SUMS'], { cwd: join(dir, 'dist') }).status, 0);
  for (const flags of [[], ['--ignore-missing']]) {
    const check = await cli(['checksums', '--check', 'SUMS', '--base', 'dist', ...flags], dir);
    assert.equal(check.code, 1);
    assert.match(check.stderr, /CHECKSUMS_UNSAFE_NAME: SUMS:2: the line is not valid UTF-8/);
  }
});

test('a comment line that is not UTF-8 (a Latin-1 title) is skipped, as sha256sum -c skips it: it lists no name', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const line = execFileSync('sha256sum', ['a'], { cwd: dir });
  await writeFile(join(dir, 'SUMS'), Buffer.concat([Buffer.from('# Pr\xfcfsummen\n', 'latin1'), line]));
  assert.equal(spawnSync('sha256sum', ['-c', 'SUMS'], { cwd: dir }).status, 0);
  const check = await cli(['checksums', '--check', 'SUMS'], dir);
  assert.equal(check.code, 0, check.stderr);
  assert.equal(check.stdout, 'a: OK\n');
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  CYCLONEDX_BOM,
  MAX_PREDICATE_BYTES,
  SPDX_DOCUMENT_V2_3,
  attestationFileText,
  buildStatements,
  mergeSubjects,
  parseArtifactsList,
  parseSubjectReference,
  predicateFromDocument,
  predicateFromSbom,
  subjectsFromChecksums,
  subjectsFromPaths,
  writeAttestations,
  type Attestation,
} from '../../src/attest/index.js';
import { isStatement, validateStatement } from './schemas.js';
import { NODE, TSX } from '../support/leak-scan.js';
import { tempDir } from '../support/tmp.js';

const HEX = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

test('name@digest subjects take sha256, sha384 and sha512 in lowercase, and refuse other algorithms and lengths with a code', () => {
  assert.deepEqual(parseSubjectReference(`ghcr.io/acme/app@sha256:${HEX.toUpperCase()}`), { name: 'ghcr.io/acme/app', digest: { sha256: HEX } });
  assert.deepEqual(parseSubjectReference(`a@b.tgz@sha384:${'a'.repeat(96)}`), { name: 'a@b.tgz', digest: { sha384: 'a'.repeat(96) } });
  assert.throws(() => parseSubjectReference(`app@md5:${'a'.repeat(32)}`), { code: 'ATTEST_DIGEST_INVALID' });
  assert.throws(() => parseSubjectReference(`app@sha256:${HEX.slice(1)}`), { code: 'ATTEST_DIGEST_INVALID' });
  assert.throws(() => parseSubjectReference(`app@sha512:${'g'.repeat(128)}`), { code: 'ATTEST_DIGEST_INVALID' });
  assert.throws(() => parseSubjectReference('app.tgz'), { code: 'ATTEST_SUBJECT_INVALID' });
  assert.throws(() => parseSubjectReference(`bad\nname@sha256:${HEX}`), { code: 'ATTEST_SUBJECT_INVALID' });
});

test('file subjects are named relative to the base directory, so a monorepo\'s packages keep apart files of the same name', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'packages', 'a', 'dist'), { recursive: true });
  await mkdir(join(cwd, 'packages', 'b', 'dist'), { recursive: true });
  await writeFile(join(cwd, 'packages', 'a', 'dist', 'x.tgz'), '');
  await writeFile(join(cwd, 'packages', 'b', 'dist', 'x.tgz'), 'b');
  const subjects = await subjectsFromPaths(['packages/*/dist/x.tgz'], { cwd, base: 'packages' });
  assert.deepEqual(subjects.map((subject) => subject.name), ['a/dist/x.tgz', 'b/dist/x.tgz']);
  assert.equal(subjects[0]?.digest.sha256, HEX);
});

test('checksums files and the runner\'s artifacts list become subjects; exact duplicates are dropped, a name with two digests is an error', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SHA256SUMS'), `${HEX}  app.tgz\n${'b'.repeat(128)} *big.iso\n`);
  const fromChecksums = await subjectsFromChecksums('SHA256SUMS', { cwd });
  const fromList = parseArtifactsList(JSON.stringify({ version: 1, subjects: [{ name: 'app.tgz', digest: `sha256:${HEX}`, kind: 'file' }, { name: 'ghcr.io/acme/app', digest: `sha256:${'c'.repeat(64)}`, kind: 'oci' }] }), 'list.json');
  const merged = mergeSubjects([fromChecksums, fromList, [parseSubjectReference(`app.tgz@sha256:${HEX}`)]]);
  assert.deepEqual(merged, [
    { name: 'app.tgz', digest: { sha256: HEX } },
    { name: 'big.iso', digest: { sha512: 'b'.repeat(128) } },
    { name: 'ghcr.io/acme/app', digest: { sha256: 'c'.repeat(64) } },
  ]);
  assert.throws(() => mergeSubjects([fromChecksums, [parseSubjectReference(`app.tgz@sha256:${'d'.repeat(64)}`)]]), { code: 'ATTEST_SUBJECT_CONFLICT' });
  assert.throws(() => mergeSubjects([[], []]), { code: 'ATTEST_NO_SUBJECTS' });
  assert.deepEqual(parseArtifactsList('  \n', 'list.json'), []);
  for (const bad of ['{', '[]', '{"version":2,"subjects":[]}', '{"version":1}', '{"version":1,"subjects":[{"name":"a","digest":"sha256:zz","kind":"file"}]}', '{"version":1,"subjects":[{"name":"a","digest":"x","kind":"dir"}]}']) {
    assert.throws(() => parseArtifactsList(bad, 'list.json'), (error: { code?: string }) => error.code === 'ATTEST_ARTIFACTS_LIST_INVALID' || error.code === 'ATTEST_DIGEST_INVALID', bad);
  }
});

test('a refused subject quotes the runner\'s artifacts list or the input escaped, on one printable line and bounded', () => {
  // eslint-disable-next-line no-control-regex -- what must not reach a terminal
  const control = /[\u0000-\u001f\u007f-\u009f]/;
  const hostile = '\u001b]0;owned\u0007\u009b2J';
  const list = (entry: unknown, version: unknown = 1): string => JSON.stringify({ version, subjects: [entry] });
  const refused: (() => unknown)[] = [
    () => parseArtifactsList(list({ name: 'a', digest: `sha256:${HEX}`, kind: 'file' }, `1${hostile}`), 'list.json'),
    () => parseArtifactsList(list({ name: 'a', digest: `sha256:${HEX}`, kind: 'f'.repeat(1_000_000) }), 'list.json'),
    () => parseArtifactsList(list({ name: 'a', digest: `sha256:${HEX}`, kind: `file${hostile}` }), 'list.json'),
    () => parseArtifactsList(list({ name: 'a', digest: `sha\u009b256:${HEX}`, kind: 'file' }), 'list.json'),
    () => parseArtifactsList(list({ name: 'a', digest: `sha256:${hostile}`, kind: 'file' }), 'list.json'),
    () => parseSubjectReference(`app${hostile}`),
    () => parseSubjectReference(`app@sha256:${hostile}`),
  ];
  for (const [index, attempt] of refused.entries()) {
    assert.throws(attempt, (error: Error & { code?: string }) => {
      assert.match(error.code ?? '', /^ATTEST_/);
      assert.doesNotMatch(error.message, control, `case ${index}: ${JSON.stringify(error.message.slice(0, 300))}`);
      assert.ok(error.message.length < 500, `case ${index}: a message of ${error.message.length} characters`);
      return true;
    });
  }
});

test('a subject name with a control character is refused, C1 controls (a terminal\'s CSI) as C0 ones: names reach logs and messages', () => {
  for (const name of ['app\u001b[2J', 'app\u009b2J', 'app\u0085']) {
    assert.throws(() => parseSubjectReference(`${name}@sha256:${HEX}`), { code: 'ATTEST_SUBJECT_INVALID' }, JSON.stringify(name));
    assert.throws(() => parseArtifactsList(JSON.stringify({ version: 1, subjects: [{ name, digest: `sha256:${HEX}`, kind: 'file' }] }), 'list.json'), { code: 'ATTEST_SUBJECT_INVALID' }, JSON.stringify(name));
  }
  assert.equal(parseSubjectReference(`caf\u00e9-\u00a0.tgz@sha256:${HEX}`).name, 'caf\u00e9-\u00a0.tgz');
});

test('up to 1,024 subjects go in one statement and more are split; per-subject makes one statement each; all are in-toto Statements v1', () => {
  const subjects = Array.from({ length: 2500 }, (_, i) => ({ name: `artifact-${String(i).padStart(4, '0')}`, digest: { sha256: i.toString(16).padStart(64, '0') } }));
  const predicate = { predicateType: 'https://example.com/test/v1', predicate: { ok: true } };
  const statements = buildStatements(subjects, predicate);
  assert.deepEqual(statements.map((statement) => statement.subject.length), [1024, 1024, 452]);
  assert.deepEqual(statements.flatMap((statement) => statement.subject.map((subject) => subject.name)), subjects.map((subject) => subject.name));
  for (const statement of statements) validateStatement(statement);
  const each = buildStatements(subjects.slice(0, 3), predicate, { perSubject: true });
  assert.deepEqual(each.map((statement) => statement.subject.map((subject) => subject.name)), [['artifact-0000'], ['artifact-0001'], ['artifact-0002']]);
  // The schema itself refuses what is not a statement, so the checks above can fail.
  assert.equal(isStatement({ ...statements[0], _type: 'https://in-toto.io/Statement/v0.1' }), false);
  assert.equal(isStatement({ ...statements[0], subject: [{ name: 'x', digest: { sha256: HEX.toUpperCase() } }] }), false);
  assert.throws(() => buildStatements(subjects, { predicateType: 'not a uri', predicate: {} }), { code: 'ATTEST_PREDICATE_TYPE_INVALID' });
});

test('SBOM predicates: SPDX 2.3 and 2.2 and CycloneDX JSON get their predicate types; other documents and non-JSON are refused', () => {
  const spdx = Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', name: 'x' }));
  const cdx = Buffer.from(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 }));
  assert.equal(predicateFromSbom(spdx, 'sbom.spdx.json').predicateType, SPDX_DOCUMENT_V2_3);
  assert.equal(predicateFromSbom(cdx, 'sbom.cdx.json').predicateType, CYCLONEDX_BOM);
  assert.equal(predicateFromDocument('spdx', spdx, 'sbom.spdx.json').predicateType, SPDX_DOCUMENT_V2_3);
  assert.throws(() => predicateFromDocument('spdx', cdx, 'sbom.cdx.json'), { code: 'ATTEST_PREDICATE_INVALID' });
  // SPDX 2.2, the other version with a JSON format (Microsoft's sbom-tool writes it), typed by its version as GitHub's actions/attest types it.
  const spdx22 = Buffer.from(JSON.stringify({ spdxVersion: 'SPDX-2.2', SPDXID: 'SPDXRef-DOCUMENT', name: 'x' }));
  assert.equal(predicateFromSbom(spdx22, 'sbom.spdx.json').predicateType, 'https://spdx.dev/Document/v2.2');
  assert.equal(predicateFromDocument('spdx', spdx22, 'sbom.spdx.json').predicateType, 'https://spdx.dev/Document/v2.2');
  for (const version of ['SPDX-2.1', 'SPDX-3.0', 'SPDX-2.3 ', 'SPDX-2.22']) {
    assert.throws(() => predicateFromDocument('spdx', Buffer.from(JSON.stringify({ spdxVersion: version, SPDXID: 'SPDXRef-DOCUMENT' })), 'sbom.spdx.json'), { code: 'ATTEST_PREDICATE_INVALID' }, version);
  }
  assert.throws(() => predicateFromDocument('cyclonedx', Buffer.from('{"bomFormat":"CycloneDX","specVersion":"2.0"}'), 'x'), { code: 'ATTEST_PREDICATE_INVALID' });
  assert.throws(() => predicateFromDocument('custom', Buffer.from('[1]'), 'p.json', 'https://example.com/p'), { code: 'ATTEST_PREDICATE_INVALID' });
  assert.throws(() => predicateFromDocument('custom', Buffer.from('{'), 'p.json', 'https://example.com/p'), { code: 'ATTEST_PREDICATE_INVALID' });
  assert.throws(() => predicateFromDocument('custom', Buffer.from('{}'), 'p.json'), { code: 'ATTEST_PREDICATE_TYPE_INVALID' });
});

test('a predicate type holding control characters is no URI: refused before anything is signed (it would be signed into the statement and a referrer\'s annotation), and quoted printable', () => {
  // eslint-disable-next-line no-control-regex -- what must not reach a terminal
  const control = /[\u0000-\u001f\u007f-\u009f]/;
  const subjects = [{ name: 'app.tgz', digest: { sha256: HEX } }];
  for (const type of ['https://example.com/p\u001b]0;owned\u0007', 'https://example.com/p\u009b2J', 'urn:x\u0000y']) {
    for (const run of [() => buildStatements(subjects, { predicateType: type, predicate: {} }), () => predicateFromDocument('custom', Buffer.from('{}'), 'p.json', type)]) {
      assert.throws(run, (error: { code?: string; message: string }) => {
        assert.equal(error.code, 'ATTEST_PREDICATE_TYPE_INVALID');
        assert.doesNotMatch(error.message, control);
        return true;
      });
    }
  }
  assert.equal(buildStatements(subjects, { predicateType: 'https://example.com/ünïcode/v1', predicate: {} })[0]?.predicateType, 'https://example.com/ünïcode/v1');
});

test('a predicate file refused for its content is quoted on one printable line, at most a few hundred characters of it', () => {
  // eslint-disable-next-line no-control-regex -- what must not reach a terminal
  const control = /[\u0000-\u001f\u007f-\u009f]/;
  const hostile = '\u001b]0;owned\u0007\u009b2J';
  const refused: [Parameters<typeof predicateFromDocument>[0], string][] = [
    ['custom', `${hostile}{}`],
    ['spdx', JSON.stringify({ spdxVersion: `SPDX-2.3${hostile}`, SPDXID: 'x' })],
    ['spdx', JSON.stringify({ spdxVersion: ['x'.repeat(1_000_000)], SPDXID: 'x' })],
    ['cyclonedx', JSON.stringify({ bomFormat: `CycloneDX${hostile}`, specVersion: '1.6' })],
    ['cyclonedx', JSON.stringify({ bomFormat: 'CycloneDX', specVersion: 'y'.repeat(1_000_000) })],
  ];
  for (const [type, text] of refused) {
    assert.throws(() => predicateFromDocument(type, Buffer.from(text), 'p.json', 'https://example.com/p'), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'ATTEST_PREDICATE_INVALID');
      assert.doesNotMatch(error.message, control, `${type}: ${JSON.stringify(error.message.slice(0, 300))}`);
      assert.ok(error.message.length < 400, `${type}: a message of ${error.message.length} characters`);
      return true;
    });
  }
});

test('a predicate file that repeats a key in one object is refused, naming the key: what is signed must be what every reader of the file sees', () => {
  const text = '{"passed":false,"suite":{"name":"a","name":"b"}}';
  for (const type of ['custom', 'spdx', 'cyclonedx'] as const) {
    assert.throws(() => predicateFromDocument(type, Buffer.from(text), 'p.json', 'https://example.com/p'), { code: 'ATTEST_PREDICATE_INVALID', message: /^p\.json repeats the key "name" in one object/ });
  }
  assert.throws(() => predicateFromSbom(Buffer.from('{"spdxVersion":"SPDX-2.3","SPDXID":"a","SPDXID":"b"}'), 'sbom.json'), { code: 'ATTEST_PREDICATE_INVALID', message: /repeats the key "SPDXID"/ });
  // Equal keys in different objects are fine.
  assert.equal(predicateFromDocument('custom', Buffer.from('{"name":"a","suite":{"name":"b"}}'), 'ok.json', 'https://example.com/p').predicateType, 'https://example.com/p');
});

test('a predicate nested deeper than signing can serialize is refused with a code, in bounded time', () => {
  const depth = 1_000_000;
  const hostile = Buffer.from(`{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`);
  assert.throws(() => predicateFromDocument('custom', hostile, 'deep.json', 'https://example.com/p'), { code: 'ATTEST_PREDICATE_INVALID', message: /deep\.json nests objects and arrays more than 512 levels deep/ });
  assert.throws(() => predicateFromSbom(hostile, 'deep.json'), { code: 'ATTEST_PREDICATE_INVALID' });
  const fine = `{"a":${'['.repeat(500)}${']'.repeat(500)}}`;
  assert.equal(predicateFromDocument('custom', Buffer.from(fine), 'ok.json', 'https://example.com/p').predicateType, 'https://example.com/p');
});

test('a predicate over 16 MB is refused by its size before it is parsed, and a built one before any statement exists', () => {
  const big = Buffer.alloc(MAX_PREDICATE_BYTES + 1, 0x20);
  assert.throws(() => predicateFromDocument('custom', big, 'huge.json', 'https://example.com/p'), { code: 'ATTEST_PREDICATE_TOO_LARGE' });
  const predicate = { predicateType: 'https://example.com/p', predicate: { blob: 'x'.repeat(MAX_PREDICATE_BYTES) } };
  assert.throws(() => buildStatements([{ name: 'a', digest: { sha256: HEX } }], predicate), { code: 'ATTEST_PREDICATE_TOO_LARGE' });
});

test('a predicate that every one of many statements carries is refused when they would hold more than 64 MiB of it in all, before anything is signed: 60 per-subject statements of a 2 MB predicate took 1 GB', () => {
  const predicate = { predicateType: 'https://example.com/p', predicate: { blob: 'x'.repeat(2 * 1024 * 1024) } };
  const subjects = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `f${index}.bin`, digest: { sha256: HEX } }));
  assert.throws(() => buildStatements(subjects(40), predicate, { perSubject: true }), { code: 'ATTEST_PREDICATE_TOO_LARGE', message: /in each of 40 statements is more than the 67108864 bytes \(64 MiB\) one run signs/, hint: /without per-subject/ });
  assert.equal(buildStatements(subjects(30), predicate, { perSubject: true }).length, 30);
  assert.equal(buildStatements(subjects(5000), predicate).length, 5);
});

test('bundle files: one statement gets <name>.sigstore.json (or --bundle, the JSONL beside it); per subject, folders flattened and clashes numbered, however many subjects', async (t) => {
  const dir = await tempDir(t);
  const attestation = (names: string[]): Attestation => ({
    statement: { _type: 'https://in-toto.io/Statement/v1', subject: names.map((name) => ({ name, digest: { sha256: HEX } })), predicateType: 'https://example.com/p', predicate: {} },
    bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' } as Attestation['bundle'],
    text: `${JSON.stringify({ names })}\n`,
  });
  const single = await writeAttestations([attestation(['dist/app.tgz'])], { dir, perSubject: false });
  assert.deepEqual([single.jsonl, single.bundles], [join(dir, 'app.tgz.intoto.jsonl'), [join(dir, 'app.tgz.sigstore.json')]]);
  await mkdir(join(dir, 'out'));
  const named = await writeAttestations([attestation(['a', 'b'])], { dir, bundlePath: join(dir, 'out', 'release.sigstore.json'), perSubject: false });
  assert.deepEqual([named.jsonl, named.bundles], [join(dir, 'out', 'multiple.intoto.jsonl'), [join(dir, 'out', 'release.sigstore.json')]]);
  const each = await writeAttestations([attestation(['a/x.tgz']), attestation(['b/x.tgz']), attestation(['a_x.tgz']), attestation(['../up'])], { dir, perSubject: true });
  assert.deepEqual(each.bundles.map((path) => path.slice(dir.length + 1)), ['a_x.tgz-2.sigstore.json', 'b_x.tgz.sigstore.json', 'a_x.tgz.sigstore.json', '__up.sigstore.json']);
  assert.equal(await readFile(join(dir, 'multiple.intoto.jsonl'), 'utf8'), ['a/x.tgz', 'b/x.tgz', 'a_x.tgz', '../up'].map((name) => `${JSON.stringify({ names: [name] })}\n`).join(''));
  const split = await writeAttestations([attestation(['a']), attestation(['b'])], { dir: join(dir, 'out'), perSubject: false });
  assert.deepEqual(split.bundles, [], 'two statements of one run: only the JSONL');
  // Per subject, a subject's bundle keeps its name when it is the run's only one: what a later step or a user looks for does not move with the count.
  await mkdir(join(dir, 'alone'));
  const alone = await writeAttestations([attestation(['b/x.tgz'])], { dir: join(dir, 'alone'), perSubject: true });
  assert.deepEqual([alone.jsonl, alone.bundles], [join(dir, 'alone', 'x.tgz.intoto.jsonl'), [join(dir, 'alone', 'b_x.tgz.sigstore.json')]]);
  const given = await writeAttestations([attestation(['b/x.tgz'])], { dir: join(dir, 'alone'), bundlePath: join(dir, 'alone', 'given.sigstore.json'), perSubject: true });
  assert.deepEqual(given.bundles, [join(dir, 'alone', 'given.sigstore.json')]);
});

test('a checksums file of subjects whose own name holds control characters is named quoted where a subject name is refused', async (t) => {
  const cwd = await tempDir(t);
  const file = 'SUMS\u001b]0;owned\u0007\nforged';
  await writeFile(join(cwd, file), `${HEX}  bad\u009bname\n`);
  await assert.rejects(subjectsFromChecksums(file, { cwd }), { code: 'ATTEST_SUBJECT_INVALID', message: /^"SUMS\\u001b\]0;owned\\u0007\\nforged":1: a subject name/ });
});

test('subjects that would make an attestation file larger than verify-attestation reads (256 MiB) are refused before anything is signed', () => {
  const predicate = { predicateType: 'https://example.com/p', predicate: {} };
  // Names of 4,096 characters (the longest a subject may have): about 4,190 bytes of JSON a subject, and 4/3 of that once base64-encoded.
  const long = 'n'.repeat(4090);
  const subjects = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `${long}${String(index).padStart(6, '0')}`, digest: { sha256: HEX } }));
  assert.throws(() => buildStatements(subjects(48_100), predicate), { code: 'ATTEST_TOO_MANY_SUBJECTS', message: /^48100 subjects in 47 statements make an attestation file of at least 26\d{7} bytes, more than the 268435456 bytes verify-attestation reads from one file; nothing was signed$/ });
  assert.equal(buildStatements(subjects(47_000), predicate).length, 46);
});

test('a checksums file of subjects that would make an attestation file larger than verify-attestation reads is refused at the line that passes it, as it is read', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'SUMS'), Array.from({ length: 10 }, (_, index) => `${HEX}  file-${index}.bin\n`).join(''));
  // Each subject is 109 bytes of JSON (its comma too): three make 436 bytes once base64-encoded, four 584.
  await assert.rejects(subjectsFromChecksums('SUMS', { cwd, maxFileBytes: 500 }), { code: 'ATTEST_TOO_MANY_SUBJECTS', message: /^the subjects up to SUMS:4 make an attestation file of at least 584 bytes, more than the 500 bytes verify-attestation reads from one file; nothing was signed$/ });
  assert.equal((await subjectsFromChecksums('SUMS', { cwd })).length, 10);
});

test('signed attestations larger than verify-attestation reads from one file are refused before the file is written, not joined into a string past what V8 holds', () => {
  const bundle = (text: string): Attestation => ({ statement: { _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'https://example.com/p', predicate: {} }, bundle: {} as Attestation['bundle'], text });
  const half = bundle(`${'x'.repeat(128 * 1024 * 1024)}\n`);
  assert.throws(() => attestationFileText([half, half]), { code: 'ATTEST_TOO_MANY_SUBJECTS', message: /^the 2 signed attestations come to 268435458 bytes, more than the 268435456 bytes \(256 MiB\) verify-attestation reads from one file; nothing was written$/ });
  assert.equal(attestationFileText([bundle('{"a":1}\n'), bundle('{"b":2}\n')]), '{"a":1}\n{"b":2}\n');
});

test('a predicate file that is not JSON is ATTEST_PREDICATE_INVALID naming the file and the line JSON.parse stopped at', () => {
  const text = Buffer.from('{\n  "passed": 42,\n  "failed": \n}\n');
  assert.throws(() => predicateFromDocument('custom', text, 'results.json', 'https://example.com/results/v1'), { code: 'ATTEST_PREDICATE_INVALID', message: /^results\.json is not JSON: line 4: / });
});

test('a predicate document that is not UTF-8, or holds a number no JSON reader keeps as written, is refused: it would be signed as something else (U+FFFD; 12345678901234567000; null)', () => {
  const custom = (bytes: Buffer): unknown => predicateFromDocument('custom', bytes, 'p.json', 'https://example.com/p/v1');
  assert.throws(() => custom(Buffer.from('{"author":"Ren\xe9"}', 'latin1')), { code: 'ATTEST_PREDICATE_INVALID', message: /^p\.json is not UTF-8 text/ });
  for (const number of ['12345678901234567890', '1e400', '-9007199254740993']) {
    assert.throws(() => custom(Buffer.from(`{"a":[{"b":${number}}]}`)), { code: 'ATTEST_PREDICATE_INVALID', message: new RegExp(`holds the number ${number}, which no JSON reader keeps as written`) }, number);
  }
  // What survives is kept: an exact large power, a small exponent, a long fraction (read as a double by every reader), long digit runs in strings.
  for (const number of ['100000000000000000000', '9007199254740991', '1.5e300', '0.1234567890123456789']) assert.ok(custom(Buffer.from(`{"n":${number},"h":"12345678901234567890"}`)), number);
});

test('thousands of per-subject bundles are written a few at a time: all at once, 600 of them ran out of file descriptors (EMFILE) under a limit of 200, after everything was signed', async (t) => {
  const dir = await tempDir(t);
  const script = join(dir, 'write.mts');
  await writeFile(
    script,
    `import { writeAttestations } from ${JSON.stringify(join(import.meta.dirname, '..', '..', 'src', 'attest', 'sign.ts'))};
const attestations = Array.from({ length: 600 }, (_, index) => ({ statement: { _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'f' + index + '.bin', digest: { sha256: '${HEX}' } }], predicateType: 'https://example.com/p', predicate: {} }, bundle: {}, text: '{"index":' + index + '}\\n' }));
const written = await writeAttestations(attestations, { dir: process.argv[2], perSubject: true });
console.log(written.bundles.length);
`,
  );
  const out = join(dir, 'out');
  await mkdir(out);
  const run = spawnSync('sh', ['-c', 'ulimit -n 200 && exec "$@"', 'sh', NODE, ...TSX, script, out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '600\n');
  assert.equal((await readdir(out)).filter((name) => name.endsWith('.sigstore.json')).length, 600);
});

test('per subject, more statements than one attestation file may hold (verify-attestation reads 10,000 from one) are refused before anything is signed; together, they are not', () => {
  const predicate = { predicateType: 'https://example.com/p', predicate: {} };
  const subjects = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `f${index}.bin`, digest: { sha256: HEX } }));
  assert.throws(() => buildStatements(subjects(10_001), predicate, { perSubject: true }), { code: 'ATTEST_TOO_MANY_SUBJECTS', message: /^10001 subjects make 10001 statements, more than the 10000 one attestation file may hold/ });
  assert.equal(buildStatements(subjects(10_000), predicate, { perSubject: true }).length, 10_000);
  assert.equal(buildStatements(subjects(10_001), predicate).length, 10);
});

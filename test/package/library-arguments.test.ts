// The public library (src/index.ts, docs/library.md) called from plain JavaScript with arguments of the wrong type:
// each fails at the boundary with a code naming the argument, not with a TypeError from deep inside.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checksums, clockFromSourceDateEpoch, DIGEST_ALGORITHMS, fixedClock, isTrustKitError, parseDigestReference, sbom } from '../../src/index.js';
import { adoptProcessEnvironment } from '../../src/secrets/environment.js';
import { childEnvironment, enableMemoryProtection, hasEnvironmentValue, onPurge, protectProcess, SECRET_VARIABLES, SecretBuffer } from '../../src/secrets/index.js';

/** What plain JavaScript may pass where the types say otherwise. */
const loose = <T>(value: unknown): T => value as T;

/** Asserts `run` fails with `code`, a message matching `message`, and a hint. */
async function failsWith(run: () => unknown, code: string, message: RegExp): Promise<void> {
  await assert.rejects(async () => run(), (error: unknown) => {
    assert.ok(isTrustKitError(error), `a TrustKitError, not ${String(error)}`);
    assert.equal(error.code, code);
    assert.match(error.message, message);
    assert.ok((error.hint ?? '') !== '');
    return true;
  });
}

describe('library arguments of the wrong type', () => {
  it('parseDigestReference(5) is DIGEST_INVALID (a TypeError: value.slice is not a function)', async () => {
    await failsWith(() => parseDigestReference(loose(5)), 'DIGEST_INVALID', /the digest is a number, not a string/);
    await failsWith(() => parseDigestReference(loose(undefined)), 'DIGEST_INVALID', /the digest is undefined/);
  });

  it('fixedClock of a string or an invalid Date is CLOCK_ARGUMENT_INVALID (a TypeError, or an Invalid Date found only when a document was written)', async () => {
    await failsWith(() => fixedClock(loose('2025-01-01')), 'CLOCK_ARGUMENT_INVALID', /fixedClock was given a string, not a valid Date/);
    await failsWith(() => fixedClock(new Date('not a date')), 'CLOCK_ARGUMENT_INVALID', /an invalid Date/);
    // Years past 9999 (or before 0000) are six-digit in ISO 8601, which no SBOM format takes: said here, not as a bug when a document is written.
    for (const at of [new Date('+010000-01-01T00:00:00Z'), new Date(8.64e15), new Date(-1e15)]) {
      await failsWith(() => fixedClock(at), 'CLOCK_ARGUMENT_INVALID', /outside the years 0000 to 9999/);
    }
    assert.equal(fixedClock(new Date('9999-12-31T23:59:59.999Z')).now().toISOString(), '9999-12-31T23:59:59.999Z');
    await failsWith(() => clockFromSourceDateEpoch(loose(5)), 'CLOCK_ARGUMENT_INVALID', /a number, not the variable's text/);
  });

  it('generateSbom with a clock whose now() gives no valid Date of years 0000 to 9999 is SBOM_ARGUMENT_INVALID, before anything is cataloged', async () => {
    await failsWith(() => sbom.generateSbom({ dir: '.', cwd: '.', clock: { now: () => new Date(Number.NaN) } }), 'SBOM_ARGUMENT_INVALID', /the clock's now\(\) gave an invalid Date/);
    await failsWith(() => sbom.generateSbom({ dir: '.', cwd: '.', clock: { now: () => new Date('+010000-01-01T00:00:00Z') } }), 'SBOM_ARGUMENT_INVALID', /outside the years 0000 to 9999/);
  });

  it('generateSbom with a string exclude, a Date for clock, a number for dir is SBOM_ARGUMENT_INVALID, every problem named', async () => {
    await failsWith(() => sbom.generateSbom({ dir: '.', cwd: '.', exclude: loose('test') }), 'SBOM_ARGUMENT_INVALID', /exclude is a string, not an array of strings/);
    await failsWith(() => sbom.generateSbom({ dir: '.', cwd: '.', clock: loose(new Date()) }), 'SBOM_ARGUMENT_INVALID', /clock is a Date, not a clock with now\(\) \(use fixedClock\(date\)/);
    await failsWith(() => sbom.generateSbom({ dir: loose(5), cwd: '.', artifacts: loose('dist'), strict: loose('true') }), 'SBOM_ARGUMENT_INVALID', /dir and cwd are a number and a string, not strings; artifacts is a string.*; strict is a string, not true or false/);
    await failsWith(() => sbom.generateSbom(loose(undefined)), 'SBOM_ARGUMENT_INVALID', /the options are undefined/);
  });

  it('encodeSbom of something that is no SBOM, and encoderFor of a number, fail with codes', async () => {
    await failsWith(() => sbom.encodeSbom(loose(null), 'spdx-json'), 'SBOM_ARGUMENT_INVALID', /encodeSbom was given null/);
    await failsWith(() => sbom.encoderFor(loose(5)), 'SBOM_FORMAT_UNKNOWN', /unknown SBOM format \(a number\)/);
  });

  it('the checksums functions given a string or null where an array or an object goes are CHECKSUMS_ARGUMENT_INVALID', async () => {
    await failsWith(() => checksums.parseChecksums(loose(5), 'SHA256SUMS'), 'CHECKSUMS_ARGUMENT_INVALID', /parseChecksums's text is a number, not a string/);
    await failsWith(() => checksums.formatChecksums(loose('x')), 'CHECKSUMS_ARGUMENT_INVALID', /formatChecksums's entries is a string/);
    // Each entry too: one without a name or digest was the line "undefined  undefined".
    await failsWith(() => checksums.formatChecksums(loose([{}])), 'CHECKSUMS_ARGUMENT_INVALID', /formatChecksums's entries\[0\] is an object whose name is undefined, not an entry \{ name, hex \}/);
    await failsWith(() => checksums.hashArtifacts(loose(['release/app.tgz']), 'sha256'), 'CHECKSUMS_ARGUMENT_INVALID', /hashArtifacts's files\[0\] is a string, not a file \{ name, path \} \(what collectArtifacts returns\)/);
    await failsWith(() => checksums.toSubjects(loose([{ name: 'a' }]), 'sha256'), 'CHECKSUMS_ARGUMENT_INVALID', /toSubjects's artifacts\[0\] is an object whose digests is undefined, not an artifact \{ name, digests \}/);
    await failsWith(() => checksums.formatChecksums(loose([{ name: 'a', hex: 'ab' }, { name: 'b', hex: 'XYZ' }])), 'CHECKSUMS_ARGUMENT_INVALID', /formatChecksums's entries\[1\] has a hex that is not a digest in lowercase hex/);
    await failsWith(() => checksums.checkChecksums(loose('x'), { base: '.' }), 'CHECKSUMS_ARGUMENT_INVALID', /checkChecksums's entries is a string/);
    await failsWith(() => checksums.hashArtifacts(loose('x'), 'sha256'), 'CHECKSUMS_ARGUMENT_INVALID', /hashArtifacts's files is a string/);
    await failsWith(() => checksums.toSubjects(loose({}), 'sha256'), 'CHECKSUMS_ARGUMENT_INVALID', /toSubjects's artifacts is an object/);
    await failsWith(() => checksums.createChecksums(loose(null), '.'), 'CHECKSUMS_ARGUMENT_INVALID', /createChecksums's config is null/);
  });

  it('options of the wrong type (exclude as a string, also as a string, no onResult, a number for output, maxLineBytes NaN) are CHECKSUMS_ARGUMENT_INVALID, not a TypeError from inside or a bound lifted', async () => {
    await failsWith(() => checksums.collectArtifacts(['x'], { cwd: '/', base: '/', exclude: loose('x') }), 'CHECKSUMS_ARGUMENT_INVALID', /exclude is a string, not an array of paths/);
    await failsWith(() => checksums.collectArtifacts(['x'], { cwd: '/', base: '/', leftover: loose('x') }), 'CHECKSUMS_ARGUMENT_INVALID', /leftover is a string, not a function/);
    await failsWith(() => checksums.hashArtifacts([], 'sha256', { also: loose('sha512') }), 'CHECKSUMS_ARGUMENT_INVALID', /hashArtifacts's options' also is a string, not an array of strings/);
    await failsWith(() => checksums.checkChecksums([], loose(undefined)), 'CHECKSUMS_ARGUMENT_INVALID', /checkChecksums's options are undefined/);
    await failsWith(() => checksums.checkChecksums([], loose({ base: 5 })), 'CHECKSUMS_ARGUMENT_INVALID', /base is a number, not a string/);
    await failsWith(() => checksums.checkChecksumsFile('SHA256SUMS', loose({ base: '.' })), 'CHECKSUMS_ARGUMENT_INVALID', /onResult is undefined, not a function/);
    await failsWith(() => checksums.createChecksums(loose({ subjects: ['x'], algorithm: 'sha256', base: '.', output: 5 }), '/'), 'CHECKSUMS_ARGUMENT_INVALID', /output is a number, not a string/);
    await failsWith(() => checksums.leftoverNotice(loose(undefined)), 'CHECKSUMS_ARGUMENT_INVALID', /leftoverNotice's file are undefined/);
    await failsWith(async () => {
      for await (const _entry of checksums.readChecksumEntries('SHA256SUMS', { maxLineBytes: Number.NaN })) {
        // Nothing is read: the options are refused first.
      }
    }, 'CHECKSUMS_ARGUMENT_INVALID', /maxLineBytes is NaN, not a number/);
  });

  it('toSubjects files each digest under its own algorithm: one the artifacts were not hashed with, or no algorithm at all, is CHECKSUMS_ALGORITHM_UNSUPPORTED (a SHA-256 digest was labelled sha512, or md5)', async () => {
    const hex = 'ab'.repeat(32);
    const artifacts = [{ name: 'app.tgz', path: '/dist/app.tgz', size: 1, hex, digests: { sha256: hex } }];
    assert.deepEqual(checksums.toSubjects(artifacts, 'sha256'), [{ name: 'app.tgz', digest: { sha256: hex } }]);
    await failsWith(() => checksums.toSubjects(artifacts, 'sha512'), 'CHECKSUMS_ALGORITHM_UNSUPPORTED', /app\.tgz was not hashed with sha512 \(its digests: sha256\)/);
    await failsWith(() => checksums.toSubjects(artifacts, loose('md5')), 'CHECKSUMS_ALGORITHM_UNSUPPORTED', /md5/);
    // An array of one name was said as that name, "hash algorithm sha256 is not one trust-kit hashes artifacts with".
    await failsWith(() => checksums.hashArtifacts([], loose(['sha256'])), 'CHECKSUMS_ALGORITHM_UNSUPPORTED', /^the hash algorithm is an array, not one name$/);
  });

  it('the secrets functions given what their types exclude (a string to equals, maxBytes -1, onPurge of a number, no name) are SECRET_ARGUMENT_INVALID: equals compared a string by its length, maxBytes -1 refused every file as too large', async () => {
    const secret = SecretBuffer.from(Buffer.from('abc'));
    await failsWith(() => secret.equals(loose('abc')), 'SECRET_ARGUMENT_INVALID', /equals's argument is a string/);
    secret.destroy();
    await failsWith(() => SecretBuffer.fromFile('/etc/hostname', { maxBytes: -1 }), 'SECRET_ARGUMENT_INVALID', /maxBytes option is a number, not a whole number of bytes from 1/);
    await failsWith(() => SecretBuffer.fromFile('/etc/hostname', { maxBytes: loose('5') }), 'SECRET_ARGUMENT_INVALID', /maxBytes option is a string/);
    await failsWith(() => onPurge(loose(5)), 'SECRET_ARGUMENT_INVALID', /onPurge's cleanup is a number/);
    await failsWith(() => SecretBuffer.sharedFromEnv(loose(undefined), loose(undefined)), 'SECRET_ARGUMENT_INVALID', /sharedFromEnv's name/);
    await failsWith(() => hasEnvironmentValue('X', loose(undefined)), 'SECRET_ARGUMENT_INVALID', /hasEnvironmentValue's environment is undefined/);
    await failsWith(() => new (SecretBuffer as unknown as new () => SecretBuffer)(), 'SECRET_ARGUMENT_INVALID', /new SecretBuffer is undefined, not a call of SecretBuffer\.from/);
  });

  it('the exported lists cannot change what trust-kit checks: DIGEST_ALGORITHMS is frozen, and SECRET_VARIABLES is a copy of what childEnvironment leaves out', (t) => {
    assert.throws(() => (DIGEST_ALGORITHMS as unknown as string[]).push('md5'), TypeError);
    (SECRET_VARIABLES as Set<string>).delete('GITHUB_TOKEN');
    t.after(() => {
      (SECRET_VARIABLES as Set<string>).add('GITHUB_TOKEN');
      adoptProcessEnvironment(undefined);
    });
    protectProcess({ env: { GITHUB_TOKEN: 'ghs_secret', PATH: '/usr/bin' } });
    assert.deepEqual(childEnvironment(), { PATH: '/usr/bin' });
  });

  it('memory protection options that would turn a protection off without a word (strict as a string, a misspelt kind, a logger without warn) are SECRET_ARGUMENT_INVALID', async () => {
    await failsWith(() => enableMemoryProtection({ strict: loose('backend'), backend: 'js' }), 'SECRET_ARGUMENT_INVALID', /enableMemoryProtection's strict option is a string, not true, false or an array of/);
    await failsWith(() => enableMemoryProtection({ strict: loose(['backnd']) }), 'SECRET_ARGUMENT_INVALID', /strict option is an array/);
    await failsWith(() => enableMemoryProtection({ logger: loose({}) }), 'SECRET_ARGUMENT_INVALID', /logger is an object, not an object with warn and debug functions/);
    await failsWith(() => protectProcess(loose('strict')), 'SECRET_ARGUMENT_INVALID', /protectProcess's options is a string/);
    enableMemoryProtection();
  });
});

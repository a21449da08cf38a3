import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createHash } from 'node:crypto';
import { digestBytes } from '../../src/core/digest.js';
import { exactly, loadTrustMaterial, verifyBundle } from '../../src/sigstore/verify/index.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack, type SigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';
import { PEERS, peerEnv, runPeer } from '../interop/tools.js';
import { validateProvenance, validateStatement } from './schemas.js';

const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
const CUSTOM_TYPE = 'https://example.com/attestations/test-results/v1';

function statementOf(bundle: { dsseEnvelope?: { payload: string } }): Record<string, unknown> {
  return JSON.parse(Buffer.from(bundle.dsseEnvelope?.payload ?? '', 'base64').toString('utf8')) as Record<string, unknown>;
}

describe('trust-kit attest', () => {
  let stack: SigstoreStack;
  before(async () => {
    stack = await startSigstoreStack();
  });
  after(() => stack.close());

  const signing = (): string[] => ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--trusted-root', stack.trustedRootPath];

  test('a custom predicate over three files: one statement, one certificate, one log entry; verified by trust-kit and cosign 3', async (t) => {
    const cwd = await tempDir(t);
    for (const name of ['a.tgz', 'b.tgz', 'c.tgz']) await writeFile(join(cwd, name), `${name}\n`);
    await writeFile(join(cwd, 'results.json'), JSON.stringify({ passed: 42 }));
    const before = { ...stack.requests };
    const run = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, ...signing(), 'a.tgz', 'b.tgz', 'c.tgz', 'a.tgz'], cwd, { ...stack.env });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'multiple.intoto.jsonl\nmultiple.sigstore.json\n');
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio, stack.requests.rekor - before.rekor], [1, 1, 1]);
    const lines = (await readFile(join(cwd, 'multiple.intoto.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.equal(`${lines[0]}\n`, await readFile(join(cwd, 'multiple.sigstore.json'), 'utf8'));
    const bundle = JSON.parse(lines[0] ?? '') as { dsseEnvelope: { payload: string } };
    const statement = statementOf(bundle);
    validateStatement(statement);
    assert.deepEqual(statement.predicate, { passed: 42 });
    assert.deepEqual((statement.subject as { name: string }[]).map((subject) => subject.name), ['a.tgz', 'b.tgz', 'c.tgz']);
    const policy = { kind: 'certificate' as const, identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} };
    for (const name of ['a.tgz', 'c.tgz']) {
      const verified = verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digestBytes('sha256', `${name}\n`) } }, policy, loadTrustMaterial(stack.trustedRoot));
      assert.equal(verified.statement?.predicateType, CUSTOM_TYPE);
    }
    assert.throws(() => verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digestBytes('sha256', 'other\n') } }, policy, loadTrustMaterial(stack.trustedRoot)), { code: /^VERIFY_/ });

    const cosign = await runPeer(
      PEERS.cosign3,
      ['verify-blob-attestation', '--bundle', 'multiple.sigstore.json', '--type', CUSTOM_TYPE, '--trusted-root', stack.trustedRootPath, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', stack.oidc.issuer, 'b.tgz'],
      cwd,
      peerEnv(cwd),
    );
    assert.equal(cosign.code, 0, `${cosign.stdout}\n${cosign.stderr}`);
  });

  test('SLSA provenance per subject: one token (the Sigstore one, whose claims make the provenance), one certificate, a log entry and a bundle per subject; gh attestation verify accepts it', async (t) => {
    const cwd = await tempDir(t);
    for (const name of ['x.tgz', 'y.tgz']) await writeFile(join(cwd, name), `${name}\n`);
    const event = join(cwd, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
    const before = { ...stack.requests };
    const run = await cli(['attest', '--per-subject', '--oidc-discovery-url', stack.oidc.discoveryURL, ...signing(), 'x.tgz', 'y.tgz'], cwd, { ...stack.env, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, GITHUB_SERVER_URL: 'https://github.com' });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'multiple.intoto.jsonl\nx.tgz.sigstore.json\ny.tgz.sigstore.json\n');
    // One token (audience sigstore); discovery and JWKS: two more requests to the issuer.
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio, stack.requests.rekor - before.rekor], [3, 1, 2]);
    // The token, then the issuer's keys; its audience is proven by the provenance passing verification
    // for "sigstore" and Fulcio issuing for it.
    const paths = stack.requestLog.oidc.slice(before.oidc).map((record) => (record.path.includes('/idtoken') ? 'token' : record.path));
    assert.deepEqual(paths, ['token', '/.well-known/openid-configuration', '/.well-known/jwks']);
    const lines = (await readFile(join(cwd, 'multiple.intoto.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.equal(lines.length, 2);
    for (const [index, name] of ['x.tgz', 'y.tgz'].entries()) {
      const bundle = JSON.parse(await readFile(join(cwd, `${name}.sigstore.json`), 'utf8')) as { dsseEnvelope: { payload: string } };
      assert.equal(JSON.stringify(bundle), lines[index]);
      const statement = statementOf(bundle);
      validateStatement(statement);
      validateProvenance(statement.predicate);
      assert.equal(statement.predicateType, 'https://slsa.dev/provenance/v1');
      verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: digestBytes('sha256', `${name}\n`) } }, { kind: 'certificate', identity: exactly(IDENTITY), issuer: exactly(stack.oidc.issuer), extensions: {} }, loadTrustMaterial(stack.trustedRoot));
    }
    // gh reads the trusted root as JSON lines, each ending with a newline.
    const rootLines = join(cwd, 'trusted_root.jsonl');
    await writeFile(rootLines, `${JSON.stringify(stack.trustedRoot)}\n`);
    const gh = await runPeer(PEERS.gh, ['attestation', 'verify', 'y.tgz', '--bundle', 'y.tgz.sigstore.json', '--custom-trusted-root', rootLines, '--repo', 'octo-org/octo-repo'], cwd, peerEnv(cwd, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' }));
    assert.equal(gh.code, 0, `${gh.stdout}\n${gh.stderr}`);
  });

  test("provenance is not signed by a SIGSTORE_ID_TOKEN of another identity than the runner's token it is made of: the certificate would contradict it (ATTEST_PROVENANCE_UNAVAILABLE, before anything is signed)", async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'x.tgz'), 'x\n');
    const event = join(cwd, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
    const other = stack.oidc.mintToken({ repository: 'evil-org/evil-repo', repository_owner: 'evil-org', job_workflow_ref: 'evil-org/evil-repo/.github/workflows/release.yml@refs/heads/main', workflow_ref: 'evil-org/evil-repo/.github/workflows/release.yml@refs/heads/main' });
    const before = stack.requests.rekor;
    const run = await cli(['attest', '--oidc-discovery-url', stack.oidc.discoveryURL, ...signing(), 'x.tgz'], cwd, { ...stack.env, SIGSTORE_ID_TOKEN: other, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, GITHUB_SERVER_URL: 'https://github.com' });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /ATTEST_PROVENANCE_UNAVAILABLE: the provenance describes the run the runner's token names \(builder https:\/\/github\.com\/octo-org\/octo-repo\/[^)]+\), but the signing token is another identity's \(https:\/\/github\.com\/evil-org\/evil-repo\//);
    assert.equal(stack.requests.rekor, before, 'nothing logged');
    assert.deepEqual((await readdir(cwd)).sort(), ['event.json', 'x.tgz']);
  });

  test('nor by a SIGSTORE_ID_TOKEN of the same workflow in another run (another commit, trigger, runner): the certificate would say that run, the provenance this one', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'x.tgz'), 'x\n');
    const event = join(cwd, 'event.json');
    await writeFile(event, JSON.stringify({ repository: { visibility: 'public' } }));
    const other = stack.oidc.mintToken({ sha: 'c'.repeat(40), run_id: '999', event_name: 'pull_request_target', runner_environment: 'self-hosted' });
    const before = stack.requests.rekor;
    const run = await cli(['attest', '--oidc-discovery-url', stack.oidc.discoveryURL, ...signing(), 'x.tgz'], cwd, { ...stack.env, SIGSTORE_ID_TOKEN: other, GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, GITHUB_SERVER_URL: 'https://github.com' });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /ATTEST_PROVENANCE_UNAVAILABLE: the provenance describes the run the runner's token names, but the signing token is another run's \(sha "[0-9a-f]{40}", where the signing token says "c{40}"; event_name "push", where the signing token says "pull_request_target"; runner_environment "github-hosted", where the signing token says "self-hosted"; run_id "\d+", where the signing token says "999"\)/);
    assert.equal(stack.requests.rekor, before, 'nothing logged');
    assert.deepEqual((await readdir(cwd)).sort(), ['event.json', 'x.tgz']);
  });

  test('a subject whose attestation files would have names longer than a file name may be is refused before anything is signed: the write failed with INTERNAL after the log entry', async (t) => {
    const cwd = await tempDir(t);
    const long = `${'a'.repeat(245)}.tgz`;
    await writeFile(join(cwd, long), 'x\n');
    await writeFile(join(cwd, 'results.json'), '{"ok":true}');
    const before = stack.requests.rekor;
    const run = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, ...signing(), long], cwd, { ...stack.env });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /ATTEST_SUBJECT_INVALID: the attestation's files would be named "a{245}\.tgz\.intoto\.jsonl" \(262 bytes\), "a{245}\.tgz\.sigstore\.json" \(263 bytes\), longer than the 255 bytes a file name may have; nothing was signed/);
    assert.equal(stack.requests.rekor, before, 'nothing logged');
  });

  test('subjects from $GITHUB_ARTIFACTS_LIST when none is named; over 1,024 subjects split into statements, each verified by verify-attestation', async (t) => {
    const cwd = await tempDir(t);
    const names = Array.from({ length: 1030 }, (_, i) => `pkg-${String(i).padStart(4, '0')}.whl`);
    const list = { version: 1, subjects: names.map((name) => ({ name, digest: `sha256:${digestBytes('sha256', name)}`, kind: 'file' })) };
    await writeFile(join(cwd, 'artifacts.json'), JSON.stringify(list));
    await writeFile(join(cwd, 'results.json'), '{"ok":true}');
    await writeFile(join(cwd, 'pkg-1029.whl'), 'pkg-1029.whl');
    const before = { ...stack.requests };
    const run = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, ...signing()], cwd, { ...stack.env, GITHUB_ARTIFACTS_LIST: 'artifacts.json' });
    assert.equal(run.code, 0, run.stderr);
    // Two statements: no single bundle file, both in the JSONL; one certificate, a log entry each.
    assert.equal(run.stdout, 'multiple.intoto.jsonl\n');
    assert.deepEqual([stack.requests.fulcio - before.fulcio, stack.requests.rekor - before.rekor], [1, 2]);
    const lines = (await readFile(join(cwd, 'multiple.intoto.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.deepEqual(lines.map((line) => (statementOf(JSON.parse(line) as { dsseEnvelope: { payload: string } }).subject as unknown[]).length), [1024, 6]);
    const verified = await cli(
      ['verify-attestation', 'pkg-1029.whl', '--bundle', 'multiple.intoto.jsonl', '--predicate-type', CUSTOM_TYPE, '--certificate-identity', IDENTITY, '--certificate-oidc-issuer', stack.oidc.issuer, '--trusted-root', stack.trustedRootPath],
      cwd,
    );
    assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  });

  test('a predicate over 16 MB fails before any token is requested or anything is signed', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'a.tgz'), 'a\n');
    await writeFile(join(cwd, 'huge.json'), `{"x":"${'x'.repeat(16 * 1024 * 1024)}"}`);
    const before = { ...stack.requests };
    const run = await cli(['attest', '--type', 'custom', '--predicate', 'huge.json', '--predicate-type', CUSTOM_TYPE, ...signing(), 'a.tgz'], cwd, { ...stack.env });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /ATTEST_PREDICATE_TOO_LARGE: huge\.json is more than/);
    assert.deepEqual([stack.requests.oidc - before.oidc, stack.requests.fulcio - before.fulcio], [0, 0]);
    assert.deepEqual((await readdir(cwd)).sort(), ['a.tgz', 'huge.json']);
  });

  test('provenance outside a GitHub Actions job is a coded error naming the permission; bad flags are usage errors', async (t) => {
    const cwd = await tempDir(t);
    await writeFile(join(cwd, 'a.tgz'), 'a\n');
    const run = await cli(['attest', '--key', 'missing.key', 'a.tgz'], cwd, {});
    assert.equal(run.code, 2);
    const noToken = await cli(['attest', 'a.tgz'], cwd, {});
    assert.equal(noToken.code, 1);
    assert.match(noToken.stderr, /ATTEST_PROVENANCE_UNAVAILABLE: .*\n.*id-token: write/);
    // In a job, why there is none: the request token removed (the URL is there), or a fork's pull request, which no permission fixes.
    const removed = await cli(['attest', 'a.tgz'], cwd, { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token' });
    assert.match(removed.stderr, /ATTEST_PROVENANCE_UNAVAILABLE: SLSA provenance needs the GitHub Actions job's OIDC token, and there is none: ACTIONS_ID_TOKEN_REQUEST_URL is set, but ACTIONS_ID_TOKEN_REQUEST_TOKEN is not/);
    await writeFile(join(cwd, 'event.json'), JSON.stringify({ pull_request: { head: { repo: { full_name: 'fork/repo', fork: true } }, base: { repo: { full_name: 'octo-org/octo-repo' } } } }));
    const fork = await cli(['attest', 'a.tgz'], cwd, { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(cwd, 'event.json'), GITHUB_REPOSITORY: 'octo-org/octo-repo' });
    assert.match(fork.stderr, /ATTEST_PROVENANCE_UNAVAILABLE: .*GitHub does not give one to workflows running for pull requests from forks\n {2}hint: set `on-missing-token: skip`/);
    const skipped = await cli(['attest', '--on-missing-token', 'skip', 'a.tgz'], cwd, {});
    assert.deepEqual([skipped.code, skipped.stdout], [0, '']);
    assert.match(skipped.stderr, /nothing was attested \(on-missing-token: skip\)/);
    const custom = await cli(['attest', '--type', 'custom', '--predicate', 'a.tgz', 'a.tgz'], cwd, {});
    assert.equal(custom.code, 2);
    assert.match(custom.stderr, /--predicate-type: is required for a custom predicate/);
  });

  test('a --subject that is not NAME@ALG:HEX is a usage error (exit 2) reported with the other bad flags, before anything is read or requested', async (t) => {
    const cwd = await tempDir(t);
    const run = await cli(['attest', '--subject', 'app@sha256:zz', '--subject', 'no-digest', '--subject', `ok@sha256:${'0'.repeat(64)}`, '--type', 'nope'], cwd, {});
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: 3 invalid inputs:\n/);
    assert.match(run.stderr, /\n {2}--subject: subject "app@sha256:zz": "zz" is not a sha256 digest \(64 hex characters\)\n/);
    assert.match(run.stderr, /\n {2}--subject: "no-digest" is not a subject of the form name@sha256:<hex>\n/);
    assert.match(run.stderr, /\n {2}--type: /);
  });
});

test("attest names an earlier run's bundles left beside this run's (same predicate type: per-subject ones for a subject this run lacks, a multiple.sigstore.json a run of several statements does not write), and leaves them; other bundles are not named", async (t) => {
  const cwd = await tempDir(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  for (const name of ['a.tgz', 'b.tgz', 'c.tgz']) await writeFile(join(cwd, name), `${name}\n`);
  await writeFile(join(cwd, 'results.json'), '{"passed":1}\n');
  const attest = (...files: string[]): ReturnType<typeof cli> => cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', '--per-subject', '--output-dir', 'att', ...files], cwd);
  const first = await attest('a.tgz', 'b.tgz');
  assert.equal(first.code, 0, first.stderr);
  assert.doesNotMatch(first.stderr, /earlier run/);
  // Another kind of bundle in the directory (a checksums file's signature) is nobody's earlier attestation.
  assert.equal((await cli(['sign-blob', 'c.tgz', '--key', 'release.key', '--bundle', 'att/c.tgz.other.sigstore.json'], cwd)).code, 0);
  const second = await attest('a.tgz', 'c.tgz');
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, new RegExp(`1 bundle of an earlier run lies in "att" beside this run's, attesting ${CUSTOM_TYPE.replaceAll('.', '\\.')} as this run does: "b\\.tgz\\.sigstore\\.json"; left as it was: remove it before publishing`));
  assert.deepEqual((await readdir(join(cwd, 'att'))).sort(), ['a.tgz.sigstore.json', 'b.tgz.sigstore.json', 'c.tgz.other.sigstore.json', 'c.tgz.sigstore.json', 'multiple.intoto.jsonl']);
  // A run of one statement wrote multiple.sigstore.json; a run of several statements writes none, and that one stays, named.
  const together = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', '--output-dir', 'two', 'a.tgz', 'b.tgz'], cwd);
  assert.equal(together.code, 0, together.stderr);
  const apart = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', '--output-dir', 'two', '--per-subject', 'a.tgz', 'b.tgz'], cwd);
  assert.equal(apart.code, 0, apart.stderr);
  assert.match(apart.stderr, /1 bundle of an earlier run lies in "two" beside this run's, attesting \S+ as this run does: "multiple\.sigstore\.json"/);
  // A run of one subject writes <subject>.intoto.jsonl: the file of bundles a run of several wrote is an earlier run's too.
  const one = await cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', '--output-dir', 'two', 'a.tgz'], cwd);
  assert.equal(one.code, 0, one.stderr);
  assert.match(one.stderr, /3 bundles of an earlier run lie in "two" beside this run's, attesting \S+ as this run does: "b\.tgz\.sigstore\.json", "multiple\.intoto\.jsonl", "multiple\.sigstore\.json"/);
});

test('attest over a file\'s signature bundle (sign-blob writes <file>.sigstore.json too) says the signature it replaced is gone; over its own earlier bundle it says nothing', async (t) => {
  const cwd = await tempDir(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  await writeFile(join(cwd, 'a.tgz'), 'a\n');
  await writeFile(join(cwd, 'results.json'), '{"passed":1}\n');
  assert.equal((await cli(['sign-blob', 'a.tgz', '--key', 'release.key'], cwd)).code, 0);
  const attest = (): ReturnType<typeof cli> => cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', 'a.tgz'], cwd);
  const over = await attest();
  assert.equal(over.code, 0, over.stderr);
  assert.match(over.stderr, /"a\.tgz\.sigstore\.json" held a signature bundle \(as sign-blob writes\), which this attestation's bundle of the same name replaced: sign the file again/);
  const again = await attest();
  assert.equal(again.code, 0, again.stderr);
  assert.doesNotMatch(again.stderr, /held a signature bundle/);
});

test("a file attested with a checksums file (or NAME@ALG:HEX) whose digest of another algorithm is another build's is ATTEST_SUBJECT_CONFLICT: one subject would name two artifacts; a matching one is merged", async (t) => {
  const cwd = await tempDir(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  await writeFile(join(cwd, 'a.bin'), 'first build\n');
  const sha512 = (text: string): string => createHash('sha512').update(text).digest('hex');
  await writeFile(join(cwd, 'SHA512SUMS'), `${sha512('first build\n')}  a.bin\n`);
  await writeFile(join(cwd, 'results.json'), '{"passed":1}\n');
  const attest = (...args: string[]): ReturnType<typeof cli> => cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', ...args], cwd);
  const same = await attest('--checksums', 'SHA512SUMS', 'a.bin');
  assert.equal(same.code, 0, same.stderr);
  await writeFile(join(cwd, 'a.bin'), 'rebuilt\n');
  for (const args of [['--checksums', 'SHA512SUMS', 'a.bin'], ['--subject', `a.bin@sha512:${sha512('first build\n')}`, 'a.bin']]) {
    const stale = await attest('--output-dir', 'stale', ...args);
    assert.equal(stale.code, 1, stale.stderr);
    assert.match(stale.stderr, new RegExp(`ATTEST_SUBJECT_CONFLICT: the subject "a\\.bin" is given the sha512 digest ${sha512('first build\n')}, but the file it is hashed from has ${sha512('rebuilt\n')}`));
  }
});

test('attesting a directory into itself twice attests the same files: the first run\'s bundles there are not subjects of the second (a file named as such still is)', async (t) => {
  const cwd = await tempDir(t);
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'release'], cwd)).code, 0);
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'app.tgz'), 'app\n');
  await writeFile(join(cwd, 'results.json'), '{"passed":1}\n');
  const attest = (...args: string[]): ReturnType<typeof cli> => cli(['attest', '--type', 'custom', '--predicate', 'results.json', '--predicate-type', CUSTOM_TYPE, '--key', 'release.key', '--output-dir', 'dist', ...args], cwd);
  for (let run = 0; run < 2; run++) {
    const result = await attest('dist');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /attesting 1 subject /, `run ${run + 1}`);
  }
  const statement = JSON.parse(Buffer.from((JSON.parse(await readFile(join(cwd, 'dist', 'app.tgz.sigstore.json'), 'utf8')) as { dsseEnvelope: { payload: string } }).dsseEnvelope.payload, 'base64').toString('utf8')) as { subject: { name: string }[] };
  assert.deepEqual(statement.subject.map((subject) => subject.name), ['dist/app.tgz']);
  const named = await attest('dist/app.tgz', 'dist/app.tgz.sigstore.json');
  assert.equal(named.code, 0, named.stderr);
  assert.match(named.stderr, /attesting 2 subjects /);
});

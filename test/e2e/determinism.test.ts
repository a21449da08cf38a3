/**
 * Signed and published output is the same wherever and however it is made. The real CLI
 * (src/cli/bin.ts, one process per command) runs every producer on one small project: `checksums`,
 * `sbom` in every format, the image SBOM of an OCI layout and of a `docker save` archive, `attest`
 * (a custom and an SPDX predicate, signed with a key) and `release` (unsigned, and signed with a
 * key with attestations, per-artifact bundles and the audit log). The runs differ only in the time
 * zone, the locale (Node's ICU reads LANG/LC_ALL whether or not the C library has the locale),
 * the umask, the order the files were created in, the project's absolute path and the working
 * directory, relative or absolute arguments and the Node.js major; every file they write must be
 * byte for byte the same (ECDSA signatures are random by design: their base64 is masked), with
 * mode 0644 narrowed by the umask, and name no directory of the machine. A keyless release through the loopback Sigstore
 * stack is compared too, but for what the services make per run (certificate, log entries,
 * timestamps). About 30 s.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cliNamer } from '../../src/config/inputs.js';
import { releaseConfig } from '../../src/config/release.js';
import { sbomConfig } from '../../src/config/sbom.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/logger.js';
import { emptyReleaseReport, runRelease } from '../../src/release/index.js';
import { runSbom } from '../../src/sbom/run.js';
import { NODE_VERSIONS, INSTALL_NODES, nodeBinary, nodeVersion } from '../runtimes/nodes.js';
import { buildImage, DEBIAN_OS_RELEASE, dockerArchive, dpkgStatus, writeLayout } from '../sbom/image/fixtures.js';
import { cli } from '../support/cli.js';
import { startSigstoreStack } from '../support/sigstore/index.js';
import { tempDir } from '../support/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'src', 'cli', 'bin.ts');
const TSX = import.meta.resolve('tsx');
const EPOCH = '1700000000';
const inCI = process.env['CI'] === 'true';

/**
 * Release files whose names sort differently by bytes, by locale collation and by Unicode
 * normalisation: upper before lower case, a letter with a diaeresis, é composed (NFC) and
 * decomposed (NFD) as two files, digits that sort as text, the Turkish dotted and dotless i.
 */
const ARTIFACTS = ['B', 'a', '\u00e4', 'Z', '\u00e9', 'e\u0301', '10', '9', 'I', '\u0131', 'sub/i.txt', 'sub/\u0130.txt'];

const IMAGE = buildImage([
  {
    entries: [
      { path: 'etc/os-release', content: DEBIAN_OS_RELEASE },
      { path: 'var/lib/dpkg/status', content: dpkgStatus([{ name: 'zlib1g', version: '1:1.2.13.dfsg-1', depends: 'libc6' }, { name: 'libc6', version: '2.36-9+deb12u4', source: 'glibc' }]) },
    ],
  },
]);

/** How one run differs from the reference. */
interface Variant {
  /** The project's directory, under the test's temporary directory. */
  project: string;
  env?: Record<string, string>;
  umask?: string;
  /** Create the release files last to first. */
  reverse?: boolean;
  /** Name inputs and outputs relative to the project (which is the working directory), else absolute. */
  relative?: boolean;
  node?: string;
}

/** A written file: its text with signatures masked, and its mode. */
interface Written {
  text: string;
  mode: number;
}

async function makeProject(dir: string, reverse: boolean, key: { key: string; pub: string }): Promise<void> {
  const inOrder = <T>(items: readonly T[]): readonly T[] => (reverse ? [...items].reverse() : items);
  await mkdir(join(dir, 'release', 'sub'), { recursive: true });
  for (const name of inOrder(ARTIFACTS)) await writeFile(join(dir, 'release', name), `artifact ${name}\n`);
  // The example's npm project at the top, a copy of it as a member whose packages merge with the top's, and a Python service.
  for (const [at, file] of inOrder([['', 'package.json'], ['', 'package-lock.json'], ['services/web', 'package.json'], ['services/web', 'package-lock.json']] as const)) {
    await mkdir(join(dir, at), { recursive: true });
    await writeFile(join(dir, at, file), await readFile(join(ROOT, 'examples', 'hello-cli', file)));
  }
  await mkdir(join(dir, 'services', 'api'), { recursive: true });
  await writeFile(join(dir, 'services', 'api', 'requirements.txt'), 'requests==2.31.0\nDjango==4.2.7\nidna==3.6\n');
  await writeFile(join(dir, 'predicate.json'), JSON.stringify({ z: 1, a: ['\u00e4', 'Z', 'I', '\u0131'] }));
  await writeFile(join(dir, 'k.key'), key.key);
  await writeFile(join(dir, 'k.pub'), key.pub);
  await writeLayout(join(dir, 'layout'), [{ image: IMAGE, platform: { os: 'linux', architecture: 'amd64' } }]);
  await writeFile(join(dir, 'image.tar'), dockerArchive(IMAGE));
}

/** Runs the CLI's entry as a user's shell would: a fresh process with only this environment. */
function runBin(variant: Variant, args: readonly string[], cwd: string): Promise<{ code: number | string | null; stderr: string }> {
  const node = variant.node ?? process.execPath;
  const env = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', SOURCE_DATE_EPOCH: EPOCH, TRUST_KIT_KEY_PASSPHRASE: '', TZ: 'UTC', LANG: 'C', LC_ALL: 'C', ...variant.env };
  // The umask is the shell's: set, then the CLI exec'd in its place.
  const [file, argv] = variant.umask === undefined ? [node, ['--import', TSX, BIN, ...args]] : ['/bin/sh', ['-c', `umask ${variant.umask} && exec "$0" "$@"`, node, '--import', TSX, BIN, ...args]];
  return new Promise((resolve) => {
    execFile(file, argv, { cwd, env, encoding: 'utf8', timeout: 60_000 }, (error, _stdout, stderr) => resolve({ code: error === null ? 0 : (error.code ?? null), stderr }));
  });
}

/** Masks the base64 of every signature (ECDSA's are random) in a bundle or a JSON-lines file of them. */
function maskSignatures(text: string): string {
  let masked = text;
  for (const line of text.split('\n').filter((l) => l !== '')) {
    const bundle = JSON.parse(line) as { messageSignature?: { signature: string }; dsseEnvelope?: { signatures: { sig: string }[] } };
    for (const sig of [bundle.messageSignature?.signature, ...(bundle.dsseEnvelope?.signatures.map((s) => s.sig) ?? [])]) if (sig !== undefined) masked = masked.replaceAll(sig, '<signature>');
  }
  return masked;
}

async function filesUnder(dir: string): Promise<Map<string, Written>> {
  const found = new Map<string, Written>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const name = relative(dir, path);
    const text = await readFile(path, 'utf8');
    found.set(name, { text: name.endsWith('.sigstore.json') || name.endsWith('.intoto.jsonl') ? maskSignatures(text) : text, mode: (await stat(path)).mode & 0o777 });
  }
  return found;
}

/** Every producer on a fresh project in `variant.project`; what each wrote, under `out/`. */
async function produce(base: string, variant: Variant, key: { key: string; pub: string }): Promise<Map<string, Written>> {
  const dir = join(base, variant.project);
  await makeProject(dir, variant.reverse === true, key);
  const at = (path: string): string => (variant.relative === true ? path : join(dir, path));
  const commands: string[][] = [
    ['checksums', '--base', at('release'), '-o', at('out/SHA256SUMS'), at('release')],
    ['sbom', variant.relative === true ? '.' : dir, '-f', 'spdx-json', '-f', 'cyclonedx-json', '-f', 'cyclonedx-json@1.5', '-f', 'cyclonedx-json@1.7', '--output-dir', at('out/sbom'), '--artifacts', at('release/*'), '--base', at('release')],
    ['sbom', `oci-dir:${at('layout')}`, '-f', 'spdx-json', '-f', 'cyclonedx-json', '--output-dir', at('out/oci-dir')],
    ['sbom', `docker-archive:${at('image.tar')}`, '-f', 'spdx-json', '-f', 'cyclonedx-json', '--output-dir', at('out/docker-archive')],
    ['attest', '--type', 'custom', '--predicate', at('predicate.json'), '--predicate-type', 'https://example.com/predicate/v1', '--key', at('k.key'), '--base', at('release'), '--output-dir', at('out/attest-custom'), at('release')],
    ['attest', '--type', 'spdx', '--predicate', at('out/sbom/sbom.spdx.json'), '--key', at('k.key'), '--checksums', at('out/SHA256SUMS'), '--output-dir', at('out/attest-spdx')],
    ['release', '--no-sign', '--base', at('release'), '--sbom-path', variant.relative === true ? '.' : dir, '--output-dir', at('out/release-unsigned'), at('release')],
    ['release', '--key', at('k.key'), '--attest', 'auto', '--artifact-bundles', '--audit-log', '--base', at('release'), '--sbom-path', variant.relative === true ? '.' : dir, '--output-dir', at('out/release-signed'), at('release')],
  ];
  for (const args of commands) {
    const run = await runBin(variant, args, dir);
    assert.equal(run.code, 0, `trust-kit ${args.join(' ')} in ${JSON.stringify(variant)}:\n${run.stderr}`);
  }
  return filesUnder(join(dir, 'out'));
}

/**
 * Asserts that two runs wrote the same files with the same bytes, naming the first that differs, and
 * modes: the reference's narrowed by `umask`, the umask of `actual`'s run when it set one (files are
 * 0644 narrowed by the umask, as every tool makes them).
 */
function assertSameOutput(actual: Map<string, Written>, expected: Map<string, Written>, what: string, umask?: string): void {
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort(), `${what}: another set of files`);
  for (const [name, file] of expected) {
    const other = actual.get(name) as Written;
    if (other.text !== file.text) {
      let at = 0;
      while (other.text[at] === file.text[at]) at++;
      const around = (text: string): string => JSON.stringify(text.slice(Math.max(0, at - 80), at + 80));
      assert.fail(`${what}: out/${name} differs at character ${at}:\n  got      ${around(other.text)}\n  expected ${around(file.text)}`);
    }
    const mode = umask === undefined ? file.mode : file.mode & ~Number.parseInt(umask, 8);
    assert.equal(other.mode.toString(8), mode.toString(8), `${what}: out/${name} has another mode`);
  }
}

describe('published output is the same in every environment a release runner may have', () => {
  let key: { key: string; pub: string };
  let reference: Map<string, Written>;
  let base: string;

  before(async () => {
    base = await mkdtemp(join(tmpdir(), 'trust-kit-determinism-'));
    const keys = join(base, 'keys');
    await mkdir(keys);
    const made = await cli(['generate-key-pair', '--output-key-prefix', 'k'], keys, { TRUST_KIT_KEY_PASSPHRASE: '' });
    assert.equal(made.code, 0, made.stderr);
    key = { key: await readFile(join(keys, 'k.key'), 'utf8'), pub: await readFile(join(keys, 'k.pub'), 'utf8') };
    reference = await produce(base, { project: 'x' }, key);
  });
  after(() => rm(base, { recursive: true, force: true }));

  test('every file written is 0644 (narrowed by the umask) and names no directory of the machine', () => {
    assert.ok(reference.size > 30, `only ${reference.size} files written`);
    for (const [name, file] of reference) {
      assert.equal((file.mode & ~0o644).toString(8), '0', `out/${name} is ${file.mode.toString(8)}, wider than 0644`);
      assert.ok((file.mode & 0o600) === 0o600, `out/${name} is ${file.mode.toString(8)}, not readable and writable by its owner`);
      assert.ok(!file.text.includes(`${tmpdir()}/`), `out/${name} names a directory under ${tmpdir()}`);
    }
  });

  // Each run changes several things at once (a difference names the file and where it differs, which
  // tells them apart); the reference is TZ=UTC, LC_ALL=C, umask 022, absolute arguments from /tmp/.../x.
  const variants: { title: string; zone: string; locale: string; variant: Omit<Variant, 'env'> }[] = [
    { title: 'TZ=Pacific/Chatham (+12:45), LC_ALL=tr_TR.UTF-8 (dotless i)', zone: 'Pacific/Chatham', locale: 'tr_TR.UTF-8', variant: { project: 'tr' } },
    { title: 'TZ=America/St_Johns (-03:30), LC_ALL=de_DE.UTF-8, a longer project path named by absolute arguments', zone: 'America/St_Johns', locale: 'de_DE.UTF-8', variant: { project: 'a/very/long/path/to/the/project/de' } },
    { title: 'TZ=Asia/Tokyo, LC_ALL=ja_JP.UTF-8, a longer project path named by relative arguments from it', zone: 'Asia/Tokyo', locale: 'ja_JP.UTF-8', variant: { project: 'another/long/path/ja', relative: true } },
    { title: 'umask 077 (files 0600: the umask narrows them), the files created in the reverse order', zone: 'UTC', locale: 'C', variant: { project: 'umask-reverse', umask: '077', reverse: true } },
  ];
  for (const { title, zone, locale, variant } of variants) {
    test(`${title}: the same bytes`, async () => {
      const env = { TZ: zone, LANG: locale, LC_ALL: locale };
      // The variables reach what could differ: ICU's default locale and time zone in the CLI's Node.js.
      const intl = await new Promise<string>((resolve, reject) => {
        execFile(process.execPath, ['-p', 'const o = new Intl.DateTimeFormat().resolvedOptions(); `${o.locale} ${o.timeZone}`'], { env }, (error, stdout) => (error === null ? resolve(stdout.trim()) : reject(error)));
      });
      assert.equal(intl, `${locale === 'C' ? 'en-US' : locale.slice(0, 5).replace('_', '-')} ${zone}`);
      assertSameOutput(await produce(base, { ...variant, env }, key), reference, title, variant.umask);
    });
  }

  // The reference ran on this process's Node.js; the other majors package.json admits run the same commands.
  for (const version of NODE_VERSIONS.filter((version) => version !== process.versions.node)) {
    test(`Node.js ${version}: the same bytes`, async (t) => {
      const binary = nodeBinary(version.split('.')[0] ?? '');
      if (nodeVersion(binary) !== version) {
        const problem = `Node.js ${version} is not installed in .tools: run \`${INSTALL_NODES}\``;
        if (inCI) assert.fail(problem);
        t.skip(problem);
        return;
      }
      assertSameOutput(await produce(base, { project: `node-${version}`, node: binary }, key), reference, `Node.js ${version}`);
    });
  }

  test('SOURCE_DATE_EPOCH gives what a clock fixed at that instant and injected gives', async (t) => {
    const dir = await tempDir(t, 'trust-kit-determinism-clock-');
    await makeProject(dir, false, key);
    const clock = fixedClock(new Date(Number(EPOCH) * 1000));
    const sbom = await runSbom(sbomConfig({ path: '.', format: ['spdx-json', 'cyclonedx-json', 'cyclonedx-json@1.5', 'cyclonedx-json@1.7'], 'output-dir': 'out/sbom', artifacts: ['release/*'], base: 'release' }, cliNamer(), { path: '.', format: 'spdx-json' }), { cwd: dir, clock });
    assert.equal(sbom.outputs.length, 4);
    const config = releaseConfig({ sign: false, base: 'release', 'sbom-path': '.', 'output-dir': 'out/release-unsigned', 'subject-path': ['release'] }, cliNamer(), { base: '.', outputDir: 'trust-kit-out', ephemeralKeyWithoutToken: true });
    await runRelease(config, { cwd: dir, env: {}, logger: silentLogger, clock }, emptyReleaseReport());
    const injected = await filesUnder(join(dir, 'out'));
    for (const [name, file] of injected) assert.equal(file.text, reference.get(name)?.text, `out/${name}`);
  });

  test('a hostile SOURCE_DATE_EPOCH is a coded error before anything is written, never an Invalid Date, NaN or a year past 9999 in the output', async (t) => {
    const dir = await tempDir(t, 'trust-kit-determinism-epoch-');
    await makeProject(dir, false, key);
    const producers = [
      ['sbom', '.', '-o', 'out/sbom.spdx.json'],
      ['sbom', 'oci-dir:layout', '-o', 'out/image.spdx.json'],
      ['release', '--no-sign', '--base', 'release', '--output-dir', 'out/release', 'release'],
    ];
    for (const value of ['-1', '1.5', '1e20', '1700000000.0', ' 1700000000', '1700000000 ', '1700000000\n', '+1700000000', '0x10', 'NaN', 'Infinity', '\uff11\uff17', '253402300800', '999999999999', '9999999999999']) {
      for (const args of producers) {
        const run = await cli(args, dir, { SOURCE_DATE_EPOCH: value });
        assert.equal(run.code, 1, `SOURCE_DATE_EPOCH=${JSON.stringify(value)} trust-kit ${args.join(' ')}: ${run.stderr}`);
        assert.match(run.stderr, /^trust-kit: CLOCK_INVALID_SOURCE_DATE_EPOCH: SOURCE_DATE_EPOCH is "[^\n]*", not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z\n {2}hint: /, `SOURCE_DATE_EPOCH=${JSON.stringify(value)} trust-kit ${args[0]}`);
        assert.equal(run.stdout, '');
        await assert.rejects(stat(join(dir, 'out')), { code: 'ENOENT' }, `SOURCE_DATE_EPOCH=${JSON.stringify(value)} trust-kit ${args[0]} wrote out/`);
      }
    }
    // Documented: empty is unset (the current time outside a git work tree); leading zeros are decimal; 0 is 1970; the last second of 9999 is the latest.
    const created = async (value: string): Promise<string> => {
      const run = await cli(['sbom', '.'], dir, { SOURCE_DATE_EPOCH: value });
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as { creationInfo: { created: string } }).creationInfo.created;
    };
    assert.match(await created(''), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(await created('01700000000'), '2023-11-14T22:13:20Z');
    assert.equal(await created('0'), '1970-01-01T00:00:00Z');
    assert.equal(await created('253402300799'), '9999-12-31T23:59:59Z');
  });

  test('a keyless release through the loopback Sigstore stack: what it signs, VERIFY.md and the verification kit are the same bytes in another zone, locale, umask and path', async (t) => {
    const stack = await startSigstoreStack();
    t.after(() => stack.close());
    const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath];
    const keyless = async (variant: Variant): Promise<Map<string, Written>> => {
      const dir = join(base, variant.project);
      await makeProject(dir, variant.reverse === true, key);
      const at = (path: string): string => (variant.relative === true ? path : join(dir, path));
      const args = ['release', ...services, '--audit-log', '--base', at('release'), '--sbom-path', variant.relative === true ? '.' : dir, '--output-dir', at('out'), at('release')];
      const run = await runBin({ ...variant, env: { ...stack.env, ...variant.env } }, args, dir);
      assert.equal(run.code, 0, run.stderr);
      const written = await filesUnder(join(dir, 'out'));
      // What the services made differs by run: the certificate, log entries and timestamps; the rest must not.
      for (const [name, file] of written) {
        if (name.endsWith('.sigstore.json') || name.endsWith('.intoto.jsonl')) {
          const payloads = file.text.split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as { dsseEnvelope?: { payload: string } }).dsseEnvelope?.payload ?? '');
          written.set(name, { text: payloads.join('\n'), mode: file.mode });
        }
        if (name === 'trust-kit-audit.jsonl') {
          const lines = file.text.split('\n').filter((line) => line !== '').map((line) => ({ ...(JSON.parse(line) as object), tlog: '<log entries>' }));
          written.set(name, { text: JSON.stringify(lines), mode: file.mode });
        }
      }
      return written;
    };
    const first = await keyless({ project: 'keyless-x' });
    assert.ok(['SHA256SUMS', 'VERIFY.md', 'trust-kit-policy.json', 'trust-kit-trusted-root.jsonl', 'trust-kit-audit.jsonl'].every((name) => first.has(name)), [...first.keys()].join(', '));
    for (const [name, file] of first) assert.ok(!file.text.includes(`${tmpdir()}/`), `out/${name} names a directory under ${tmpdir()}`);
    const second = await keyless({ project: 'a/longer/keyless-y', relative: true, reverse: true, umask: '077', env: { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } });
    assertSameOutput(second, first, 'keyless release', '077');
  });
});

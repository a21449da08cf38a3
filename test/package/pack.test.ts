/**
 * The published package works where it is installed: `npm pack` (whose prepack builds lib/ with
 * its type declarations) into a temporary directory, `npm install` of that tarball into a fresh
 * project (from the npm cache `npm ci` filled), then the library, the secrets runtime with its
 * libsodium binary, their types, and the `trust-kit` bin, all used from that project. The bin is
 * dist/cli/index.js, so it runs the committed bundle.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';

const exec = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
/** Platforms sodium-native ships a binary for, which the installed library must load. */
const NATIVE = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];
/** This Node.js first on PATH, so that npm and the bin's `#!/usr/bin/env node` run on it. */
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` };

const CONSUMER_JS = `
import { VERSION, checksums, isTrustKitError } from 'trust-kit';
import { REDACTED, SecretBuffer, memoryProtectionStatus, redact } from 'trust-kit/secrets';

const files = await checksums.collectArtifacts(['release'], { cwd: process.cwd(), base: 'release' });
const sums = checksums.formatChecksums(await checksums.hashArtifacts(files, 'sha256'));
const missing = await checksums.collectArtifacts(['nowhere'], { cwd: process.cwd(), base: '.' }).catch((error) => error);
const secret = SecretBuffer.from(Buffer.from('pack-test-secret-7f3a'));
const opened = secret.use((bytes) => bytes.toString('utf8'));
const result = {
  version: VERSION,
  sums,
  missing: isTrustKitError(missing) ? missing.code : String(missing),
  opened,
  shown: String(secret),
  placeholder: REDACTED,
  redacted: redact('the secret is pack-test-secret-7f3a'),
  backend: memoryProtectionStatus().backend,
};
secret.destroy();
console.log(JSON.stringify(result));
`;

const CONSUMER_TS = `
import { VERSION, checksums, type TrustKitError } from 'trust-kit';
import { SecretBuffer, type ProtectionStatus } from 'trust-kit/secrets';

const version: string = VERSION;
const sums: string = checksums.formatChecksums([{ name: 'a', hex: '00' }]);
const secret: SecretBuffer = SecretBuffer.from(new Uint8Array([1, 2, 3]));
const length: number = secret.use((bytes) => bytes.length);
// @ts-expect-error use() hands out the bytes, not a string
secret.use((bytes: string) => bytes);
export type Seen = [typeof version, typeof sums, typeof length, TrustKitError['code'], ProtectionStatus['backend']];
`;

describe('the packed tarball, installed into a fresh project', () => {
  let work: string;
  let project: string;
  let files: string[];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'trust-kit-pack-'));
    const packs = join(work, 'packs');
    await mkdir(packs);
    await exec('npm', ['pack', '--pack-destination', packs, '--loglevel=error'], { cwd: root, env, maxBuffer: 16 << 20 });
    const written = await readdir(packs);
    assert.deepEqual(written, ['trust-kit-0.1.0.tgz']);
    const tarball = join(packs, 'trust-kit-0.1.0.tgz');
    files = (await exec('tar', ['-tzf', tarball], { maxBuffer: 16 << 20 })).stdout.split('\n').filter((line) => line !== '');
    project = join(work, 'project');
    await mkdir(join(project, 'release'), { recursive: true });
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    await writeFile(join(project, 'release', 'app.tgz'), 'the app\n');
    await exec('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], { cwd: project, env, maxBuffer: 16 << 20 });
  });
  after(() => rm(work, { recursive: true, force: true }));

  test('holds the compiled library with declarations, the bin, the licence, and no sources', () => {
    for (const file of ['lib/index.js', 'lib/index.d.ts', 'lib/secrets/index.js', 'lib/secrets/index.d.ts', 'lib/sigstore/trust-roots/github-tuf-root.json', 'dist/cli/index.js', 'LICENSE', 'package.json']) {
      assert.ok(files.includes(`package/${file}`), `the tarball lacks ${file}`);
    }
    assert.deepEqual(files.filter((file) => /^package\/(src|test|scripts|bench|\.tools)\//.test(file)), []);
  });

  test('imports trust-kit and trust-kit/secrets, hashing files and holding a secret in libsodium memory', async () => {
    await writeFile(join(project, 'consumer.js'), CONSUMER_JS);
    const { stdout } = await exec(process.execPath, ['consumer.js'], { cwd: project, env });
    const result = JSON.parse(stdout) as Record<string, string>;
    const { stdout: bin } = await exec(join(project, 'node_modules', '.bin', 'trust-kit'), ['checksums', '--base', 'release', 'release'], { cwd: project, env });
    assert.equal(result['sums'], bin, 'the library and the bin hash alike');
    assert.match(result['sums'] ?? '', /^[0-9a-f]{64} {2}app\.tgz\n$/);
    assert.equal(result['missing'], 'CHECKSUMS_PATH_NOT_FOUND');
    assert.equal(result['opened'], 'pack-test-secret-7f3a');
    assert.equal(result['shown'], result['placeholder']);
    assert.equal(result['shown']?.includes('pack-test-secret'), false);
    assert.equal(result['redacted']?.includes('pack-test-secret-7f3a'), false, result['redacted']);
    if (NATIVE.includes(`${process.platform}-${process.arch}`)) assert.equal(result['backend'], 'sodium', 'the installed library loads sodium-native');
  });

  test('type-checks a TypeScript consumer against the shipped declarations', async () => {
    await writeFile(join(project, 'consumer.ts'), CONSUMER_TS);
    const tsconfig = {
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] },
      files: ['consumer.ts'],
    };
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    const check = await exec(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: project, env }).catch((error: { stdout: string }) => error);
    assert.equal(check.stdout, '');
  });

  test('runs the trust-kit bin', async () => {
    const { stdout } = await exec(join(project, 'node_modules', '.bin', 'trust-kit'), ['--version'], { cwd: project, env });
    assert.equal(stdout, '0.1.0\n');
  });
});

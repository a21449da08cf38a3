/**
 * The published package works where it is installed: `npm pack` (whose prepack builds lib/ with
 * its type declarations) into a temporary directory, `npm install` of that tarball into a fresh
 * project (from the npm cache `npm ci` filled), then the library, the secrets runtime with its
 * libsodium binary, their types, and the `trust-kit` bin, all used from that project. The bin is
 * dist/cli/index.js, so it runs the committed bundle.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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

/** Prints the runtime names each entry point exports (the namespaces' too), as JSON. */
const SURFACE_JS = `
const root = await import('trust-kit');
const secrets = await import('trust-kit/secrets');
console.log(JSON.stringify({
  'trust-kit': Object.keys(root).sort(),
  checksums: Object.keys(root.checksums).sort(),
  sbom: Object.keys(root.sbom).sort(),
  'trust-kit/secrets': Object.keys(secrets).sort(),
}));
`;

/**
 * A host program with a SIGTERM handler and an exit code of its own imports both entry points and
 * reports what the imports did to the process: handlers, environment reads, native libraries,
 * umask, files opened, active handles, warnings. Then its handler, not trust-kit, ends it.
 */
const SIDE_EFFECTS_JS = `
import fs from 'node:fs';
// Node.js itself opens stderr when an ES module first imports node:util (its ES module facade reads every export), a pipe here.
import 'node:util';
const events = ['SIGTERM', 'SIGINT', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection', 'warning'];
let alive;
process.on('SIGTERM', () => { process.exitCode = 5; clearInterval(alive); });
process.exitCode = 3;
const count = () => Object.fromEntries(events.map((event) => [event, process.listenerCount(event)]));
const before = count();
const envRead = [];
const realEnv = process.env;
process.env = new Proxy(realEnv, {
  get: (target, key) => { if (typeof key === 'string' && new Error().stack.includes('/trust-kit/')) envRead.push(key); return Reflect.get(target, key); },
  ownKeys: (target) => { if (new Error().stack.includes('/trust-kit/')) envRead.push('(keys)'); return Reflect.ownKeys(target); },
});
const opened = [];
for (const name of ['openSync', 'readFileSync', 'writeFileSync', 'mkdirSync', 'existsSync', 'statSync', 'readdirSync']) {
  const original = fs[name];
  fs[name] = function (...args) {
    // The module loader reads the modules themselves; anything else a module opens while it loads is a side effect.
    if (!String(args[0]).endsWith('.js') && !String(args[0]).endsWith('.json')) opened.push(name + ' ' + String(args[0]));
    return original.apply(this, args);
  };
}
const dlopened = [];
const dlopen = process.dlopen;
process.dlopen = function (module, file, ...rest) { dlopened.push(file); return dlopen.call(this, module, file, ...rest); };
const warnings = [];
process.on('warning', (warning) => warnings.push(warning.message));
const umask = process.umask();
const handles = process.getActiveResourcesInfo();
await import('trust-kit');
await import('trust-kit/secrets');
await new Promise((resolve) => setTimeout(resolve, 20));
process.env = realEnv;
const after = count();
after.warning -= 1;
console.log(JSON.stringify({ before, after, envRead, opened, dlopened, warnings, umask: process.umask() === umask, handles: process.getActiveResourcesInfo().length - handles.length }));
alive = setInterval(() => {}, 1000);
process.kill(process.pid, 'SIGTERM');
`;

/** The runtime names a `<!-- api:NAME -->` list of docs/library.md gives: the first code span of each item. */
function documentedNames(doc: string, entry: string): string[] {
  const start = doc.indexOf(`<!-- api:${entry} -->`);
  assert.notEqual(start, -1, `docs/library.md has no list for ${entry}`);
  const list = doc.slice(start, doc.indexOf('<!-- api:end -->', start));
  const names: string[] = [];
  for (const item of list.matchAll(/^- (.*)$/gm)) {
    // An item names its values before the first colon that follows a code span: `a`, `b`: what they are.
    const head = (item[1] ?? '').split(/`:\s/)[0] ?? '';
    for (const name of head.matchAll(/`([A-Za-z_$][\w$]*)/g)) names.push(name[1] ?? '');
  }
  return names.sort();
}

/** The code blocks of docs/library.md that name a file (```js example.mjs), by file name. */
function documentedExamples(doc: string): Map<string, string> {
  return new Map([...doc.matchAll(/^```(?:js|ts) (\S+)\n([\s\S]*?)^```$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

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

  test('holds the compiled library with declarations, the bin, the licences, the docs the README links to, and no sources nor the actions\' bundles', () => {
    for (const file of ['lib/index.js', 'lib/index.d.ts', 'lib/secrets/index.js', 'lib/secrets/index.d.ts', 'lib/sigstore/trust-roots/github-tuf-root.json', 'dist/cli/index.js', 'dist/prebuilds/LICENSE', 'LICENSE', 'package.json', 'README.md', 'docs/library.md', 'docs/errors.md']) {
      assert.ok(files.includes(`package/${file}`), `the tarball lacks ${file}`);
    }
    assert.deepEqual(files.filter((file) => /^package\/(src|test|scripts|bench|\.tools)\//.test(file)), []);
    // The actions run from the repository (uses: org/trust-kit@ref), never from the npm package: their 20 MB of bundles stay out.
    assert.deepEqual(files.filter((file) => /^package\/(dist\/(attest|checksums|release|sbom|sign|verify)\/|actions\/|action\.yml$)/.test(file)), []);
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

  test('exports the names docs/library.md lists, and no others', async () => {
    await writeFile(join(project, 'surface.js'), SURFACE_JS);
    const { stdout } = await exec(process.execPath, ['surface.js'], { cwd: project, env });
    const surface = JSON.parse(stdout) as Record<string, string[]>;
    const doc = await readFile(join(root, 'docs', 'library.md'), 'utf8');
    for (const entry of ['trust-kit', 'checksums', 'sbom', 'trust-kit/secrets']) assert.deepEqual(surface[entry], documentedNames(doc, entry), entry);
  });

  test('runs docs/library.md\'s examples as written: an ES module, CommonJS, and TypeScript checked with node16, nodenext and bundler resolution', async () => {
    const examples = documentedExamples(await readFile(join(root, 'docs', 'library.md'), 'utf8'));
    assert.deepEqual([...examples.keys()], ['example.mjs', 'example.cjs', 'example.ts']);
    for (const [file, code] of examples) await writeFile(join(project, file), code);
    // Every declaration both entry points reach, checked under the same settings.
    await writeFile(join(project, 'everything.ts'), "export * from 'trust-kit';\nexport * as secrets from 'trust-kit/secrets';\n");
    // The example that opens docs/security/memory-protection.md, type-checked (it takes secrets from the environment, so it is not run).
    const protection = /^```ts\n([\s\S]*?)^```$/m.exec(await readFile(join(root, 'docs', 'security', 'memory-protection.md'), 'utf8'));
    await writeFile(join(project, 'protection.ts'), protection?.[1] ?? 'the example is missing');
    for (const file of ['example.mjs', 'example.cjs']) {
      const run = await exec(process.execPath, [file], { cwd: project, env }).catch((error: { stderr: string; code: number }) => error);
      assert.equal(run.stderr, '', file);
    }
    for (const resolution of ['node16', 'nodenext', 'bundler']) {
      const compilerOptions = {
        module: resolution === 'bundler' ? 'esnext' : resolution,
        moduleResolution: resolution,
        target: 'es2023',
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        outDir: `out-${resolution}`,
        types: ['node'],
        typeRoots: [join(root, 'node_modules', '@types')],
      };
      await writeFile(join(project, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, files: ['example.ts', 'everything.ts', 'protection.ts'] }));
      const check = await exec(join(root, 'node_modules', '.bin', 'tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: project, env }).catch((error: { stdout: string }) => error);
      assert.equal(check.stdout, '', resolution);
    }
    const { stdout } = await exec(process.execPath, [join('out-nodenext', 'example.js')], { cwd: project, env });
    assert.equal(stdout, '64 the token is ***\n');
    // A CommonJS TypeScript file: under module nodenext, tsc emits require() of the ES modules, which Node.js loads.
    await writeFile(join(project, 'required.cts'), "import { VERSION } from 'trust-kit';\nimport { REDACTED } from 'trust-kit/secrets';\nconsole.log(VERSION, REDACTED);\n");
    const cts = { compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', strict: true, skipLibCheck: false, outDir: 'out-cts', types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] }, files: ['required.cts'] };
    await writeFile(join(project, 'tsconfig.cts.json'), JSON.stringify(cts));
    const compiled = await exec(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.cts.json'], { cwd: project, env }).catch((error: { stdout: string }) => error);
    assert.equal(compiled.stdout, '', 'required.cts');
    assert.equal((await exec(process.execPath, [join('out-cts', 'required.cjs')], { cwd: project, env })).stdout, '0.1.0 [redacted]\n');
  });

  test('importing either entry point does nothing to the process: no handler, environment read, file, native library, thread, warning or umask; the host\'s handler and exit code stand', async () => {
    await writeFile(join(project, 'side-effects.js'), SIDE_EFFECTS_JS);
    const run = await exec(process.execPath, ['side-effects.js'], { cwd: project, env }).catch((error: { stdout: string; code: number }) => error);
    assert.equal('code' in run ? run.code : 0, 5, 'the host\'s SIGTERM handler set the exit code');
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(report['after'], report['before']);
    assert.deepEqual(report['envRead'], []);
    assert.deepEqual(report['opened'], []);
    assert.deepEqual(report['dlopened'], []);
    assert.deepEqual(report['warnings'], []);
    assert.equal(report['handles'], 0, 'no timer, thread or socket is left active');
    assert.equal(report['umask'], true);
  });

  test('runs the trust-kit bin', async () => {
    const { stdout } = await exec(join(project, 'node_modules', '.bin', 'trust-kit'), ['--version'], { cwd: project, env });
    assert.equal(stdout, '0.1.0\n');
  });
});

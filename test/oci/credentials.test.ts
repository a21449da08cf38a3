import assert from 'node:assert/strict';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { chainCredentials, dockerConfigCredentials, loadDockerConfig, RegistryClient, runCredentialHelper, staticCredentials, type RegistryCredentials } from '../../src/oci/index.js';
import { adoptProcessEnvironment } from '../../src/secrets/environment.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { tempDir } from '../support/tmp.js';

const text = (credentials: RegistryCredentials | undefined): string | undefined =>
  credentials === undefined ? undefined : `${credentials.username}:${credentials.secret.use((bytes) => bytes.toString('utf8'))}${credentials.identityToken ? ' (identity token)' : ''}`;
const config = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));
const basic = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

test('docker config auths: base64 user:password (the password may hold colons), identity tokens, Docker Hub keys', async () => {
  const source = dockerConfigCredentials(
    config({
      auths: {
        'https://index.docker.io/v1/': { auth: basic('hubuser', 'hub:pass') },
        'ghcr.io': { auth: basic('octo', 'ignored'), identitytoken: 'refresh-123' },
        'https://registry.example.com/v2/': { username: 'plain', password: 'pw' },
        'store.example.com': {},
      },
    }),
    'config.json',
    async () => assert.fail('no helper is configured'),
  );
  assert.equal(text(await source.credentialsFor('docker.io')), 'hubuser:hub:pass');
  assert.equal(text(await source.credentialsFor('ghcr.io')), 'octo:refresh-123 (identity token)');
  assert.equal(text(await source.credentialsFor('registry.example.com')), 'plain:pw');
  assert.equal(await source.credentialsFor('store.example.com'), undefined);
  assert.equal(await source.credentialsFor('quay.io'), undefined);
});

test('credHelpers win for their registry; credsStore answers the rest and falls back to auths when it has nothing', async () => {
  const calls: string[] = [];
  const source = dockerConfigCredentials(
    config({ credsStore: 'desktop', credHelpers: { 'gcr.io': 'gcloud' }, auths: { 'quay.io': { auth: basic('q', 'file') }, 'gcr.io': { auth: basic('g', 'file') } } }),
    'config.json',
    async (helper, server) => {
      calls.push(`${helper} ${server}`);
      if (helper === 'gcloud') return undefined;
      if (server === 'https://index.docker.io/v1/') return Buffer.from(JSON.stringify({ ServerURL: server, Username: 'hub', Secret: 'from-store' }));
      if (server === 'ghcr.io') return Buffer.from(JSON.stringify({ ServerURL: server, Username: '<token>', Secret: 'idtoken' }));
      return undefined;
    },
  );
  assert.equal(text(await source.credentialsFor('docker.io')), 'hub:from-store');
  assert.equal(text(await source.credentialsFor('ghcr.io')), '<token>:idtoken (identity token)');
  assert.equal(text(await source.credentialsFor('quay.io')), 'q:file');
  // A registry's own helper that has nothing means nothing: its auths entry is not consulted.
  assert.equal(await source.credentialsFor('gcr.io'), undefined);
  assert.deepEqual(calls, ['desktop https://index.docker.io/v1/', 'desktop ghcr.io', 'desktop quay.io', 'gcloud gcr.io']);
});

test('a malformed config or helper answer is refused with a coded error that does not print secrets', async () => {
  for (const bad of ['{', '[]', JSON.stringify({ credsStore: '../../bin/sh' }), JSON.stringify({ credHelpers: { 'x.io': 'a b' } }), JSON.stringify({ auths: { 'x.io': { auth: basic('', 'secret-pw') } } })]) {
    await assert.rejects(
      (async () => dockerConfigCredentials(Buffer.from(bad), 'cfg.json').credentialsFor('x.io'))(),
      (error: Error & { code?: string }) => error.code === 'OCI_CREDENTIALS_INVALID' && error.message.includes('cfg.json') && !error.message.includes('secret-pw'),
      bad,
    );
  }
  const garbled = dockerConfigCredentials(config({ credsStore: 'x' }), 'cfg.json', async () => Buffer.from('Secret: s3cr3t'));
  await assert.rejects(garbled.credentialsFor('x.io'), (error: Error & { code?: string }) => error.code === 'OCI_CREDENTIAL_HELPER_FAILED' && !error.message.includes('s3cr3t'));
});

test('runCredentialHelper runs docker-credential-<name> from PATH: its JSON, "not found" as no credentials, other failures coded', async (t) => {
  const dir = await tempDir(t);
  const script = join(dir, 'docker-credential-trustkittest');
  await writeFile(
    script,
    [
      '#!/bin/sh',
      'read server',
      'case "$server" in',
      '  good.example) printf \'{"ServerURL":"good.example","Username":"u","Secret":"helper-secret"}\' ;;',
      '  broken.example) echo "keychain locked" >&2; exit 3 ;;',
      '  leaky.example) echo "session token S3CR3T-helper-7f3a expired" >&2; exit 1 ;;',
      '  *) echo "credentials not found in native keychain"; exit 1 ;;',
      'esac',
    ].join('\n'),
  );
  await chmod(script, 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${dir}:${path ?? ''}`;
  t.after(() => {
    process.env.PATH = path;
  });
  const source = dockerConfigCredentials(config({ credsStore: 'trustkittest' }), 'cfg.json');
  assert.equal(text(await source.credentialsFor('good.example')), 'u:helper-secret');
  assert.equal(await source.credentialsFor('other.example'), undefined);
  // What a failing helper prints is never quoted: it may hold the credentials it guards, which trust-kit cannot redact.
  for (const server of ['broken.example', 'leaky.example']) {
    await assert.rejects(source.credentialsFor(server), (error: Error & { code?: string; hint?: string }) => {
      assert.equal(error.code, 'OCI_CREDENTIAL_HELPER_FAILED');
      assert.match(error.message, new RegExp(`docker-credential-trustkittest get ${server.replace('.', '\\.')} failed \\(exit \\d; its message is not shown, since it may hold credentials\\)`));
      assert.doesNotMatch(`${error.message} ${error.hint ?? ''}`, /keychain locked|S3CR3T/);
      assert.match(error.hint ?? '', /by hand to see its message/);
      return true;
    });
  }
  // A helper that cannot start leaves no timer behind (which would hold the process for the helper's whole timeout).
  const timers = (): number => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
  const before = timers();
  await assert.rejects(runCredentialHelper('absent-helper-xyz', 'x'), { code: 'OCI_CREDENTIAL_HELPER_FAILED' });
  assert.equal(timers(), before);
  // On Windows through the shell, which alone runs a .cmd shim: here /bin/sh stands in for cmd.exe.
  assert.equal((await runCredentialHelper('trustkittest', 'good.example', 30_000, 'win32'))?.toString('utf8'), '{"ServerURL":"good.example","Username":"u","Secret":"helper-secret"}');
  // The name is the whole command line the shell reads: one that would need quoting is never run.
  await assert.rejects(runCredentialHelper('x & calc', 'good.example', 30_000, 'win32'), { code: 'OCI_CREDENTIALS_INVALID' });
});

test('a credential helper that answers but leaves a process holding its output open is not waited for past the bound: its answer is taken once it has exited; one that hangs ends at the timeout', { timeout: 30_000 }, async (t) => {
  const dir = await tempDir(t);
  // The background process keeps the helper's stdout and stderr open for 300 s after it exits.
  await writeFile(join(dir, 'docker-credential-leaves'), `#!/bin/sh\nsleep 300 &\necho $! > '${join(dir, 'left.pid')}'\nprintf '{"Username":"u","Secret":"left-behind"}'\n`);
  await writeFile(join(dir, 'docker-credential-hangs'), '#!/bin/sh\nexec sleep 300\n');
  // One that never reads the server URL it is given closes its stdin under the write (EPIPE): it crashed the process, uncaught.
  await writeFile(join(dir, 'docker-credential-deaf'), '#!/bin/sh\nexec printf \'{"Username":"u","Secret":"deaf"}\'\n');
  await chmod(join(dir, 'docker-credential-deaf'), 0o755);
  await chmod(join(dir, 'docker-credential-leaves'), 0o755);
  await chmod(join(dir, 'docker-credential-hangs'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${dir}:${path ?? ''}`;
  t.after(() => {
    process.env.PATH = path;
  });
  // Before, this waited for the background process (300 s), past the test's own timeout.
  const output = await runCredentialHelper('leaves', 'registry.example').finally(async () => {
    const left = Number(await readFile(join(dir, 'left.pid'), 'utf8').catch(() => ''));
    if (left > 0) process.kill(left, 'SIGKILL');
  });
  assert.equal(output?.toString('utf8'), '{"Username":"u","Secret":"left-behind"}');
  for (let round = 0; round < 20; round++) assert.equal((await runCredentialHelper('deaf', 'x'.repeat(200_000)))?.toString('utf8'), '{"Username":"u","Secret":"deaf"}');
  await assert.rejects(runCredentialHelper('hangs', 'registry.example', 500), (error: Error & { code?: string }) => error.code === 'OCI_CREDENTIAL_HELPER_FAILED' && /SIGKILL/.test(error.message));
});

test('a docker credential helper gets the process environment without the job\'s secrets (it needs HOME and its own settings, not the OIDC request token)', async (t) => {
  const dir = await tempDir(t);
  const seen = join(dir, 'helper-environment.txt');
  await writeFile(join(dir, 'docker-credential-envtest'), `#!/bin/sh\nenv > '${seen}'\nprintf '{"Username":"u","Secret":"s"}'\n`, { mode: 0o755 });
  const secrets = { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-value', GITHUB_TOKEN: 'github-token-value', COSIGN_PASSWORD: 'cosign-password-value', 'INPUT_GITHUB-TOKEN': 'input-token-value' };
  const saved = Object.fromEntries(['PATH', 'HELPER_SETTING', ...Object.keys(secrets)].map((name) => [name, process.env[name]]));
  Object.assign(process.env, secrets, { PATH: `${dir}:${saved['PATH'] ?? ''}`, HELPER_SETTING: 'kept' });
  // What an entry point's protectProcess does: name the process environment.
  adoptProcessEnvironment(process.env);
  t.after(() => {
    adoptProcessEnvironment(undefined);
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const output = await runCredentialHelper('envtest', 'registry.example');
  assert.equal(output?.toString(), '{"Username":"u","Secret":"s"}');
  const environment = await readFile(seen, 'utf8');
  assert.match(environment, /^HELPER_SETTING=kept$/m);
  assert.deepEqual(Object.entries(secrets).filter(([, value]) => environment.includes(value)).map(([name]) => name), []);
});

test('a registry client closes its credential source: what docker\'s config and its helpers gave is wiped, what was handed in stays its owner\'s', async () => {
  const given = SecretBuffer.from(Buffer.from('given-password'));
  const fromConfig = dockerConfigCredentials(config({ auths: { 'quay.io': { auth: basic('robot', 'quay-password') } }, credHelpers: { 'gcr.io': 'fake' } }), 'config.json', async () => Buffer.from('{"Username":"u","Secret":"helper-secret"}'));
  const source = chainCredentials(staticCredentials({ 'ghcr.io': { username: 'actor', secret: given } }), fromConfig);
  const found = await Promise.all(['quay.io', 'gcr.io', 'ghcr.io'].map(async (registry) => (await source.credentialsFor(registry))?.secret));
  const client = new RegistryClient({ credentials: source });
  client.close();
  assert.deepEqual(found.map((secret) => secret?.destroyed), [true, true, false]);
  assert.equal(given.use((bytes) => bytes.toString('utf8')), 'given-password');
});

test('explicit credentials come before docker config; a missing config file is no credentials', async (t) => {
  const dir = await tempDir(t);
  assert.equal(await loadDockerConfig(join(dir, 'config.json')), undefined);
  await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { 'ghcr.io': { auth: basic('file', 'file-pw') }, 'quay.io': { auth: basic('q', 'q-pw') } } }));
  const fromFile = await loadDockerConfig(join(dir, 'config.json'));
  assert.ok(fromFile);
  const chain = chainCredentials(staticCredentials({ 'ghcr.io': { username: 'actor', secret: SecretBuffer.from(Buffer.from('github-token')) } }), fromFile);
  assert.equal(text(await chain.credentialsFor('ghcr.io')), 'actor:github-token');
  assert.equal(text(await chain.credentialsFor('quay.io')), 'q:q-pw');
});

test('reading docker\'s config.json leaves no unwiped Buffer copy of it once the source is closed: its passwords are in every one', async (t) => {
  const dir = await tempDir(t);
  const path = join(dir, 'config.json');
  await writeFile(path, JSON.stringify({ auths: { 'registry.example': { auth: Buffer.from('bot:config-password').toString('base64') } } }));
  const copies: Buffer[] = [];
  const from = Buffer.from;
  t.mock.method(Buffer, 'from', function recorded(this: unknown, ...args: unknown[]) {
    const result = (from as (...values: unknown[]) => Buffer).apply(Buffer, args);
    if (args[0] instanceof Uint8Array) copies.push(result);
    return result;
  });
  // A copy may also be made by allocating and filling a Buffer.
  const alloc = Buffer.alloc;
  t.mock.method(Buffer, 'alloc', function recorded(this: unknown, ...args: unknown[]) {
    const result = (alloc as (...values: unknown[]) => Buffer).apply(Buffer, args);
    copies.push(result);
    return result;
  });
  const source = await loadDockerConfig(path);
  const found = await source?.credentialsFor('registry.example');
  t.mock.restoreAll();
  assert.equal(found?.secret.use((bytes) => bytes.toString()), 'config-password');
  source?.close?.();
  assert.equal(found?.secret.destroyed, true);
  const base64 = Buffer.from('bot:config-password').toString('base64');
  assert.deepEqual(copies.filter((copy) => copy.includes(base64) || copy.includes('config-password')), []);
});

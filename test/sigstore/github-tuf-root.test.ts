// The stored trust anchor of GitHub's TUF repository (root.json v3, as cli/cli embeds it) must be
// exactly the published bytes: its own root keys sign its `signed` part, as a TUF client checks.
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT_PATH = join(import.meta.dirname, '..', '..', 'src', 'sigstore', 'trust-roots', 'github-tuf-root.json');

/** OLPC canonical JSON, as TUF signs metadata: sorted keys, no whitespace, only `\` and `"` escaped in strings. */
function canonical(value: unknown): string {
  if (typeof value === 'string') return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${canonical(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isInteger(value)) throw new TypeError(`canonical JSON has no floats: ${value}`);
  return JSON.stringify(value);
}

interface RootMetadata {
  signatures: { keyid: string; sig: string }[];
  signed: {
    _type: string;
    version: number;
    keys: Record<string, { keytype: string; scheme: string; keyval: { public: string } }>;
    roles: { root: { keyids: string[]; threshold: number } };
  };
}

/** The root keys whose signatures over `signed` verify; throws naming any root key whose non-empty signature does not. */
function verifiedRootKeys(root: RootMetadata): Set<string> {
  const message = Buffer.from(canonical(root.signed), 'utf8');
  const verified = new Set<string>();
  for (const { keyid, sig } of root.signatures) {
    const key = root.signed.keys[keyid];
    // Empty signatures are placeholders of keys that did not sign; a keyid absent from `keys` is a retired (v2) key this root cannot check.
    if (sig === '' || key === undefined || !root.signed.roles.root.keyids.includes(keyid)) continue;
    assert.equal(key.scheme, 'ecdsa-sha2-nistp256', keyid);
    const publicKey = createPublicKey(key.keyval.public);
    if (!verify('sha256', message, publicKey, Buffer.from(sig, 'hex'))) throw new Error(`the signature of root key ${keyid} does not verify`);
    verified.add(keyid);
  }
  return verified;
}

test('GitHub\'s TUF root is version 3, self-signed by at least its threshold of its own root keys, every signature valid', async () => {
  const text = await readFile(ROOT_PATH, 'utf8');
  const root = JSON.parse(text) as RootMetadata;
  assert.equal(root.signed._type, 'root');
  assert.equal(root.signed.version, 3);
  assert.equal(root.signed.roles.root.threshold, 3);
  const verified = verifiedRootKeys(root);
  assert.ok(verified.size >= root.signed.roles.root.threshold, `${verified.size} valid root signatures`);
  assert.equal(verified.size, 5);
});

test('a single changed byte of a key or a signature breaks the self-signature', async () => {
  const text = await readFile(ROOT_PATH, 'utf8');
  const original = JSON.parse(text) as RootMetadata;
  const signer = original.signatures.find((entry) => entry.sig !== '' && original.signed.keys[entry.keyid] !== undefined);
  assert.ok(signer !== undefined);

  const badSignature = JSON.parse(text) as RootMetadata;
  const entry = badSignature.signatures.find((candidate) => candidate.keyid === signer.keyid);
  assert.ok(entry !== undefined);
  const flipAt = entry.sig.length - 2;
  entry.sig = `${entry.sig.slice(0, flipAt)}${entry.sig[flipAt] === '0' ? '1' : '0'}${entry.sig.slice(flipAt + 1)}`;
  assert.throws(() => verifiedRootKeys(badSignature), /does not verify/);

  const badKey = JSON.parse(text) as RootMetadata;
  const keyid = Object.keys(badKey.signed.keys).find((id) => !original.signatures.some((candidate) => candidate.keyid === id && candidate.sig !== ''));
  assert.ok(keyid !== undefined, 'a key that did not sign');
  const pem = badKey.signed.keys[keyid]?.keyval.public ?? '';
  const at = pem.indexOf('\n') + 40;
  (badKey.signed.keys[keyid] as { keyval: { public: string } }).keyval.public = `${pem.slice(0, at)}${pem[at] === 'A' ? 'B' : 'A'}${pem.slice(at + 1)}`;
  assert.throws(() => verifiedRootKeys(badKey), /does not verify/);
});

test('the default TUF repositories are the ones docs/security/trust.md names, each with its pinned root: public-good\'s seeded from @sigstore/tuf, GitHub\'s as gh uses it', async () => {
  const { GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR } = await import('../../src/sigstore/verify/trust-tuf.js');
  const seeds = JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'node_modules', '@sigstore', 'tuf', 'seeds.json'), 'utf8')) as Record<string, { 'root.json'?: string }>;
  assert.equal(PUBLIC_GOOD_TUF_MIRROR, 'https://tuf-repo-cdn.sigstore.dev');
  assert.equal(typeof seeds[PUBLIC_GOOD_TUF_MIRROR]?.['root.json'], 'string', 'the public-good mirror has a root shipped with @sigstore/tuf');
  assert.equal(GITHUB_TUF_MIRROR, 'https://tuf-repo.github.com');
});

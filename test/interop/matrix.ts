// The interoperability matrix: what each producer signs (trust-kit, cosign, sigstore-python, sigstore-js), verified
// offline by each verifier that reads that kind of output, against the loopback Sigstore stack's trust material.
// A row is one signed file and the policy it is checked with; a column is a verifier; a cell is ✓, or ✗ with the
// reason the verifier gave, sorted into a few kinds so that "each tool rejects it for the same reason" is checkable.
// matrix.test.ts asserts every cell; scripts/interop.ts prints the table and writes docs/interop.md.
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { FulcioSigner, MessageSignatureBundleBuilder, RekorWitness } from '@sigstore/sign';
import { cli } from '../support/cli.js';
import { claimsOf, provenancePredicate, signAttestation, type AttestationOptions } from '../support/github/attest.js';
import { startSigstoreStack, type SigstoreStack, type TrustedRootJSON } from '../support/sigstore/index.js';
import { startRealFulcio, type RealFulcio } from '../support/sigstore/real-fulcio.js';
import { startRealTimestampAuthority, type RealTimestampAuthority } from '../support/sigstore/real-tsa.js';
import { startTufRepository, type TufRepository } from '../support/tuf.js';
import { PEERS, isInstalled, runPeer, type PeerName, type PeerRun } from './tools.js';

/** The identity the loopback OIDC issuer's default token gets from Fulcio. */
export const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main';
export const ISSUER = 'https://token.actions.githubusercontent.com';
const OTHER_IDENTITY = 'https://github.com/octo-org/other-repo/.github/workflows/release.yml@refs/heads/main';
const OTHER_ISSUER = 'https://accounts.example.com';
/** The passphrase of the encrypted keys (both trust-kit's and cosign's). */
const PASSPHRASE = 'correct horse battery staple';
/**
 * sigstore-python wraps its messages at the terminal's width: wide enough that a reason stays on one line. Python's
 * warnings are no verdict, and would be read as one: cryptography warns about the real Fulcio CA's three-letter
 * country (C=USA), quoting a source line that says "issuer".
 */
export const SIGSTORE_PYTHON_ENV: Readonly<Record<string, string>> = { COLUMNS: '400', PYTHONWARNINGS: 'ignore' };

/** Why a verifier refused: the kinds the negative rows expect, or `other` for anything unexpected. */
export type Reason = 'signature' | 'identity' | 'issuer' | 'trust' | 'expired' | 'undated' | 'unsupported' | AttestationReason | 'other';

/** What a verifier is asked: does `bundle` sign `file` under this policy, against this trust material? */
export interface Subject {
  /** Paths relative to the matrix directory. */
  readonly file: string;
  readonly bundle: string;
  readonly policy: { readonly identity: string; readonly issuer: string } | { readonly publicKey: string };
  /** Which trust material (a key of MatrixContext.trust): `stack` (the one that signed), `other` (an unrelated stack), ... */
  readonly trust: string;
  /** Dated by an RFC 3161 timestamp only, no transparency log entry (GitHub's private-repository instance). */
  readonly timestampOnly?: boolean;
  /** Logged in Rekor v2: the entry carries no integrated time, so the RFC 3161 timestamp alone dates the signature. */
  readonly rekorV2?: boolean;

  /** For attestation rows: what the statement and the certificate must say beyond the signer. */
  readonly attestation?: AttestationCheck;
}

/** Keyless (a Fulcio certificate), keyed (a public key), or a checksums file signed keyless or with a key. */
export type SubjectKind = 'keyless' | 'keyed' | 'checksums' | 'keyed-checksums' | AttestationKind;

/** A row: who produced the bundle, what is being checked, and the expected verdict. */
export interface Row {
  readonly producer: string;
  readonly check: string;
  /** What was signed and how: decides which verifiers apply. */
  readonly kind: SubjectKind;
  /** `verified`, or the reason every verifier must give for refusing. */
  readonly expect: 'verified' | Reason;
  /** Columns (by name) that refuse this row for a documented other reason. */
  readonly differences?: Readonly<Record<string, Difference>>;
  /** Peers the producer needs (a row whose producer is missing is skipped, or fails in CI). */
  readonly needs: readonly PeerName[];
  produce(context: MatrixContext): Promise<Subject>;
}

/** A verifier's verdict on one subject. */
export interface Outcome {
  readonly verified: boolean;
  readonly reason: Reason | undefined;
  /** The verifier's own words (first error line), for failure messages; not written to docs (ports, paths). */
  readonly detail: string;
}

/** A verifier that refuses a row for another reason than the others, and why (shown in docs/interop.md). */
export interface Difference {
  readonly reason: Reason;
  readonly why: string;
}

/** A column: one verifier. */
export interface Column {
  readonly name: string;
  /** The peer that must be installed (none: trust-kit itself). */
  readonly peer: PeerName | undefined;
  /** Whether this verifier reads this kind of subject at all; otherwise the cell is "n/a" with this note. */
  applies(row: Pick<Row, 'kind' | 'expect'>): true | string;
  /** A verifier of plain signatures that reads DSSE bundles too: which attestation rows it checks (else n/a). */
  attestations?(row: Pick<Row, 'kind' | 'expect'>): true | string;
  verify(context: MatrixContext, subject: Subject): Promise<Outcome>;
}

/** Trust material of one stack, in each form the verifiers take. */
interface Trust {
  readonly trustedRootPath: string;
  /** sigstore-python's ClientTrustConfig (trusted root and signing config). */
  readonly trustConfigPath: string;
  /** The signing configuration alone (cosign's --signing-config). */
  readonly signingConfigPath: string;
  /** sigstore-js reads trust material only through TUF: a loopback repository serving the trusted root. */
  readonly tuf: TufRepository;
  readonly tufCache: string;
}

/** The running stacks and the directory every file of the matrix lives in. */
export interface MatrixContext {
  readonly dir: string;
  readonly stack: SigstoreStack;
  /** A stack whose only log is a Rekor v2 one (trust material `rekor-v2`), for the Rekor v2 rows. */
  readonly rekorV2: SigstoreStack;
  /** Trust material by name; `stack` and `other` always, rows may add their own. */
  readonly trust: Map<string, Trust>;
  /** Memoised producers: each row signs once even when several tests ask. */
  readonly produced: Map<string, Promise<Subject>>;
  /** The real timestamp-server and Fulcio, each started by the first row that signs with it and shared by the rest. */
  readonly real: { tsa?: Promise<RealTimestampAuthority>; fulcio?: Promise<RealFulcio> };
  close(): Promise<void>;
}

/** Starts the signing stack, a Rekor v2 one and an unrelated one (for "wrong trusted root"), with all trust material written to `dir`. */
export async function openMatrix(dir: string): Promise<MatrixContext> {
  const stack = await startSigstoreStack({ rekorInitialSize: 5 });
  const rekorV2 = await startSigstoreStack({ rekor: 'v2', rekorInitialSize: 5 });
  const other = await startSigstoreStack({ rekorInitialSize: 5 });
  const trusts: Trust[] = [];
  try {
    for (const [name, of] of [['stack', stack], ['other', other], ['rekor-v2', rekorV2]] as const) {
      trusts.push(await writeTrust(join(dir, `trust-${name}`), of.trustedRoot, of));
    }
  } catch (error) {
    await Promise.all([stack.close(), rekorV2.close(), other.close(), ...trusts.map((t) => t.tuf.close())]);
    throw error;
  }
  await other.close();
  const [own, unrelated, v2] = trusts as [Trust, Trust, Trust];
  const trust = new Map([['stack', own], ['other', unrelated], ['rekor-v2', v2]]);
  const real: MatrixContext['real'] = {};
  const closeReal = (server: Promise<{ close(): Promise<void> }> | undefined): Promise<void> => server?.then((running) => running.close(), () => undefined) ?? Promise.resolve();
  return {
    dir,
    stack,
    rekorV2,
    trust,
    produced: new Map(),
    real,
    close: async () => {
      await Promise.all([stack.close(), rekorV2.close(), ...[...trust.values()].map((t) => t.tuf.close()), closeReal(real.tsa), closeReal(real.fulcio)]);
    },
  };
}

async function writeTrust(dir: string, root: TrustedRootJSON, stack: SigstoreStack): Promise<Trust> {
  await mkdir(dir, { recursive: true });
  const trustedRootPath = join(dir, 'trusted_root.json');
  const bytes = Buffer.from(`${JSON.stringify(root, null, 2)}\n`);
  await writeFile(trustedRootPath, bytes);
  const trustConfigPath = join(dir, 'trust_config.json');
  const config = clientTrustConfig(root, stack);
  await writeFile(trustConfigPath, `${JSON.stringify(config, null, 2)}\n`);
  const signingConfigPath = join(dir, 'signing_config.json');
  await writeFile(signingConfigPath, `${JSON.stringify(config.signingConfig, null, 2)}\n`);
  const tuf = await startTufRepository(dir, bytes);
  return { trustedRootPath, trustConfigPath, signingConfigPath, tuf, tufCache: join(dir, 'tuf-cache') };
}

/** sigstore-python 4's --trust-config: the trusted root plus the stack's signing configuration (v0.2) naming its services. */
export function clientTrustConfig(root: TrustedRootJSON, stack: SigstoreStack): { mediaType: string; trustedRoot: TrustedRootJSON; signingConfig: object } {
  return { mediaType: 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json', trustedRoot: root, signingConfig: stack.signingConfig };
}

/** Writes `name` in the matrix directory with content unique to it. */
async function artifact(context: MatrixContext, name: string): Promise<string> {
  await writeFile(join(context.dir, name), `interop artifact ${name}\n`);
  return name;
}

async function mustSucceed(what: string, run: { code: number; stdout: string; stderr: string }): Promise<void> {
  if (run.code !== 0) throw new Error(`${what} failed (exit ${run.code}): ${run.stderr}${run.stdout}`);
}

/** Signs `file` keyless with trust-kit against the stack (Fulcio, Rekor and the TSA). */
async function trustKitKeyless(context: MatrixContext, file: string): Promise<Subject> {
  const { stack } = context;
  const run = await cli(
    ['sign-blob', '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', trustOf(context, 'stack').trustedRootPath, file],
    context.dir,
    { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() },
  );
  await mustSucceed(`trust-kit sign-blob ${file}`, run);
  return { file, bundle: `${file}.sigstore.json`, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack' };
}

/** A trust-kit key pair (PREFIX.key, PREFIX.pub) in cosign's format, encrypted with the passphrase (possibly empty). */
async function trustKitKeyPair(context: MatrixContext, prefix: string, passphrase: string): Promise<void> {
  await mustSucceed('trust-kit generate-key-pair', await cli(['generate-key-pair', '--output-key-prefix', prefix, '--force'], context.dir, passphrase === '' ? {} : { TRUST_KIT_KEY_PASSPHRASE: passphrase }));
}

/** A cosign key pair (PREFIX.key, PREFIX.pub) from cosign 2 or 3, encrypted with the passphrase (possibly empty). */
async function cosignKeyPair(context: MatrixContext, peer: 'cosign2' | 'cosign3', prefix: string, passphrase: string): Promise<void> {
  await mustSucceed(`${PEERS[peer].name} generate-key-pair`, await runPeer(PEERS[peer], ['generate-key-pair', '--output-key-prefix', prefix], context.dir, { COSIGN_PASSWORD: passphrase }));
}

async function trustKitSignWithKey(context: MatrixContext, file: string, key: string, passphrase: string): Promise<void> {
  await mustSucceed(`trust-kit sign-blob --key ${key}`, await cli(['sign-blob', '--key', key, file], context.dir, { TRUST_KIT_KEY_PASSPHRASE: passphrase, COSIGN_PASSWORD: passphrase }));
}

async function cosignSignWithKey(context: MatrixContext, peer: 'cosign2' | 'cosign3', file: string, key: string, passphrase: string): Promise<void> {
  await mustSucceed(
    `${PEERS[peer].name} sign-blob --key ${key}`,
    await runPeer(PEERS[peer], ['sign-blob', '--yes', '--key', key, '--tlog-upload=false', '--use-signing-config=false', '--new-bundle-format', '--bundle', `${file}.sigstore.json`, file], context.dir, { COSIGN_PASSWORD: passphrase }),
  );
}

/** The passphrase of a key row: the shared one, or the empty one cosign also encrypts with. */
const passphraseOf = (encrypted: boolean): string => (encrypted ? PASSPHRASE : '');
const describePassphrase = (encrypted: boolean): string => (encrypted ? 'encrypted' : 'empty passphrase');

/** trust-kit signs with a key pair cosign 2 or 3 generated (its own format, read as it is). */
function trustKitSignsWithCosignKey(peer: 'cosign2' | 'cosign3', encrypted: boolean): Row {
  const name = `${peer}-${encrypted ? 'encrypted' : 'empty'}`;
  return {
    producer: `trust-kit sign-blob --key (${PEERS[peer].name} key, ${describePassphrase(encrypted)})`,
    check: 'valid',
    kind: 'keyed',
    expect: 'verified',
    needs: [peer],
    produce: async (context) => {
      await cosignKeyPair(context, peer, name, passphraseOf(encrypted));
      const file = await artifact(context, `tk-signs-with-${name}.txt`);
      await trustKitSignWithKey(context, file, `${name}.key`, passphraseOf(encrypted));
      return { file, bundle: `${file}.sigstore.json`, policy: { publicKey: `${name}.pub` }, trust: 'stack' };
    },
  };
}

/** cosign 2 or 3 signs with the key file `trust-kit generate-key-pair` wrote, as it is (cosign's own format). */
function cosignSignsWithTrustKitKey(peer: 'cosign2' | 'cosign3', encrypted: boolean): Row {
  const name = `tk-for-${peer}-${encrypted ? 'encrypted' : 'empty'}`;
  return {
    producer: `${PEERS[peer].name} sign-blob --key (trust-kit key, ${describePassphrase(encrypted)})`,
    check: 'valid',
    kind: 'keyed',
    expect: 'verified',
    needs: [peer],
    produce: async (context) => {
      await trustKitKeyPair(context, name, passphraseOf(encrypted));
      const file = await artifact(context, `${name}.txt`);
      await cosignSignWithKey(context, peer, file, `${name}.key`, passphraseOf(encrypted));
      return { file, bundle: `${file}.sigstore.json`, policy: { publicKey: `${name}.pub` }, trust: 'stack' };
    },
  };
}

/** cosign 2 or 3 signs a checksums file trust-kit wrote with an encrypted trust-kit key: for `trust-kit verify-checksums --key`. */
function cosignSignsChecksumsWithKey(peer: 'cosign2' | 'cosign3'): Row {
  const name = `tk-for-${peer}-checksums`;
  return {
    producer: `${PEERS[peer].name} sign-blob --key (trust-kit key, encrypted)`,
    check: 'valid SHA256SUMS',
    kind: 'keyed-checksums',
    expect: 'verified',
    needs: [peer],
    produce: async (context) => {
      await trustKitKeyPair(context, name, PASSPHRASE);
      const file = await releaseWithChecksums(context, `${peer}-key-release`);
      await cosignSignWithKey(context, peer, file, `${name}.key`, PASSPHRASE);
      return { file, bundle: `${file}.sigstore.json`, policy: { publicKey: `${name}.pub` }, trust: 'stack' };
    },
  };
}

/** Signs `file` keyless with sigstore-python against the stack (its signing config names Fulcio, Rekor and the TSA). */
async function sigstorePythonSign(context: MatrixContext, file: string): Promise<Subject> {
  const bundle = `${file}.sigstore.json`;
  const args = ['--trust-config', trustOf(context, 'stack').trustConfigPath, 'sign', '--identity-token', context.stack.oidc.mintToken(), '--bundle', bundle, '--overwrite', file];
  await mustSucceed(`sigstore-python sign ${file}`, await runPeer(PEERS.sigstorePython, args, context.dir, SIGSTORE_PYTHON_ENV));
  return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack' };
}

/** Signs `file` keyless with cosign against the stack, through a signing config naming Fulcio, Rekor and the TSA. */
async function cosignKeyless(context: MatrixContext, peer: 'cosign2' | 'cosign3', file: string, services: 'signing-config' | 'flags' = 'signing-config'): Promise<Subject> {
  const trust = trustOf(context, 'stack');
  const bundle = `${file}.sigstore.json`;
  const { stack } = context;
  // With service flags and no signing config, cosign 2 asks Fulcio's legacy v1 API for the certificate.
  const where = services === 'signing-config'
    ? ['--signing-config', trust.signingConfigPath]
    : ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--timestamp-server-url', `${stack.tsaURL ?? ''}/api/v1/timestamp`];
  const args = ['sign-blob', '--yes', ...where, '--trusted-root', trust.trustedRootPath, '--identity-token', stack.oidc.mintToken(), '--bundle', bundle, file];
  if (peer === 'cosign2') args.push('--new-bundle-format');
  await mustSucceed(`${PEERS[peer].name} sign-blob ${file}`, await runPeer(PEERS[peer], args, context.dir));
  return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack' };
}

/** A release directory with two artifacts and their checksums file, written by trust-kit. */
async function releaseWithChecksums(context: MatrixContext, name: string): Promise<string> {
  const dir = join(context.dir, name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'widget.tar.gz'), `widget of ${name}\n`);
  await writeFile(join(dir, 'widget.zip'), `zip of ${name}\n`);
  await mustSucceed('trust-kit checksums', await cli(['checksums', '--base', name, '--output', `${name}/SHA256SUMS`, `${name}/widget.tar.gz`, `${name}/widget.zip`], context.dir));
  return `${name}/SHA256SUMS`;
}

/** The signed checksums file's directory copied, with the first listed digest changed: the signature no longer covers it. */
async function alteredChecksums(context: MatrixContext, subject: Subject): Promise<Subject> {
  const from = dirname(subject.file);
  const to = `${from}-altered`;
  await cp(join(context.dir, from), join(context.dir, to), { recursive: true });
  const file = join(to, basename(subject.file));
  const lines = (await readFile(join(context.dir, file), 'utf8')).split('\n');
  const [first = ''] = lines;
  lines[0] = `${createHash('sha256').update('something else').digest('hex')}${first.slice(64)}`;
  await writeFile(join(context.dir, file), lines.join('\n'));
  return { ...subject, file };
}

/** Copies a subject's bundle with a changed signature byte: the signature no longer verifies. */
async function tamperedSignature(context: MatrixContext, subject: Subject): Promise<Subject> {
  const bundle = JSON.parse(await readFile(join(context.dir, subject.bundle), 'utf8')) as { messageSignature: { signature: string } };
  const signature = Buffer.from(bundle.messageSignature.signature, 'base64');
  // The last byte of the DER ECDSA signature is inside s: flipping it keeps the encoding valid.
  const last = signature.length - 1;
  signature.writeUInt8(signature.readUInt8(last) ^ 0x01, last);
  bundle.messageSignature.signature = signature.toString('base64');
  const name = `${subject.bundle}.tampered.json`;
  await writeFile(join(context.dir, name), JSON.stringify(bundle));
  return { ...subject, bundle: name };
}

/** Once per row, even when the test and several cells ask. */
export function produce(context: MatrixContext, row: Row): Promise<Subject> {
  const key = `${row.producer} / ${row.check}`;
  let subject = context.produced.get(key);
  if (subject === undefined) {
    subject = row.produce(context);
    context.produced.set(key, subject);
  }
  return subject;
}

const keyless = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.trustKitKeyless);
const trustKitKeyed = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.trustKitKeyEncrypted);
const pythonChecksums = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.sigstorePythonChecksums);
const cosignChecksums = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.cosign3Checksums);
const cosign2Checksums = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.cosign2Checksums);
const cosign3KeyChecksums = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.cosign3KeyChecksums);
const cosignOwnKeyed = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.cosignOwnKey);

// Rekor v2 rows: signed against the Rekor v2 stack (its signing config names Fulcio, a Rekor v2 log and the TSA),
// verified against its trusted root (trust material `rekor-v2`), both ways.
const rekorV2Keyless = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.trustKitRekorV2);

const rekorV2Rows = {
  trustKitRekorV2: {
    producer: 'trust-kit sign-blob --signing-config (keyless: Fulcio, Rekor v2, TSA)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: [],
    produce: async (context) => trustKitRekorV2(context, await artifact(context, 'rekor-v2.txt')),
  },
  trustKitRekorV2Checksums: {
    producer: 'trust-kit checksums + sign-blob --signing-config (Rekor v2)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: [],
    produce: async (context) => trustKitRekorV2(context, await releaseWithChecksums(context, 'rekor-v2-release')),
  },
  cosign3RekorV2: {
    producer: 'cosign 3 sign-blob (keyless: --signing-config with Fulcio, Rekor v2, TSA)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: ['cosign3'],
    produce: async (context) => cosignRekorV2(context, await releaseWithChecksums(context, 'cosign-rekor-v2-release')),
  },
  sigstorePythonRekorV2: {
    producer: 'python -m sigstore sign (keyless: --trust-config with Fulcio, Rekor v2, TSA)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: ['sigstorePython'],
    produce: async (context) => sigstorePythonRekorV2(context, await releaseWithChecksums(context, 'python-rekor-v2-release')),
  },
  rekorV2TamperedProof: {
    producer: 'trust-kit sign-blob --signing-config (Rekor v2)',
    check: 'tampered inclusion proof (a sibling hash changed)',
    kind: 'keyless',
    expect: 'trust',
    needs: [],
    produce: async (context) => tamperedLogEntry(context, await rekorV2Keyless(context), 'proof', (entry) => {
      const [first = ''] = entry.inclusionProof.hashes;
      entry.inclusionProof.hashes[0] = flipLastByte(first);
    }),
  },
  rekorV2Undated: {
    producer: 'trust-kit sign-blob --signing-config (Rekor v2)',
    check: 'its RFC 3161 timestamp removed (nothing dates the signature)',
    kind: 'keyless',
    expect: 'undated',
    needs: [],
    differences: {
      'sigstore-python verify identity': {
        reason: 'other',
        why: 'sigstore-python 4 refuses it while loading the bundle, before verifying ("The provided bundle is malformed"; its InvalidBundle says "bundle must contain an inclusion promise or signed timestamp(s)")',
      },
    },
    produce: async (context) => {
      const subject = await rekorV2Keyless(context);
      const bundle = JSON.parse(await readFile(join(context.dir, subject.bundle), 'utf8')) as { verificationMaterial: Record<string, unknown> };
      delete bundle.verificationMaterial['timestampVerificationData'];
      const path = `${subject.bundle}.undated.json`;
      await writeFile(join(context.dir, path), JSON.stringify(bundle));
      return { ...subject, bundle: path };
    },
  },
  rekorV2TamperedCheckpoint: {
    producer: 'trust-kit sign-blob --signing-config (Rekor v2)',
    check: 'tampered checkpoint (its signature changed)',
    kind: 'keyless',
    expect: 'trust',
    needs: [],
    produce: async (context) => tamperedLogEntry(context, await rekorV2Keyless(context), 'checkpoint', (entry) => {
      const envelope = entry.inclusionProof.checkpoint.envelope;
      const line = envelope.slice(envelope.indexOf('\n\n') + 2, -1);
      const space = line.lastIndexOf(' ');
      entry.inclusionProof.checkpoint.envelope = `${envelope.slice(0, envelope.indexOf('\n\n') + 2)}${line.slice(0, space + 1)}${flipLastByte(line.slice(space + 1))}\n`;
    }),
  },
} satisfies Record<string, Row>;

/** sigstore-python 4 cannot check a bundle without a log entry: a documented refusal, not a disagreement. */
const SIGSTORE_PYTHON_NEEDS_A_LOG: Difference = {
  reason: 'unsupported',
  why: 'sigstore-python 4 verifies only bundles with a transparency log entry and refuses a trusted root without a log: "trusted root contains no transparency log instances"',
};

// ---- Attestations (issue 13) -------------------------------------------------------------------------------------
// DSSE in-toto statements trust-kit signs keyless on the stack as a GitHub Actions run (a certificate with the run's
// Fulcio extensions), verified by `trust-kit verify-attestation`, `gh attestation verify --bundle
// --custom-trusted-root` and `cosign verify-blob-attestation`; and an attestation `cosign attest-blob` made.

/** One attestation bundle per file (`.sigstore.json`), one bundle per line (`.intoto.jsonl`), or one signed with a key. */
export type AttestationKind = 'attestation' | 'attestation-lines' | 'attestation-keyed';

/** Why an attestation verifier refused, beyond the reasons of signatures. */
export type AttestationReason = 'subject' | 'predicate' | 'workflow' | 'repository' | 'runner' | 'policy';

/** What an attestation row is checked for beyond its signer: gh's flags, which trust-kit takes too. */
export interface AttestationCheck {
  readonly predicateType: string;
  readonly repo: string;
  readonly signerWorkflow?: string;
  readonly denySelfHostedRunners?: boolean;
}

const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';
const SPDX_DOCUMENT = 'https://spdx.dev/Document/v2.3';
const ATTESTED_REPO = 'octo-org/octo-repo';
/** A reusable workflow of another repository, the certificate's identity (SAN) when it signs. */
const REUSABLE_WORKFLOW = 'octo-org/shared/.github/workflows/build.yml';
const REUSABLE_IDENTITY = `https://github.com/${REUSABLE_WORKFLOW}@refs/heads/main`;

/** gh names no check when the certificate policy or the subject refuses: one line for every such row. */
const GH_UNNAMED: Difference = {
  reason: 'policy',
  why: 'gh reports every refusal of its certificate policy and of the artifact\'s digest alike, as `verifying with issuer "<CA organization>"`, without naming the check (it exits 1 in every case)',
};

/** sigstore-python reads in-toto Statement v1 only: a documented refusal of cosign's v0.1 statements. */
const SIGSTORE_PYTHON_STATEMENT_V1: Difference = {
  reason: 'unsupported',
  why: 'sigstore-python 4 reads in-toto Statement v1 only, and cosign 3 attest-blob writes v0.1: "malformed in-toto statement: _type Input should be \'https://in-toto.io/Statement/v1\'"',
};

function isAttestation(row: Pick<Row, 'kind'>): boolean {
  return row.kind === 'attestation' || row.kind === 'attestation-lines' || row.kind === 'attestation-keyed';
}

/** Signs an attestation about `file` (its SHA-256) with trust-kit as a run with `claims`, into `<file>.<tag>.sigstore.json`. */
async function trustKitAttestation(context: MatrixContext, file: string, tag: string, options: Omit<AttestationOptions, 'subjects'> = {}): Promise<{ bundle: string; text: string }> {
  const digest = createHash('sha256').update(await readFile(join(context.dir, file))).digest('hex');
  const signed = await signAttestation(context.stack, { subjects: [{ name: file, digest: { sha256: digest } }], ...options });
  const bundle = `${file}.${tag}.sigstore.json`;
  await writeFile(join(context.dir, bundle), signed.text);
  return { bundle, text: signed.text };
}

const provenance = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.trustKitAttestation);
const reusable = (context: MatrixContext): Promise<Subject> => produce(context, ROWS_BY_KEY.trustKitAttestationReusable);
const check = (subject: Subject): AttestationCheck => subject.attestation ?? { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO };

const attestationRows = {
  trustKitAttestation: {
    producer: 'trust-kit attestation (SLSA provenance v1, keyless: Fulcio, Rekor, TSA)',
    check: 'valid (--repo)',
    kind: 'attestation',
    expect: 'verified',
    needs: [],
    produce: async (context) => {
      const file = await artifact(context, 'attested.txt');
      const { bundle } = await trustKitAttestation(context, file, 'provenance');
      return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack', attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO } };
    },
  },
  trustKitAttestationLines: {
    producer: 'trust-kit .intoto.jsonl (an SBOM and a provenance attestation, one bundle per line)',
    check: 'valid SBOM line (--predicate-type SPDX)',
    kind: 'attestation-lines',
    expect: 'verified',
    needs: [],
    produce: async (context) => {
      const file = await artifact(context, 'attested-lines.txt');
      const sbom = await trustKitAttestation(context, file, 'sbom', { predicateType: SPDX_DOCUMENT, predicate: { spdxVersion: 'SPDX-2.3', name: file } });
      const slsa = await trustKitAttestation(context, file, 'provenance');
      const bundle = `${file}.intoto.jsonl`;
      await writeFile(join(context.dir, bundle), `${[sbom.text, slsa.text].map((text) => JSON.stringify(JSON.parse(text))).join('\n')}\n`);
      return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack', attestation: { predicateType: SPDX_DOCUMENT, repo: ATTESTED_REPO } };
    },
  },
  trustKitAttestCli: {
    producer: 'trust-kit attest --type custom (the CLI\'s <file>.sigstore.json)',
    check: 'valid (--repo --predicate-type)',
    kind: 'attestation',
    expect: 'verified',
    needs: [],
    produce: async (context) => trustKitAttestCli(context, 'bundle'),
  },
  trustKitAttestCliLines: {
    producer: 'trust-kit attest --type custom (the CLI\'s <file>.intoto.jsonl)',
    check: 'valid (--repo --predicate-type)',
    kind: 'attestation-lines',
    expect: 'verified',
    needs: [],
    produce: async (context) => trustKitAttestCli(context, 'lines'),
  },
  trustKitAttestationReusable: {
    producer: 'trust-kit attestation (signed by a reusable workflow of another repository)',
    check: 'valid (--repo --signer-workflow)',
    kind: 'attestation',
    expect: 'verified',
    needs: [],
    produce: async (context) => {
      const file = await artifact(context, 'attested-reusable.txt');
      const { bundle } = await trustKitAttestation(context, file, 'reusable', { claims: { job_workflow_ref: REUSABLE_IDENTITY.slice('https://github.com/'.length) } });
      return { file, bundle, policy: { identity: REUSABLE_IDENTITY, issuer: ISSUER }, trust: 'stack', attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO, signerWorkflow: REUSABLE_WORKFLOW } };
    },
  },
  trustKitAttestationTimestampOnly: {
    producer: 'trust-kit attestation --instance github (keyless: Fulcio, TSA, no log)',
    check: 'valid (--repo)',
    kind: 'attestation',
    expect: 'verified',
    needs: [],
    differences: { 'sigstore-python verify identity': SIGSTORE_PYTHON_NEEDS_A_LOG },
    produce: async (context) => attestationTimestampOnly(context),
  },
  cosignAttestBlob: {
    producer: 'cosign 3 attest-blob (SLSA provenance v1, keyless: --signing-config with Fulcio, Rekor, TSA)',
    check: 'valid (--repo)',
    kind: 'attestation',
    expect: 'verified',
    needs: ['cosign3'],
    differences: { 'sigstore-python verify identity': SIGSTORE_PYTHON_STATEMENT_V1 },
    produce: async (context) => cosignAttestBlob(context, await artifact(context, 'cosign-attested.txt')),
  },
  trustKitAttestationRekorV2: {
    producer: 'trust-kit attestation (keyless: Fulcio, Rekor v2, TSA)',
    check: 'valid (--repo)',
    kind: 'attestation',
    expect: 'verified',
    needs: [],
    produce: async (context) => {
      const file = await artifact(context, 'attested-rekor-v2.txt');
      const digest = createHash('sha256').update(await readFile(join(context.dir, file))).digest('hex');
      const signed = await signAttestation(context.rekorV2, { subjects: [{ name: file, digest: { sha256: digest } }], rekorVersion: 2 });
      const bundle = `${file}.sigstore.json`;
      await writeFile(join(context.dir, bundle), signed.text);
      return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'rekor-v2', rekorV2: true, attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO } };
    },
  },
  cosignAttestBlobRekorV2: {
    producer: 'cosign 3 attest-blob (SLSA provenance v1, keyless: --signing-config with Fulcio, Rekor v2, TSA)',
    check: 'valid (--repo)',
    kind: 'attestation',
    expect: 'verified',
    needs: ['cosign3'],
    differences: { 'sigstore-python verify identity': SIGSTORE_PYTHON_STATEMENT_V1 },
    produce: async (context) => cosignAttestBlob(context, await artifact(context, 'cosign-attested-rekor-v2.txt'), 'rekor-v2'),
  },
  cosignAttestBlobKey: {
    producer: 'cosign 3 attest-blob --key (cosign key, encrypted; no log)',
    check: 'valid (--key)',
    kind: 'attestation-keyed',
    expect: 'verified',
    needs: ['cosign3'],
    produce: async (context) => {
      await cosignKeyPair(context, 'cosign3', 'cosign-attest', PASSPHRASE);
      const file = await artifact(context, 'cosign-attested-key.txt');
      const predicate = `${file}.predicate.json`;
      await writeFile(join(context.dir, predicate), JSON.stringify({ buildDefinition: { buildType: 'https://example.com/build/v1' } }));
      const bundle = `${file}.sigstore.json`;
      const args = ['attest-blob', '--yes', '--key', 'cosign-attest.key', '--tlog-upload=false', '--use-signing-config=false', '--new-bundle-format', '--predicate', predicate, '--type', SLSA_PROVENANCE, '--bundle', bundle, file];
      await mustSucceed(`cosign attest-blob --key ${file}`, await runPeer(PEERS.cosign3, args, context.dir, { COSIGN_PASSWORD: PASSPHRASE }));
      return { file, bundle, policy: { publicKey: 'cosign-attest.pub' }, trust: 'stack', attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO } };
    },
  },
  attestationOtherArtifact: {
    producer: 'trust-kit attestation (SLSA provenance v1)',
    check: 'another artifact',
    kind: 'attestation',
    expect: 'subject',
    differences: { 'gh attestation verify': GH_UNNAMED },
    needs: [],
    produce: async (context) => ({ ...(await provenance(context)), file: await artifact(context, 'not-attested.txt') }),
  },
  attestationOtherPredicateType: {
    producer: 'trust-kit attestation (SLSA provenance v1)',
    check: 'another predicate type (--predicate-type SPDX)',
    kind: 'attestation',
    expect: 'predicate',
    needs: [],
    produce: async (context) => {
      const subject = await provenance(context);
      return { ...subject, attestation: { ...check(subject), predicateType: SPDX_DOCUMENT } };
    },
  },
  attestationOtherSignerWorkflow: {
    producer: 'trust-kit attestation (SLSA provenance v1)',
    check: 'another signer workflow (--signer-workflow)',
    kind: 'attestation',
    expect: 'workflow',
    differences: { 'gh attestation verify': GH_UNNAMED },
    needs: [],
    produce: async (context) => {
      const subject = await provenance(context);
      return { ...subject, policy: { identity: REUSABLE_IDENTITY, issuer: ISSUER }, attestation: { ...check(subject), signerWorkflow: REUSABLE_WORKFLOW } };
    },
  },
  attestationOtherRepository: {
    producer: 'trust-kit attestation (signed by a reusable workflow of another repository)',
    check: 'another repository (--repo, with --signer-workflow)',
    kind: 'attestation',
    expect: 'repository',
    needs: [],
    produce: async (context) => {
      const subject = await reusable(context);
      return { ...subject, attestation: { ...check(subject), repo: 'octo-org/other-repo' } };
    },
  },
  attestationSelfHosted: {
    producer: 'trust-kit attestation (made on a self-hosted runner)',
    check: 'self-hosted runner (--deny-self-hosted-runners)',
    kind: 'attestation',
    expect: 'runner',
    differences: { 'gh attestation verify': GH_UNNAMED },
    needs: [],
    produce: async (context) => {
      const file = await artifact(context, 'attested-self-hosted.txt');
      const { bundle } = await trustKitAttestation(context, file, 'self-hosted', { claims: { runner_environment: 'self-hosted' } });
      return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack', attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO, denySelfHostedRunners: true } };
    },
  },
} satisfies Record<string, Row>;

const CUSTOM_PREDICATE_TYPE = 'https://example.com/test-result/v1';

/** The one `trust-kit attest` run of a matrix: the attested file and the files it wrote. */
const attestRuns = new WeakMap<MatrixContext, Promise<{ file: string; written: string[] }>>();

/**
 * `trust-kit attest` itself (statement, signing and files all the CLI's), as a GitHub Actions job asking the runner's
 * OIDC endpoint for its token, run once per matrix; the row checks the bundle file or the JSON lines file it wrote.
 */
async function trustKitAttestCli(context: MatrixContext, which: 'bundle' | 'lines'): Promise<Subject> {
  let run = attestRuns.get(context);
  if (run === undefined) {
    run = (async () => {
      const { stack } = context;
      const file = await artifact(context, 'attested-by-cli.txt');
      await writeFile(join(context.dir, 'attested-by-cli.predicate.json'), JSON.stringify({ passed: true }));
      const args = ['attest', '--type', 'custom', '--predicate', 'attested-by-cli.predicate.json', '--predicate-type', CUSTOM_PREDICATE_TYPE, '--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--tsa-url', stack.tsaURL ?? '', '--trusted-root', trustOf(context, 'stack').trustedRootPath, file];
      const attested = await cli(args, context.dir, { ...stack.env });
      await mustSucceed(`trust-kit attest ${file}`, attested);
      return { file, written: attested.stdout.trim().split('\n') };
    })();
    attestRuns.set(context, run);
  }
  const { file, written } = await run;
  const bundle = written.find((name) => name.endsWith(which === 'bundle' ? '.sigstore.json' : '.intoto.jsonl'));
  if (bundle === undefined) throw new Error(`trust-kit attest wrote no ${which} file: ${written.join(', ')}`);
  return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'stack', attestation: { predicateType: CUSTOM_PREDICATE_TYPE, repo: ATTESTED_REPO } };
}

/** trust-kit attests on a stack without Rekor (GitHub's private-repository shape): the TSA alone dates it. */
async function attestationTimestampOnly(context: MatrixContext): Promise<Subject> {
  const stack = await startSigstoreStack({ rekor: false });
  try {
    const file = await artifact(context, 'attested-timestamp-only.txt');
    const digest = createHash('sha256').update(await readFile(join(context.dir, file))).digest('hex');
    const signed = await signAttestation(stack, { subjects: [{ name: file, digest: { sha256: digest } }], instance: 'github' });
    const bundle = `${file}.sigstore.json`;
    await writeFile(join(context.dir, bundle), signed.text);
    context.trust.set('attestation-timestamp-only', await writeTrust(join(context.dir, 'trust-attestation-timestamp-only'), stack.trustedRoot, stack));
    return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'attestation-timestamp-only', timestampOnly: true, attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO } };
  } finally {
    await stack.close();
  }
}

/** An attestation made by `cosign attest-blob` keyless on the stack: a SLSA provenance predicate from the run's claims. */
async function cosignAttestBlob(context: MatrixContext, file: string, on: 'stack' | 'rekor-v2' = 'stack'): Promise<Subject> {
  const trust = trustOf(context, on);
  const token = (on === 'stack' ? context.stack : context.rekorV2).oidc.mintToken();
  const predicate = `${file}.predicate.json`;
  await writeFile(join(context.dir, predicate), JSON.stringify(provenancePredicate(claimsOf(token))));
  const bundle = `${file}.sigstore.json`;
  const args = ['attest-blob', '--yes', '--signing-config', trust.signingConfigPath, '--trusted-root', trust.trustedRootPath, '--identity-token', token, '--predicate', predicate, '--type', SLSA_PROVENANCE, '--bundle', bundle, file];
  await mustSucceed(`cosign attest-blob ${file}`, await runPeer(PEERS.cosign3, args, context.dir));
  return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: on, ...(on === 'rekor-v2' ? { rekorV2: true } : {}), attestation: { predicateType: SLSA_PROVENANCE, repo: ATTESTED_REPO } };
}

/** The GitHub flags trust-kit and gh share for an attestation check. */
function githubFlags(attestation: AttestationCheck): string[] {
  return [
    '--repo', attestation.repo,
    '--predicate-type', attestation.predicateType,
    ...(attestation.signerWorkflow === undefined ? [] : ['--signer-workflow', attestation.signerWorkflow]),
    ...(attestation.denySelfHostedRunners === true ? ['--deny-self-hosted-runners'] : []),
  ];
}

/** `trust-kit verify-attestation`'s arguments for an attestation subject. */
export function trustKitVerifyAttestationArgs(context: MatrixContext, subject: Subject): string[] {
  // Keyed subjects are signed offline (trust-kit's key, cosign's --tlog-upload=false): each verifier is told to expect no log entry.
  if (!('identity' in subject.policy)) return ['verify-attestation', subject.file, '--bundle', subject.bundle, '--key', subject.policy.publicKey, '--insecure-ignore-tlog', '--predicate-type', check(subject).predicateType];
  return ['verify-attestation', subject.file, '--bundle', subject.bundle, '--trusted-root', trustOf(context, subject.trust).trustedRootPath, ...githubFlags(check(subject))];
}

let ghRootWrites = 0;

/** `gh attestation verify`'s arguments: offline, the trusted root as the JSON lines gh reads (written next to the JSON). */
export async function ghVerifyArgs(context: MatrixContext, subject: Subject): Promise<string[]> {
  const root = trustOf(context, subject.trust).trustedRootPath;
  const lines = root.replace(/\.json$/, '.jsonl');
  // gh stops at a line without a newline: every line ends with one. Cells run concurrently: the file
  // is replaced whole (a rename), so a gh reading it never sees it truncated by another cell's write.
  const staged = `${lines}.${String(process.pid)}.${String((ghRootWrites += 1))}`;
  await writeFile(staged, `${JSON.stringify(JSON.parse(await readFile(root, 'utf8')))}\n`);
  await rename(staged, lines);
  return ['attestation', 'verify', subject.file, '--bundle', subject.bundle, '--custom-trusted-root', lines, ...githubFlags(check(subject))];
}

/** `cosign verify-blob-attestation`'s arguments: the exact identity, the predicate type and the workflow repository (.1.5). */
export function cosignVerifyAttestationArgs(peer: 'cosign2' | 'cosign3', context: MatrixContext, subject: Subject): string[] {
  const attestation = check(subject);
  const args = ['verify-blob-attestation', subject.file, '--bundle', subject.bundle, '--trusted-root', trustOf(context, subject.trust).trustedRootPath];
  if (!('identity' in subject.policy)) {
    // As for keyed blobs: no log entry and no timestamp (cosign 2 also wants --private-infrastructure).
    args.push('--key', subject.policy.publicKey, '--insecure-ignore-tlog', '--type', attestation.predicateType);
    if (peer === 'cosign2') args.push('--new-bundle-format', '--private-infrastructure');
    return args;
  }
  args.push('--certificate-identity', subject.policy.identity, '--certificate-oidc-issuer', subject.policy.issuer, '--type', attestation.predicateType, '--certificate-github-workflow-repository', attestation.repo);
  if (peer === 'cosign2') args.push('--new-bundle-format');
  if (subject.timestampOnly === true) args.push('--use-signed-timestamps', '--insecure-ignore-tlog');
  // As for blobs: cosign 2 counts only log integrated times, which a Rekor v2 entry does not have, unless told.
  else if (subject.rekorV2 === true && peer === 'cosign2') args.push('--use-signed-timestamps');
  return args;
}

/** trust-kit's exit codes of the attestation refusals, each its own. */
const TRUST_KIT_ATTESTATION_EXITS: Readonly<Record<number, Reason>> = { 5: 'subject', 6: 'predicate', 7: 'workflow', 8: 'repository', 9: 'runner' };

const attestationsOnly = (row: Pick<Row, 'kind'>): true | string => (isAttestation(row) ? true : 'attestations only');

function cosignAttestationColumn(peer: 'cosign2' | 'cosign3'): Column {
  return {
    name: `${PEERS[peer].name} verify-blob-attestation`,
    peer,
    applies: (row) => {
      if (!isAttestation(row)) return 'attestations only';
      if (row.kind === 'attestation-lines') return 'reads one bundle per file, not JSON lines';
      return row.expect === 'runner' ? 'has no check of the runner environment' : true;
    },
    async verify(context, subject) {
      return outcomeOf(await runPeer(PEERS[peer], cosignVerifyAttestationArgs(peer, context, subject), context.dir), [
        ['subject', /artifact digests? do(es)? not match/],
        ['predicate', /invalid predicate type/],
        ['repository', /GithubWorkflowRepository/],
        ['workflow', /expected SAN/],
        ...COSIGN_REASONS,
      ]);
    },
  };
}

/** The verifiers of attestations. */
const ATTESTATION_COLUMNS: readonly Column[] = [
  {
    name: 'trust-kit verify-attestation',
    peer: undefined,
    applies: attestationsOnly,
    async verify(context, subject) {
      const run = await cli(trustKitVerifyAttestationArgs(context, subject), context.dir);
      const reason = TRUST_KIT_ATTESTATION_EXITS[run.code];
      return reason === undefined ? outcomeOf(run, TRUST_KIT_REASONS) : { verified: false, reason, detail: run.stderr.trim() };
    },
  },
  {
    name: 'gh attestation verify',
    peer: 'gh',
    applies: (row) => (row.kind === 'attestation-keyed' ? 'verifies keyless GitHub Actions identities only' : attestationsOnly(row)),
    async verify(context, subject) {
      // No token and no login: with --bundle and --custom-trusted-root gh asks nothing of GitHub.
      const run = await runPeer(PEERS.gh, await ghVerifyArgs(context, subject), context.dir, { GH_NO_UPDATE_NOTIFIER: '1', GH_PROMPT_DISABLED: '1' });
      return outcomeOf(run, [
        ['predicate', /no attestations found with predicate type/],
        ['repository', /expected SourceRepositoryURI/],
        ['runner', /RunnerEnvironment/],
        ['policy', /verifying with issuer/],
        ['trust', /certificate|trusted root|tlog|timestamp/i],
      ]);
    },
  },
  cosignAttestationColumn('cosign2'),
  cosignAttestationColumn('cosign3'),
];

const rowsByKey = {
  trustKitKeyless: {
    producer: 'trust-kit sign-blob (keyless: Fulcio, Rekor, TSA)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: [],
    produce: async (context) => trustKitKeyless(context, await artifact(context, 'keyless.txt')),
  },
  trustKitChecksums: {
    producer: 'trust-kit checksums + sign-blob (keyless)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: [],
    produce: async (context) => trustKitKeyless(context, await releaseWithChecksums(context, 'release')),
  },
  trustKitTimestampOnly: {
    producer: 'trust-kit sign-blob --instance github (keyless: Fulcio, TSA, no log)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: [],
    differences: {
      'sigstore-python verify identity': {
        reason: 'unsupported',
        why: 'sigstore-python 4 verifies only bundles with a transparency log entry and refuses a trusted root without a log: "trusted root contains no transparency log instances"',
      },
    },
    produce: async (context) => timestampOnly(context),
  },
  trustKitKeyEncrypted: {
    producer: 'trust-kit sign-blob --key (trust-kit key, encrypted)',
    check: 'valid',
    kind: 'keyed',
    expect: 'verified',
    needs: [],
    produce: async (context) => {
      await trustKitKeyPair(context, 'tk-encrypted', PASSPHRASE);
      const file = await artifact(context, 'tk-key-encrypted.txt');
      await trustKitSignWithKey(context, file, 'tk-encrypted.key', PASSPHRASE);
      return { file, bundle: `${file}.sigstore.json`, policy: { publicKey: 'tk-encrypted.pub' }, trust: 'stack' };
    },
  },
  trustKitKeyEmpty: {
    producer: 'trust-kit sign-blob --key (trust-kit key, empty passphrase)',
    check: 'valid',
    kind: 'keyed',
    expect: 'verified',
    needs: [],
    produce: async (context) => {
      await trustKitKeyPair(context, 'tk-empty', '');
      const file = await artifact(context, 'tk-key-empty.txt');
      await trustKitSignWithKey(context, file, 'tk-empty.key', '');
      return { file, bundle: `${file}.sigstore.json`, policy: { publicKey: 'tk-empty.pub' }, trust: 'stack' };
    },
  },
  trustKitCosign2Key: trustKitSignsWithCosignKey('cosign2', true),
  trustKitCosign2KeyEmpty: trustKitSignsWithCosignKey('cosign2', false),
  trustKitCosign3Key: trustKitSignsWithCosignKey('cosign3', true),
  trustKitCosign3KeyEmpty: trustKitSignsWithCosignKey('cosign3', false),
  cosign2TrustKitKey: cosignSignsWithTrustKitKey('cosign2', true),
  cosign2TrustKitKeyEmpty: cosignSignsWithTrustKitKey('cosign2', false),
  cosign3TrustKitKey: cosignSignsWithTrustKitKey('cosign3', true),
  cosign3TrustKitKeyEmpty: cosignSignsWithTrustKitKey('cosign3', false),
  cosignOwnKey: {
    producer: 'cosign 3 sign-blob --key (cosign 3 key, encrypted)',
    check: 'valid',
    kind: 'keyed',
    expect: 'verified',
    needs: ['cosign3'],
    produce: async (context) => {
      await cosignKeyPair(context, 'cosign3', 'cosign-own', PASSPHRASE);
      const file = await artifact(context, 'cosign-own-key.txt');
      await cosignSignWithKey(context, 'cosign3', file, 'cosign-own.key', PASSPHRASE);
      return { file, bundle: `${file}.sigstore.json`, policy: { publicKey: 'cosign-own.pub' }, trust: 'stack' };
    },
  },
  cosignOwnKeyOtherKey: {
    producer: 'cosign 3 sign-blob --key (cosign 3 key, encrypted)',
    check: 'another public key',
    kind: 'keyed',
    expect: 'signature',
    needs: ['cosign3'],
    produce: async (context) => {
      await trustKitKeyPair(context, 'unrelated-to-cosign', '');
      return { ...(await cosignOwnKeyed(context)), policy: { publicKey: 'unrelated-to-cosign.pub' } };
    },
  },
  cosign3KeyChecksums: cosignSignsChecksumsWithKey('cosign3'),
  cosign3KeyChecksumsAltered: {
    producer: 'cosign 3 sign-blob --key (trust-kit key, encrypted)',
    check: 'checksums file altered (one digest changed)',
    kind: 'keyed-checksums',
    expect: 'signature',
    needs: ['cosign3'],
    produce: async (context) => alteredChecksums(context, await cosign3KeyChecksums(context)),
  },
  cosign2KeyChecksums: cosignSignsChecksumsWithKey('cosign2'),
  cosign2Keyless: {
    producer: 'cosign 2 sign-blob (keyless: --signing-config with Fulcio, Rekor, TSA)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['cosign2'],
    produce: async (context) => cosignKeyless(context, 'cosign2', await artifact(context, 'cosign2-keyless.txt')),
  },
  cosign2KeylessFlags: {
    producer: 'cosign 2 sign-blob (keyless: --fulcio-url --rekor-url --timestamp-server-url)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['cosign2'],
    produce: async (context) => cosignKeyless(context, 'cosign2', await artifact(context, 'cosign2-flags.txt'), 'flags'),
  },
  cosign2Checksums: {
    producer: 'cosign 2 sign-blob (keyless)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: ['cosign2'],
    produce: async (context) => cosignKeyless(context, 'cosign2', await releaseWithChecksums(context, 'cosign2-release')),
  },
  cosign2WrongIdentity: {
    producer: 'cosign 2 sign-blob (keyless)',
    check: 'wrong identity',
    kind: 'checksums',
    expect: 'identity',
    needs: ['cosign2'],
    produce: async (context) => ({ ...(await cosign2Checksums(context)), policy: { identity: OTHER_IDENTITY, issuer: ISSUER } }),
  },
  cosign2WrongIssuer: {
    producer: 'cosign 2 sign-blob (keyless)',
    check: 'wrong issuer',
    kind: 'checksums',
    expect: 'issuer',
    needs: ['cosign2'],
    produce: async (context) => ({ ...(await cosign2Checksums(context)), policy: { identity: IDENTITY, issuer: OTHER_ISSUER } }),
  },
  cosign2WrongDigest: {
    producer: 'cosign 2 sign-blob (keyless)',
    check: 'checksums file altered (one digest changed)',
    kind: 'checksums',
    expect: 'signature',
    needs: ['cosign2'],
    produce: async (context) => alteredChecksums(context, await cosign2Checksums(context)),
  },
  cosign3Keyless: {
    producer: 'cosign 3 sign-blob (keyless: --signing-config with Fulcio, Rekor, TSA)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['cosign3'],
    produce: async (context) => cosignKeyless(context, 'cosign3', await artifact(context, 'cosign3-keyless.txt')),
  },
  cosign3Checksums: {
    producer: 'cosign 3 sign-blob (keyless)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: ['cosign3'],
    produce: async (context) => cosignKeyless(context, 'cosign3', await releaseWithChecksums(context, 'cosign-release')),
  },
  cosign3WrongIdentity: {
    producer: 'cosign 3 sign-blob (keyless)',
    check: 'wrong identity',
    kind: 'checksums',
    expect: 'identity',
    needs: ['cosign3'],
    produce: async (context) => ({ ...(await cosignChecksums(context)), policy: { identity: OTHER_IDENTITY, issuer: ISSUER } }),
  },
  cosign3WrongIssuer: {
    producer: 'cosign 3 sign-blob (keyless)',
    check: 'wrong issuer',
    kind: 'checksums',
    expect: 'issuer',
    needs: ['cosign3'],
    produce: async (context) => ({ ...(await cosignChecksums(context)), policy: { identity: IDENTITY, issuer: OTHER_ISSUER } }),
  },
  cosign3WrongDigest: {
    producer: 'cosign 3 sign-blob (keyless)',
    check: 'checksums file altered (one digest changed)',
    kind: 'checksums',
    expect: 'signature',
    needs: ['cosign3'],
    produce: async (context) => alteredChecksums(context, await cosignChecksums(context)),
  },
  sigstorePython: {
    producer: 'python -m sigstore sign (keyless: Fulcio, Rekor, TSA)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['sigstorePython'],
    produce: async (context) => sigstorePythonSign(context, await artifact(context, 'python.txt')),
  },
  sigstorePythonChecksums: {
    producer: 'python -m sigstore sign (keyless)',
    check: 'valid SHA256SUMS',
    kind: 'checksums',
    expect: 'verified',
    needs: ['sigstorePython'],
    produce: async (context) => sigstorePythonSign(context, await releaseWithChecksums(context, 'python-release')),
  },
  sigstorePythonWrongIdentity: {
    producer: 'python -m sigstore sign (keyless)',
    check: 'wrong identity',
    kind: 'checksums',
    expect: 'identity',
    needs: ['sigstorePython'],
    produce: async (context) => ({ ...(await pythonChecksums(context)), policy: { identity: OTHER_IDENTITY, issuer: ISSUER } }),
  },
  sigstorePythonWrongIssuer: {
    producer: 'python -m sigstore sign (keyless)',
    check: 'wrong issuer',
    kind: 'checksums',
    expect: 'issuer',
    needs: ['sigstorePython'],
    produce: async (context) => ({ ...(await pythonChecksums(context)), policy: { identity: IDENTITY, issuer: OTHER_ISSUER } }),
  },
  sigstorePythonWrongDigest: {
    producer: 'python -m sigstore sign (keyless)',
    check: 'checksums file altered (one digest changed)',
    kind: 'checksums',
    expect: 'signature',
    needs: ['sigstorePython'],
    produce: async (context) => alteredChecksums(context, await pythonChecksums(context)),
  },
  tampered: {
    producer: 'trust-kit sign-blob (keyless)',
    check: 'tampered signature',
    kind: 'keyless',
    expect: 'signature',
    differences: {
      'sigstore-js (@sigstore/cli) verify': {
        reason: 'trust',
        why: 'sigstore-js checks the RFC 3161 timestamp, which covers the signature, before the signature itself: "TIMESTAMP_ERROR timestamp could not be verified"',
      },
    },
    needs: [],
    produce: async (context) => tamperedSignature(context, await keyless(context)),
  },
  tamperedKeyed: {
    producer: 'trust-kit sign-blob --key (trust-kit key)',
    check: 'tampered signature',
    kind: 'keyed',
    expect: 'signature',
    needs: [],
    produce: async (context) => tamperedSignature(context, await trustKitKeyed(context)),
  },
  wrongKey: {
    producer: 'trust-kit sign-blob --key (trust-kit key)',
    check: 'another public key',
    kind: 'keyed',
    expect: 'signature',
    needs: [],
    produce: async (context) => {
      await trustKitKeyPair(context, 'unrelated', '');
      return { ...(await trustKitKeyed(context)), policy: { publicKey: 'unrelated.pub' } };
    },
  },
  wrongDigest: {
    producer: 'trust-kit sign-blob (keyless)',
    check: 'another file (wrong digest)',
    kind: 'keyless',
    expect: 'signature',
    needs: [],
    produce: async (context) => {
      const subject = await keyless(context);
      const other = await artifact(context, 'not-the-signed-file.txt');
      return { ...subject, file: other };
    },
  },
  wrongIdentity: {
    producer: 'trust-kit sign-blob (keyless)',
    check: 'wrong identity',
    kind: 'keyless',
    expect: 'identity',
    needs: [],
    produce: async (context) => ({ ...(await keyless(context)), policy: { identity: OTHER_IDENTITY, issuer: ISSUER } }),
  },
  wrongIssuer: {
    producer: 'trust-kit sign-blob (keyless)',
    check: 'wrong issuer',
    kind: 'keyless',
    expect: 'issuer',
    needs: [],
    produce: async (context) => ({ ...(await keyless(context)), policy: { identity: IDENTITY, issuer: OTHER_ISSUER } }),
  },
  wrongRoot: {
    producer: 'trust-kit sign-blob (keyless)',
    check: 'wrong trusted root',
    kind: 'keyless',
    expect: 'trust',
    needs: [],
    produce: async (context) => ({ ...(await keyless(context)), trust: 'other' }),
  },
  expired: {
    producer: 'sigstore-js (certificate expired when logged, no timestamp)',
    check: 'expired certificate',
    kind: 'keyless',
    expect: 'expired',
    needs: [],
    produce: async (context) => expiredWhenLogged(context),
  },
  ...rekorV2Rows,
  // The real Sigstore timestamp authority (timestamp-server) in place of the stack's TSA double.
  trustKitRealTsa: {
    producer: 'trust-kit sign-blob (keyless: Fulcio, Rekor, real timestamp-server)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['timestampServer'],
    produce: async (context) => signWithRealServices(context, { tsa: true }, 'trust-kit', await artifact(context, 'real-tsa.txt')),
  },
  trustKitRealTsaOnly: {
    producer: 'trust-kit sign-blob --instance github (keyless: Fulcio, real timestamp-server, no log)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['timestampServer'],
    differences: { 'sigstore-python verify identity': SIGSTORE_PYTHON_NEEDS_A_LOG },
    produce: async (context) => signWithRealServices(context, { tsa: true }, 'trust-kit --instance github', await artifact(context, 'real-tsa-only.txt')),
  },
  cosign3RealTsa: {
    producer: 'cosign 3 sign-blob (keyless: Fulcio, Rekor, --timestamp-server-url at the real timestamp-server)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['cosign3', 'timestampServer'],
    produce: async (context) => signWithRealServices(context, { tsa: true }, 'cosign 3', await artifact(context, 'cosign3-real-tsa.txt')),
  },
  realTsaOtherTsa: {
    producer: 'trust-kit sign-blob --instance github (keyless: Fulcio, real timestamp-server, no log)',
    check: 'trusted root listing another TSA',
    kind: 'keyless',
    expect: 'trust',
    needs: ['timestampServer'],
    differences: { 'sigstore-python verify identity': SIGSTORE_PYTHON_NEEDS_A_LOG },
    produce: async (context) => {
      const subject = await produce(context, ROWS_BY_KEY.trustKitRealTsaOnly);
      const root = { ...(await trustedRootOf(context, subject.trust)), timestampAuthorities: context.stack.trustedRoot.timestampAuthorities };
      context.trust.set('real-tsa-other-tsa', await writeTrust(join(context.dir, 'trust-real-tsa-other-tsa'), root, context.stack));
      return { ...subject, trust: 'real-tsa-other-tsa' };
    },
  },
  // The real Fulcio (its ephemeral CA, its own loopback OIDC issuer and a loopback CT log) and the real timestamp-server.
  trustKitRealFulcio: {
    producer: 'trust-kit sign-blob (keyless: real Fulcio, Rekor, real timestamp-server)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['fulcio', 'timestampServer'],
    produce: async (context) => signWithRealServices(context, { fulcio: true, tsa: true }, 'trust-kit', await artifact(context, 'real-fulcio.txt')),
  },
  cosign3RealFulcio: {
    producer: 'cosign 3 sign-blob (keyless: real Fulcio, Rekor, real timestamp-server)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['cosign3', 'fulcio', 'timestampServer'],
    produce: async (context) => signWithRealServices(context, { fulcio: true, tsa: true }, 'cosign 3', await artifact(context, 'cosign3-real-fulcio.txt')),
  },
  sigstorePythonRealFulcio: {
    producer: 'python -m sigstore sign (keyless: real Fulcio, Rekor, real timestamp-server)',
    check: 'valid',
    kind: 'keyless',
    expect: 'verified',
    needs: ['sigstorePython', 'fulcio', 'timestampServer'],
    produce: async (context) => signWithRealServices(context, { fulcio: true, tsa: true }, 'sigstore-python', await artifact(context, 'python-real-fulcio.txt')),
  },
  realFulcioOtherCtLog: {
    producer: 'trust-kit sign-blob (keyless: real Fulcio, Rekor, real timestamp-server)',
    check: 'trusted root listing another CT log',
    kind: 'keyless',
    expect: 'trust',
    needs: ['fulcio', 'timestampServer'],
    produce: async (context) => {
      const subject = await produce(context, ROWS_BY_KEY.trustKitRealFulcio);
      const root = { ...(await trustedRootOf(context, subject.trust)), ctlogs: context.stack.trustedRoot.ctlogs };
      context.trust.set('real-fulcio-other-ctlog', await writeTrust(join(context.dir, 'trust-real-fulcio-other-ctlog'), root, context.stack));
      return { ...subject, trust: 'real-fulcio-other-ctlog' };
    },
  },
  ...attestationRows,
} satisfies Record<string, Row>;

/** Every row by key (bench/verify-peers.ts times the verifiers on `trustKitKeyless`). */
export const ROWS_BY_KEY: Record<keyof typeof rowsByKey, Row> = rowsByKey;

/** Every row, in table order. */
export const ROWS: readonly Row[] = Object.values(ROWS_BY_KEY);

/** How many cells the matrix test runs at once (its peers are separate processes; rows sign once whoever asks). */
export const MATRIX_CONCURRENCY = 3;

/** trust-kit signs keyless on a stack without Rekor (GitHub's private-repository shape): the TSA alone dates it. */
async function timestampOnly(context: MatrixContext): Promise<Subject> {
  const stack = await startSigstoreStack({ rekor: false });
  try {
    const file = await artifact(context, 'timestamp-only.txt');
    const run = await cli(['sign-blob', '--instance', 'github', '--fulcio-url', stack.fulcioURL, '--tsa-url', stack.tsaURL ?? '', '--trusted-root', stack.trustedRootPath, file], context.dir, { SIGSTORE_ID_TOKEN: stack.oidc.mintToken() });
    await mustSucceed(`trust-kit sign-blob --instance github ${file}`, run);
    context.trust.set('timestamp-only', await writeTrust(join(context.dir, 'trust-timestamp-only'), stack.trustedRoot, stack));
    return { file, bundle: `${file}.sigstore.json`, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'timestamp-only', timestampOnly: true };
  } finally {
    await stack.close();
  }
}

/**
 * A bundle whose certificate had expired when its log entry was made, with no timestamp: sigstore-js signs against a
 * stack of its own whose Rekor runs an hour ahead (trust-kit itself refuses to write such a bundle).
 */
async function expiredWhenLogged(context: MatrixContext): Promise<Subject> {
  const hourAhead = (): Date => new Date(Date.now() + 3_600_000);
  const late = await startSigstoreStack({ tsa: false, rekorInitialSize: 5, clocks: { rekor: hourAhead } });
  try {
    const file = await artifact(context, 'expired.txt');
    const signer = new FulcioSigner({ fulcioBaseURL: late.fulcioURL, identityProvider: { getToken: async () => late.oidc.mintToken() }, retry: 0 });
    const witnesses = [new RekorWitness({ rekorBaseURL: late.rekorURL ?? '', retry: 0 })];
    const bundle = await new MessageSignatureBundleBuilder({ signer, witnesses }).create({ data: await readFile(join(context.dir, file)) });
    const json = bundleToJSON(bundle) as unknown as { verificationMaterial: Record<string, unknown>; mediaType: string };
    const chain = json.verificationMaterial['x509CertificateChain'] as { certificates: unknown[] } | undefined;
    if (chain !== undefined) {
      delete json.verificationMaterial['x509CertificateChain'];
      json.verificationMaterial['certificate'] = chain.certificates[0];
      json.mediaType = 'application/vnd.dev.sigstore.bundle.v0.3+json';
    }
    await writeFile(join(context.dir, `${file}.sigstore.json`), JSON.stringify(json));
    context.trust.set('late', await writeTrust(join(context.dir, 'trust-late'), late.trustedRoot, late));
    return { file, bundle: `${file}.sigstore.json`, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'late' };
  } finally {
    await late.close();
  }
}

/** Signs `file` keyless with trust-kit through the Rekor v2 stack's signing config. */
async function trustKitRekorV2(context: MatrixContext, file: string): Promise<Subject> {
  const trust = trustOf(context, 'rekor-v2');
  const run = await cli(['sign-blob', '--signing-config', trust.signingConfigPath, '--trusted-root', trust.trustedRootPath, file], context.dir, { SIGSTORE_ID_TOKEN: context.rekorV2.oidc.mintToken() });
  await mustSucceed(`trust-kit sign-blob --signing-config ${file}`, run);
  return { file, bundle: `${file}.sigstore.json`, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'rekor-v2', rekorV2: true };
}

/** Signs `file` keyless with cosign 3 through the Rekor v2 stack's signing config (cosign 3.0.5+ speaks Rekor v2). */
async function cosignRekorV2(context: MatrixContext, file: string): Promise<Subject> {
  const trust = trustOf(context, 'rekor-v2');
  const bundle = `${file}.sigstore.json`;
  const args = ['sign-blob', '--yes', '--signing-config', trust.signingConfigPath, '--trusted-root', trust.trustedRootPath, '--identity-token', context.rekorV2.oidc.mintToken(), '--bundle', bundle, file];
  await mustSucceed(`cosign 3 sign-blob ${file}`, await runPeer(PEERS.cosign3, args, context.dir));
  return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'rekor-v2', rekorV2: true };
}

/** Signs `file` keyless with sigstore-python 4, whose trust config's signing config names the Rekor v2 log. */
async function sigstorePythonRekorV2(context: MatrixContext, file: string): Promise<Subject> {
  const bundle = `${file}.sigstore.json`;
  const args = ['--trust-config', trustOf(context, 'rekor-v2').trustConfigPath, 'sign', '--identity-token', context.rekorV2.oidc.mintToken(), '--bundle', bundle, '--overwrite', file];
  await mustSucceed(`sigstore-python sign ${file}`, await runPeer(PEERS.sigstorePython, args, context.dir, SIGSTORE_PYTHON_ENV));
  return { file, bundle, policy: { identity: IDENTITY, issuer: ISSUER }, trust: 'rekor-v2', rekorV2: true };
}

/** A log entry of a bundle as JSON, the parts the tampering rows change. */
interface LogEntryJSON {
  inclusionProof: { hashes: string[]; checkpoint: { envelope: string } };
}

/** A base64 value with its last byte changed. */
function flipLastByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0x01, bytes.length - 1);
  return bytes.toString('base64');
}

/** Copies a subject's bundle with its first log entry changed. */
async function tamperedLogEntry(context: MatrixContext, subject: Subject, name: string, change: (entry: LogEntryJSON) => void): Promise<Subject> {
  const bundle = JSON.parse(await readFile(join(context.dir, subject.bundle), 'utf8')) as { verificationMaterial: { tlogEntries: LogEntryJSON[] } };
  const [entry] = bundle.verificationMaterial.tlogEntries;
  if (entry === undefined) throw new Error(`${subject.bundle} has no log entry`);
  change(entry);
  const path = `${subject.bundle}.${name}.json`;
  await writeFile(join(context.dir, path), JSON.stringify(bundle));
  return { ...subject, bundle: path };
}

/** The real services that sign a row in place of the stack's doubles. */
interface RealServices {
  readonly tsa?: boolean;
  readonly fulcio?: boolean;
}

/** Who signs a row with real services, and with what: trust-kit with Rekor or for GitHub's instance (no log), cosign 3 with service flags, sigstore-python with its signing config. */
type RealSigner = 'trust-kit' | 'trust-kit --instance github' | 'cosign 3' | 'sigstore-python';

/**
 * Signs `file` keyless against a stack of its own whose TSA and/or Fulcio are the real servers (the matrix's shared
 * ones: a start each per run, not per row; the timestamp-server holds its machine-wide port lock until the matrix
 * closes). The trust material is kept under the file's name; with the real Fulcio the identity's issuer is Fulcio's
 * own loopback OIDC issuer.
 */
async function signWithRealServices(context: MatrixContext, real: RealServices, signer: RealSigner, file: string): Promise<Subject> {
  const closers: Array<() => Promise<void>> = [];
  try {
    const tsa = real.tsa === true ? await (context.real.tsa ??= startRealTimestampAuthority(PEERS.timestampServer.file)) : undefined;
    const fulcio = real.fulcio === true ? await (context.real.fulcio ??= startRealFulcio(PEERS.fulcio.file)) : undefined;
    const withLog = signer !== 'trust-kit --instance github';
    const stack = await startSigstoreStack({ ...(tsa ? { tsa } : {}), ...(fulcio ? { fulcio } : {}), ...(withLog ? { rekorInitialSize: 5 } : { rekor: false }) });
    closers.push(() => stack.close());
    const trust = `real ${file}`;
    const written = await writeTrust(join(context.dir, `trust-${file}`), stack.trustedRoot, stack);
    context.trust.set(trust, written);
    const bundle = `${file}.sigstore.json`;
    const token = fulcio?.mintToken() ?? stack.oidc.mintToken();
    const tsaURL = stack.tsaURL ?? '';
    switch (signer) {
      case 'cosign 3': {
        const services = ['--fulcio-url', stack.fulcioURL, '--rekor-url', stack.rekorURL ?? '', '--timestamp-server-url', `${tsaURL}/api/v1/timestamp`, '--use-signing-config=false'];
        await mustSucceed(`cosign 3 sign-blob ${file}`, await runPeer(PEERS.cosign3, ['sign-blob', '--yes', ...services, '--trusted-root', written.trustedRootPath, '--identity-token', token, '--bundle', bundle, file], context.dir));
        break;
      }
      case 'sigstore-python': {
        const args = ['--trust-config', written.trustConfigPath, 'sign', '--identity-token', token, '--bundle', bundle, '--overwrite', file];
        await mustSucceed(`sigstore-python sign ${file}`, await runPeer(PEERS.sigstorePython, args, context.dir, SIGSTORE_PYTHON_ENV));
        break;
      }
      default: {
        const services = withLog ? ['--rekor-url', stack.rekorURL ?? ''] : ['--instance', 'github'];
        await mustSucceed(`${signer} sign-blob ${file}`, await cli(['sign-blob', ...services, '--fulcio-url', stack.fulcioURL, '--tsa-url', tsaURL, '--trusted-root', written.trustedRootPath, file], context.dir, { SIGSTORE_ID_TOKEN: token }));
      }
    }
    return { file, bundle, policy: { identity: IDENTITY, issuer: fulcio?.issuer ?? ISSUER }, trust, ...(withLog ? {} : { timestampOnly: true }) };
  } finally {
    for (const close of closers.reverse()) await close();
  }
}

/** The trusted root behind the named trust material. */
async function trustedRootOf(context: MatrixContext, name: string): Promise<TrustedRootJSON> {
  return JSON.parse(await readFile(trustOf(context, name).trustedRootPath, 'utf8')) as TrustedRootJSON;
}

/** The named trust material of the context. */
export function trustOf(context: MatrixContext, name: string): Trust {
  const trust = context.trust.get(name);
  if (trust === undefined) throw new Error(`no trust material named ${name}`);
  return trust;
}

/** The first line of an output that says something. */
function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
}

/** Sorts a refusal into a Reason by the verifier's own words; patterns are tried in order. */
function classify(text: string, patterns: ReadonlyArray<readonly [Reason, RegExp]>): Reason {
  for (const [reason, pattern] of patterns) {
    if (pattern.test(text)) return reason;
  }
  return 'other';
}

function outcomeOf(run: PeerRun, patterns: ReadonlyArray<readonly [Reason, RegExp]>): Outcome {
  if (run.code === 0) return { verified: true, reason: undefined, detail: firstLine(run.stdout) };
  const text = `${run.stderr}\n${run.stdout}`;
  return { verified: false, reason: classify(text, patterns), detail: text.trim().slice(0, 2000) };
}

const hasIdentity = (row: Pick<Row, 'kind'>): true | string => (row.kind === 'keyed' || row.kind === 'keyed-checksums' ? 'verifies keyless identities only' : true);
const isChecksums = (row: Pick<Row, 'kind'>): true | string => (row.kind === 'checksums' || row.kind === 'keyed-checksums' ? true : 'checksums files only');
/** sha256sum and openssl compare digests: they have no say on who signed, or on the signature's trust. */
const digestsOnly = (row: Pick<Row, 'kind' | 'expect'>): true | string => {
  const checksums = isChecksums(row);
  if (checksums !== true) return checksums;
  return row.expect === 'verified' || row.expect === 'signature' ? true : 'compares digests only';
};

const TRUST_KIT_REASONS: ReadonlyArray<readonly [Reason, RegExp]> = [
  ['identity', /VERIFY_POLICY_IDENTITY_MISMATCH/],
  ['issuer', /VERIFY_POLICY_ISSUER_MISMATCH/],
  ['expired', /VERIFY_CERTIFICATE_EXPIRED/],
  ['signature', /VERIFY_(SIGNATURE_INVALID|ARTIFACT_MISMATCH|KEY_MISMATCH|TLOG_BODY_MISMATCH)/],
  ['trust', /VERIFY_(CERTIFICATE_UNTRUSTED|TLOG_UNTRUSTED|TLOG_INCLUSION_INVALID|SCT_INVALID|TIMESTAMP_INVALID)/],
  ['undated', /VERIFY_TIMESTAMP_MISSING/],
];

/** trust-kit's `verify-blob` or `verify-checksums` arguments for a subject (paths relative to the matrix directory). */
export function trustKitVerifyArgs(command: 'verify-blob' | 'verify-checksums', context: MatrixContext, subject: Subject): string[] {
  if (!('identity' in subject.policy)) return [command, subject.file, '--bundle', subject.bundle, '--key', subject.policy.publicKey, '--insecure-ignore-tlog'];
  const { identity, issuer } = subject.policy;
  return [command, subject.file, '--bundle', subject.bundle, '--certificate-identity', identity, '--certificate-oidc-issuer', issuer, '--trusted-root', trustOf(context, subject.trust).trustedRootPath];
}

const COSIGN_REASONS: ReadonlyArray<readonly [Reason, RegExp]> = [
  // A checkpoint's "invalid signature for key" is the log's signature, not the artifact's.
  ['trust', /checkpoint signature/],
  // A timestamp signed by a TSA the trusted root does not list: cosign says so inside "error while verifying signature"
  // (or "with chain"), under the same "threshold not met" a bundle without any timestamp gets, so it goes first.
  ['trust', /pkcs7: No certificate for signer/],
  ['undated', /threshold not met for verified signed timestamps/],
  ['identity', /expected SAN/],
  ['issuer', /expected issuer/i],
  ['expired', /outside certificate validity|expired/i],
  // "transparency log signature does not match": the bundle's signature is not the one the log entry holds.
  ['signature', /signature does not match|invalid signature|verifying signature|digest/i],
  ['trust', /log inclusion|certificate chain|x509|unknown authority|trusted root|timestamp/i],
];

/** `cosign verify-blob`'s arguments for a subject (paths relative to the matrix directory). */
export function cosignVerifyArgs(peer: 'cosign2' | 'cosign3', context: MatrixContext, subject: Subject): string[] {
  // cosign reads a v0.3 bundle only with a trusted root, keyed ones included (where it goes unused).
  const args = ['verify-blob', subject.file, '--bundle', subject.bundle, '--trusted-root', trustOf(context, subject.trust).trustedRootPath];
  if (peer === 'cosign2') args.push('--new-bundle-format');
  if (subject.timestampOnly === true) args.push('--use-signed-timestamps', '--insecure-ignore-tlog');
  // cosign 2 counts only log integrated times unless told to use the bundle's timestamps; cosign 3 uses them when present.
  if (subject.rekorV2 === true && peer === 'cosign2') args.push('--use-signed-timestamps');
  if ('identity' in subject.policy) {
    args.push('--certificate-identity', subject.policy.identity, '--certificate-oidc-issuer', subject.policy.issuer);
  } else {
    // A keyed bundle from trust-kit or `cosign sign-blob --tlog-upload=false` has no log entry and no timestamp.
    args.push('--key', subject.policy.publicKey, '--insecure-ignore-tlog');
    // cosign 2 also wants to be told not to look for a log (deprecated in cosign 3, where the line above says it all).
    if (peer === 'cosign2') args.push('--private-infrastructure');
  }
  return args;
}

function cosignColumn(peer: 'cosign2' | 'cosign3'): Column {
  return {
    name: `${PEERS[peer].name} verify-blob`,
    peer,
    applies: () => true,
    async verify(context, subject) {
      return outcomeOf(await runPeer(PEERS[peer], cosignVerifyArgs(peer, context, subject), context.dir), COSIGN_REASONS);
    },
  };
}

/** `python -m sigstore verify identity`'s arguments (after the module) for a keyless subject. */
export function sigstorePythonVerifyArgs(context: MatrixContext, subject: Subject): string[] {
  if (!('identity' in subject.policy)) throw new Error('keyless only');
  return ['--trust-config', trustOf(context, subject.trust).trustConfigPath, 'verify', 'identity', subject.file, '--bundle', subject.bundle, '--cert-identity', subject.policy.identity, '--cert-oidc-issuer', subject.policy.issuer];
}

/**
 * `sigstore verify`'s (@sigstore/cli) arguments for a keyless subject: trust material comes from the trust's loopback
 * TUF repository, or from what an earlier run left in its cache alone when `cacheOnly` (no network at all).
 */
export function sigstoreJsVerifyArgs(context: MatrixContext, subject: Subject, cacheOnly = false): string[] {
  if (!('identity' in subject.policy)) throw new Error('keyless only');
  const trust = trustOf(context, subject.trust);
  // An unanchored pattern in sigstore-js: OTHER_IDENTITY is no substring of IDENTITY, nor the reverse.
  const args = ['verify', subject.bundle, '--blob-file', subject.file, '--certificate-identity-uri', subject.policy.identity, '--certificate-issuer', subject.policy.issuer, '--tuf-mirror-url', trust.tuf.url, '--tuf-root-path', trust.tuf.rootPath, '--tuf-cache-path', trust.tufCache];
  if (subject.timestampOnly === true) args.push('--tlog-threshold', '0');
  if (cacheOnly) args.push('--tuf-force-cache');
  return args;
}

const turns = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier `work` of the same key has settled. sigstore-js refreshes its TUF cache on each
 * run, rewriting the files in place (tuf-js writes them without a rename), so its runs on one cache go one at a time
 * while the matrix runs cells concurrently.
 */
function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = turns.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  turns.set(key, next.catch(() => undefined));
  return next;
}

/** The verifiers of plain signatures (blobs, checksums files), in table order: attestation rows are for the attestation columns. */
function signatureColumns(): Column[] {
  return SIGNATURE_COLUMNS.map((column) => ({
    ...column,
    applies: (row) => (isAttestation(row) ? (column.attestations?.(row) ?? 'attestations: see the verify-attestation columns') : column.applies(row)),
  }));
}

/** The verifiers of plain signatures, as they read any row. */
const SIGNATURE_COLUMNS: readonly Column[] = [
  {
    name: 'trust-kit verify-blob',
    peer: undefined,
    applies: () => true,
    async verify(context, subject) {
      return outcomeOf(await cli(trustKitVerifyArgs('verify-blob', context, subject), context.dir), TRUST_KIT_REASONS);
    },
  },
  {
    name: 'trust-kit verify-checksums',
    peer: undefined,
    applies: isChecksums,
    async verify(context, subject) {
      return outcomeOf(await cli(trustKitVerifyArgs('verify-checksums', context, subject), context.dir), TRUST_KIT_REASONS);
    },
  },
  cosignColumn('cosign2'),
  cosignColumn('cosign3'),
  {
    name: 'sigstore-python verify identity',
    peer: 'sigstorePython',
    applies: hasIdentity,
    // It verifies a DSSE bundle's signer and that the file is one of the statement's subjects; it has no flag for
    // the predicate type, the repository or the runner.
    attestations: (row) => {
      if (row.kind !== 'attestation') return row.kind === 'attestation-keyed' ? 'verifies keyless identities only' : 'reads one bundle per file, not JSON lines';
      return row.expect === 'predicate' || row.expect === 'repository' || row.expect === 'runner' ? 'has no check of the predicate type, repository or runner' : true;
    },
    async verify(context, subject) {
      // For an attestation, the identity asked for is the signer workflow's (as in cosign's attestation columns).
      const attestation: ReadonlyArray<readonly [Reason, RegExp]> = subject.attestation === undefined ? [] : [
        ['subject', /in-toto statement has no subject for digest/],
        ['workflow', /Certificate's SANs do not match/],
        ['unsupported', /malformed in-toto statement/],
      ];
      return outcomeOf(await runPeer(PEERS.sigstorePython, sigstorePythonVerifyArgs(context, subject), context.dir, SIGSTORE_PYTHON_ENV), [
        ...attestation,
        ['unsupported', /trusted root contains no transparency log instances/],
        // Its own words only: "SAN" without case matched a base64 checkpoint signature in the error's text now and then.
        ['identity', /Certificate's SANs do not match/],
        ['issuer', /Certificate's OIDC issuer does not match|issuer/i],
        ['expired', /not valid at validation time|expired/i],
        ['signature', /Signature is invalid|signature is invalid|artifact|digest/i],
        ['trust', /certificate chain|candidates exhausted|untrusted|trust root|unknown|log|failed to verify SCT/i],
      ]);
    },
  },
  {
    name: 'sigstore-js (@sigstore/cli) verify',
    peer: 'sigstoreJs',
    applies: hasIdentity,
    // It verifies a DSSE bundle's signature and signer only: no file (it ignores --blob-file for DSSE), no statement.
    attestations: (row) => {
      if (row.kind !== 'attestation') return row.kind === 'attestation-keyed' ? 'verifies keyless identities only' : 'reads one bundle per file, not JSON lines';
      return row.expect === 'verified' || row.expect === 'workflow' ? true : 'checks the signature and the signer only, not the statement (subjects, predicate type) or the other claims';
    },
    async verify(context, subject) {
      const args = sigstoreJsVerifyArgs(context, subject);
      const run = await inTurn(trustOf(context, subject.trust).tufCache, () => runPeer(PEERS.sigstoreJs, args, context.dir));
      return outcomeOf(run, [
        ...(subject.attestation === undefined ? [] : [['workflow', /certificate identity error/] as const]),
        ['undated', /expected \d+ timestamps, got 0/],
        ['identity', /certificate identity error|subjectAlternativeName/i],
        ['issuer', /expected issuer|issuer/i],
        ['expired', /not valid or expired/i],
        ['signature', /SIGNATURE_ERROR|signature verification failed|TLOG_BODY_ERROR/i],
        ['trust', /TLOG_ERROR|TLOG_INCLUSION_PROOF_ERROR|checkpoint signature|inclusion proof|TIMESTAMP_ERROR|CERTIFICATE_ERROR|untrusted|no trusted/i],
      ]);
    },
  },
  {
    name: 'sha256sum -c',
    peer: 'sha256sum',
    applies: digestsOnly,
    async verify(context, subject) {
      const run = await runPeer(PEERS.sha256sum, ['-c', subject.file.split('/').pop() ?? subject.file], join(context.dir, subject.file, '..'));
      return outcomeOf(run, [['signature', /FAILED/]]);
    },
  },
  {
    name: 'openssl dgst -sha256',
    peer: 'openssl',
    applies: digestsOnly,
    async verify(context, subject) {
      const base = join(context.dir, subject.file, '..');
      const listed = (await readFile(join(context.dir, subject.file), 'utf8')).split('\n').filter((line) => line !== '');
      for (const line of listed) {
        const [digest, name] = [line.slice(0, 64), line.slice(66)];
        const run = await runPeer(PEERS.openssl, ['dgst', '-sha256', '-r', name], base);
        if (run.code !== 0) return outcomeOf(run, []);
        if (run.stdout.slice(0, 64) !== digest) return { verified: false, reason: 'signature', detail: `${name}: openssl computes ${run.stdout.slice(0, 64)}` };
      }
      return { verified: true, reason: undefined, detail: `${listed.length} digests match` };
    },
  },
];

/** The verifiers, in table order: signatures, then attestations. */
export const COLUMNS: readonly Column[] = [...signatureColumns(), ...ATTESTATION_COLUMNS];

/** One cell: applicable or not, and if so the verifier's outcome. */
export type Cell = { readonly applies: false; readonly note: string } | ({ readonly applies: true } & Outcome);

/** Verifies one row's subject with one column's verifier. */
export async function runCell(context: MatrixContext, row: Row, column: Column): Promise<Cell> {
  const applies = column.applies(row);
  if (applies !== true) return { applies: false, note: applies };
  const subject = await produce(context, row);
  return { applies: true, ...(await column.verify(context, subject)) };
}

/** What the table shows for a cell: ✓, ✗ and the reason, or n/a. */
export function mark(cell: Cell): string {
  if (!cell.applies) return 'n/a';
  return cell.verified ? '✓' : `✗ ${cell.reason ?? 'other'}`;
}

/** The mark a cell must have: what the row expects, where the column applies. */
export function expectedMark(row: Row, column: Column): string {
  if (column.applies(row) !== true) return 'n/a';
  const difference = row.differences?.[column.name];
  if (difference !== undefined) return `✗ ${difference.reason}`;
  return row.expect === 'verified' ? '✓' : `✗ ${row.expect}`;
}

/** Whether a column is installed (trust-kit always is). */
export function columnInstalled(column: Column): boolean {
  return column.peer === undefined || isInstalled(PEERS[column.peer]);
}

/** The documented differences, one line each, for docs/interop.md. */
export function differenceLines(): string[] {
  return ROWS.flatMap((row) =>
    Object.entries(row.differences ?? {}).map(([column, difference]) => `${row.producer} / ${row.check}, ${column}: ✗ ${difference.reason}, because ${difference.why}.`),
  );
}

/** The peers the matrix runs (verifiers and producers), in PEERS order. */
export function matrixPeers(): PeerName[] {
  const used = new Set<PeerName>([...COLUMNS.flatMap((column) => (column.peer === undefined ? [] : [column.peer])), ...ROWS.flatMap((row) => row.needs)]);
  return (Object.keys(PEERS) as PeerName[]).filter((name) => used.has(name));
}

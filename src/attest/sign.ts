import { opendir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { INPUT_LIMITS, commitTogether, prepareFilesAtomic, readRegularFile, readRegularFileHeadSync } from '../core/files.js';
import type { SignedBundle, SigningSession } from '../sigstore/sign/index.js';
import type { Statement } from './statement.js';
import { AttestError } from './errors.js';

/** A signed statement: the statement and its DSSE bundle. */
export interface Attestation {
  statement: Statement;
  bundle: SignedBundle['bundle'];
  /** The bundle's JSON and a newline, as written. */
  text: string;
}

/** Statements signed at once: enough to overlap log requests, few enough not to flood a log. */
const SIGNING_CONCURRENCY = 8;

/**
 * Signs statements as DSSE bundles with one session: one token and one certificate for all of
 * them, one log entry each; every bundle is verified by the session before it is returned. The
 * bundles come back in the statements' order.
 */
export async function signStatements(session: SigningSession, statements: readonly Statement[]): Promise<Attestation[]> {
  const attestations: Attestation[] = new Array<Attestation>(statements.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < statements.length) {
      const index = next++;
      const statement = statements[index] as Statement;
      const first = statement.subject[0]?.name ?? '';
      const name = `the ${statement.predicateType} statement for ${statement.subject.length === 1 ? first : `${statement.subject.length} subjects from ${first}`}`;
      const signed = await session.signStatement(statement, name);
      attestations[index] = { statement, bundle: signed.bundle, text: signed.text };
    }
  };
  // The first signature fetches the certificate; the others wait for it inside the session.
  await Promise.all(Array.from({ length: Math.min(SIGNING_CONCURRENCY, statements.length) }, worker));
  return attestations;
}

/** The files of one attestation run. */
export interface AttestationFiles {
  /** `<name>.intoto.jsonl`: every bundle, one per line (slsa-github-generator's and Scorecard's layout). */
  jsonl: string;
  /** `<name>.sigstore.json` files: the run's bundle when it made one, or one per subject in per-subject mode. */
  bundles: string[];
  /** Those of `bundles` that replaced a message signature (`sign-blob`'s bundle of the same file name), which is gone. */
  replacedSignatures: string[];
}

/**
 * The name files of a run are named after: the subject's name (its last path segment) when the
 * run attests one, `multiple` otherwise (as slsa-github-generator names them).
 */
export function attestationName(statements: readonly Statement[]): string {
  const subjects = statements.flatMap((statement) => statement.subject);
  const only = subjects.length === 1 ? subjects[0]?.name : undefined;
  const base = only?.split(/[/\\]/).pop()?.replace(/[^A-Za-z0-9._@+-]/g, '_');
  return base === undefined || base === '' || base === '.' || base === '..' ? 'multiple' : base;
}

/** Where a run's files go: how {@link writeAttestations} is told. */
export interface AttestationFileOptions {
  dir: string;
  bundlePath?: string | undefined;
  perSubject: boolean;
}

/**
 * The paths of a run's files, known from its statements before any is signed: `<name>.intoto.jsonl`
 * holding every bundle, and `<name>.sigstore.json` for a run that makes one bundle (`bundlePath`
 * when given), or one `<subject>.sigstore.json` per statement in per-subject mode, the subject's
 * whole name with folders flattened, one statement or many. `bundles[i]` is statement i's.
 */
export function attestationPaths(statements: readonly Statement[], options: AttestationFileOptions): { jsonl: string; bundles: string[] } {
  const name = attestationName(statements);
  const bundlePath = options.bundlePath ?? join(options.dir, `${name}.sigstore.json`);
  const jsonl = options.bundlePath === undefined ? join(options.dir, `${name}.intoto.jsonl`) : join(dirname(options.bundlePath), `${name}.intoto.jsonl`);
  // Per subject, a subject's bundle has the same name however many others the run has: `dist/x.bin`'s is dist_x.bin.sigstore.json alone too.
  if (statements.length === 1 && !(options.perSubject && options.bundlePath === undefined)) return { jsonl, bundles: [bundlePath] };
  if (!options.perSubject) return { jsonl, bundles: [] };
  // The whole name, folders flattened: `a/x.tgz` and `b/x.tgz` must not share a file.
  const flatNames = statements.map((statement) => {
    const subject = statement.subject[0]?.name ?? 'subject';
    return { subject, flat: subject.replace(/[^A-Za-z0-9._@+-]/g, '_').replace(/^\.+/, '_') };
  });
  // A subject whose name needs no change has its own name first: `x_y.bin`'s bundle is x_y.bin.sigstore.json, never `x/y.bin`'s.
  const taken = new Set(flatNames.filter(({ subject, flat }) => subject === flat).map(({ flat }) => flat));
  const bundles = flatNames.map(({ subject, flat }) => {
    let file = flat;
    if (subject !== flat) {
      for (let n = 2; taken.has(file); n++) file = `${flat}-${n}`;
      taken.add(file);
    }
    return join(options.dir, `${file}.sigstore.json`);
  });
  return { jsonl, bundles };
}

/**
 * The text of an attestation file (`.intoto.jsonl`): the bundles, a line each. Refused when it is
 * larger than verify-attestation reads from one file, which the subjects' size before signing
 * does not always tell (the log entry may repeat the statement).
 */
export function attestationFileText(attestations: readonly Attestation[]): string {
  let bytes = 0;
  for (const attestation of attestations) bytes += Buffer.byteLength(attestation.text, 'utf8');
  if (bytes > INPUT_LIMITS.attestationLines) {
    throw new AttestError('ATTEST_TOO_MANY_SUBJECTS', `the ${attestations.length} signed attestations come to ${bytes} bytes, more than the ${INPUT_LIMITS.attestationLines} bytes (256 MiB) verify-attestation reads from one file; nothing was written`, {
      hint: 'attest the subjects in several runs of fewer subjects (a checksums file for each), or give them shorter names',
    });
  }
  return attestations.map((attestation) => attestation.text).join('');
}

/** Writes a run's bundles, each file atomically, where {@link attestationPaths} says. */
export async function writeAttestations(attestations: readonly Attestation[], options: AttestationFileOptions): Promise<AttestationFiles> {
  const paths = attestationPaths(attestations.map((attestation) => attestation.statement), options);
  const { jsonl } = paths;
  const bundles = paths.bundles.map((path, index) => ({ path, text: (attestations[index] as Attestation).text }));
  // A signature bundle of the same name (sign-blob writes <file>.sigstore.json too) is replaced: said by the caller, as it is gone.
  const replacedSignatures: string[] = [];
  for (const bundle of bundles) {
    const earlier = await readRegularFile(bundle.path, { what: 'bundle', maxBytes: EARLIER_SCAN.bytes }).then((bytes) => bytes.toString('utf8'), () => '');
    if (holdsMessageSignature(earlier)) replacedSignatures.push(bundle.path);
  }
  // Flushed side by side, then put in place: a failure leaves none of them half written.
  const prepared = await prepareFilesAtomic([{ path: jsonl, data: attestationFileText(attestations) }, ...bundles.map((bundle) => ({ path: bundle.path, data: bundle.text }))]);
  // Put in place together: a signal never leaves this run's bundles beside an earlier run's.
  await commitTogether(prepared);
  return { jsonl, bundles: bundles.map((bundle) => bundle.path), replacedSignatures };
}

/** Whether a bundle's JSON text holds a message signature (a signed file's bundle, not an attestation). */
function holdsMessageSignature(text: string): boolean {
  try {
    const signature = (JSON.parse(text) as { messageSignature?: unknown } | null)?.messageSignature;
    return typeof signature === 'object' && signature !== null;
  } catch {
    return false;
  }
}

/** At most this many directory entries are looked at for an earlier run's bundles, and this many bundles read. */
const EARLIER_SCAN = { entries: 10_000, bundles: 1_000, bytes: 1024 * 1024 };

/** The in-toto statement a DSSE bundle's JSON carries, or undefined for anything else. */
function statementOf(text: string): { predicateType?: unknown; subject?: unknown } | undefined {
  try {
    const envelope = (JSON.parse(text) as { dsseEnvelope?: { payloadType?: unknown; payload?: unknown } } | null)?.dsseEnvelope;
    if (envelope?.payloadType !== 'application/vnd.in-toto+json' || typeof envelope.payload !== 'string') return undefined;
    return JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as { predicateType?: unknown; subject?: unknown };
  } catch {
    return undefined;
  }
}

/** The first line of a file of bundles one a line, within {@link EARLIER_SCAN}'s bytes; empty when it cannot be read. */
function firstLine(path: string): string {
  try {
    const head = readRegularFileHeadSync(path, EARLIER_SCAN.bytes, { what: 'attestation file', shown: path });
    const end = head.indexOf(0x0a);
    return head.toString('utf8', 0, end === -1 ? head.length : end);
  } catch {
    return '';
  }
}

/**
 * The bundles in `dir` that this run did not write (`written`) but that attest `predicateType`, as
 * this run's do: an earlier run's (per-subject bundles for subjects this run does not have, or a
 * `multiple.sigstore.json` or `.intoto.jsonl` a run of more statements did not write again). They are left as they
 * are (they are someone's files), but whoever publishes the directory's bundles would publish them
 * as this run's. The scan is bounded ({@link EARLIER_SCAN}): `complete` says whether it saw them all.
 */
export async function earlierBundles(dir: string, written: readonly string[], predicateType: string): Promise<{ names: string[]; complete: boolean }> {
  const ours = new Set(written.map((path) => basename(path)));
  const found: string[] = [];
  let entries = 0;
  let read = 0;
  let complete = true;
  try {
    for await (const entry of await opendir(dir)) {
      if (++entries > EARLIER_SCAN.entries || read >= EARLIER_SCAN.bundles) {
        complete = false;
        break;
      }
      const lines = entry.name.endsWith('.intoto.jsonl');
      if (!entry.isFile() || !(lines || entry.name.endsWith('.sigstore.json')) || ours.has(entry.name)) continue;
      read += 1;
      // A file of bundles one a line (this command's, gh's) is known by its first: it may be far longer than the bound.
      const text = lines ? firstLine(join(dir, entry.name)) : await readRegularFile(join(dir, entry.name), { what: 'bundle', maxBytes: EARLIER_SCAN.bytes }).then((bytes) => bytes.toString('utf8'), () => '');
      if (statementOf(text)?.predicateType === predicateType) found.push(entry.name);
    }
  } catch {
    // A directory that cannot be listed now was just written into: nothing more to say about it.
  }
  return { names: found.sort(), complete };
}

import type { Logger } from '../../core/logger.js';
import type { ProxySettings } from '../../core/proxy.js';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CheckCounts, CheckResult, ChecksumEntry } from '../../checksums/index.js';
import { ConfigError } from '../../config/inputs.js';
import { patternProblem, type MatchConfig, type SignerPolicyConfig, type VerifyConfig } from '../../config/verify.js';
import { digestArgument, hashFile, parseDigestReference, type DigestAlgorithm } from '../../core/digest.js';
import { isTrustKitError, readFailure, systemErrorCode } from '../../core/errors.js';
import { fileTooLarge, INPUT_LIMITS, readRegularFile, readRegularFileSync, regularFileChunks } from '../../core/files.js';
import { describeJsonFault, jsonErrorLine, jsonFault, jsonSyntaxProblem, JSON_FAULT_HINT } from '../../core/json.js';
import { quoted, shownFile } from '../../core/quote.js';
import { counted } from '../../core/plural.js';
import { decodeBundle } from './documents.js';
import { VerifyError } from './errors.js';
import { loadPublicKey } from './key.js';
import { exactly, githubPolicy, GITHUB_ACTIONS_ISSUER, userMatcher, type Matcher, type VerificationPolicy } from './policy.js';
import { ParsedCertificate } from './certificate.js';
import { organizationsOf } from './der.js';
import { loadPrehashedVerifier, type PrehashedVerifier } from './prehashed.js';
import { loadTrustMaterial, type TrustMaterial } from './trust.js';
import type { GitHubTufOptions, TufOptions } from './trust-tuf.js';
import { holdsMessageSignature, verifyBundle, type VerifiedSignature } from './verify.js';
import type { AttestationBundle, ArtifactDigests } from './attestation.js';

/**
 * Inputs of at most this size are read without the event loop: a verification waits for them
 * before anything else, and a read through the thread pool costs four round trips (about 0.3 ms
 * a file); larger ones (an artifact or checksums file read whole) keep the event loop free for a
 * signal to end the command.
 */
const SYNC_READ_BYTES = INPUT_LIMITS.bundle;

/** Reads `path` relative to `cwd`, a regular file of at most `maxBytes`, naming it in errors as the user wrote it. */
async function readInput(cwd: string, path: string, what: string, maxBytes: number): Promise<Buffer> {
  const options = { maxBytes, what, shown: path };
  try {
    return maxBytes <= SYNC_READ_BYTES ? readRegularFileSync(resolve(cwd, path), options) : await readRegularFile(resolve(cwd, path), options);
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    const { why, hint } = readFailure(error, `the ${what}`);
    throw new VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read ${what} ${shownFile(path)}: ${why}`, { cause: error, hint });
  }
}

/**
 * Up to this size an artifact or checksums file is read whole and its signature checked by Node's
 * crypto over the bytes; only larger files are streamed and checked by digest, which needs the
 * pure-JavaScript ECDSA of @noble/curves: several milliseconds more per process (its point tables),
 * a large share of verifying one small file.
 */
export const WHOLE_READ_BYTES = 4 * 1024 * 1024;

/**
 * The file's bytes when it is a regular file of at most {@link WHOLE_READ_BYTES}; undefined
 * otherwise, and on any error: the streaming path then opens it again and reports the error in its
 * own words.
 */
function readIfSmall(cwd: string, path: string, what: string): Buffer | undefined {
  try {
    return readRegularFileSync(resolve(cwd, path), { maxBytes: WHOLE_READ_BYTES, what, shown: path });
  } catch {
    return undefined;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a bundle file (relative to `cwd`) as JSON; a file that is not JSON, that repeats a key in
 * an object, or that is JSON but not a Sigstore bundle (its media type and shape), fails as an
 * invalid bundle naming the file, which verification later could not.
 */
export async function readBundleFile(path: string, cwd: string): Promise<unknown> {
  const text = (await readInput(cwd, path, 'bundle', INPUT_LIMITS.bundle)).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // One JSON document per line is an .intoto.jsonl: the attestation commands read those, this one takes a single bundle.
    const first = text.slice(0, Math.max(0, text.indexOf('\n')));
    const lines = first !== '' && text.slice(first.length).trim() !== '' && isJson(first);
    const hint = lines ? 'it holds one bundle per line (an .intoto.jsonl): verify-attestation reads such a file; here, give the one bundle (.sigstore.json)' : undefined;
    const line = jsonErrorLine(text, error instanceof Error ? error.message : String(error));
    // Placed at its line, an action's failure is annotated there, as a checksums file's is.
    throw new VerifyError('VERIFY_BUNDLE_INVALID', `${shownFile(path)} is not JSON: ${jsonSyntaxProblem(text, error)}`, { cause: error, place: { file: path, ...(line === undefined ? {} : { line }) }, ...(hint === undefined ? {} : { hint }) });
  }
  const fault = jsonFault(text);
  if (fault !== undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `${shownFile(path)} ${describeJsonFault(fault)}`, { hint: JSON_FAULT_HINT });
  return decodedAs(json, shownFile(path));
}

/** A bundle's JSON, once its media type and shape are a Sigstore bundle's; refused naming where it was read (verification later cannot). */
function decodedAs(json: unknown, where: string): unknown {
  try {
    decodeBundle(json);
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    throw new VerifyError(error.code, `${where}: ${error.message}`, { cause: error, ...(error.hint === undefined ? {} : { hint: error.hint }) });
  }
  return json;
}

/** A listed name as the file it names is looked up by: `.` segments and repeated slashes dropped (`./a`, `b//c`), a trailing slash kept (`a/` names no file). */
function spellingKey(name: string): string {
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  return `${name.startsWith('/') ? '/' : ''}${segments.join('/')}${name.endsWith('/') && segments.length > 0 ? '/' : ''}`;
}

/**
 * At most this many bundles are read from one `.intoto.jsonl` file: `attest --per-subject` writes
 * one per artifact (and no more than this in one run), so a release of a few thousand files makes a
 * file this reads whole (gh reads any number); the verification work stays bounded by the candidates
 * verifyAttestation tries.
 */
const MAX_ATTESTATION_BUNDLES = INPUT_LIMITS.attestationBundles;

/**
 * Reads an attestation file (relative to `cwd`): one bundle (`.sigstore.json`, any layout), or
 * one bundle per line (`.intoto.jsonl`, the layout of slsa-github-generator and GitHub's
 * attestation downloads; blank lines skipped). A line that is not a JSON object, or that repeats
 * a key, fails naming its line.
 */
export async function readAttestationBundles(path: string, cwd: string): Promise<AttestationBundle[]> {
  // A file of bundles may be larger than one bundle: a per-subject attestation of 4,000 files is 35 MB.
  const bytes = await readInput(cwd, path, 'attestation bundle', INPUT_LIMITS.attestationLines);
  const text = bytes.toString('utf8');
  // `where` names the part; a line of JSON lines is numbered there already.
  const parse = (part: string, where: string, whole: boolean): unknown => {
    let json: unknown;
    try {
      json = JSON.parse(part);
    } catch (error) {
      throw new VerifyError('VERIFY_BUNDLE_INVALID', `${where} is not JSON: ${jsonSyntaxProblem(part, error, { withLine: whole })}`, { cause: error, hint: 'give a Sigstore bundle (.sigstore.json) or a file of one bundle per line (.intoto.jsonl)' });
    }
    const fault = jsonFault(part);
    if (fault !== undefined) throw new VerifyError('VERIFY_BUNDLE_INVALID', `${where} ${describeJsonFault(fault, whole)}`, { hint: JSON_FAULT_HINT });
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new VerifyError('VERIFY_BUNDLE_INVALID', `${where} is not a JSON object (a Sigstore bundle)`);
    return json;
  };
  // One past the most read is enough to refuse: a file of 16 million short lines is not split whole first (it cost 0.9 GB).
  const filled = filledLines(text, MAX_ATTESTATION_BUNDLES + 1);
  const first = filled[0];
  // JSON lines when the whole is not one JSON text but its first line is (a pretty-printed bundle spans many lines).
  const jsonl = filled.length > 1 && first !== undefined && !isJson(text) && isJson(first.text);
  // One bundle is the one verified: refused here, it is named. (Of JSON lines, only those about the artifact are verified, and named by their line.)
  if (!jsonl) {
    // A file of many bundles may be larger than one bundle may.
    if (bytes.length > INPUT_LIMITS.bundle) throw fileTooLarge('bundle', path, bytes.length, INPUT_LIMITS.bundle);
    return [{ json: decodedAs(parse(text, shownFile(path), true), shownFile(path)), line: undefined }];
  }
  if (filled.length > MAX_ATTESTATION_BUNDLES) throw new VerifyError('VERIFY_BUNDLE_INVALID', `${shownFile(path)} holds more than ${MAX_ATTESTATION_BUNDLES} bundles; at most ${MAX_ATTESTATION_BUNDLES} are read from one file`);
  return filled.map((line) => ({ json: parse(line.text, `${shownFile(path)}:${line.number}`, false), line: line.number }));
}

/** The lines of `text` that hold more than white space, with their numbers (from 1), at most `most` of them. */
function filledLines(text: string, most: number): { text: string; number: number }[] {
  const found: { text: string; number: number }[] = [];
  let number = 0;
  for (let start = 0; start <= text.length && found.length < most; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    number++;
    const line = text.slice(start, stop);
    if (line.trim() !== '') found.push({ text: line, number });
    if (end === -1) break;
    start = end + 1;
  }
  return found;
}

/**
 * The digests attestations about an artifact are compared by: for `sha256:<hex>` (or `sha512:`)
 * that digest, for a file its SHA-256 and SHA-512 in one streaming pass, and its SHA-384 too with
 * `sha384` (a subject named by SHA-384 alone, as cosign and in-toto allow: see namedBySha384Alone).
 */
export async function artifactDigests(artifact: string, cwd: string, options: { sha384?: boolean } = {}): Promise<ArtifactDigests> {
  if (/^sha(256|512):/i.test(artifact)) {
    const { algorithm, hex } = parseDigestReference(artifact);
    if (algorithm !== 'sha256') throw new VerifyError('SIGSTORE_INPUT_UNREADABLE', `attestations are looked up by SHA-256; give the artifact file or sha256:<hex>, not ${algorithm}:`, { hint: 'give the artifact file itself' });
    return { sha256: hex.toLowerCase() };
  }
  try {
    const { digest } = await hashFile(resolve(cwd, artifact), options.sha384 === true ? ['sha256', 'sha512', 'sha384'] : ['sha256', 'sha512'], { what: 'artifact', shown: artifact });
    return { sha256: digest.sha256 ?? '', ...(digest.sha512 === undefined ? {} : { sha512: digest.sha512 }), ...(digest.sha384 === undefined ? {} : { sha384: digest.sha384 }) };
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    throw new VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${systemErrorCode(error) ?? String(error)}`, { cause: error });
  }
}

/** The matcher of a config's value or pattern; a pattern RE2 refuses is a usage error naming its input. */
async function toMatcher(config: MatchConfig): Promise<Matcher> {
  if (config.kind === 'exact') return exactly(config.value);
  const matcher = await userMatcher(config.pattern);
  // The config reported it already; a library caller that skipped the config gets the same words.
  if ('problem' in matcher) throw new ConfigError([{ input: config.input, message: patternProblem(matcher.problem) }]);
  return matcher;
}

/** The verification policy a validated config describes; reads the public key file for key policies. */
export async function resolvePolicy(config: SignerPolicyConfig, cwd: string): Promise<VerificationPolicy> {
  if (config.kind === 'key') {
    return loadPublicKey((await readInput(cwd, config.keyPath, 'public key', INPUT_LIMITS.publicKey)).toString('utf8'), config.keyPath, config.ignoreTlog ? 'ignored' : 'required');
  }
  const github =
    config.repo !== undefined || config.owner !== undefined || config.signerWorkflow !== undefined || config.signerRepo !== undefined
      ? githubPolicy({
          ...(config.repo === undefined ? {} : { repo: config.repo }),
          ...(config.owner === undefined ? {} : { owner: config.owner }),
          ...(config.signerWorkflow === undefined ? {} : { signerWorkflow: config.signerWorkflow }),
          ...(config.signerRepo === undefined ? {} : { signerRepo: config.signerRepo }),
        })
      : undefined;
  const identity = config.identity === undefined ? github?.identity : await toMatcher(config.identity);
  const issuer = config.issuer === undefined ? exactly(GITHUB_ACTIONS_ISSUER) : await toMatcher(config.issuer);
  // The configs refuse this first; a library caller that skips them made a usage mistake, not an unreadable input.
  if (identity === undefined) throw new ConfigError([{ input: 'certificate-identity', message: 'is required for keyless bundles (or repo, owner or signer-workflow, which imply one)' }]);
  const extensions = { ...github?.extensions, ...(config.sourceRef === undefined ? {} : { sourceRepositoryRef: config.sourceRef }) };
  return { kind: 'certificate', identity, issuer, extensions, ...(github?.extensionsIgnoringCase === undefined ? {} : { extensionsIgnoringCase: github.extensionsIgnoringCase }) };
}

/** Where trust comes from when no `--trusted-root` is given: the TUF repositories of both instances (tests point them at loopback). */
export interface DefaultTrustSources {
  publicGood?: TufOptions;
  github?: GitHubTufOptions;
}

/** Both instances' TUF repositories, reached through the runner's proxy settings. */
export function trustSourcesThrough(proxy: ProxySettings, logger?: Pick<Logger, 'warn'>): DefaultTrustSources {
  const told = logger === undefined ? {} : { logger };
  return { publicGood: { proxy, ...told }, github: { proxy, ...told } };
}

/**
 * Both instances' TUF repositories through the proxy settings of `env`, read only when called:
 * for {@link resolveTrust}, which calls it only when it fetches, so that an offline verification
 * (`--trusted-root`) loads no proxy support (about 20 KiB of code on every start).
 */
export function trustSourcesFrom(env: Readonly<Record<string, string | undefined>>, logger?: Pick<Logger, 'warn'>): () => Promise<DefaultTrustSources> {
  return async () => trustSourcesThrough((await import('../../core/proxy.js')).proxySettingsFrom(env), logger);
}

/** The organization GitHub's Fulcio CA certificates name, as `gh attestation verify` tells its instance apart. */
const GITHUB_CA_ORGANIZATION = 'GitHub, Inc.';

/**
 * The Sigstore instance whose Fulcio issued a bundle's certificate: GitHub's when the issuer's first
 * organization is `GitHub, Inc.`, public-good otherwise. The name only picks which root to load; the
 * chain must still verify to that root, so a forged name gains nothing.
 */
export function certificateInstance(bundleJson: unknown): 'public-good' | 'github' {
  const certificate = bundleCertificate(bundleJson);
  return certificate !== undefined && organizationsOf(certificate.issuer)[0] === GITHUB_CA_ORGANIZATION ? 'github' : 'public-good';
}

/** A bundle's signing certificate, parsed; undefined when it holds none or an unreadable one (which verifyBundle reports with its code). */
function bundleCertificate(bundleJson: unknown): ParsedCertificate | undefined {
  const material = (bundleJson ?? {}) as { verificationMaterial?: { certificate?: { rawBytes?: unknown }; x509CertificateChain?: { certificates?: { rawBytes?: unknown }[] } } };
  const raw = material.verificationMaterial?.certificate?.rawBytes ?? material.verificationMaterial?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  if (typeof raw !== 'string') return undefined;
  try {
    return ParsedCertificate.parse(Buffer.from(raw, 'base64'), 'the bundle\'s certificate');
  } catch {
    return undefined;
  }
}

/**
 * Whether the signature can be verified over a digest of the file, not its bytes: an ECDSA key's
 * can on P-256 and P-384 (the policy's key, or the certificate's), an Ed25519, RSA or P-521 key's
 * cannot (no pre-hashed verification), and such a file is read whole. Fulcio certifies RSA and Ed25519 keys too.
 */
function prehashable(bundleJson: unknown, policy: VerificationPolicy): boolean {
  const key = policy.kind === 'key' ? policy.publicKey : bundleCertificate(bundleJson)?.publicKey;
  // No readable certificate: verifyBundle refuses the bundle, whichever way the file is read.
  if (key === undefined) return true;
  return key.asymmetricKeyType === 'ec' && PREHASHED_CURVES.has(key.asymmetricKeyDetails?.namedCurve ?? '');
}

/** The curves {@link loadPrehashedVerifier} verifies a digest's signature on. */
const PREHASHED_CURVES = new Set(['prime256v1', 'secp384r1']);

/**
 * The trust material a config names: the `--trusted-root` file (JSON or JSONL); else, for keyless
 * bundles, the root of the instance that issued the bundle's certificate (see
 * {@link certificateInstance}) through its TUF repository, found through `sources` (given, or
 * asked for only then), which for a key-signed bundle is public-good's, to verify its log entry;
 * a key policy told to ignore the log needs none.
 */
export async function resolveTrust(config: VerifyConfig, cwd: string, bundleJson: unknown, sources: DefaultTrustSources | (() => Promise<DefaultTrustSources>) = {}): Promise<TrustMaterial | undefined> {
  if (config.trustedRoot !== undefined) {
    return loadTrustMaterial((await readInput(cwd, config.trustedRoot, 'trusted root', INPUT_LIMITS.trustedRoot)).toString('utf8'), config.trustedRoot);
  }
  // A key-signed bundle's log entry is verified against the public-good root, which cosign fetches through TUF too; told to ignore the log, it needs none.
  if (config.policy.kind === 'key' && config.policy.ignoreTlog) return undefined;
  const found = typeof sources === 'function' ? await sources() : sources;
  // Loaded only here: offline verification never fetches a trusted root.
  const { loadGitHubTrustMaterial, loadTrustMaterialFromTUF } = await import('./trust-tuf.js');
  if (config.policy.kind !== 'key') return certificateInstance(bundleJson) === 'github' ? loadGitHubTrustMaterial(found.github) : loadTrustMaterialFromTUF(found.publicGood);
  try {
    return await loadTrustMaterialFromTUF(found.publicGood);
  } catch (error) {
    // Offline, a trusted root is one way out; for a bundle trust-kit signed with the key (offline, no log entry) it only leads to VERIFY_TLOG_MISSING.
    if (!isTrustKitError(error) || error.code !== 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') throw error;
    throw new VerifyError('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', error.message, {
      cause: error.cause,
      hint: `${error.hint ?? ''}; a bundle signed offline with the key, as trust-kit signs, has no log entry to verify: pass --insecure-ignore-tlog (input "insecure-ignore-tlog") for it instead`,
    });
  }
}

/**
 * Verifies a bundle for an artifact named by a path (streamed through the hash the bundle needs,
 * never held in memory) or by `sha256:<hex>`.
 */
export async function verifyArtifact(bundleJson: unknown, artifact: string, policy: VerificationPolicy, trust: TrustMaterial | undefined, cwd: string, bundleShown?: string): Promise<VerifiedSignature> {
  // A file named like a digest is given as ./SHA256:...
  const digest = digestArgument(artifact);
  if (digest !== undefined) return verifyBundle(bundleJson, { digest: parseDigestReference(digest), ...(await prehashedFor(bundleJson)) }, policy, trust);
  return namingMismatch({ shown: artifact, bundleShown, crlf: false }, () => verifyArtifactFile(bundleJson, artifact, policy, trust, cwd));
}

/** {@link verifyArtifact} of a file. */
async function verifyArtifactFile(bundleJson: unknown, artifact: string, policy: VerificationPolicy, trust: TrustMaterial | undefined, cwd: string): Promise<VerifiedSignature> {
  const algorithms = digestsNeeded(bundleJson);
  // Read whole what a digest cannot verify: SHA-384 message digests (the streaming hasher has no SHA-384), and Ed25519 or RSA keys (no pre-hashed verification).
  if (algorithms === undefined || !prehashable(bundleJson, policy)) return verifyBundle(bundleJson, { bytes: await readInput(cwd, artifact, 'artifact', INPUT_LIMITS.artifactWhole) }, policy, trust);
  const small = readIfSmall(cwd, artifact, 'artifact');
  if (small !== undefined) return verifyBundle(bundleJson, { bytes: small }, policy, trust);
  let digests: Partial<Record<DigestAlgorithm, string>>;
  try {
    digests = (await hashFile(resolve(cwd, artifact), algorithms, { what: 'artifact', shown: artifact })).digest;
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    throw new VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read artifact ${artifact}: ${systemErrorCode(error) ?? String(error)}`, { cause: error });
  }
  const [algorithm, ...more] = algorithms as [DigestAlgorithm, ...DigestAlgorithm[]];
  const moreDigests = Object.fromEntries(more.flatMap((name) => (digests[name] === undefined ? [] : [[name, digests[name]]])));
  return verifyBundle(bundleJson, { digest: { algorithm, hex: digests[algorithm] ?? '' }, moreDigests, ...(await prehashedFor(bundleJson)) }, policy, trust);
}

/**
 * Runs a verification, naming the file and its bundle when the file is not the one the bundle
 * signs, and saying what to do: what consumers meet is a bundle of another release or file beside
 * it, or a file whose line endings changed on the way (`crlf`: it holds CR LF).
 */
async function namingMismatch(file: { shown: string; bundleShown: string | undefined; crlf: boolean | (() => boolean) }, verify: () => Promise<VerifiedSignature>): Promise<VerifiedSignature> {
  try {
    return await verify();
  } catch (error) {
    if (!isTrustKitError(error) || error.code !== 'VERIFY_ARTIFACT_MISMATCH') throw error;
    const shown = shownFile(file.shown);
    const crlf = typeof file.crlf === 'function' ? file.crlf() : file.crlf;
    const hint = crlf
      ? `do not trust ${shown} as it is: it has CR LF line endings, which change its bytes (a text-mode download, a checkout that converts line endings); download it again as published`
      : `do not trust ${shown}: it was altered, or the bundle is another file's (of another release, or another asset); download both again from the same release, as published`;
    throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${shown} is not the file ${file.bundleShown === undefined ? 'its bundle' : shownFile(file.bundleShown)} signs: ${error.message}`, { hint, cause: error });
  }
}

/** The verifier of signatures over a digest, loaded only for a bundle that holds a message signature (a DSSE bundle's signature is over its payload). */
async function prehashedFor(bundleJson: unknown): Promise<{ verifyPrehashed?: PrehashedVerifier }> {
  return holdsMessageSignature(bundleJson) ? { verifyPrehashed: await loadPrehashedVerifier() } : {};
}

/**
 * The digests a bundle is checked by, in one pass over the artifact: the message digest's
 * algorithm, or for DSSE every algorithm its subjects list (sha256 first), since a subject matches
 * only when all its digests agree; undefined when one is an algorithm the streaming hasher lacks
 * (SHA-384), so that the artifact is read whole and hashed by it too.
 */
function digestsNeeded(bundleJson: unknown): DigestAlgorithm[] | undefined {
  // Read before verifyBundle checks the bundle's shape: any member may be of any JSON type here.
  const json = (typeof bundleJson === 'object' ? (bundleJson ?? {}) : {}) as { messageSignature?: { messageDigest?: { algorithm?: unknown } } | null; dsseEnvelope?: { payload?: unknown } | null };
  // A null member is absent, as the bundle's reader takes it (protobuf JSON).
  if (json.messageSignature !== undefined && json.messageSignature !== null) {
    const algorithm = json.messageSignature.messageDigest?.algorithm;
    return algorithm === 'SHA2_512' ? ['sha512'] : algorithm === 'SHA2_384' ? undefined : ['sha256'];
  }
  try {
    const statement = JSON.parse(Buffer.from(String(json.dsseEnvelope?.payload ?? ''), 'base64').toString('utf8')) as { subject?: { digest?: Record<string, string> }[] };
    if ((statement.subject ?? []).some((subject) => subject.digest?.sha384 !== undefined)) return undefined;
    const listed = (['sha256', 'sha512'] as const).filter((name) => (statement.subject ?? []).some((subject) => subject.digest?.[name] !== undefined));
    if (listed.length > 0) return listed;
  } catch {
    // verifyBundle reports the malformed payload with its code
  }
  return ['sha256'];
}

/** The outcome of `verify-checksums`: the signed checksums file's signer, and each artifact's check. */
export interface ChecksumsVerification {
  signature: VerifiedSignature;
  results: CheckResult[];
  /** Files the user named that the signed checksums file does not list. */
  unlisted: string[];
  /** Without named files: how many listed files were not found under the base, so not checked, and the first {@link NAMED_NOT_CHECKED} of their names. */
  notChecked: { count: number; names: string[] };
}

/** At most this many names of listed files that were not checked are kept: a release may list thousands. */
const NAMED_NOT_CHECKED = 5;

/** A checksums file whose signature verified: who signed it, and the SHA-256 of the exact bytes that verified. */
export interface VerifiedChecksumsFile {
  signature: VerifiedSignature;
  /** The file, absolute. */
  path: string;
  /** The file as the user named it. */
  shown: string;
  sha256: string;
}

/**
 * Verifies a checksums file's bundle, streaming the file through the digests the bundle needs
 * (memory stays flat for a file of any length); it is read whole, up to
 * {@link INPUT_LIMITS.checksumsWhole}, only for keys that cannot verify a digest (Ed25519, RSA).
 */
export async function verifyChecksumsSignature(options: { checksumsPath: string; bundleJson: unknown; policy: VerificationPolicy; trust: TrustMaterial | undefined; cwd: string; bundleShown?: string | undefined }): Promise<VerifiedChecksumsFile> {
  const path = resolve(options.cwd, options.checksumsPath);
  const shown = options.checksumsPath;
  const algorithms = digestsNeeded(options.bundleJson);
  const wholeOnly = algorithms === undefined || !prehashable(options.bundleJson, options.policy);
  const small = wholeOnly ? undefined : readIfSmall(options.cwd, shown, 'checksums file');
  if (wholeOnly || small !== undefined) {
    const bytes = small ?? (await readInput(options.cwd, shown, 'checksums file', INPUT_LIMITS.checksumsWhole));
    const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf: () => bytes.includes('\r\n') }, () => Promise.resolve(verifyBundle(options.bundleJson, { bytes }, options.policy, options.trust)));
    return { signature, path, shown, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  const hashes = new Map([...new Set<DigestAlgorithm>(['sha256', ...algorithms])].map((algorithm) => [algorithm, createHash(algorithm)]));
  // Whether a line ends in CR LF, also across two chunks: only said when the digest is not the signed one.
  let crlf = false;
  let endsInCr = false;
  try {
    for await (const chunk of regularFileChunks(path, { what: 'checksums file', shown })) {
      for (const hash of hashes.values()) hash.update(chunk);
      crlf ||= chunk.includes('\r\n') || (endsInCr && chunk[0] === 0x0a);
      endsInCr = chunk.at(-1) === 0x0d;
    }
  } catch (error) {
    if (isTrustKitError(error)) throw error;
    throw new VerifyError('SIGSTORE_INPUT_UNREADABLE', `cannot read checksums file ${shownFile(shown)}: ${systemErrorCode(error) ?? String(error)}`, { cause: error });
  }
  const digests = new Map([...hashes].map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
  const [algorithm, ...more] = algorithms as [DigestAlgorithm, ...DigestAlgorithm[]];
  const moreDigests = Object.fromEntries(more.map((name) => [name, digests.get(name) ?? '']));
  const prehashed = await prehashedFor(options.bundleJson);
  const signature = await namingMismatch({ shown, bundleShown: options.bundleShown, crlf }, () => Promise.resolve(verifyBundle(options.bundleJson, { digest: { algorithm, hex: digests.get(algorithm) ?? '' }, moreDigests, ...prehashed }, options.policy, options.trust)));
  return { signature, path, shown, sha256: digests.get('sha256') ?? '' };
}

/** How artifacts fared against a verified checksums file. */
export interface ChecksumsCheck {
  counts: CheckCounts;
  /** Files the user named that the signed checksums file does not list. */
  unlisted: string[];
}

/**
 * SIGSTORE_INPUT_UNREADABLE for listed files this machine could not read (see unreadableHere),
 * when nothing else failed: `names` are the first few as the report names them, of `count`;
 * `reader` says whose permission to fix ("the user running trust-kit", "the job's user").
 */
export function listedFilesUnreadable(checksums: string, count: number, names: readonly string[], reader: string): VerifyError {
  const more = count > names.length ? `; and ${count - names.length} more` : '';
  return new VerifyError('SIGSTORE_INPUT_UNREADABLE', `${counted(count, 'file')} listed in the signed ${checksums} could not be read, so ${count === 1 ? 'it was' : 'they were'} not checked: ${names.join('; ')}${more}`, {
    hint: `make the files readable by ${reader} (or give the downloaded files, not directories), and run again`,
  });
}

/**
 * Checks artifacts against a checksums file whose signature verified, reading the file again as
 * a stream (memory independent of its length): the `files` given (each must be listed, by its
 * path relative to `base` or by its unique file name), or else every listed file present under
 * `base`. Results go to `onResult` as they come, and listed files not present (without `files`) to
 * `onIgnored`. The bytes read are digested again: a file
 * changed since its signature verified fails (VERIFY_ARTIFACT_MISMATCH), before any artifact
 * is hashed when files are named, and at the end (results already reported are void) otherwise.
 */
export async function checkVerifiedChecksums(verified: VerifiedChecksumsFile, options: { files: readonly string[]; base: string | undefined; cwd: string; onResult: (result: CheckResult) => void; onIgnored?: (entry: ChecksumEntry) => void }): Promise<ChecksumsCheck> {
  // Loaded here, not with this module: verify-blob, which imports it too, never checks a checksums file and
  // should not pay for loading the checksums library (and its glob matcher) on every run.
  const { checkChecksumsFile, checkNamedFiles, ChecksumsError, readChecksumEntries } = await import('../../checksums/index.js');
  const base = options.base === undefined ? dirname(verified.path) : resolve(options.cwd, options.base);
  const digest = createHash('sha256');
  const reading = { shown: verified.shown, onChunk: (chunk: Buffer) => void digest.update(chunk) };
  const unchanged = (): void => {
    if (digest.digest('hex') === verified.sha256) return;
    throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${shownFile(verified.shown)} changed while it was read: the lines checked are not the ones whose signature verified`, {
      hint: 'make sure nothing writes to the checksums file while it is verified, and run the verification again',
    });
  };
  if (options.files.length === 0) {
    const counts = await checkChecksumsFile(verified.path, { ...reading, base, ignoreMissing: true, onResult: options.onResult, ...(options.onIgnored === undefined ? {} : { onIgnored: options.onIgnored }) });
    unchanged();
    return { counts, unlisted: [] };
  }
  // Only the named files' candidates are kept while the file streams by. A named file is where the file system finds it: its
  // directory followed through links (`sub/../a` with `sub` a link is not `a`), its own name kept (a link named is listed by its name).
  // Synchronous: node:fs/promises, loaded with verify-blob, costs its start about 2 ms (test/sigstore/verify-imports).
  const realOf = (path: string): string | undefined => {
    try {
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  };
  const realBase = realOf(base) ?? base;
  // Where the file system finds a path: its directory followed through links, its own name kept; `resolved` when that directory exists.
  const locate = (spelled: string): { absolute: string; resolved: boolean } => {
    const directory = realOf(dirname(spelled));
    return directory === undefined ? { absolute: resolve(spelled), resolved: false } : { absolute: join(directory, basename(spelled)), resolved: true };
  };
  const wanted = options.files.map((file) => {
    const { absolute, resolved } = locate(isAbsolute(file) ? file : `${options.cwd}${sep}${file}`);
    return { file, absolute, name: relative(resolved ? realBase : base, absolute).split(sep).join('/'), exact: undefined as ChecksumEntry | undefined, sameFile: undefined as ChecksumEntry | undefined, byBaseName: undefined as ChecksumEntry | undefined, sameBaseName: 0 };
  });
  const duplicate = (later: ChecksumEntry, earlier: ChecksumEntry): never => {
    throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${shownFile(verified.shown)}:${later.line}: ${quoted(later.name)} names the file line ${earlier.line} lists as ${quoted(earlier.name)}`, { hint: 'a checksums file must list each file once; regenerate it' });
  };
  const byName = new Map<string, typeof wanted>();
  const byBaseName = new Map<string, typeof wanted>();
  for (const want of wanted) {
    byName.set(want.name, [...(byName.get(want.name) ?? []), want]);
    byBaseName.set(basename(want.absolute), [...(byBaseName.get(basename(want.absolute)) ?? []), want]);
  }
  for await (const entry of readChecksumEntries(verified.path, reading)) {
    // `./a` and `a` name one file: a second line for it under another spelling is the duplicate it is.
    for (const want of byName.get(spellingKey(entry.name)) ?? []) {
      if (want.exact !== undefined) {
        throw new ChecksumsError('CHECKSUMS_DUPLICATE_ENTRY', `${shownFile(verified.shown)}:${entry.line}: ${quoted(entry.name)} is already listed on line ${want.exact.line}`, { hint: 'a checksums file must list each name once; regenerate it' });
      }
      want.exact = entry;
    }
    for (const want of byBaseName.get(basename(entry.name)) ?? []) {
      want.sameBaseName += 1;
      want.byBaseName ??= entry;
      // `sub/../a` or `/base/a` beside `a`: sha256sum -c checks the file once for each, and fails it on a second, other digest.
      // A listed name is found as a named file is: an absolute one, or one with `..`, may name it too.
      if (want.exact !== entry && locate(isAbsolute(entry.name) ? entry.name : `${base}${sep}${entry.name}`).absolute === want.absolute) {
        if (want.sameFile !== undefined) duplicate(entry, want.sameFile);
        want.sameFile = entry;
      }
    }
  }
  unchanged();
  for (const { exact, sameFile } of wanted) {
    if (exact === undefined || sameFile === undefined) continue;
    const [earlier, later] = exact.line < sameFile.line ? [exact, sameFile] : [sameFile, exact];
    duplicate(later, earlier);
  }
  const unlisted: string[] = [];
  const named: { entry: ChecksumEntry; path: string }[] = [];
  for (const want of wanted) {
    const entry = want.exact ?? want.sameFile ?? (want.sameBaseName === 1 ? want.byBaseName : undefined);
    if (entry === undefined) {
      unlisted.push(want.file);
      continue;
    }
    // Reported as the user named it: by its base name alone, `x/app` and `y/app` both read `app`.
    named.push({ entry: { ...entry, name: want.file }, path: want.absolute });
  }
  const counts: CheckCounts = { ok: 0, mismatch: 0, missing: 0, unreadable: 0, ignored: 0 };
  for (const result of await checkNamedFiles(named)) {
    counts[result.status] += 1;
    options.onResult(result);
  }
  return { counts, unlisted };
}

/**
 * The hint for named files that were not found where they were looked for (from the working
 * directory) but are under `base`: named as the checksums file lists them, relative to base. The
 * run said "missing" and "do not use these files" about files the user has.
 */
export async function misnamedFilesHint(files: readonly string[], base: string | undefined, cwd: string, checksumsPath: string, said: { origin: string; base: string }): Promise<string | undefined> {
  const baseDir = resolve(cwd, base ?? dirname(checksumsPath));
  // Loaded here, on a failure only: verify-blob, which imports this module, must not load node:fs/promises (see checkVerifiedChecksums).
  const { lstat } = await import('node:fs/promises');
  const exists = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false);
  const misnamed: string[] = [];
  for (const file of files.slice(0, 20)) {
    const underBase = resolve(baseDir, file);
    if (underBase !== resolve(cwd, file) && !(await exists(resolve(cwd, file))) && (await exists(underBase))) misnamed.push(`${shownFile(file)} is ${shownFile(relative(cwd, underBase))}`);
  }
  if (misnamed.length === 0) return undefined;
  return `each file named is a path from ${said.origin}, not from ${said.base}: ${misnamed.join(', ')}; name ${misnamed.length === 1 ? 'it' : 'them'} so and run again`;
}

/**
 * Verifies a signed checksums file, then artifacts against it (see {@link verifyChecksumsSignature}
 * and {@link checkVerifiedChecksums}), collecting every result: for callers that report them all
 * at once.
 */
export async function verifySignedChecksums(options: {
  checksumsPath: string;
  bundleJson: unknown;
  policy: VerificationPolicy;
  trust: TrustMaterial | undefined;
  files: readonly string[];
  base: string | undefined;
  cwd: string;
  /** The bundle as the user named it, for errors. */
  bundleShown?: string | undefined;
}): Promise<ChecksumsVerification> {
  const verified = await verifyChecksumsSignature(options);
  const results: CheckResult[] = [];
  const notChecked = { count: 0, names: [] as string[] };
  const onIgnored = (entry: ChecksumEntry): void => {
    notChecked.count += 1;
    if (notChecked.names.length < NAMED_NOT_CHECKED) notChecked.names.push(entry.name);
  };
  const { unlisted } = await checkVerifiedChecksums(verified, { ...options, onResult: (result) => void results.push(result), onIgnored });
  return { signature: verified.signature, results, unlisted, notChecked };
}

import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { ChecksumsError, collectArtifacts, leftoverNotice } from '../../checksums/index.js';
import { mayBeGlob } from '../../checksums/collect.js';
import { ConfigError, InputReader, actionInputName, withEarlierIssues, type ConfigIssue, type RawInputs } from '../../config/inputs.js';
import { clockFromSourceDateEpoch, systemClock } from '../../core/clock.js';
import { isTrustKitError, reportOf } from '../../core/errors.js';
import { markdownBlock } from '../../core/markdown.js';
import { registryClientFor } from '../../images/registry.js';
import { resolveImages } from '../../images/resolve.js';
import { signImages, type SignedImage } from '../../images/sign.js';
import { formatImageReference, parseImageReference, type ImageReference, type ImageSubject, type RegistryClient } from '../../oci/index.js';
import { requireNamedPaths, signingPaths, subjectPaths } from '../../config/paths.js';
import { imageOnlyIssues } from '../../config/release.js';
import { keyedSigningIssues, signConfig, signingTrustIssues, type SignConfig } from '../../config/sign.js';
import { readRunContext } from '../../github/context.js';
import { shellFileOperand, shellQuote } from '../../instructions/verify.js';
import type { Environment } from '../../secrets/index.js';
import { BUNDLE_SUFFIX, bundleNameTooLong, bundleOverFileMessage, bundlesOverFiles, defaultBundlePath, earlierBundles, earlierBundleWarning, openSigningSession, type SessionSigner, type SigningInstance } from '../../sigstore/sign/index.js';
import { setLinesOutput, type ActionIO } from '../io.js';
import { capped, cell, code, codeCell, failureText, MAX_SUMMARY_ROWS, operatorTrustedRoot, shellBlock } from '../summary.js';
import { counted } from '../../core/plural.js';

/** The inputs the sign action reads. */
export const SIGN_INPUTS = ['subject-path', 'checksums', 'images', 'signature-format', 'recursive', 'allow-http-registry', 'instance', 'on-missing-token', 'timeout', 'key', 'fulcio-url', 'rekor-url', 'rekor-version', 'tsa-url', 'signing-config', 'trusted-root'] as const;

/**
 * What the summary says to verify one signed file: the command, with the exact identity (never a
 * pattern) and the source repository, and, for a private deployment, whose certificates chain to no
 * root the verifier knows of itself, its trusted root as the operator gives it (see operatorTrustedRoot).
 */
function verifyLines(file: string, bundle: string, signer: SessionSigner, trustedRoot: string | undefined): string[] {
  const target = `trust-kit verify-blob ${shellFileOperand(file)} --bundle ${shellFileOperand(bundle)}`;
  // A key signs offline: no log entry, which verifying with a key requires unless told.
  if (signer.kind === 'key') return ['Verify:', '', ...shellBlock([`${target} --key <public key of ${signer.source}> --insecure-ignore-tlog`])];
  const identity = signer.identity === undefined ? '<certificate identity>' : shellQuote(signer.identity);
  const root = trustedRoot === undefined ? undefined : operatorTrustedRoot(trustedRoot);
  // The repository too: identity and issuer alone also accept another repository calling the same reusable workflow.
  // The ref the run was for too: a reusable workflow's identity names its own ref, the same for every branch that calls it.
  const command = `${target} --certificate-identity ${identity} --certificate-oidc-issuer ${shellQuote(signer.issuer)}${signer.repository === undefined ? '' : ` --repo ${shellQuote(signer.repository)}`}${signer.sourceRef === undefined ? '' : ` --source-ref ${shellQuote(signer.sourceRef)}`}${root === undefined ? '' : ` --trusted-root ${shellQuote(root.file)}`}`;
  return root === undefined ? ['Verify:', '', ...shellBlock([command])] : ['Verify:', '', root.note, '', ...shellBlock([root.makeDirectory, command])];
}

/** The `instance` output: `custom` for a deployment of the inputs' own URLs (or signing config), which is neither instance. */
export function signedInstance(config: Pick<SignConfig, 'fulcioURL' | 'rekorURL' | 'signingConfig'>, instance: SigningInstance): SigningInstance | 'custom' {
  return instance !== 'key' && (config.fulcioURL !== undefined || config.rekorURL !== undefined || config.signingConfig !== undefined) ? 'custom' : instance;
}

/**
 * The sign action: signs the checksums file and any other subjects into `<file>.sigstore.json`
 * bundles (verified before they are written) and the `images` in the same session (one
 * certificate), sets `bundle-paths` and `images`, and writes the job summary.
 */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Environment): Promise<void> {
  const images = readImageInputs(inputs);
  const hasFiles = inputs['subject-path'] !== undefined || inputs.checksums !== undefined;
  // Images alone are something to sign: they stand in for the files the signing inputs require.
  // The image inputs' problems are reported with the signing inputs', all at once.
  const config = withEarlierIssues([...images.issues, ...keyedSigningIssues(inputs, actionInputName)], () => signConfig(hasFiles || images.references.length === 0 ? inputs : { ...inputs, 'subject-path': inputs.images }, actionInputName));
  // The checksums input is one file, whatever it holds; it comes first in config.files.
  const checksums = typeof inputs.checksums === 'string' && inputs.checksums.trim() !== '' ? [{ input: 'checksums', path: inputs.checksums.trim(), kind: 'file' as const }] : [];
  // One file: a glob there (no file of that name) would otherwise be said not to exist, or expanded like subject-path.
  const globbed = (await Promise.all(checksums.map(async (entry) => (mayBeGlob(entry.path) && !(await lstat(resolve(cwd, entry.path)).then(() => true, () => false)) ? entry : undefined)))).filter((entry) => entry !== undefined);
  const globIssues = globbed.map((entry) => ({ input: actionInputName('checksums'), message: `${entry.path} is a glob, but checksums names one file: name it (e.g. the checksums action's checksums-path output), or give globs in ${actionInputName('subject-path')}` }));
  await requireNamedPaths([...signingPaths(config), ...(hasFiles ? [...checksums.filter((entry) => !globbed.includes(entry)), ...subjectPaths('subject-path', config.files.slice(checksums.length))] : [])], cwd, actionInputName, [...globIssues, ...signingTrustIssues(config, actionInputName)]);
  // The bundles a directory or glob holds (an earlier run's) are not signed again; a file named itself is, as the CLI's sign-blob signs it.
  const onlyBundles = (subject: string): never => {
    throw new ChecksumsError('CHECKSUMS_NO_MATCH', `${subject} matches only Sigstore bundles (*${BUNDLE_SUFFIX}), which a directory or glob never has signed`, {
      hint: `name the files to sign in ${actionInputName('subject-path')}; a bundle named itself is signed`,
    });
  };
  const files = hasFiles ? await collectArtifacts(config.files, { cwd, base: '.', skip: (entry) => !entry.directory && entry.name.endsWith(BUNDLE_SUFFIX), onlySkipped: onlyBundles, leftover: (file) => io.warn(leftoverNotice(file)) }) : [];
  // A bundle named itself beside its file (`dist/app.tgz` and `dist/app.tgz.sigstore.json`) would be written over, then signed in its place.
  const overwritten = await bundlesOverFiles(files.map((file) => ({ file: file.name, bundle: defaultBundlePath(file.name) })), (path) => resolve(cwd, path));
  const unnameable = files.flatMap((file) => bundleNameTooLong(file.name) ?? []);
  if (overwritten.length > 0 || unnameable.length > 0) {
    throw new ConfigError([...overwritten.map((clash) => ({ input: actionInputName('subject-path'), message: bundleOverFileMessage(clash, 'a directory or glob leaves them out') })), ...unnameable.map((message) => ({ input: actionInputName('subject-path'), message }))]);
  }
  let client: RegistryClient | undefined;
  let subjects: ImageSubject[] = [];
  const written: { file: string; bundle: string }[] = [];
  const signedImages: SignedImage[] = [];
  let outputsSet = false;
  // The images' signatures are dated by it: a bad SOURCE_DATE_EPOCH fails the run before anything is signed, not between the files and the images.
  let imageClock = systemClock;
  try {
    if (images.references.length > 0) {
      if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') imageClock = clockFromSourceDateEpoch(env.SOURCE_DATE_EPOCH);
      client = await registryClientFor({ 'allow-http-registry': images.allowHttp }, env, images.references, config.retry);
      // Every image is resolved before anything is signed: a missing image fails before a certificate is asked for.
      subjects = await resolveImages(client, images.references, { recursive: images.recursive, logger: io });
    }
    await signAll();
  } catch (error) {
    // Failed before the session signed anything (an image not resolved, no token): nothing signed, as documented.
    if (!outputsSet) {
      io.setOutput('signed', 'false');
      io.setOutput('bundle-paths', '');
      if (images.references.length > 0) io.setOutput('images', '');
    }
    // A failed run's summary says what failed and why, and which bundles and images were signed before (they are valid).
    const failure = reportOf(error);
    const lines = ['### Signatures', '', `**Failed**: ${code(failure.code)}`, '', ...markdownBlock('text', [failureText(failure)])];
    const rows = signedRows(written, signedImages);
    lines.push(...(rows.length === 0 ? ['Nothing was signed.'] : ['Signed before the failure:', '', '| File | Bundle |', '| --- | --- |', ...rows]), '');
    await io.appendSummary(lines.join('\n'));
    throw error;
  } finally {
    client?.close();
  }

  async function signAll(): Promise<void> {
    const opened = await openSigningSession(config, { cwd, env, run: await readRunContext(env), logger: io });
    if (opened.session === undefined) {
      outputsSet = true;
      io.setOutput('signed', 'false');
      io.setOutput('bundle-paths', '');
      if (subjects.length > 0) io.setOutput('images', '');
      // An earlier run's bundle beside a file is left as it was, and may no longer sign it: said, so no later step publishes it as this run's.
      const stale = await earlierBundles(files.map((file) => ({ file: file.name, bundle: relative(cwd, defaultBundlePath(file.path)) })), (path) => resolve(cwd, path));
      for (const earlier of stale) io.warn(earlierBundleWarning(earlier));
      await io.appendSummary(`### Signatures\n\nNothing was signed: ${cell(opened.reason)}\n${stale.length === 0 ? '' : `\n${counted(stale.length, 'bundle')} of an earlier run ${stale.length === 1 ? 'lies' : 'lie'} beside the files, left as ${stale.length === 1 ? 'it was' : 'they were'}: ${stale.slice(0, 10).map(({ bundle }) => code(bundle)).join(', ')}${stale.length > 10 ? ', ...' : ''}\n`}`);
      return;
    }
    io.info(`signing ${counted(files.length, 'file')}${subjects.length === 0 ? '' : ` and ${counted(subjects.length, 'image')}`} with ${opened.description}`);
    try {
      for (const file of files) {
        const bundlePath = await opened.session.signFile(file.path, defaultBundlePath(file.path));
        const bundle = relative(cwd, resolve(cwd, bundlePath));
        io.info(`signed ${file.name} -> ${bundle}`);
        written.push({ file: file.name, bundle });
      }
      if (client !== undefined) {
        await signImages(client, opened.session, subjects, { format: images.format, created: imageClock.now(), logger: io, onSigned: (signed) => signedImages.push(signed) });
      }
    } finally {
      outputsSet = true;
      // Outputs name every bundle written, also when a later file failed: they are on disk and valid.
      setLinesOutput(io, 'bundle-paths', written.map((entry) => entry.bundle), env);
      if (subjects.length > 0) io.setOutput('images', signedImages.map((entry) => formatImageReference(entry.subject.reference)).join('\n'));
      io.setOutput('signed', written.length === files.length && signedImages.length === subjects.length ? 'true' : 'false');
      io.setOutput('instance', signedInstance(config, opened.session.instance));
    }
    // Only after success: on failure the token stays known to the redactor until the failure is
    // reported, and the exit hooks destroy it.
    opened.close();
    const rows = signedRows(written, signedImages);
    const first = written[0];
    await io.appendSummary(
      [
        '### Signatures',
        '',
        `Signed with ${cell(opened.description)}.`,
        '',
        '| File | Bundle |',
        '| --- | --- |',
        ...rows,
        '',
        ...(first === undefined ? [] : verifyLines(first.file, first.bundle, opened.signer, config.trustedRoot)),
      ].join('\n'),
    );
  }
}

/**
 * The summary's table rows of the bundles written and the images signed, at most
 * {@link MAX_SUMMARY_ROWS} and a row counting the rest: GitHub drops a step summary over 1 MiB
 * whole, and 2,000 files of long names made 1.3 MB. The `bundle-paths` output names every one.
 */
function signedRows(written: readonly { file: string; bundle: string }[], signedImages: readonly SignedImage[]): string[] {
  const rows = [...written.map((entry) => `| ${cell(entry.file)} | ${codeCell(entry.bundle)} |`), ...signedImages.map((entry) => `| ${cell(formatImageReference(entry.subject.reference))} | ${cell([entry.referrer === undefined ? '' : `referrer ${entry.referrer.digest}`, entry.legacyTag ?? ''].filter((part) => part !== '').join(', '))} |`)];
  return capped(rows, MAX_SUMMARY_ROWS, (count) => `| and ${count} more | the \`bundle-paths\` output names every bundle |`);
}

/** The image inputs: the references, the format and the registry switches, and the problems found in them (to report with the other inputs'). */
function readImageInputs(inputs: RawInputs): { references: ImageReference[]; format: 'both' | 'cosign3' | 'cosign2'; recursive: boolean; allowHttp: boolean; issues: readonly ConfigIssue[] } {
  const reader = new InputReader(inputs, actionInputName);
  const format = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'] as const, 'both');
  const recursive = reader.boolean('recursive', false);
  const allowHttp = reader.boolean('allow-http-registry', false);
  const references: ImageReference[] = [];
  for (const image of reader.list('images')) {
    try {
      references.push(parseImageReference(image));
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      reader.report('images', error.message);
    }
  }
  if (reader.list('images').length === 0) imageOnlyIssues(reader, actionInputName, { format, recursive, allowHttp });
  return { references, format, recursive, allowHttp, issues: reader.collected() };
}

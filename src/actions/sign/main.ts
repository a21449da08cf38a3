import { relative, resolve } from 'node:path';
import { collectArtifacts } from '../../checksums/index.js';
import { actionInputName, type RawInputs } from '../../config/inputs.js';
import { requireNamedPaths, signingPaths } from '../../config/paths.js';
import { signConfig } from '../../config/sign.js';
import { readRunContext } from '../../github/context.js';
import { shellQuote } from '../../instructions/verify.js';
import type { Environment } from '../../secrets/index.js';
import { defaultBundlePath, openSigningSession, type SessionSigner } from '../../sigstore/sign/index.js';
import type { ActionIO } from '../io.js';
import { cell } from '../summary.js';
import { counted } from '../../core/plural.js';

/** The inputs the sign action reads. */
export const SIGN_INPUTS = ['subject-path', 'checksums', 'instance', 'on-missing-token', 'key', 'fulcio-url', 'rekor-url', 'rekor-version', 'tsa-url', 'signing-config', 'trusted-root'] as const;

const BUNDLE_SUFFIX = '.sigstore.json';

/** The command users run to verify one signed file, with the exact identity (never a pattern) and the source repository. */
function verifyCommand(file: string, bundle: string, signer: SessionSigner): string {
  const target = `trust-kit verify-blob ${shellQuote(file)} --bundle ${shellQuote(bundle)}`;
  if (signer.kind === 'key') return `${target} --key <public key of ${signer.source}>`;
  const identity = signer.identity === undefined ? '<certificate identity>' : shellQuote(signer.identity);
  // The repository too: identity and issuer alone also accept another repository calling the same reusable workflow.
  return `${target} --certificate-identity ${identity} --certificate-oidc-issuer ${shellQuote(signer.issuer)}${signer.repository === undefined ? '' : ` --repo ${shellQuote(signer.repository)}`}`;
}

/**
 * The sign action: signs the checksums file and any other subjects into `<file>.sigstore.json`
 * bundles (verified before they are written), sets `bundle-paths`, and writes the job summary.
 */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Environment): Promise<void> {
  const config = signConfig(inputs, actionInputName);
  await requireNamedPaths(signingPaths(config), cwd, actionInputName);
  const files = (await collectArtifacts(config.files, { cwd, base: '.' })).filter((file) => !file.name.endsWith(BUNDLE_SUFFIX));
  const opened = await openSigningSession(config, { cwd, env, run: await readRunContext(env), logger: io });
  if (opened.session === undefined) {
    io.setOutput('signed', 'false');
    io.setOutput('bundle-paths', '');
    await io.appendSummary(`### Signatures\n\nNothing was signed: ${cell(opened.reason)}\n`);
    return;
  }
  io.info(`signing ${counted(files.length, 'file')} with ${opened.description}`);
  const written: { file: string; bundle: string }[] = [];
  try {
    for (const file of files) {
      const bundlePath = await opened.session.signFile(file.path, defaultBundlePath(file.path));
      const bundle = relative(cwd, resolve(cwd, bundlePath));
      io.info(`signed ${file.name} -> ${bundle}`);
      written.push({ file: file.name, bundle });
    }
  } finally {
    // Outputs name every bundle written, also when a later file failed: they are on disk and valid.
    io.setOutput('bundle-paths', written.map((entry) => entry.bundle).join('\n'));
    io.setOutput('signed', written.length === files.length ? 'true' : 'false');
    io.setOutput('instance', opened.session.instance);
  }
  // Only after success: on failure the token stays known to the redactor until the failure is
  // reported, and the exit hooks destroy it.
  opened.close();
  const rows = written.map((entry) => `| ${cell(entry.file)} | \`${cell(entry.bundle)}\` |`);
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
      ...(first === undefined ? [] : ['Verify:', '', '```sh', verifyCommand(first.file, first.bundle, opened.signer), '```', '']),
    ].join('\n'),
  );
}

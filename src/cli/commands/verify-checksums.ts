import type { CheckResult } from '../../checksums/index.js';
import { cliNamer } from '../../config/inputs.js';
import { verifyConfig } from '../../config/verify.js';
import { TrustKitError } from '../../core/errors.js';
import { readBundleFile, resolvePolicy, resolveTrust, verifySignedChecksums } from '../../sigstore/verify/files.js';
import { VerifyError } from '../../sigstore/verify/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { describeVerified, VERIFY_HELP, VERIFY_OPTIONS } from './verify-blob.js';
import { counted } from '../../core/plural.js';

const STATUS_TEXT: Record<CheckResult['status'], string> = {
  ok: 'OK',
  mismatch: 'FAILED',
  missing: 'FAILED open or read (missing)',
  unreadable: 'FAILED open or read',
};

/** `trust-kit verify-checksums`: verify a signed checksums file, then the downloaded artifacts against it. */
export const verifyChecksumsCommand: Command = {
  usage: 'trust-kit verify-checksums SHA256SUMS --bundle SHA256SUMS.sigstore.json <policy> [--base DIR] [FILE...]',
  help: `Verifies the checksums file's bundle exactly as verify-blob does, then checks each FILE
against the signed checksums (each must be listed). Without FILE, checks every listed file that is
present under --base (default: the checksums file's directory), like \`sha256sum -c --ignore-missing\`.

      --bundle FILE                      the checksums file's Sigstore bundle
      --base DIR                         directory the listed names are relative to

${VERIFY_HELP}`,
  options: { ...VERIFY_OPTIONS, base: { type: 'string' } },
  async run(args, context) {
    const [checksumsPath, ...files] = args.positionals;
    if (checksumsPath === undefined) throw new TrustKitError('CLI_USAGE', 'verify-checksums needs the checksums file (e.g. SHA256SUMS)', { hint: 'run `trust-kit verify-checksums --help`' });
    const config = verifyConfig(args.values, cliNamer());
    const [bundle, policy] = await Promise.all([readBundleFile(config.bundle, context.cwd), resolvePolicy(config.policy, context.cwd)]);
    const trust = await resolveTrust(config, context.cwd, bundle);
    const outcome = await verifySignedChecksums({ checksumsPath, bundleJson: bundle, policy, trust, files, base: typeof args.values.base === 'string' ? args.values.base : undefined, cwd: context.cwd });
    if (args.values.json === true) {
      const artifacts = [
        ...outcome.results.map((result) => ({ name: result.entry.name, status: result.status, expected: `${result.entry.algorithm}:${result.entry.hex}`, ...(result.actual === undefined ? {} : { found: `${result.entry.algorithm}:${result.actual}` }) })),
        ...outcome.unlisted.map((file) => ({ name: file, status: 'unlisted' })),
      ];
      context.stdout.write(`${JSON.stringify({ checksums: checksumsPath, verified: outcome.signature, artifacts }, null, 2)}\n`);
    } else {
      context.stdout.write(`Verified OK: ${checksumsPath}\n${describeVerified(outcome.signature).join('\n')}\n`);
      for (const result of outcome.results) context.stdout.write(`${result.entry.name}: ${STATUS_TEXT[result.status]}\n`);
      for (const file of outcome.unlisted) context.stdout.write(`${file}: FAILED (not listed in ${checksumsPath})\n`);
    }
    const failed = outcome.results.filter((result) => result.status !== 'ok');
    if (failed.length > 0 || outcome.unlisted.length > 0) {
      const names = [...failed.map((result) => `${result.entry.name} (${result.status === 'mismatch' ? `expected sha256:${result.entry.hex}, found ${result.entry.algorithm}:${result.actual ?? '?'}` : result.status})`), ...outcome.unlisted.map((file) => `${file} (not listed)`)];
      throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `${counted(names.length, 'artifact')} ${names.length === 1 ? 'does' : 'do'} not match the signed ${checksumsPath}: ${names.join('; ')}`, {
        hint: 'do not use these files: download them again from the release, and check that they belong to it',
      });
    }
    if (outcome.results.length === 0) {
      throw new VerifyError('VERIFY_ARTIFACT_MISMATCH', `no file listed in ${checksumsPath} was found, so no artifact was checked`, { hint: 'name the downloaded files, or pass --base DIR where they are' });
    }
    return EXIT.OK;
  },
};

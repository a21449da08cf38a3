/** Who signed a release, as users must name it when they verify. */
export type ReleaseSigner =
  | {
      kind: 'certificate';
      identity: string | undefined;
      issuer: string;
      /** Whose Sigstore instance issued the certificate: GitHub's keeps no public log, which cosign needs extra trust material for. */
      instance: 'public-good' | 'github';
    }
  | { kind: 'key'; publicKeyFile: string; ephemeral: boolean };

/** What the instructions describe: the published file names. */
export interface VerifyInstructionsInput {
  checksumsFile: string;
  /** The checksums file's algorithm, which names the coreutils tool that checks it. */
  algorithm: 'sha256' | 'sha512';
  /** The checksums file's bundle, when it was signed. */
  bundleFile: string | undefined;
  signer: ReleaseSigner | undefined;
  sbomFiles: readonly string[];
}

/** A POSIX shell word that stands for exactly `value`, whatever it holds (quotes, spaces, `$`). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

function policyFlags(signer: ReleaseSigner): string {
  if (signer.kind === 'key') return `--key ${shellQuote(signer.publicKeyFile)}`;
  return `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`;
}

/**
 * The one trust-kit command that verifies a downloaded release (the signature on the checksums
 * file, then every file against it), run in the download directory; what VERIFY.md and the job summary show.
 */
export function releaseVerifyCommand(checksumsFile: string, bundleFile: string, signer: ReleaseSigner): string {
  return `npx trust-kit verify-checksums ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${policyFlags(signer)}`;
}

/**
 * The verification instructions of a release (VERIFY.md): exact, copy-paste commands for
 * coreutils, trust-kit and cosign, with the exact identity, never a pattern.
 */
export function renderVerifyInstructions(input: VerifyInstructionsInput): string {
  const { checksumsFile, bundleFile, signer } = input;
  const lines = ['# Verifying this release', ''];
  lines.push(
    `Download the release files, \`${checksumsFile}\`${bundleFile === undefined ? '' : ` and \`${bundleFile}\``} into one directory and run these commands there.`,
    '',
  );
  if (bundleFile !== undefined && signer !== undefined) {
    lines.push('## 1. Check the signature on the checksums file', '');
    if (signer.kind === 'key') {
      lines.push(
        signer.ephemeral
          ? `It was signed with a key made for this one run; its public key is \`${signer.publicKeyFile}\`. That proves the files are the ones signed together, not who signed them: trust it only as far as you trust where you got \`${signer.publicKeyFile}\`. Releases made in GitHub Actions are signed keylessly instead.`
          : `It was signed with a local key whose public key is \`${signer.publicKeyFile}\`; get that key from a source you trust, not from the same download.`,
        '',
      );
    } else if (signer.instance === 'github') {
      lines.push(
        `It was signed keylessly with GitHub's Sigstore instance by \`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`). GitHub's instance keeps no public transparency log; its signed timestamp proves when the signature was made. trust-kit fetches GitHub's trusted root through TUF, as \`gh\` does.`,
        '',
      );
    } else {
      lines.push(`It was signed keylessly with Sigstore by \`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`) and recorded in the public transparency log.`, '');
    }
    lines.push(
      'With trust-kit (checks the signature, then every downloaded file against the checksums):',
      '',
      '```sh',
      releaseVerifyCommand(checksumsFile, bundleFile, signer),
      '```',
      '',
    );
    // cosign verifies GitHub's instance only with trust material fetched separately; its
    // instructions would not be copy-paste exact, so they are given for the public-good instance and keys.
    if (signer.kind === 'key' || signer.instance === 'public-good') {
      // cosign requires a transparency-log entry unless told otherwise; a local key signs offline, so its bundles have none.
      const offline = signer.kind === 'key' ? ' --insecure-ignore-tlog=true' : '';
      lines.push(
        signer.kind === 'key' ? 'With cosign (2.5 or later; the key signed offline, so there is no transparency-log entry to require):' : 'With cosign (2.5 or later):',
        '',
        '```sh',
        `cosign verify-blob ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${policyFlags(signer)}${offline}`,
        '```',
        '',
      );
    }
  }
  lines.push(
    `## ${bundleFile === undefined ? '1' : '2'}. Check the files against the checksums`,
    '',
    '```sh',
    `${input.algorithm}sum --ignore-missing -c ${shellQuote(checksumsFile)}`,
    '```',
    '',
  );
  if (input.sbomFiles.length > 0) {
    lines.push('## Software bill of materials', '', `What the release is built from; listed in \`${checksumsFile}\`, so the commands above check them too:`, '', ...input.sbomFiles.map((file) => `- \`${file}\``), '');
  }
  return lines.join('\n');
}

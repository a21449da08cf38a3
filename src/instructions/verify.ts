/** Who signed a release, as users must name it when they verify. */
export type ReleaseSigner =
  | { kind: 'certificate'; identity: string | undefined; issuer: string }
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

function quote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

function policyFlags(signer: ReleaseSigner): string {
  if (signer.kind === 'key') return `--key ${quote(signer.publicKeyFile)}`;
  return `--certificate-identity ${quote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${quote(signer.issuer)}`;
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
    } else {
      lines.push(`It was signed keylessly with Sigstore by \`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`).`, '');
    }
    lines.push(
      'With trust-kit (checks the signature, then every downloaded file against the checksums):',
      '',
      '```sh',
      `npx trust-kit verify-checksums ${quote(checksumsFile)} --bundle ${quote(bundleFile)} ${policyFlags(signer)}`,
      '```',
      '',
      'With cosign (2.5 or later):',
      '',
      '```sh',
      `cosign verify-blob ${quote(checksumsFile)} --bundle ${quote(bundleFile)} ${signer.kind === 'key' ? `--key ${quote(signer.publicKeyFile)}` : policyFlags(signer)}`,
      '```',
      '',
    );
  }
  lines.push(
    `## ${bundleFile === undefined ? '1' : '2'}. Check the files against the checksums`,
    '',
    '```sh',
    `${input.algorithm}sum --ignore-missing -c ${quote(checksumsFile)}`,
    '```',
    '',
  );
  if (input.sbomFiles.length > 0) {
    lines.push('## Software bill of materials', '', 'What the release is built from:', '', ...input.sbomFiles.map((file) => `- \`${file}\``), '');
  }
  return lines.join('\n');
}

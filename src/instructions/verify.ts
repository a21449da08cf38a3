/** Who signed a release, as users must name it when they verify. */
export type ReleaseSigner =
  | {
      kind: 'certificate';
      identity: string | undefined;
      issuer: string;
      /**
       * Whose Sigstore instance issued the certificate: GitHub's keeps no public log, which cosign
       * needs extra trust material for; a private deployment is verified with its own trusted root.
       */
      instance: 'public-good' | 'github' | { private: { trustedRootFile: string } };
      /**
       * The source repository on github.com (`owner/name`) of the run that signed, which the
       * commands pin: identity and issuer alone also accept another repository that calls the
       * same reusable workflow. Undefined outside GitHub Actions on github.com.
       */
      repository: string | undefined;
      /** Logged in Rekor v2, whose entries carry no time: cosign 2 must be told to date the signature by its RFC 3161 timestamp. */
      rekorV2?: boolean;
    }
  | { kind: 'key'; publicKeyFile: string; ephemeral: boolean };

/**
 * trust-kit's verifier as the release can name it: the action repository (`owner/name` on
 * github.com) at the full commit that made the release, whose committed `dist/` runs as is.
 */
export interface PinnedVerifier {
  repository: string;
  commit: string;
}

/** What the instructions describe: the published file names. */
export interface VerifyInstructionsInput {
  checksumsFile: string;
  /** The checksums file's algorithm, which names the coreutils tool that checks it. */
  algorithm: 'sha256' | 'sha512';
  /** The checksums file's bundle, when it was signed. */
  bundleFile: string | undefined;
  signer: ReleaseSigner | undefined;
  sbomFiles: readonly string[];
  /** The attestations file, what it attests, and an artifact to show the command with; undefined when nothing was attested. */
  attestations?: { file: string; predicateTypes: readonly string[]; artifact: string } | undefined;
  /** The container images signed with the same identity, by digest (`registry/repository@sha256:...`). */
  images?: readonly string[] | undefined;
  /** Where trust-kit's verifier comes from; without it, only the other tools' commands are given. */
  verifier?: PinnedVerifier | undefined;
}

/** A POSIX shell word that stands for exactly `value`, whatever it holds (quotes, spaces, `$`). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}

const FULL_COMMIT = /^[0-9a-f]{40}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

/** The verifier when it is pinned as the instructions need it (a full commit of a github.com repository), else undefined. */
function pinned(verifier: PinnedVerifier | undefined): PinnedVerifier | undefined {
  return verifier !== undefined && FULL_COMMIT.test(verifier.commit) && REPOSITORY.test(verifier.repository) ? verifier : undefined;
}

function trustedRootFile(signer: ReleaseSigner): string | undefined {
  return signer.kind === 'certificate' && typeof signer.instance === 'object' ? signer.instance.private.trustedRootFile : undefined;
}

function trustKitPolicyFlags(signer: ReleaseSigner): string {
  if (signer.kind === 'key') return `--key ${shellQuote(signer.publicKeyFile)}`;
  const root = trustedRootFile(signer);
  return [
    `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`,
    ...(signer.repository === undefined ? [] : [`--repo ${shellQuote(signer.repository)}`]),
    ...(root === undefined ? [] : [`--trusted-root ${shellQuote(root)}`]),
  ].join(' ');
}

function cosignPolicyFlags(signer: ReleaseSigner): string {
  if (signer.kind === 'key') return `--key ${shellQuote(signer.publicKeyFile)}`;
  const root = trustedRootFile(signer);
  return [
    `--certificate-identity ${shellQuote(signer.identity ?? '<the identity in the certificate>')} --certificate-oidc-issuer ${shellQuote(signer.issuer)}`,
    // The GitHub workflow repository extension (1.3.6.1.4.1.57264.1.5) holds the repository of the run, the caller of a reusable workflow.
    ...(signer.repository === undefined ? [] : [`--certificate-github-workflow-repository ${shellQuote(signer.repository)}`]),
    ...(root === undefined ? [] : [`--trusted-root ${shellQuote(root)}`]),
    // cosign 2 counts only log times unless asked; cosign 3 uses the timestamp either way.
    ...(signer.rekorV2 === true ? ['--use-signed-timestamps'] : []),
  ].join(' ');
}

/** The directory the pinned verifier is fetched into, relative to the download directory. */
const VERIFIER_DIRECTORY = 'trust-kit-verifier';

/**
 * The trust-kit command that verifies a downloaded release (the signature on the checksums file,
 * then every file against it), run in the download directory; what VERIFY.md and the job summary
 * show. With a pinned verifier, it is preceded by the commands that fetch exactly that commit
 * (git checks every fetched object against the commit's hash); without one, it names
 * `trust-kit`, installed however the reader trusts, never `npx trust-kit`, which would run
 * whatever package holds that name on the npm registry.
 */
export function releaseVerifyCommand(checksumsFile: string, bundleFile: string, signer: ReleaseSigner, verifier?: PinnedVerifier): string {
  const flags = `verify-checksums ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${trustKitPolicyFlags(signer)}`;
  const source = pinned(verifier);
  if (source === undefined) return `trust-kit ${flags}`;
  return [
    `git init -q ${VERIFIER_DIRECTORY} && git -C ${VERIFIER_DIRECTORY} fetch -q --depth 1 ${shellQuote(`https://github.com/${source.repository}`)} ${source.commit} && git -C ${VERIFIER_DIRECTORY} checkout -q --detach ${source.commit}`,
    `node ${VERIFIER_DIRECTORY}/dist/cli/index.js ${flags}`,
  ].join('\n');
}

/**
 * The verification instructions of a release (VERIFY.md): exact, copy-paste commands for
 * coreutils, cosign and trust-kit, with the exact identity (never a pattern) and, for GitHub
 * Actions runs, the source repository pinned.
 */
export function renderVerifyInstructions(input: VerifyInstructionsInput): string {
  const { checksumsFile, bundleFile, signer } = input;
  const lines = ['# Verifying this release', ''];
  lines.push(
    `Download the release files, \`${checksumsFile}\`${bundleFile === undefined ? '' : ` and \`${bundleFile}\``} into one directory and run these commands there.`,
    '',
  );
  if (bundleFile !== undefined && signer !== undefined) {
    lines.push('## 1. Check the signature on the checksums file', '', ...describeSigner(signer));
    // cosign verifies GitHub's instance only with trust material fetched separately; its
    // instructions would not be copy-paste exact, so they are given for the other instances and keys.
    if (signer.kind === 'key' || signer.instance !== 'github') {
      // cosign requires a transparency-log entry unless told otherwise; a local key signs offline, so its bundles have none.
      const offline = signer.kind === 'key' ? ' --insecure-ignore-tlog=true' : '';
      lines.push(
        signer.kind === 'key' ? 'With cosign (2.5 or later; the key signed offline, so there is no transparency-log entry to require):' : 'With cosign (2.5 or later):',
        '',
        '```sh',
        `cosign verify-blob ${shellQuote(checksumsFile)} --bundle ${shellQuote(bundleFile)} ${cosignPolicyFlags(signer)}${offline}`,
        '```',
        '',
      );
    }
    const verifier = pinned(input.verifier);
    lines.push(
      verifier === undefined
        ? 'With trust-kit, which checks the signature, then every downloaded file against the checksums. Install it from a source you trust, pinned to a commit; do not run `npx trust-kit`: that name on the npm registry is not trust-kit\'s, so it would run whatever someone published under it.'
        : `With trust-kit's verifier, which checks the signature, then every downloaded file against the checksums. The first line fetches the commit of \`${verifier.repository}\` that made this release, and git checks every fetched file against that commit's hash; its committed \`dist/\` runs without installing anything (needs git, and Node.js 24 or another release trust-kit supports).`,
      '',
      '```sh',
      releaseVerifyCommand(checksumsFile, bundleFile, signer, verifier),
      '```',
      '',
    );
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
  if (input.attestations !== undefined) lines.push(...attestationLines(input.attestations, signer));
  if (input.images !== undefined && input.images.length > 0 && signer !== undefined) lines.push(...imageLines(input.images, signer));
  return lines.join('\n');
}

/** The attestations section: what the file attests and, for a GitHub Actions signer, the `gh attestation verify` commands. */
function attestationLines(attestations: NonNullable<VerifyInstructionsInput['attestations']>, signer: ReleaseSigner | undefined): string[] {
  const lines = ['## Attestations', '', `\`${attestations.file}\` holds in-toto attestations about every artifact, signed like the checksums file: ${attestations.predicateTypes.map((type) => `\`${type}\``).join(', ')}.`, ''];
  if (signer?.kind !== 'certificate' || signer.repository === undefined) return lines;
  lines.push('With the GitHub CLI, for any artifact (here the first):', '', '```sh');
  for (const type of attestations.predicateTypes) {
    lines.push(`gh attestation verify ${shellQuote(attestations.artifact)} --bundle ${shellQuote(attestations.file)} --repo ${shellQuote(signer.repository)} --predicate-type ${shellQuote(type)}`);
  }
  lines.push('```', '');
  return lines;
}

/** The container images section: `cosign verify` of each image by digest with the checksums file's policy (trust-kit verify-image for GitHub's instance). */
function imageLines(images: readonly string[], signer: ReleaseSigner): string[] {
  const lines = ['## Container images', '', 'These images were signed with the same identity as the checksums file; the signatures are in the registry, attached to each image by digest.', ''];
  // As for the checksums file: cosign needs trust material fetched separately for GitHub's instance; trust-kit fetches it through TUF.
  if (signer.kind === 'certificate' && signer.instance === 'github') {
    return [...lines, 'With trust-kit:', '', '```sh', ...images.map((image) => `trust-kit verify-image ${shellQuote(image)} ${trustKitPolicyFlags(signer)}`), '```', ''];
  }
  // A local key signs offline: there is no transparency-log entry to require.
  const policy = signer.kind === 'key' ? `${cosignPolicyFlags(signer)} --insecure-ignore-tlog=true` : cosignPolicyFlags(signer);
  return [...lines, 'With cosign (2.5 or later):', '', '```sh', ...images.map((image) => `cosign verify ${shellQuote(image)} ${policy}`), '```', ''];
}

function describeSigner(signer: ReleaseSigner): string[] {
  if (signer.kind === 'key') {
    return [
      signer.ephemeral
        ? `It was signed with a key made for this one run; its public key is \`${signer.publicKeyFile}\`. That proves the files are the ones signed together, not who signed them: trust it only as far as you trust where you got \`${signer.publicKeyFile}\`. Releases made in GitHub Actions are signed keylessly instead.`
        : `It was signed with a local key whose public key is \`${signer.publicKeyFile}\`; get that key from a source you trust, not from the same download.`,
      '',
    ];
  }
  const who = `\`${signer.identity ?? 'the identity in the certificate'}\` (issuer \`${signer.issuer}\`)${signer.repository === undefined ? '' : ` in a GitHub Actions run of \`${signer.repository}\``}`;
  const lines =
    signer.instance === 'github'
      ? [`It was signed keylessly with GitHub's Sigstore instance by ${who}. GitHub's instance keeps no public transparency log; its signed timestamp proves when the signature was made. trust-kit fetches GitHub's trusted root through TUF, as \`gh\` does.`, '']
      : signer.instance === 'public-good'
        ? [`It was signed keylessly with Sigstore by ${who} and recorded in the public transparency log.`, '']
        : [
            `It was signed keylessly with a private Sigstore deployment by ${who}. The commands check it against that deployment's trusted root, \`${signer.instance.private.trustedRootFile}\`: get it from the deployment's operator, not from this download, and put it next to the files.`,
            '',
          ];
  if (signer.repository !== undefined) {
    lines.push(`The commands pin the repository as well as the identity: a workflow in another repository that calls the same reusable workflow is given a certificate with the same identity, but names its own repository in it.`, '');
  }
  return lines;
}

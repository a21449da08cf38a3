import { DIGEST_ALGORITHMS, type DigestAlgorithm } from '../core/digest.js';
import { FORMAT_ALIASES, FORMAT_NAMES } from '../sbom/formats/index.js';
import { ConfigError, InputReader, type ConfigIssue, type InputNamer, type RawInputs } from './inputs.js';
import { excludePatterns } from './sbom.js';
import { signConfig, type SignConfig } from './sign.js';
import { quoted } from '../core/quote.js';

/** The SBOM part of a release: which formats of which project. */
export interface ReleaseSbomConfig {
  /** Format names (`spdx-json`, `cyclonedx-json`, ...), in the order given. */
  formats: string[];
  /** The project directory whose lockfiles are cataloged. */
  path: string;
  /** Patterns of paths under `path` not searched: the sbom command's defaults (unless `sbom-default-excludes` is false) and `sbom-exclude`. */
  exclude: string[];
  includeDev: boolean;
  strict: boolean;
  /** The organisation authoring the SBOMs (SPDX creator, CycloneDX author, the root's supplier); none when not given. */
  organization: string | undefined;
}

/** The signing part of a release: how the checksums file is signed. */
export interface ReleaseSignConfig extends SignConfig {
  /**
   * With no key and no OIDC token, sign with a key made for this run (its public key is
   * published next to the bundle) instead of following `on-missing-token`: what the CLI does
   * outside GitHub Actions with instance `auto` and no Sigstore URL, so a release can be rehearsed
   * offline. Actions, and the CLI inside an Actions job, never do this.
   */
  ephemeralKeyWithoutToken: boolean;
}

/** The images a release signs in the checksums file's session, and how. */
export interface ReleaseImagesConfig {
  /** Image references as given (`registry/repository:tag` or `@sha256:...`); each is resolved once to its digest. */
  references: string[];
  /** `both` (cosign 3's bundle referrer and cosign 2's `.sig` manifest), `cosign3` or `cosign2`. */
  format: 'both' | 'cosign3' | 'cosign2';
  /** Also sign each platform manifest of a multi-arch index. */
  recursive: boolean;
  /** Reach registries over plain HTTP (local test registries only). */
  allowHttp: boolean;
}

/** What one release run produces, validated. */
export interface ReleaseConfig {
  /** Files, directories or globs naming the release artifacts. */
  subjects: string[];
  algorithm: DigestAlgorithm;
  /** The directory artifact names are relative to. */
  base: string;
  /** Where the checksums file and everything else trust-kit makes are written; it holds one run's files only. */
  outputDir: string;
  /** Replace an output directory that holds files (an earlier run's) instead of refusing it. */
  force: boolean;
  /** Undefined when SBOMs are turned off (`sbom-format: none`). */
  sbom: ReleaseSbomConfig | undefined;
  /** Undefined when signing is turned off (`sign: false`). */
  sign: ReleaseSignConfig | undefined;
  /**
   * In-toto attestations of the artifacts, signed with the checksums file's identity: `auto` makes
   * SLSA provenance when the job's token allows it and SBOM attestations when SBOMs are made,
   * `required` fails without provenance, `off` makes none (also when signing is off).
   */
  attest: 'auto' | 'required' | 'off';
  /** Write VERIFY.md (`verify-instructions`, on unless turned off). */
  instructions: boolean;
  /** Sign every artifact on its own as well, into `<artifact>.sigstore.json`, in the checksums file's session (`artifact-bundles`). */
  artifactBundles: boolean;
  /** Write the signing audit log, `trust-kit-audit.jsonl`, signed on its own (`audit-log`). */
  auditLog: boolean;
  /**
   * Publish the offline verification kit with the release (`verification-kit`, on when signing):
   * `trust-kit-policy.json` and the trusted root signing used, listed in the checksums file.
   */
  verificationKit: boolean;
  /** Before a GitHub release is published, verify its draft's assets as VERIFY.md says (`gate`, on unless turned off). */
  gate: boolean;
  /** The GitHub release of this tag push is immutable: VERIFY.md adds `gh release verify` for GitHub's release attestation. */
  immutableRelease: boolean;
  /** Container images signed in the checksums file's session (`images`); undefined when none are named. */
  images: ReleaseImagesConfig | undefined;
  /**
   * Before publishing to a GitHub release, compare this release's evidence with the previous
   * release's (`downgrade`): `fail` refuses a weaker release, `warn` says how it is weaker, `off` does not compare.
   */
  downgrade: 'fail' | 'warn' | 'off';
  /** Publish to the GitHub release of `tag` (`github-release`); undefined when not asked for. */
  githubRelease: { tag: string } | undefined;
}

/** Defaults that differ between surfaces. */
export interface ReleaseDefaults {
  base: string;
  outputDir: string;
  /**
   * Whether a run key may stand in for a missing OIDC token when nothing asks for keyless signing
   * (instance `auto`, no Sigstore URL or trusted root): the CLI outside GitHub Actions only.
   */
  ephemeralKeyWithoutToken: boolean;
  /** The tag a GitHub release is published for when `tag` is not given: the pushed tag of a tag-push run (from GITHUB_REF). */
  tag?: string;
}

/**
 * Whether `tag` is a name git allows for a tag (git check-ref-format; `git tag` also refuses a
 * leading `-`, which a command in VERIFY.md would read as an option), so that no other name
 * reaches GitHub's API or the instructions.
 */
export function isTagName(tag: string): boolean {
  const forbidden = [...tag].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || ' ~^:?*[\\'.includes(char));
  // Each part between slashes: none begins with a dot or ends in .lock (`.v1`, `a/./b`, `x.lock/y`).
  const parts = tag.split('/');
  const badPart = parts.some((part) => part.startsWith('.') || part.endsWith('.lock'));
  return tag.length <= 250 && tag !== '@' && !forbidden && !badPart && !tag.startsWith('-') && !tag.includes('..') && !tag.includes('@{') && !tag.startsWith('/') && !tag.endsWith('/') && !tag.endsWith('.') && !tag.includes('//');
}

/**
 * Reports the image inputs set (to anything but their defaults) while no image is named: each
 * shapes image signing only, so it would do nothing. A default may be the runner's, and changes nothing.
 */
export function imageOnlyIssues(reader: InputReader, nameOf: InputNamer, given: { format: string; recursive: boolean; allowHttp: boolean }): void {
  const set = [...(given.format === 'both' ? [] : ['signature-format']), ...(given.recursive ? ['recursive'] : []), ...(given.allowHttp ? ['allow-http-registry'] : [])];
  for (const name of set) reader.report(name, `applies to images, and ${nameOf('images')} names none, so it would do nothing`);
}

/** The SBOM formats a release makes unless told otherwise. */
/** The inputs that only shape the SBOMs, which `sbom-format: none` (`--sbom-format none`) turns off: given with it, each is refused. */
export const SBOM_SHAPING_INPUTS = ['sbom-path', 'sbom-exclude', 'sbom-organization', 'sbom-default-excludes', 'include-dev', 'strict'] as const;

/** The inputs that only shape publishing to a GitHub release, which only `github-release` does: given without it, each is refused. */
export const PUBLISHING_INPUTS = ['tag', 'gate', 'downgrade'] as const;

/** The SBOM formats a release writes when `sbom-format` is not given: both, since scanners read one or the other. */
const DEFAULT_RELEASE_SBOM_FORMATS = ['spdx-json', 'cyclonedx-json'] as const;

/**
 * Validates release inputs (`subject-path`, `algorithm`, `base`, `output-dir`, `sbom-format`,
 * `sbom-path`, `sbom-organization`, `include-dev`, `strict`, `force`, `sign`, `attest`, `verify-instructions`, `artifact-bundles`, `audit-log`, `verification-kit`, `immutable-release`, `downgrade`, `gate`, the image inputs (`images`, `signature-format`, `recursive`, `allow-http-registry`), publishing (`github-release`, `tag`) and the signing inputs), reporting every problem
 * of every part at once.
 */
export function releaseConfig(raw: RawInputs, nameOf: InputNamer, defaults: ReleaseDefaults): ReleaseConfig {
  const issues: ConfigIssue[] = [];
  const reader = new InputReader(raw, nameOf);
  const subjects = reader.list('subject-path');
  if (subjects.length === 0) reader.report('subject-path', 'names no file, directory or glob; give at least one');
  const algorithm = reader.choice('algorithm', DIGEST_ALGORITHMS, 'sha256');
  const outputDir = reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir;
  const formats = reader.choices('sbom-format', [...FORMAT_NAMES, 'none'], DEFAULT_RELEASE_SBOM_FORMATS, FORMAT_ALIASES);
  if (formats.includes('none') && formats.length > 1) reader.report('sbom-format', '"none" cannot be combined with formats');
  const sbom: ReleaseSbomConfig | undefined = formats.includes('none')
    ? undefined
    : {
        formats,
        path: reader.string('sbom-path', '.') ?? '.',
        exclude: excludePatterns(reader, 'sbom-exclude', 'sbom-default-excludes'),
        includeDev: reader.boolean('include-dev', false),
        strict: reader.boolean('strict', false),
        organization: reader.string('sbom-organization'),
      };
  const signing = reader.boolean('sign', true);
  // Absent means off: the root action's action.yml defaults it to auto, the CLI asks for it with --attest.
  const attestChoice = reader.choice('attest', ['auto', 'true', 'false'] as const, 'false');
  if (attestChoice === 'true' && !signing) reader.report('attest', 'needs signing: attestations are signed with the checksums file\'s identity; signing is turned off (--no-sign, the input sign: false)');
  const attest = !signing || attestChoice === 'false' ? 'off' : attestChoice === 'true' ? 'required' : 'auto';
  const instructions = reader.boolean('verify-instructions', true);
  const artifactBundles = reader.boolean('artifact-bundles', false);
  if (artifactBundles && !signing) reader.report('artifact-bundles', 'needs signing: the bundles are signatures; signing is turned off (--no-sign, the input sign: false)');
  const auditLog = reader.boolean('audit-log', false);
  if (auditLog && !signing) reader.report('audit-log', 'needs signing: it records what was signed; signing is turned off (--no-sign, the input sign: false)');
  const verificationKit = reader.boolean('verification-kit', signing);
  if (verificationKit && !signing) reader.report('verification-kit', 'needs signing: the policy names the signer; signing is turned off (--no-sign, the input sign: false)');
  const imageReferences = reader.list('images');
  if (imageReferences.length > 0 && !signing) reader.report('images', 'needs signing: images are signed in the checksums file\'s session; signing is turned off (--no-sign, the input sign: false)');
  const imageFormat = reader.choice('signature-format', ['both', 'cosign3', 'cosign2'] as const, 'both');
  const recursive = reader.boolean('recursive', false);
  const allowHttp = reader.boolean('allow-http-registry', false);
  if (imageReferences.length === 0) imageOnlyIssues(reader, nameOf, { format: imageFormat, recursive, allowHttp });
  const githubRelease = reader.boolean('github-release', false);
  const tag = reader.string('tag', defaults.tag);
  if (githubRelease && tag === undefined) reader.report('tag', 'is needed to publish a GitHub release outside a run for a tag push (GITHUB_REF is not refs/tags/...): name the tag to release');
  else if (tag !== undefined && !isTagName(tag)) reader.report('tag', `is ${quoted(tag.slice(0, 100))}, not a git tag name`);
  const config: ReleaseConfig = {
    subjects,
    algorithm,
    base: reader.string('base', defaults.base) ?? defaults.base,
    outputDir,
    force: reader.boolean('force', false),
    sbom,
    sign: undefined,
    attest,
    instructions,
    artifactBundles,
    auditLog,
    verificationKit,
    immutableRelease: reader.boolean('immutable-release', false),
    gate: reader.boolean('gate', true),
    images: imageReferences.length === 0 ? undefined : { references: imageReferences, format: imageFormat, recursive, allowHttp },
    downgrade: reader.choice('downgrade', ['fail', 'warn', 'off'] as const, 'fail'),
    githubRelease: githubRelease && tag !== undefined ? { tag } : undefined,
  };
  try {
    reader.finish();
  } catch (error) {
    issues.push(...(error as ConfigError).issues);
  }
  if (signing) {
    try {
      // The checksums file is the one thing a release signs; its path is known only once it is written.
      const sign = signConfig({ ...raw, 'subject-path': [`${outputDir}/${algorithm.toUpperCase()}SUMS`], bundle: undefined }, nameOf);
      const asksForKeyless = sign.fulcioURL !== undefined || sign.rekorURL !== undefined || sign.tsaURL !== undefined || sign.trustedRoot !== undefined;
      config.sign = { ...sign, ephemeralKeyWithoutToken: defaults.ephemeralKeyWithoutToken && sign.key === undefined && sign.instance === 'auto' && !asksForKeyless };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return config;
}

import { ConfigError, InputReader, type ConfigIssue, type InputNamer, type RawInputs } from './inputs.js';
import { signConfig, type SignConfig } from './sign.js';
import { quoted } from '../core/quote.js';

/** What an attestation attests: SLSA provenance of the run, an SBOM, or a custom predicate. */
export type AttestConfigType = 'slsaprovenance' | 'spdx' | 'cyclonedx' | 'custom' | 'sbom';

/** What `trust-kit attest` and the attest action do, validated. */
export interface AttestConfig {
  /** `sbom` tells SPDX from CycloneDX by the document's content (the action's `sbom-path`). */
  type: AttestConfigType;
  /** The predicate document (SBOM or custom predicate); undefined for provenance. */
  predicatePath: string | undefined;
  /** The custom predicate's type URI. */
  predicateType: string | undefined;
  /** Files, directories and globs whose SHA-256 digests are subjects. */
  subjectPaths: string[];
  /** `name@sha256:<hex>` subjects. */
  subjectReferences: string[];
  /** A checksums file listing subjects. */
  checksums: string | undefined;
  /** The directory file subjects are named relative to. */
  base: string;
  /** One statement per subject instead of up to 1,024 per statement. */
  perSubject: boolean;
  /** Where the bundle goes when the run makes one; `<name>.sigstore.json` in the output directory otherwise. */
  bundle: string | undefined;
  /** Where `<name>.intoto.jsonl` and `<name>.sigstore.json` are written. */
  outputDir: string;
  /** Where the issuer's discovery document is, when not under the token's issuer. */
  oidcDiscoveryURL: string | undefined;
  sign: SignConfig;
}

/** The attestation types a user may name. */
export const ATTEST_TYPE_CHOICES = ['slsaprovenance', 'spdx', 'cyclonedx', 'custom'] as const;

/**
 * Validates attestation inputs (`type`, `predicate`, `predicate-type`, `subject-path`, `subject`,
 * `checksums`, `base`, `per-subject`, `bundle`, `output-dir`, `oidc-discovery-url`, and the
 * signing inputs), reporting every problem at once. `defaults.sbomInput` names the input an SBOM is
 * given as on a surface without `type` (the attest action's `sbom-path`).
 */
export function attestConfig(raw: RawInputs, nameOf: InputNamer, defaults: { base: string; outputDir: string; sbomInput?: 'sbom-path' }): AttestConfig {
  const issues: ConfigIssue[] = [];
  const reader = new InputReader(raw, nameOf);
  const predicatePath = reader.string('predicate');
  const predicateType = reader.string('predicate-type');
  const sbomPath = reader.string('sbom-path');
  const named = reader.string('type') === undefined ? undefined : reader.choice('type', ATTEST_TYPE_CHOICES, 'slsaprovenance');
  // Without a type: a custom predicate when one is given, an SBOM for sbom-path, provenance otherwise (actions/attest's modes).
  let type: AttestConfigType = named ?? (sbomPath !== undefined ? 'sbom' : predicatePath !== undefined || predicateType !== undefined ? 'custom' : 'slsaprovenance');
  if (sbomPath !== undefined && (predicatePath !== undefined || predicateType !== undefined)) reader.report('sbom-path', `attests an SBOM; it cannot be combined with ${nameOf('predicate')} or ${nameOf('predicate-type')}`);
  if (sbomPath !== undefined && named !== undefined && named !== 'spdx' && named !== 'cyclonedx') reader.report('type', `is ${quoted(named)}, but sbom-path names an SBOM`);
  if (sbomPath !== undefined && named === undefined) type = 'sbom';
  const document = sbomPath ?? predicatePath;
  if (type === 'slsaprovenance' && predicatePath !== undefined) reader.report('predicate', 'is not used for SLSA provenance, which is built from the run; drop it or pick --type spdx|cyclonedx|custom');
  // Without a type named, only a predicate type asked for the custom predicate: said so, not as a type the user never gave.
  if (type !== 'slsaprovenance' && document === undefined) reader.report('predicate', named === undefined ? `is required with ${nameOf('predicate-type')}: the JSON document of that type to attest` : `is required for type ${quoted(type)}: the JSON document to attest`);
  if (type === 'custom' && predicateType === undefined) {
    if (named === undefined) {
      // The user gave a document and no type: likely an SBOM, which its name may say (trust-kit's own sbom.spdx.json, sbom.cdx.json, sbom.cdx-1.5.json).
      const sbomTypes = /\.spdx\.json$/i.test(predicatePath ?? '') ? ['spdx'] : /\.cdx(-[\d.]+)?\.json$/i.test(predicatePath ?? '') ? ['cyclonedx'] : ['spdx', 'cyclonedx'];
      // The action has no type input: an SBOM is given as sbom-path instead.
      const asSbom = defaults.sbomInput === undefined ? `add ${sbomTypes.map((sbomType) => `${nameOf('type')} ${sbomType}`).join(' or ')}` : `give it as ${nameOf(defaults.sbomInput)} instead`;
      reader.report('predicate-type', `is required with ${nameOf('predicate')}${defaults.sbomInput === undefined ? ` and no ${nameOf('type')}` : ''}, which attests it as a custom predicate of the type this URI names; to attest an SBOM, ${asSbom}`);
    } else reader.report('predicate-type', 'is required for a custom predicate: a URI naming its type');
  }
  // With sbom-path, the pair is reported above.
  if (type !== 'custom' && predicateType !== undefined && sbomPath === undefined) reader.report('predicate-type', `is for custom predicates; type ${quoted(type)} has its own`);
  const subjectPaths = reader.list('subject-path');
  // base names file subjects relative to it: without any it would change nothing, silently. '.', the default (which the runner passes), says nothing.
  const base = reader.string('base');
  if (base !== undefined && base !== '.' && base !== defaults.base && subjectPaths.length === 0) reader.report('base', `applies only to the files of ${nameOf('subject-path')} (their names are relative to it), and none are given, so it would do nothing`);
  const subjectReferences = reader.list('subject');
  const checksums = reader.string('checksums');
  const discovery = reader.string('oidc-discovery-url');
  if (discovery !== undefined && !/^https?:\/\/[^\s?#]+$/.test(discovery)) reader.report('oidc-discovery-url', 'must be an http(s) base URL without a query string');
  // The URL is named in every error about the issuer's keys: a user name and password would be printed with it.
  else if (discovery !== undefined && /^https?:\/\/[^/]*@/.test(discovery)) reader.report('oidc-discovery-url', 'must not carry credentials');
  const config: Omit<AttestConfig, 'sign'> = {
    type,
    predicatePath: document,
    predicateType,
    subjectPaths,
    subjectReferences,
    checksums,
    base: base ?? defaults.base,
    perSubject: reader.boolean('per-subject', false),
    bundle: reader.string('bundle'),
    outputDir: reader.string('output-dir', defaults.outputDir) ?? defaults.outputDir,
    oidcDiscoveryURL: discovery,
  };
  try {
    reader.finish();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  let sign: SignConfig | undefined;
  try {
    // Statements are signed, not files: the subject list only satisfies the signing inputs' check.
    sign = signConfig({ ...raw, 'subject-path': ['statement'], checksums: undefined, bundle: undefined }, nameOf);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || sign === undefined) throw new ConfigError(issues);
  return { ...config, sign };
}

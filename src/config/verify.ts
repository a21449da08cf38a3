import { isWorkflowRef } from '../core/workflow-ref.js';
import { InputReader, type InputNamer, type RawInputs } from './inputs.js';
import { boundedText, quoted } from '../core/quote.js';
import { compileUserPattern, loadPatternEngine } from '../core/pattern.js';

/** How an identity or issuer is matched: exactly, or by a pattern (RE2 syntax) that must match all of it, with the input it came from as the user knows it. */
export type MatchConfig = { kind: 'exact'; value: string } | { kind: 'regexp'; pattern: string; input: string };

/** Who must have signed: the holder of a local key, or a keyless identity (cosign's flags, or GitHub shortcuts). */
export type SignerPolicyConfig =
  | {
      kind: 'key';
      keyPath: string;
      /** `insecure-ignore-tlog`, cosign's flag: accept a bundle without a transparency-log entry (signed offline); else one is required and verified. */
      ignoreTlog: boolean;
    }
  | {
      kind: 'certificate';
      /** Undefined when `--repo`/`--signer-workflow` build the identity. */
      identity: MatchConfig | undefined;
      /** Undefined means GitHub Actions' issuer, allowed only with the GitHub shortcuts. */
      issuer: MatchConfig | undefined;
      /** `owner/name`: the source repository extension must be exactly this repository. */
      repo: string | undefined;
      /** `owner`: the source repository owner extension must be exactly this owner (`--owner` of verify-attestation). */
      owner: string | undefined;
      /** `owner/repo/path[@ref]`: the workflow that signed. */
      signerWorkflow: string | undefined;
      /** `owner/name`: a workflow of this repository signed (`--signer-repo` of verify-attestation, as gh's). */
      signerRepo?: string | undefined;
      /**
       * `refs/...`: the source repository ref extension must be exactly this ref (`--source-ref`, as
       * gh's): what pins a release signed by a reusable workflow, whose identity names the reusable
       * workflow's ref, the same for every branch that calls it, to the caller's tag.
       */
      sourceRef?: string | undefined;
    };

/** What `trust-kit verify-blob`/`verify-checksums` and the verify action check, validated. */
export interface VerifyConfig {
  bundle: string;
  policy: SignerPolicyConfig;
  /** A trusted_root.json or `gh attestation trusted-root` JSONL; undefined uses the public-good root from TUF. */
  trustedRoot: string | undefined;
}

/** GitHub user and organization names; Enterprise Managed Users' names carry an underscore and a suffix (`mona_acme`). */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})$/;
const REPO = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** A full ref, as GitHub's certificates hold it. */
const SOURCE_REF = /^refs\/(?:heads|tags|pull)\/\S+$/;
const SIGNER_WORKFLOW = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?\/)?[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}\/[^@\s]+(?:@\S+)?$/;

/**
 * The ref after a workflow file's `@` in a signer workflow when no GitHub Actions certificate can
 * hold it (a bare tag or branch, a short commit: the identity holds `refs/...` or the full commit),
 * else undefined. Matched exactly, such a ref only ever fails, as a signature by someone else would.
 */
export function unheldRef(signerWorkflow: string): string | undefined {
  // After the file's last `.yml@`: a ref may hold an `@` of its own (a monorepo tag, `pkg@1.2.3`).
  const match = /^.*\.ya?ml@(.+)$/.exec(signerWorkflow);
  if (match?.[1] === undefined || isWorkflowRef(match[1])) return undefined;
  return match[1];
}

/** What is wrong with a signer workflow whose ref {@link unheldRef} found, and how to write it. */
export function unheldRefMessage(signerWorkflow: string, ref: string): string {
  return `is ${quoted(signerWorkflow)}, whose ref ${quoted(ref)} no certificate holds: GitHub writes the workflow's ref in full, refs/tags/${ref} for a tag or refs/heads/${ref} for a branch, or the full commit SHA it was called at; give one of those, or leave out "@${ref}" to accept any ref`;
}

/**
 * Validates the verification inputs (`bundle`, the policy flags as cosign names them, `repo`,
 * `signer-workflow`, `trusted-root`, `key`, `insecure-ignore-tlog`), reporting every problem at once. A keyless policy
 * needs an identity and an issuer, each exact or regexp but not both, unless the GitHub
 * shortcuts imply them; `key` excludes identity flags.
 */
export function verifyConfig(raw: RawInputs, nameOf: InputNamer): VerifyConfig {
  const reader = new InputReader(raw, nameOf);
  const bundle = reader.required('bundle');
  const identity = readMatch(reader, 'certificate-identity', nameOf);
  const issuer = readMatch(reader, 'certificate-oidc-issuer', nameOf);
  const repo = reader.string('repo');
  const owner = reader.string('owner');
  const signerWorkflow = reader.string('signer-workflow');
  const signerRepo = reader.string('signer-repo');
  const sourceRef = reader.string('source-ref');
  const key = reader.string('key');
  const trustedRoot = reader.string('trusted-root');
  const ignoreTlog = reader.boolean('insecure-ignore-tlog', false);
  if (repo !== undefined && !REPO.test(repo)) reader.report('repo', `is ${quoted(repo)}; expected owner/name, e.g. octo-org/widget`);
  if (owner !== undefined && !OWNER.test(owner)) reader.report('owner', `is ${quoted(owner)}; expected a user or organization name, e.g. octo-org`);
  if (owner !== undefined && repo !== undefined && repo.split('/')[0]?.toLowerCase() !== owner.toLowerCase()) reader.report('owner', `is ${quoted(owner)}, but ${nameOf('repo')} ${repo} belongs to another owner`);
  if (sourceRef !== undefined && !SOURCE_REF.test(sourceRef)) reader.report('source-ref', `is ${quoted(sourceRef)}; expected a full ref, e.g. refs/tags/v1.2.3 or refs/heads/main`);
  if (signerRepo !== undefined && !REPO.test(signerRepo)) reader.report('signer-repo', `is ${quoted(signerRepo)}; expected owner/name, e.g. octo-org/shared-workflows`);
  if (signerRepo !== undefined && signerWorkflow !== undefined) reader.report('signer-repo', `cannot be combined with ${nameOf('signer-workflow')}: give the workflow, or only its repository`);
  if (signerWorkflow !== undefined && !SIGNER_WORKFLOW.test(signerWorkflow)) {
    reader.report('signer-workflow', `is ${quoted(signerWorkflow)}; expected [host/]owner/repo/path[@ref], e.g. octo-org/widget/.github/workflows/release.yml`);
  } else if (signerWorkflow !== undefined) {
    const ref = unheldRef(signerWorkflow);
    if (ref !== undefined) {
  reader.report('signer-workflow', unheldRefMessage(signerWorkflow, ref));
    }
  }
  let policy: SignerPolicyConfig;
  if (key !== undefined) {
    for (const name of ['certificate-identity', 'certificate-identity-regexp', 'certificate-oidc-issuer', 'certificate-oidc-issuer-regexp', 'repo', 'owner', 'signer-workflow', 'signer-repo']) {
      if (reader.string(name) !== undefined) reader.report(name, 'cannot be combined with a key: key-signed bundles carry no identity');
    }
    if (sourceRef !== undefined) reader.report('source-ref', 'cannot be combined with a key: key-signed bundles carry no source');
    policy = { kind: 'key', keyPath: key, ignoreTlog };
  } else {
    const github = repo !== undefined || owner !== undefined || signerWorkflow !== undefined || signerRepo !== undefined;
    // A value given but refused (a pattern that does not compile, exact and pattern both) was reported already: it is not missing too.
    const given = (name: string): boolean => reader.string(name) !== undefined || reader.string(`${name}-regexp`) !== undefined;
    if (identity === undefined && !github && !given('certificate-identity')) {
      reader.report('certificate-identity', `is required for keyless bundles (or ${nameOf('certificate-identity-regexp')}, ${nameOf('repo')}, ${nameOf('signer-workflow')}, or ${nameOf('key')} for key-signed ones)`);
    }
    if (identity !== undefined && signerWorkflow !== undefined) reader.report('signer-workflow', 'cannot be combined with an explicit certificate identity');
    if (identity !== undefined && signerRepo !== undefined) reader.report('signer-repo', 'cannot be combined with an explicit certificate identity');
    if (issuer === undefined && !github && !given('certificate-oidc-issuer')) reader.report('certificate-oidc-issuer', `is required for keyless bundles (or ${nameOf('certificate-oidc-issuer-regexp')}), e.g. https://token.actions.githubusercontent.com`);
    // A keyless bundle is held to what its instance's trusted root requires (a log entry where it lists logs): no flag weakens that.
    if (ignoreTlog) reader.report('insecure-ignore-tlog', `goes with ${nameOf('key')}: a keyless bundle must have what the trusted root of its instance requires (a transparency-log entry where it lists logs, else a signed timestamp)`);
    policy = { kind: 'certificate', identity, issuer, repo, owner, signerWorkflow, ...(signerRepo === undefined ? {} : { signerRepo }), ...(sourceRef === undefined ? {} : { sourceRef }) };
  }
  reader.finish();
  return { bundle: bundle ?? '', policy, trustedRoot };
}

function readMatch(reader: InputReader, name: string, nameOf: InputNamer): MatchConfig | undefined {
  const exact = reader.string(name);
  const pattern = reader.string(`${name}-regexp`);
  if (exact !== undefined && pattern !== undefined) {
    reader.report(`${name}-regexp`, `cannot be combined with ${nameOf(name)}: give the exact value or a pattern`);
    return undefined;
  }
  if (exact !== undefined) return { kind: 'exact', value: exact };
  if (pattern === undefined) return undefined;
  const compiled = compileUserPattern(pattern);
  if ('problem' in compiled) {
    reader.report(`${name}-regexp`, patternProblem(compiled.problem));
    return undefined;
  }
  return { kind: 'regexp', pattern, input: nameOf(`${name}-regexp`) };
}

/** How a pattern RE2 refuses is told, with RE2's own words. */
export function patternProblem(problem: string): string {
  return `is not a valid regular expression (RE2 syntax, as cosign reads it): ${boundedText(problem)}`;
}

/**
 * Readies what a verify config's patterns are compiled with, when `raw` gives one (an input ending
 * in `-regexp`), before {@link verifyConfig} or {@link attestationVerifyConfig} reads it.
 */
export async function loadPatternsOf(raw: RawInputs): Promise<void> {
  if (Object.entries(raw).some(([name, value]) => name.endsWith('-regexp') && value !== undefined && value !== '')) await loadPatternEngine();
}

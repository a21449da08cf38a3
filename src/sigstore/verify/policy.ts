import type { KeyObject } from 'node:crypto';
import { boundedText, quoted } from '../../core/quote.js';
import { compileUserPattern, loadPatternEngine } from '../../core/pattern.js';
import type { FulcioExtensionName } from './certificate.js';
import type { VerifyPolicyCode } from './errors.js';
import { isWorkflowRef, WORKFLOW_REF, workflowRefAt } from '../../core/workflow-ref.js';

/** How a policy value is compared: exactly, or with a regular expression that must match the whole value. */
export type Matcher = { kind: 'exact'; value: string } | { kind: 'regexp'; pattern: string; test: (value: string) => boolean; ignoreCase?: boolean };

/** A keyless policy: who must have signed (certificate identity and OIDC issuer) and, optionally, Fulcio extensions that must be equal. */
export interface CertificatePolicy {
  kind: 'certificate';
  identity: Matcher;
  issuer: Matcher;
  /** Extensions compared exactly, e.g. the source repository URI for `--repo`. */
  extensions: Partial<Record<FulcioExtensionName, string>>;
  /** Extensions of {@link extensions} compared ignoring ASCII case: GitHub owner and repository names, which GitHub treats so. */
  extensionsIgnoringCase?: readonly FulcioExtensionName[];
  /**
   * The codes a mismatch is reported with, where the check stands for something more specific
   * than an identity (an identity built from `--signer-workflow` or `--repo`, the runner
   * extension of `--deny-self-hosted-runners`); VERIFY_POLICY_IDENTITY_MISMATCH and
   * VERIFY_POLICY_EXTENSION_MISMATCH otherwise.
   */
  mismatchCodes?: { identity?: VerifyPolicyCode; extensions?: Partial<Record<FulcioExtensionName, VerifyPolicyCode>> };
}

/** A local-key policy: the bundle must be signed by this public key. */
export interface KeyPolicy {
  kind: 'key';
  publicKey: KeyObject;
  /** Where the key came from, for messages. */
  source: string;
  /**
   * Whether the bundle must carry a transparency-log entry, verified against the trusted root, as
   * cosign's `verify --key` requires unless told `--insecure-ignore-tlog`: `ignored` accepts a
   * bundle signed offline, whose signature nobody can see in a public log.
   */
  transparencyLog: 'required' | 'ignored';
}

/** What a bundle must prove beyond a valid signature: who signed it. */
export type VerificationPolicy = CertificatePolicy | KeyPolicy;

/** The OIDC issuer of GitHub Actions tokens. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** An exact matcher. */
export function exactly(value: string): Matcher {
  return { kind: 'exact', value };
}

/**
 * A matcher of a pattern trust-kit writes itself (escaped names around fixed syntax, never a
 * user's: those are {@link userMatcher}'s), a JavaScript regular expression anchored at both ends
 * (`^(?:pattern)$`): an unanchored pattern would accept any identity that merely contains it.
 * `ignoreCase` folds ASCII letters only, as GitHub compares names: with Unicode folding the Kelvin
 * sign matched `k`. Throws `SyntaxError` for an invalid pattern.
 */
export function matching(pattern: string, options: { ignoreCase?: boolean } = {}): Matcher {
  // Compiled alone first: a pattern such as `a)|(.*` is invalid by itself, yet would close the anchoring group and match anything.
  new RegExp(pattern, 'u');
  const ignoreCase = options.ignoreCase === true;
  const regexp = ignoreCase ? new RegExp(`^(?:${pattern})$`, 'i') : new RegExp(`^(?:${pattern})$`, 'u');
  return { kind: 'regexp', pattern, test: (value) => regexp.test(value), ...(ignoreCase ? { ignoreCase } : {}) };
}

/**
 * A matcher of a pattern a user gave, matched whole in RE2 syntax (see compileUserPattern): as
 * cosign and Go's `regexp.MatchString` users write `-regexp` flags, but anchored at both ends.
 */
export async function userMatcher(pattern: string): Promise<Matcher | { problem: string }> {
  await loadPatternEngine();
  const compiled = compileUserPattern(pattern);
  return 'problem' in compiled ? compiled : { kind: 'regexp', pattern, test: compiled.test };
}

/** Whether a value satisfies a matcher. */
export function matches(matcher: Matcher, value: string | undefined): boolean {
  if (value === undefined) return false;
  return matcher.kind === 'exact' ? value === matcher.value : matcher.test(value);
}

/** A matcher as users wrote it, for messages. */
export function describeMatcher(matcher: Matcher): string {
  return matcher.kind === 'exact' ? quoted(matcher.value) : `/^(?:${boundedText(matcher.pattern)})$/${matcher.ignoreCase === true ? 'i' : ''}`;
}

/** Escapes every character that has a meaning in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The policy for bundles signed in GitHub Actions of repository `owner/name` (or of any repository
 * of `owner`): the Fulcio source repository (owner) extension must be that repository (owner) and,
 * unless a signer workflow is given, the identity a workflow of that same repository (owner)
 * (reusable workflows in other repositories need `signerWorkflow`, `[host/]owner/repo/path[@ref]`
 * as gh takes it, or `signerRepo`, any workflow of that repository). Owner and repository match in
 * any case, as GitHub names them (one repository answers to every case of its name, so none can be
 * another's) and `gh attestation verify` compares them; the signer workflow matches exactly, as in
 * gh. The ref starts at the identity's first `@refs/`, else its last `@` (see {@link workflowRefAt}).
 */
export function githubPolicy(options: { repo?: string; owner?: string; signerWorkflow?: string; signerRepo?: string; host?: string }): CertificatePolicy {
  let host = options.host ?? 'github.com';
  let signerWorkflow = options.signerWorkflow;
  const first = signerWorkflow?.slice(0, signerWorkflow.indexOf('/')) ?? '';
  // Owner names cannot contain dots, so a first segment with one is a host (github.com, tenant.ghe.com).
  if (signerWorkflow !== undefined && first.includes('.')) {
    host = first;
    signerWorkflow = signerWorkflow.slice(first.length + 1);
  }
  const extensions: CertificatePolicy['extensions'] = {};
  if (options.repo !== undefined) extensions.sourceRepositoryURI = `https://${host}/${options.repo}`;
  // The repository's owner too, as gh checks it (the owner extension, .1.16): a certificate whose two disagree is no one's.
  const owner = options.owner ?? options.repo?.slice(0, options.repo.indexOf('/'));
  if (owner !== undefined) extensions.sourceRepositoryOwnerURI = `https://${host}/${owner}`;
  let identity: Matcher;
  if (signerWorkflow !== undefined) {
    const [workflow, ref] = splitRef(signerWorkflow);
    const prefix = `https://${host}/${workflow}`;
    identity = ref === undefined ? matching(`${escapeRegExp(prefix)}@${WORKFLOW_REF}`) : exactly(`${prefix}@${ref}`);
  } else if (options.signerRepo !== undefined) {
    // gh's --signer-repo: a workflow of that repository, named in any case as gh matches it.
    identity = matching(`${escapeRegExp(`https://${host}/${options.signerRepo}/`)}\\.github/workflows/\\S+@${WORKFLOW_REF}`, { ignoreCase: true });
  } else if (options.repo === undefined && options.owner !== undefined) {
    identity = matching(`${escapeRegExp(`https://${host}/${options.owner}/`)}[^/@\\s]+/\\.github/workflows/\\S+@${WORKFLOW_REF}`, { ignoreCase: true });
  } else {
    identity = matching(`${escapeRegExp(`https://${host}/${options.repo ?? ''}/`)}\\.github/workflows/\\S+@${WORKFLOW_REF}`, { ignoreCase: true });
  }
  return { kind: 'certificate', identity, issuer: exactly(GITHUB_ACTIONS_ISSUER), extensions, extensionsIgnoringCase: ['sourceRepositoryURI', 'sourceRepositoryOwnerURI'] };
}

/** `path[@ref]` split where its ref starts ({@link workflowRefAt}) when a ref or commit follows: a workflow file's name may hold an `@` too. */
function splitRef(signerWorkflow: string): [string, string | undefined] {
  const at = workflowRefAt(signerWorkflow);
  const ref = at === -1 ? undefined : signerWorkflow.slice(at + 1);
  return ref === undefined || !isWorkflowRef(ref) ? [signerWorkflow, undefined] : [signerWorkflow.slice(0, at), ref];
}

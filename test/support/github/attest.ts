import { cliNamer } from '../../../src/config/inputs.js';
import { signConfig } from '../../../src/config/sign.js';
import { silentLogger } from '../../../src/core/logger.js';
import { openSigningSession } from '../../../src/sigstore/sign/index.js';
import type { GitHubClaims, SigstoreStack } from '../sigstore/index.js';

/** An in-toto subject. */
export interface Subject {
  name: string;
  digest: Record<string, string>;
}

/** A SLSA provenance v1 predicate shaped as GitHub's workflow build type writes it, from a run's claims. */
export function provenancePredicate(claims: GitHubClaims, server = 'https://github.com'): Record<string, unknown> {
  // As actions/toolkit's attest package takes it: the workflow_ref without the repository and `@<ref>` (a path may hold an @ of its own).
  const workflowPath = claims.workflow_ref.slice(claims.repository.length + 1).replace(`@${claims.ref}`, '');
  return {
    buildDefinition: {
      buildType: 'https://actions.github.io/buildtypes/workflow/v1',
      externalParameters: { workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath } },
      internalParameters: { github: { event_name: claims.event_name, repository_id: claims.repository_id, repository_owner_id: claims.repository_owner_id, runner_environment: claims.runner_environment } },
      resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}` },
    },
  };
}

/** The claims of a JWT, read without checking it (the token was just minted by the loopback issuer). */
export function claimsOf(token: string): GitHubClaims {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as GitHubClaims;
}

/** Options of {@link signAttestation}. */
export interface AttestationOptions {
  subjects: readonly Subject[];
  /** Claim overrides of the signing run (another repository, a reusable workflow, a self-hosted runner). */
  claims?: Partial<GitHubClaims>;
  /** Default SLSA provenance v1 with a predicate made from the run's claims. */
  predicateType?: string;
  predicate?: unknown;
  /** Public-good (Rekor) by default; `github` signs with a timestamp only, as GitHub's instance does. */
  instance?: 'public-good' | 'github';
  /** The stack's Rekor v2 log instead of its v1 one (a stack started with `rekor: 'v2'` or `'both'`). */
  rekorVersion?: 2;
}

/**
 * Signs an in-toto statement keyless on the loopback stack through trust-kit's signing session,
 * as a GitHub Actions run with the given claims: the bundle's certificate carries those claims'
 * Fulcio extensions. Returns the bundle and the file text (JSON and a newline).
 */
export async function signAttestation(stack: SigstoreStack, options: AttestationOptions): Promise<{ bundle: Record<string, unknown>; text: string; claims: GitHubClaims }> {
  const token = stack.oidc.mintToken(options.claims ?? {});
  const claims = claimsOf(token);
  const instance = options.instance ?? 'public-good';
  const raw: Record<string, string> = { 'subject-path': 'unused', instance, 'fulcio-url': stack.fulcioURL, 'trusted-root': stack.trustedRootPath };
  if (instance === 'public-good' && options.rekorVersion === 2) Object.assign(raw, { 'rekor-url': stack.rekorV2URL ?? '', 'rekor-version': '2' });
  else if (instance === 'public-good' && stack.rekorURL !== undefined) raw['rekor-url'] = stack.rekorURL;
  if (stack.tsaURL !== undefined) raw['tsa-url'] = stack.tsaURL;
  const opened = await openSigningSession(signConfig(raw, cliNamer()), { cwd: process.cwd(), env: { SIGSTORE_ID_TOKEN: token }, run: { serverURL: 'https://github.com', payload: undefined, visibility: undefined }, logger: silentLogger });
  if (opened.session === undefined) throw new Error('no signing session on the loopback stack');
  const predicateType = options.predicateType ?? 'https://slsa.dev/provenance/v1';
  const predicate = options.predicate ?? (predicateType === 'https://slsa.dev/provenance/v1' ? provenancePredicate(claims) : {});
  const signed = await opened.session.signStatement({ _type: 'https://in-toto.io/Statement/v1', subject: options.subjects, predicateType, predicate }, 'attestation');
  return { bundle: signed.bundle as unknown as Record<string, unknown>, text: signed.text, claims };
}

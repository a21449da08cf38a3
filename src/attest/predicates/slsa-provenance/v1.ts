import type { VerifiedWorkflowClaims } from '../../../github/claims.js';
import type { Predicate } from '../../statement.js';

/** The predicate type of SLSA provenance v1. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** The build type of GitHub Actions workflows, as GitHub's own provenance names it. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/** What provenance records besides the verified claims. */
export interface ProvenanceRun {
  /** `GITHUB_SERVER_URL`, e.g. https://github.com. */
  serverURL: string;
  /**
   * The `workflow_dispatch` inputs of the run (from the event payload), recorded only for
   * workflow_dispatch runs: they are parameters the person who started the run chose.
   */
  inputs?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The workflow file's path: `workflow_ref` (`<owner>/<repo>/<path>@<ref>`) without the repository
 * and `@<ref>`, cut by the ref the token names rather than at an `@`, since the path and the ref may
 * each hold one (the build type says so). A workflow_ref not ending in that ref ends at its last `@`.
 */
function workflowPathOf(claims: VerifiedWorkflowClaims): string {
  const rest = claims.workflow_ref.slice(claims.repository.length + 1);
  const suffix = `@${claims.ref}`;
  if (rest.endsWith(suffix)) return rest.slice(0, -suffix.length);
  const at = rest.lastIndexOf('@');
  return at === -1 ? rest : rest.slice(0, at);
}

/**
 * SLSA provenance v1 for a GitHub Actions run, built only from verified token claims: the fields
 * of GitHub's own provenance (buildType, the workflow as external parameters, the event, ids and
 * runner environment as internal parameters, the commit as resolved dependency, the signing
 * workflow as builder, the run attempt as invocation), plus what GitHub's leaves out:
 * `workflow_dispatch` inputs and the runner environment beside the builder. No start or end time:
 * SLSA's are the build's, and the provenance is made within the run (after the build, before the run
 * ends), which knows neither; GitHub's provenance leaves them out too.
 */
export function slsaProvenanceV1(claims: VerifiedWorkflowClaims, run: ProvenanceRun): Predicate {
  const server = run.serverURL.replace(/\/+$/, '');
  const repositoryURL = `${server}/${claims.repository}`;
  const workflowPath = workflowPathOf(claims);
  const external: Record<string, unknown> = { workflow: { ref: claims.ref, repository: repositoryURL, path: workflowPath } };
  // workflow_dispatch inputs are strings, numbers and booleans; anything else in the payload is not an input.
  // Empty ones are left out, as the build type asks, so that a policy compares only what was chosen.
  const inputs = Object.entries(run.inputs ?? {}).filter(([, value]) => (typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean');
  if (claims.event_name === 'workflow_dispatch' && inputs.length > 0) external.inputs = Object.fromEntries(inputs);
  return {
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: GITHUB_WORKFLOW_BUILD_TYPE,
        externalParameters: external,
        internalParameters: {
          github: {
            event_name: claims.event_name,
            repository_id: claims.repository_id,
            repository_owner_id: claims.repository_owner_id,
            runner_environment: claims.runner_environment,
          },
        },
        resolvedDependencies: [{ uri: `git+${repositoryURL}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
      },
      runDetails: {
        builder: { id: `${server}/${claims.job_workflow_ref}`, version: { runner_environment: claims.runner_environment } },
        metadata: {
          invocationId: `${repositoryURL}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
        },
      },
    },
  };
}

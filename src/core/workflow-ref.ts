/**
 * What follows `@` in a GitHub Actions identity, as regular expression source: a branch, tag or
 * pull-request ref, or the commit a reusable workflow was called by (`uses: owner/repo/path@<sha>`
 * puts the SHA-1 or SHA-256 commit there). A branch or tag may hold an `@` of its own, as monorepo
 * release tags do (`refs/tags/pkg@1.2.3`).
 */
export const WORKFLOW_REF = '(?:refs/(?:heads|tags|pull)/\\S+|[0-9a-f]{40}|[0-9a-f]{64})';

const WHOLE_WORKFLOW_REF = new RegExp(`^${WORKFLOW_REF}$`);

/** Whether `ref` is one a GitHub Actions identity can hold after its `@` (see {@link WORKFLOW_REF}). */
export function isWorkflowRef(ref: string): boolean {
  return WHOLE_WORKFLOW_REF.test(ref);
}

/**
 * Where the ref starts in a GitHub Actions identity or `--signer-workflow` (`path@ref`): at the first
 * `@refs/`, since a workflow file's name holds no `/` and a ref may hold an `@` (`refs/tags/pkg@1.2.3`);
 * else at the last `@` (a commit, or no ref: a workflow file's name may hold an `@` too). -1 without one.
 */
export function workflowRefAt(identity: string): number {
  const refs = identity.indexOf('@refs/');
  return refs !== -1 ? refs : identity.lastIndexOf('@');
}

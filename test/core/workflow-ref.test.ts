import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWorkflowRef, workflowRefAt } from '../../src/core/workflow-ref.js';

const SAN = (ref: string, file = 'release.yml'): string => `https://github.com/octo-org/widget/.github/workflows/${file}@${ref}`;

describe('workflowRefAt', () => {
  it('starts the ref at the first @refs/ (a file name holds no /), else at the last @', () => {
    const at = (text: string): string => text.slice(workflowRefAt(text) + 1);
    assert.equal(at(SAN('refs/tags/pkg@1.2.3')), 'refs/tags/pkg@1.2.3');
    assert.equal(at(SAN('refs/heads/main', 're@lease.yml')), 'refs/heads/main');
    assert.equal(at(SAN('a'.repeat(40), 're@lease.yml')), 'a'.repeat(40));
    assert.equal(workflowRefAt('octo-org/widget/.github/workflows/release.yml'), -1);
  });
});

describe('isWorkflowRef', () => {
  it('takes refs as certificates hold them, an @ inside included, and nothing shorter', () => {
    for (const ref of ['refs/tags/v1', 'refs/tags/pkg@1.2.3', 'refs/heads/feature@x', 'refs/pull/7/merge', 'a'.repeat(40), 'b'.repeat(64)]) assert.ok(isWorkflowRef(ref), ref);
    for (const ref of ['v1', 'main', 'abc1234', 'pkg@1.2.3', 'refs/tags/', 'refs/remotes/x', 'a'.repeat(41)]) assert.ok(!isWorkflowRef(ref), ref);
  });
});

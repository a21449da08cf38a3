import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { expectedDocs, parseAction, renderTables, REUSABLE_WORKFLOW_DESCRIPTION, staleDocs } from '../../scripts/gen-action-docs.js';
import { RELEASE_PIPELINE } from '../../src/release/pipeline.js';

const root = join(import.meta.dirname, '..', '..');

test('README.md and docs/actions.md say what every action.yml declares (run `npm run docs:actions` after editing one)', () => {
  assert.deepEqual(staleDocs(root), []);
});

function scratchAction(description: string): string {
  return `name: root\ndescription: The root.\ninputs:\n  subject-path:\n    description: ${description}\n    required: true\noutputs:\n  bundle-path:\n    description: The bundle.\nruns:\n  using: node24\n  main: x.js\n`;
}

function scratchRepository(description: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'trust-kit-action-docs-'));
  mkdirSync(join(dir, 'actions', 'sign'), { recursive: true });
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'action.yml'), scratchAction(description));
  writeFileSync(join(dir, 'actions', 'sign', 'action.yml'), 'name: sign\ndescription: Signs.\ninputs:\n  key:\n    description: A key.\n    default: none\nruns:\n  using: node24\n  main: x.js\n');
  writeFileSync(join(dir, 'README.md'), '# x\n<!-- action-docs:root -->\n<!-- /action-docs:root -->\ntext\n<!-- action-docs:sub-actions -->\n<!-- /action-docs:sub-actions -->\n');
  return dir;
}

test('a changed description in an action.yml makes the generated docs stale until they are written again', () => {
  const dir = scratchRepository('The files.');
  try {
    for (const [path, content] of expectedDocs(dir)) writeFileSync(join(dir, path), content);
    assert.deepEqual(staleDocs(dir), []);
    writeFileSync(join(dir, 'action.yml'), scratchAction('The release files.'));
    assert.deepEqual(staleDocs(dir).sort(), ['README.md', join('docs', 'actions.md')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a README without the markers is a clear error, not a silent pass', () => {
  const dir = scratchRepository('The files.');
  try {
    writeFileSync(join(dir, 'README.md'), '# x\n');
    assert.throws(() => expectedDocs(dir), /README\.md has no "<!-- action-docs:root -->"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tables name required inputs and defaults, and escape pipes in descriptions', () => {
  const action = parseAction('actions/x', 'name: x\ndescription: >-\n  Two\n  lines.\ninputs:\n  a:\n    description: one | two\n    required: true\n  b:\n    description: B.\n    default: ""\noutputs: {}\n');
  assert.equal(action.description, 'Two lines.');
  assert.equal(renderTables(action), ['| input | required | default | description |', '| --- | --- | --- | --- |', '| `a` | yes |  | one \\| two |', '| `b` | no | `""` | B. |', '', 'No outputs.'].join('\n'));
});

test("the reusable workflow's summary counts its jobs as release.yml does", () => {
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as { jobs: Record<string, unknown> };
  const jobs = Object.keys(workflow.jobs).length;
  assert.match(REUSABLE_WORKFLOW_DESCRIPTION, jobs === 1 ? /\bin a job of its own\b/ : /\bin jobs of its own\b/);
});

test("the root action's failed-step output names every step a release can fail in, and no other", () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { outputs: Record<string, { description: string }> };
  const listed = [...(action.outputs['failed-step']?.description ?? '').matchAll(/`([a-z-]+)`/g)].map((match) => match[1]).sort();
  // `inputs`: inputs refused before the pipeline starts (src/actions/release/main.ts).
  const steps = ['inputs', ...RELEASE_PIPELINE.flat().map((step) => step.name)].sort();
  assert.deepEqual(listed, steps);
});

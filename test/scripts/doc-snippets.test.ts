import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { checkActionInputs, checkFile, lintMarkdownWorkflows, markdownWorkflows, userDocuments } from '../../scripts/workflow-lint.js';

const root = join(import.meta.dirname, '..', '..');

test('every workflow snippet of the docs passes the workflow checks: actionlint, zizmor, shellcheck, pinned uses, least privilege, real inputs', async () => {
  const { snippets, findings } = await lintMarkdownWorkflows(root, userDocuments(root));
  // README.md's two workflows and the action snippets of docs/sbom.md and docs/verify.md, at least.
  assert.ok(snippets >= 5, `found ${snippets} workflow snippets`);
  assert.deepEqual(
    findings.map((finding) => `${relative(root, finding.file)}:${finding.line}: [${finding.rule}] ${finding.message}`),
    [],
  );
});

test('a step list is wrapped into a workflow whose findings (a tag, an unknown input, a missing required one) point back at the document line', () => {
  const markdown = ['# x', '', '```yaml', '- uses: OWNER/trust-kit/actions/verify@v1', '  with:', '    nope: 1', '```', ''].join('\n');
  const [snippet] = markdownWorkflows(markdown);
  assert.ok(snippet !== undefined);
  assert.equal(snippet.line, 4);
  const findings = [...checkFile('snippet.yml', snippet.text), ...checkActionInputs('snippet.yml', snippet.text, root)];
  assert.deepEqual(
    findings.map((finding) => [finding.rule, snippet.line + finding.line - 1 - snippet.offset]),
    [
      ['unpinned-uses', 4],
      ['action-inputs', 6],
      ['action-inputs', 4],
    ],
  );
});

test('placeholders for the owner and the full commit stand for a pinned trust-kit; a tag does not', () => {
  const [pinned] = markdownWorkflows('```yaml\n- uses: <org>/trust-kit@<full commit SHA> # v1\n  with:\n    subject-path: dist/\n```\n');
  assert.ok(pinned !== undefined);
  assert.deepEqual(checkFile('snippet.yml', pinned.text), []);
  assert.deepEqual(checkActionInputs('snippet.yml', pinned.text, root), []);
  const [tagged] = markdownWorkflows('```yaml\n- uses: <org>/trust-kit@v1\n  with:\n    subject-path: dist/\n```\n');
  assert.deepEqual(checkFile('snippet.yml', tagged?.text ?? '').map((finding) => finding.rule), ['unpinned-uses']);
});

test('id-token: write and attestations: write only in a job that signs or attests, never for every job', () => {
  const workflow = `name: x
on: push
permissions:
  id-token: write
jobs:
  build:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      id-token: write
      attestations: write
    steps:
      - run: make dist
  sign:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
      attestations: write
    steps:
      - uses: trust-kit/trust-kit/actions/attest@${'0'.repeat(40)} # v1
        with:
          subject-path: dist/
  checks:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    steps:
      - uses: trust-kit/trust-kit/actions/checksums@${'0'.repeat(40)} # v1
        with:
          subject-path: dist/
  npm:
    runs-on: ubuntu-24.04
    permissions:
      id-token: write
    steps:
      - run: npm publish --provenance
`;
  assert.deepEqual(
    checkFile('.github/workflows/x.yml', workflow).map((finding) => `${finding.rule}:${finding.line}:${/job "(\w+)"/.exec(finding.message)?.[1] ?? 'top'}`),
    ['least-privilege:4:top', 'least-privilege:9:build', 'least-privilege:9:build', 'least-privilege:26:checks'],
  );
});

test("the docs' findings, zizmor's too, name the document and its line", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-kit-doc-lint-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'README.md'), ['# x', '', 'text', '', '```yaml', '- uses: actions/checkout@v5', '  with:', '    persist-credentials: false', '```', ''].join('\n'));
  const { snippets, findings } = await lintMarkdownWorkflows(dir, userDocuments(dir));
  assert.equal(snippets, 1);
  assert.deepEqual([...new Set(findings.map((finding) => `${relative(dir, finding.file)}:${finding.line}:${finding.rule}`))].sort(), ['README.md:6:unpinned-uses', 'README.md:6:zizmor:unpinned-uses']);
});

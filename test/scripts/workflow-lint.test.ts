import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionlint, checkFile, shellcheck } from '../../scripts/workflow-lint.js';

const insecure = `name: bad
on: pull_request
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v5
      - uses: some/action@main
      - uses: ./local
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: |
          echo ok
          rm -rf $DIR/build
`;

test('our rules catch a missing permissions block, unpinned uses and expressions in run', () => {
  const findings = checkFile('.github/workflows/bad.yml', insecure);
  assert.deepEqual(
    findings.map((finding) => [finding.rule, finding.line]),
    [
      ['permissions', 1],
      ['unpinned-uses', 7],
      ['unpinned-uses', 8],
      ['expression-in-run', 11],
    ],
  );
});

test('a pinned, least-privilege workflow passes', () => {
  const good = insecure
    .replace('on: pull_request\n', 'on: pull_request\npermissions:\n  contents: read\n')
    .replace('actions/checkout@v5', 'actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0')
    .replace('      - uses: some/action@main\n', '')
    .replace('echo "${{ github.event.pull_request.title }}"', 'echo "$TITLE"');
  assert.deepEqual(checkFile('.github/workflows/good.yml', good), []);
});

test('shellcheck runs on every run block and reports the YAML line', () => {
  const findings = shellcheck('.github/workflows/bad.yml', insecure);
  assert.ok(findings.some((finding) => finding.rule === 'shellcheck:note' && finding.line === 14 && /SC2086|quote/i.test(finding.message)), JSON.stringify(findings));
});

test('actionlint flags untrusted input in scripts', async () => {
  const findings = await actionlint('.github/workflows/bad.yml', insecure);
  assert.ok(findings.some((finding) => finding.line === 11 && /potentially untrusted/.test(finding.message)), JSON.stringify(findings));
});

test('action metadata needs descriptions, node24 and an existing main', () => {
  const action = `name: x
description: y
inputs:
  a:
    required: true
runs:
  using: node20
  main: ../../dist/nope/index.js
`;
  const rules = checkFile('actions/x/action.yml', action).map((finding) => `${finding.rule}:${finding.line}`);
  assert.deepEqual(rules, ['action-metadata:4', 'action-runtime:7', 'action-runtime:8']);
});

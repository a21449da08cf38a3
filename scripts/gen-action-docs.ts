/**
 * `npm run docs:actions`: writes each action's inputs and outputs, read from its action.yml (and the
 * reusable workflow's, from its `on.workflow_call`), into
 * docs/actions.md and into the README between `<!-- action-docs:NAME -->` markers, so that the
 * docs never drift from the metadata the runner reads. `--check` writes nothing and fails when a
 * file differs from what would be written (test/scripts/action-docs.test.ts runs the same check).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

/** One input or output of an action, as its action.yml declares it. */
export interface ActionField {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}

/** An action's documented surface: where it lives and what it takes and gives. */
export interface ActionDoc {
  /** `.` for the root action, else `actions/<name>`. */
  path: string;
  /** How a workflow calls it, relative to the repository (`<org>/trust-kit`, `<org>/trust-kit/actions/sign`). */
  uses: string;
  name: string;
  description: string;
  inputs: ActionField[];
  outputs: ActionField[];
}

interface ActionMetadata {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown } | null>;
  outputs?: Record<string, { description?: string } | null>;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Reads one action.yml into its documented surface. */
export function parseAction(path: string, text: string): ActionDoc {
  const metadata = (parse(text) ?? {}) as ActionMetadata;
  return {
    path,
    uses: path === '.' ? '<org>/trust-kit' : `<org>/trust-kit/${path}`,
    name: metadata.name ?? path,
    description: oneLine(metadata.description ?? ''),
    inputs: Object.entries(metadata.inputs ?? {}).map(([name, input]) => ({
      name,
      description: oneLine(input?.description ?? ''),
      required: input?.required === true,
      ...(input?.default === undefined ? {} : { default: String(input.default) }),
    })),
    outputs: Object.entries(metadata.outputs ?? {}).map(([name, output]) => ({ name, description: oneLine(output?.description ?? ''), required: false })),
  };
}

interface WorkflowMetadata {
  name?: string;
  on?: { workflow_call?: { inputs?: ActionMetadata['inputs']; outputs?: ActionMetadata['outputs'] } };
}

/** Reads the reusable workflow's `workflow_call` inputs and outputs as an action's surface. */
export function parseReusableWorkflow(path: string, text: string, description: string): ActionDoc {
  const call = ((parse(text) ?? {}) as WorkflowMetadata).on?.workflow_call ?? {};
  const asAction = parseAction(path, JSON.stringify({ description, inputs: call.inputs ?? {}, outputs: call.outputs ?? {} }));
  return { ...asAction, uses: `<org>/trust-kit/${path}`, name: path };
}

const REUSABLE_WORKFLOW = '.github/workflows/release.yml';
/** What the reusable workflow does, for the docs (a workflow file has no description field). */
export const REUSABLE_WORKFLOW_DESCRIPTION =
  'The reusable release workflow: downloads what the caller built, hashes it again, makes SBOMs, signs with its own identity, attests provenance and publishes the GitHub Release, in a job of its own.';

/** The root action and every sub-action of the repository at `root`, root first, then by name. */
export function readActions(root: string): ActionDoc[] {
  const subActions = readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort();
  return [
    parseAction('.', readFileSync(join(root, 'action.yml'), 'utf8')),
    ...subActions.map((name) => parseAction(`actions/${name}`, readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))),
  ];
}

// A table cell: pipes would end the cell, newlines the row.
const cell = (text: string): string => text.replaceAll('|', '\\|');
const code = (text: string): string => (text === '' ? '`""`' : `\`${text.replaceAll('`', '')}\``);

/** The inputs and outputs tables of one action, in Markdown. */
export function renderTables(action: ActionDoc): string {
  const lines = ['| input | required | default | description |', '| --- | --- | --- | --- |'];
  for (const input of action.inputs) {
    lines.push(`| \`${input.name}\` | ${input.required ? 'yes' : 'no'} | ${input.default === undefined ? '' : code(input.default)} | ${cell(input.description)} |`);
  }
  if (action.inputs.length === 0) lines.splice(0, 2, 'No inputs.');
  lines.push('');
  if (action.outputs.length === 0) {
    lines.push('No outputs.');
  } else {
    lines.push('| output | description |', '| --- | --- |');
    for (const output of action.outputs) lines.push(`| \`${output.name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

const anchor = (action: ActionDoc): string => (action.path === '.' ? 'the-root-action' : action.path === REUSABLE_WORKFLOW ? 'the-reusable-workflow' : action.path.replace('/', '-'));
const heading = (action: ActionDoc): string => (action.path === '.' ? 'The root action' : action.path === REUSABLE_WORKFLOW ? 'The reusable workflow' : action.path);
const metadataLink = (action: ActionDoc): string => `../${action.path === '.' ? 'action.yml' : action.path.endsWith('.yml') ? action.path : `${action.path}/action.yml`}`;

/** docs/actions.md: every action with its tables. */
export function renderActionsPage(actions: ActionDoc[]): string {
  const parts = [
    '# Actions and the reusable workflow: inputs and outputs',
    '',
    '<!-- Generated from each action.yml by `npm run docs:actions`; CI fails when this file differs. Edit the action.yml. -->',
    '',
    'Pin every action by full commit SHA (`uses: <org>/trust-kit@<sha> # v1.x.y`): see [SECURITY.md](../SECURITY.md).',
    '',
    "An input set to an empty string is an input left out, as GitHub Actions gives both alike: `key: ${{ secrets.KEY_PATH }}` with the secret unset signs keylessly, as no `key` does. Where that must fail instead, say what you mean: `instance: key` refuses a missing `key` (the CLI refuses an empty `--key` itself).",
    '',
    ...actions.map((action) => `- [\`${action.uses}\`](#${anchor(action)}): ${action.description}`),
  ];
  for (const action of actions) {
    parts.push('', `## ${heading(action)}`, '', `<a id="${anchor(action)}"></a>`, '', `\`uses: ${action.uses}@<sha>\` ([metadata](${metadataLink(action)}))`, '', action.description, '', renderTables(action));
  }
  return `${parts.join('\n')}\n`;
}

/** Replaces what stands between `<!-- action-docs:NAME -->` and `<!-- /action-docs:NAME -->`. */
export function replaceBetweenMarkers(text: string, name: string, content: string, file: string): string {
  const start = `<!-- action-docs:${name} -->`;
  const end = `<!-- /action-docs:${name} -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no "${start}" ... "${end}" block; add the markers where the generated text belongs`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

/** Every generated file's expected content, by path relative to `root`. */
export function expectedDocs(root: string): Map<string, string> {
  const actions = readActions(root);
  const workflowPath = join(root, REUSABLE_WORKFLOW);
  const workflow = existsSync(workflowPath) ? parseReusableWorkflow(REUSABLE_WORKFLOW, readFileSync(workflowPath, 'utf8'), REUSABLE_WORKFLOW_DESCRIPTION) : undefined;
  const rootAction = actions[0];
  if (rootAction === undefined) throw new Error('no action.yml at the repository root');
  const subActionList = actions
    .slice(1)
    .map((action) => `- [\`${action.path}\`](docs/actions.md#${anchor(action)}): ${action.description} Inputs: ${action.inputs.map((input) => `\`${input.name}\``).join(', ')}; outputs: ${action.outputs.map((output) => `\`${output.name}\``).join(', ')}.`)
    .join('\n');
  let readme = readFileSync(join(root, 'README.md'), 'utf8');
  readme = replaceBetweenMarkers(readme, 'root', renderTables(rootAction), 'README.md');
  readme = replaceBetweenMarkers(readme, 'sub-actions', subActionList, 'README.md');
  if (workflow !== undefined) readme = replaceBetweenMarkers(readme, 'reusable-workflow', renderTables(workflow), 'README.md');
  return new Map([
    ['README.md', readme],
    [join('docs', 'actions.md'), renderActionsPage(workflow === undefined ? actions : [...actions, workflow])],
  ]);
}

/** The generated files that differ from what is on disk. */
export function staleDocs(root: string): string[] {
  return [...expectedDocs(root)].filter(([path, content]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== content).map(([path]) => path);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = join(import.meta.dirname, '..');
  if (process.argv.includes('--check')) {
    const stale = staleDocs(root);
    for (const path of stale) console.error(`docs:actions: ${path} differs from its action.yml files; run \`npm run docs:actions\``);
    process.exitCode = stale.length === 0 ? 0 : 1;
  } else {
    for (const [path, content] of expectedDocs(root)) writeFileSync(join(root, path), content);
    console.log('docs:actions: wrote README.md and docs/actions.md');
  }
}

import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** What a bundled action run left behind, read the way the runner reads it. */
export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string };
}

/** Parses a `GITHUB_OUTPUT` file: `name<<delimiter` heredocs and `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc !== null) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '');
      outputs[name] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

/**
 * The inputs the runner passes for an action.yml's declared defaults (`INPUT_<NAME>` is set to the
 * default when the workflow leaves an input out), for calling an action's `run` as a workflow does.
 * `${{ github.token }}` defaults are left out: they are expressions the runner evaluates.
 */
export function actionDefaults(actionYml: string): Record<string, string> {
  const metadata = parse(readFileSync(actionYml, 'utf8')) as ActionMetadata;
  return Object.fromEntries(Object.entries(metadata.inputs ?? {}).flatMap(([name, spec]) => (spec.default === undefined || spec.default.includes('${{') ? [] : [[name, spec.default]])));
}

/**
 * Runs an action's committed bundle exactly as the runner does: a clean environment, inputs as
 * `INPUT_<NAME>` variables (hyphens kept, defaults from action.yml applied), and `GITHUB_OUTPUT`
 * and `GITHUB_STEP_SUMMARY` files, with the workspace as working directory. Asynchronous, so
 * that loopback servers in the test process keep answering while the action runs.
 */
export async function runActionBundle(actionYml: string, inputs: Record<string, string>, workspace: string, env: Record<string, string> = {}): Promise<ActionRun> {
  const metadata = parse(readFileSync(actionYml, 'utf8')) as ActionMetadata;
  if (metadata.runs.using !== 'node24') throw new Error(`${actionYml}: runs.using is ${metadata.runs.using}, expected node24`);
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) if (spec.default !== undefined) values[name] = spec.default;
  for (const [name, value] of Object.entries(inputs)) {
    if (metadata.inputs?.[name] === undefined) throw new Error(`${actionYml} declares no input "${name}"`);
    values[name] = value;
  }
  const outputFile = join(workspace, '.github-output');
  const summaryFile = join(workspace, '.github-step-summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(values).map(([name, value]) => [`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`, value]));
  const child = spawn(process.execPath, [resolve(dirname(actionYml), metadata.runs.main)], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/**
 * Leak scan: runs a command that was given a secret and searches everything it could have written
 * (stdout, stderr, GITHUB_OUTPUT, the job summary, GITHUB_ENV/STATE and every file it created or
 * changed) for the secret in every form a log or file could carry it. The forms are computed here
 * with Node's own encoders, independently of src/secrets/forms.ts.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
/** Node 24 from the devDependency, as every test runs it. */
export const NODE = join(ROOT, 'node_modules', '.bin', 'node');
/** `node` arguments that run a TypeScript entry point of this repository. */
export const TSX = ['--import', import.meta.resolve('tsx')];
/** The CLI entry point run from source. */
export const CLI_ENTRY = join(ROOT, 'src', 'cli', 'main.ts');

/** What to run: `node <args>` in `cwd` with exactly `env` (plus the runner files the harness adds). */
export interface LeakScanRun {
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  /** The secret the command was given (in env, a file or an input). */
  secret: Uint8Array | string;
  /** More directories whose new or changed files are scanned (cwd and the runner files always are). */
  directories?: readonly string[];
}

/** One place a form of the secret was found. */
export interface Leak {
  where: string;
  form: string;
}

/** The command's outcome and every leak found. */
export interface LeakScanResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Whether the secret was registered with the runner's masker (an `::add-mask::` line). */
  masked: boolean;
  /** Every output and file that was searched, relative to its directory. */
  scanned: string[];
  leaks: Leak[];
}

/** Each named form the secret could take in text: plain, lines, base64/base64url at every alignment, hex, URL, JSON. */
export function secretForms(secret: Uint8Array | string): Map<string, Buffer> {
  const bytes = Buffer.from(typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret);
  const text = bytes.toString('utf8');
  const forms = new Map<string, Buffer>([['plain', bytes]]);
  text.split(/\r?\n/).forEach((line, index, lines) => {
    if (lines.length > 1 && line.length >= 4) forms.set(`line ${index + 1}`, Buffer.from(line));
  });
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((shift * 8) / 6), Math.floor(((shift + bytes.length) * 8) / 6));
    forms.set(`base64 (offset ${shift})`, Buffer.from(core));
    forms.set(`base64url (offset ${shift})`, Buffer.from(core.replace(/\+/g, '-').replace(/\//g, '_')));
  }
  forms.set('hex', Buffer.from(bytes.toString('hex')));
  forms.set('HEX', Buffer.from(bytes.toString('hex').toUpperCase()));
  forms.set('url', Buffer.from(encodeURIComponent(text)));
  forms.set('json', Buffer.from(JSON.stringify(text).slice(1, -1)));
  forms.set('utf-16le', Buffer.from(text, 'utf16le'));
  return forms;
}

/** The forms of `secret` found in `data`. */
export function findForms(data: Buffer, secret: Uint8Array | string): string[] {
  return [...secretForms(secret)].filter(([, form]) => form.length > 0 && data.includes(form)).map(([name]) => name);
}

type Snapshot = Map<string, string>;

async function snapshot(dir: string): Promise<Snapshot> {
  const files: Snapshot = new Map();
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files.set(path, createHash('sha256').update(await readFile(path)).digest('hex'));
    }
  };
  await walk(dir);
  return files;
}

/** Lines the runner consumes and never shows: registering a secret with the masker necessarily carries it. */
const ADD_MASK_LINE = /^::add-mask::.*$/gm;

/**
 * Runs the command, then scans stdout and stderr (without `::add-mask::` lines), the runner files and
 * every file created or changed under `cwd` and `directories` for every form of the secret.
 */
export async function runAndScan(run: LeakScanRun): Promise<LeakScanResult> {
  const runner = await mkdtemp(join(tmpdir(), 'trust-kit-runner-'));
  try {
    const runnerFiles = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_ENV: 'env', GITHUB_STATE: 'state' };
    const env: Record<string, string> = { RUNNER_TEMP: runner, ...run.env };
    for (const [variable, name] of Object.entries(runnerFiles)) {
      env[variable] ??= join(runner, name);
      await writeFile(env[variable], '');
    }
    const directories = [run.cwd, runner, ...(run.directories ?? [])];
    const before = new Map<string, Snapshot>();
    for (const dir of directories) before.set(dir, await snapshot(dir));
    const child = spawn(NODE, [...run.args], { cwd: run.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exitCode) => resolve(exitCode));
    });
    const out = Buffer.concat(stdout).toString('utf8');
    const err = Buffer.concat(stderr).toString('utf8');
    const leaks: Leak[] = [];
    const scanned = ['stdout', 'stderr'];
    for (const form of findForms(Buffer.from(out.replace(ADD_MASK_LINE, '')), run.secret)) leaks.push({ where: 'stdout', form });
    // The CLI registers masks on stderr (its stdout is the command's output); the runner reads both.
    for (const form of findForms(Buffer.from(err.replace(ADD_MASK_LINE, '')), run.secret)) leaks.push({ where: 'stderr', form });
    for (const dir of directories) {
      const previous = before.get(dir) ?? new Map<string, string>();
      for (const [path, digest] of await snapshot(dir)) {
        if (previous.get(path) === digest) continue;
        const name = dir === runner ? `runner/${relative(dir, path)}` : relative(run.cwd, path);
        scanned.push(name);
        for (const form of findForms(await readFile(path), run.secret)) leaks.push({ where: name, form });
      }
    }
    return { code, stdout: out, stderr: err, masked: /^::add-mask::/m.test(out) || /^::add-mask::/m.test(err), scanned, leaks };
  } finally {
    await rm(runner, { recursive: true, force: true });
  }
}

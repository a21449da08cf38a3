// Every trust-kit command line the docs show, in their shell blocks and code spans, names a command
// the CLI has and flags that command takes, as its parser reads them: a renamed or removed flag
// fails here, not on a reader's terminal.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseArgs } from 'node:util';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { userDocuments } from '../../scripts/workflow-lint.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** How the docs run the CLI: from a clone, installed, the pinned verifier, the bundle. */
const INVOCATION = /(?:^|[\s`(;&|])(?:npx trust-kit|trust-kit|node trust-kit-verifier\/dist\/cli\/index\.js|node dist\/cli\/index\.js) ([a-z][a-z-]+)(?=\s|$|`)/;

/** Shell words of a line, quotes removed (enough for the docs' lines: no variables, no escapes inside quotes). */
function words(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) out.push(match[1] ?? match[2] ?? match[3] ?? '');
  return out;
}

/** The trust-kit command lines of a document: shell block lines (continuations joined) and inline code spans. */
function commandLines(text: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  // The fenced block a line is in: a shell one, another kind, or none.
  let fence: 'shell' | 'other' | undefined;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (/^\s*```/.test(raw)) {
      fence = fence !== undefined ? undefined : /^\s*```(?:sh|bash|shell|console)\s*$/.test(raw) ? 'shell' : 'other';
      continue;
    }
    if (fence === 'shell') {
      let line = raw;
      const start = index;
      while (line.endsWith('\\') && index + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++index] ?? ''}`;
      found.push({ line: start + 1, text: line.replace(/\s#\s.*$/, '') });
    } else if (fence === undefined) {
      for (const span of raw.matchAll(/`([^`]+)`/g)) found.push({ line: index + 1, text: span[1] ?? '' });
    }
  }
  return found.filter((entry) => INVOCATION.test(entry.text));
}

/** Problems with one shown command line: an unknown command, or flags its parser refuses; none when it is sound. */
async function problemsOf(text: string): Promise<string[]> {
  const problems: string[] = [];
  for (const segment of text.split(/\s*(?:&&|\||;)\s*/)) {
    const match = INVOCATION.exec(` ${segment}`);
    if (match === null) continue;
    const name = match[1] ?? '';
    const entry = COMMANDS.find((command) => command.name === name);
    if (entry === undefined) {
      problems.push(`no command "${name}" (${segment})`);
      continue;
    }
    const command = await entry.load();
    // What follows the command name, up to a redirection; `...` stands for more of the reader's own.
    const args = words(segment.slice(segment.indexOf(` ${name}`) + name.length + 1)).filter((word) => word !== '...' && !word.startsWith('>'));
    try {
      parseArgs({ args, options: { ...command.options, help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } }, allowPositionals: true, allowNegative: true, strict: true });
    } catch (error) {
      problems.push(`${(error as Error).message} (${segment})`);
    }
  }
  return problems;
}

test('every trust-kit command the docs show is a command with the flags it takes', async () => {
  const problems: string[] = [];
  let checked = 0;
  for (const document of userDocuments(ROOT)) {
    for (const { line, text } of commandLines(readFileSync(join(ROOT, document), 'utf8'))) {
      checked += 1;
      for (const problem of await problemsOf(text)) problems.push(`${document}:${line}: ${problem}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked > 40, `checked ${checked} command lines`);
});

test("every trust-kit command a command's --help shows is a command with the flags it takes", async () => {
  const problems: string[] = [];
  for (const entry of COMMANDS) {
    const { help } = await entry.load();
    for (const span of help.replaceAll('\n', ' ').matchAll(/`([^`]+)`/g)) {
      if (!INVOCATION.test(span[1] ?? '')) continue;
      for (const problem of await problemsOf(span[1] ?? '')) problems.push(`trust-kit ${entry.name} --help: ${problem}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a shown command with a flag the command does not take, or no such command, is a problem', async () => {
  assert.deepEqual((await problemsOf("npx trust-kit verify-blob app.tgz --bundel 'app.tgz.sigstore.json' --repo o/r")).length, 1);
  assert.match((await problemsOf('git init -q x && node trust-kit-verifier/dist/cli/index.js verify-checksum SHA256SUMS'))[0] ?? '', /no command "verify-checksum"/);
  assert.deepEqual(await problemsOf("trust-kit verify-checksums 'SHA256SUMS' --bundle 'SHA256SUMS.sigstore.json' ... --repo 'OWNER/REPO'"), []);
});

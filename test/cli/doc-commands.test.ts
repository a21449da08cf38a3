// Every trust-kit command line the docs show, in their shell blocks and code spans, names a command
// the CLI has and flags that command takes, as its parser reads them: a renamed or removed flag
// fails here, not on a reader's terminal.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { test } from 'node:test';
import { parseArgs } from 'node:util';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { parse } from 'yaml';
import { markdownWorkflows, userDocuments } from '../../scripts/workflow-lint.js';

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
      const { values, positionals } = parseArgs({ args, options: { ...command.options, help: { type: 'boolean', short: 'h' }, verbose: { type: 'boolean' } }, allowPositionals: true, allowNegative: true, strict: true });
      problems.push(...refusedUses(name, values, positionals).map((problem) => `${problem} (${segment})`));
    } catch (error) {
      problems.push(`${(error as Error).message} (${segment})`);
    }
  }
  return problems;
}

/**
 * What the CLI refuses, or fails on, in a command that parses: the rules readers copy wrong when
 * the docs lag behind them. Only what a shown line says decides (`...` stands for the reader's own).
 */
function refusedUses(name: string, values: Record<string, unknown>, positionals: readonly string[]): string[] {
  const problems: string[] = [];
  const given = (flag: string): boolean => values[flag] !== undefined;
  // Every empty flag value is refused (an unset shell variable), `--rekor-url ''` too.
  for (const [flag, value] of Object.entries(values)) {
    if ((typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.some((item) => typeof item === 'string' && item.trim() === ''))) problems.push(`--${flag} is empty, which the CLI refuses`);
  }
  // trust-kit signs with a key offline: its bundles verify with --key only beside --insecure-ignore-tlog.
  if (name.startsWith('verify-') && given('key') && !given('insecure-ignore-tlog')) problems.push('--key without --insecure-ignore-tlog: a bundle trust-kit signed with a key has no log entry, which verifying then requires');
  // A custom Fulcio on the public-good (or auto) instance needs its own log named.
  if (given('fulcio-url') && !given('rekor-url') && !given('signing-config') && !given('key') && values.instance !== 'github' && values.instance !== 'key') problems.push('--fulcio-url without --rekor-url (or --instance github, or --signing-config), which the CLI refuses');
  // A trusted root lying directly in the release directory could be a release asset.
  // So could a policy, naming whoever replaced the release as its signer.
  const dir = positionals[0];
  for (const flag of ['trusted-root', 'policy']) {
    const file = values[flag];
    const rest = typeof file === 'string' && dir !== undefined ? posix.relative(dir, file) : '';
    if (name === 'verify-release' && rest !== '' && !rest.startsWith('..') && !posix.isAbsolute(rest) && !rest.includes('/')) {
      problems.push(`--${flag} ${String(file)} is a file of the release directory ${String(dir)}, which verify-release refuses: ${flag === 'policy' ? 'pin what you expect instead (--expect-repo, --signer-workflow)' : 'keep it in trust-kit-roots/'}`);
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

test('a shown command the CLI would refuse or fail on, though it parses, is a problem', async () => {
  const problem = async (line: string): Promise<string> => (await problemsOf(line)).join('\n');
  assert.match(await problem('trust-kit verify-blob app.tgz --bundle app.tgz.sigstore.json --key trust-kit.pub'), /--key without --insecure-ignore-tlog/);
  assert.match(await problem('npx trust-kit verify-image ghcr.io/o/app@sha256:abc --key cosign.pub'), /--key without --insecure-ignore-tlog/);
  assert.equal(await problem('trust-kit verify-checksums SHA256SUMS --bundle SHA256SUMS.sigstore.json --key trust-kit-roots/trust-kit.pub --insecure-ignore-tlog'), '');
  assert.equal(await problem('trust-kit sign-blob --key trust-kit.key app.tgz'), '');
  assert.match(await problem("trust-kit sign-blob --rekor-url '' app.tgz"), /--rekor-url is empty/);
  assert.match(await problem('trust-kit sign-blob --key "" app.tgz'), /--key is empty/);
  assert.match(await problem('trust-kit sign-blob --fulcio-url https://fulcio.example app.tgz'), /--fulcio-url without --rekor-url/);
  assert.equal(await problem('trust-kit sign-blob --instance github --fulcio-url https://fulcio.example app.tgz'), '');
  assert.equal(await problem('trust-kit sign-blob --fulcio-url https://fulcio.example --rekor-url https://rekor.example --trusted-root trust-kit-roots/root.json app.tgz'), '');
  assert.match(await problem('trust-kit verify-release . --policy trust-kit-policy.json --trusted-root trusted_root.jsonl'), /is a file of the release directory/);
  assert.match(await problem('trust-kit verify-release dl --expect-repo o/r --trusted-root dl/trusted_root.jsonl'), /is a file of the release directory/);
  assert.match(await problem('trust-kit verify-release . --policy trust-kit-policy.json --trusted-root trust-kit-roots/trusted_root.jsonl'), /--policy trust-kit-policy\.json is a file of the release directory/);
  assert.equal(await problem('trust-kit verify-release . --policy ../my-policy.json --trusted-root trust-kit-roots/trusted_root.jsonl'), '');
  assert.equal(await problem('trust-kit verify-release --tag v1 --repo o/r --expect-repo o/r --trusted-root trusted_root.jsonl'), '');
});

/** The verify action steps of a workflow that name a `key` without `insecure-ignore-tlog`, by the `uses:` they have. */
function keyedVerifySteps(workflow: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      const step = node as Record<string, unknown>;
      const inputs = step['with'] as Record<string, unknown> | undefined;
      if (typeof step['uses'] === 'string' && /\/actions\/verify@/.test(step['uses']) && inputs?.['key'] !== undefined && inputs['insecure-ignore-tlog'] === undefined) found.push(step['uses']);
      Object.values(step).forEach(visit);
    }
  };
  visit(parse(workflow));
  return found;
}

test("every verify action step of the docs and workflows with a key says insecure-ignore-tlog, as trust-kit's key signatures need", () => {
  const problems: string[] = [];
  for (const document of userDocuments(ROOT)) {
    for (const snippet of markdownWorkflows(readFileSync(join(ROOT, document), 'utf8'))) {
      for (const uses of keyedVerifySteps(snippet.text)) problems.push(`${document}:${snippet.line}: ${uses} has key without insecure-ignore-tlog`);
    }
  }
  for (const dir of ['workflows', join('.github', 'workflows')]) {
    for (const file of readdirSync(join(ROOT, dir)).filter((name) => /\.ya?ml$/.test(name))) {
      for (const uses of keyedVerifySteps(readFileSync(join(ROOT, dir, file), 'utf8'))) problems.push(`${join(dir, file)}: ${uses} has key without insecure-ignore-tlog`);
    }
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(keyedVerifySteps('steps:\n  - uses: o/trust-kit/actions/verify@v1\n    with:\n      key: trust-kit-roots/k.pub\n'), ['o/trust-kit/actions/verify@v1']);
  assert.deepEqual(keyedVerifySteps("steps:\n  - uses: o/trust-kit/actions/verify@v1\n    with:\n      key: k.pub\n      insecure-ignore-tlog: 'true'\n"), []);
});

/** The lines of a document that fetch a trusted root with a plain `>`, in a shell block or a code span outside a table (the action tables' are workflow steps). */
function clobberingRootFetches(text: string): number[] {
  const found: number[] = [];
  const plain = /gh attestation trusted-root[^`]*?(?<![>|2&])>(?![|>&])/;
  let shell = false;
  for (const [index, raw] of text.split('\n').entries()) {
    if (/^\s*```/.test(raw)) {
      shell = !shell && /^\s*```(?:sh|bash|shell|console)\s*$/.test(raw);
      continue;
    }
    const shown = shell ? [raw] : raw.trimStart().startsWith('|') ? [] : [...raw.matchAll(/`([^`]+)`/g)].map((span) => span[1] ?? '');
    if (shown.some((part) => plain.test(part))) found.push(index + 1);
  }
  return found;
}

test('the docs fetch trusted roots with >|, as VERIFY.md does, so a second run works under noclobber', () => {
  const problems = userDocuments(ROOT).flatMap((document) => clobberingRootFetches(readFileSync(join(ROOT, document), 'utf8')).map((line) => `${document}:${line}`));
  assert.deepEqual(problems, []);
  assert.deepEqual(clobberingRootFetches('Run `gh attestation trusted-root > r.jsonl`.\n```sh\ngh attestation trusted-root >| trust-kit-roots/r.jsonl\ngh attestation trusted-root > r.jsonl\n```\n| `x` | run `gh attestation trusted-root > r` |'), [1, 4]);
});

test('every verify command whose usage line names --key names --insecure-ignore-tlog beside it', async () => {
  const problems: string[] = [];
  for (const entry of COMMANDS.filter((command) => command.name.startsWith('verify-'))) {
    const { usage } = await entry.load();
    if (usage.includes('--key') && !/--key PUB\.pem \[--insecure-ignore-tlog\]/.test(usage)) problems.push(entry.name);
  }
  assert.deepEqual(problems, []);
});

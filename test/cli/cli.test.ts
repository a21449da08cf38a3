import assert from 'node:assert/strict';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { printError } from '../../src/cli/cli.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { stderrLogger } from '../../src/cli/logger.js';
import { EXIT, exitCodeFor } from '../../src/cli/exit-codes.js';
import { TrustKitError } from '../../src/core/errors.js';
import { VERSION } from '../../src/core/version.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { cli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('--version and --help', async () => {
  assert.deepEqual(await cli(['--version'], '/'), { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  const help = await cli(['--help'], '/');
  assert.equal(help.code, 0);
  for (const command of COMMANDS) assert.match(help.stdout, new RegExp(`\\n {2}${command.name} +${command.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.match(help.stdout, /Exit codes:\n {2}0 {2}success/);
  // No command is a usage error, told on stderr as every failure is (once or more --verbose alike); stdout stays empty.
  for (const args of [[], ['--verbose'], ['--verbose', '--verbose']]) {
    const none = await cli(args, '/');
    assert.deepEqual([none.code, none.stdout], [EXIT.USAGE, ''], args.join(' '));
    assert.match(none.stderr, /^trust-kit: CLI_USAGE: no command given\ntrust-kit \S+: [^\n]*\n\nUsage: trust-kit <command>/);
  }
});

test('choices take blanks around them as --algorithm does (--format \' json \'), and `help help` is the command list, not an unknown command', async (t) => {
  const cwd = await tempDir(t);
  const run = await cli(['verify-blob', 'f', '--bundle', 'b', '--key', 'k', '--format', ' json '], cwd);
  assert.doesNotMatch(run.stderr, /--format/, run.stderr);
  for (const topic of ['help', '-h']) {
    const help = await cli(['help', topic], cwd);
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /^trust-kit \S+: /);
  }
});

test('after `--` every argument is a file: `-h` there is verified (or missing), never a request for help that exits 0 unverified', async (t) => {
  const cwd = await tempDir(t);
  await writeFile(join(cwd, 'good'), 'good\n');
  await writeFile(join(cwd, '-h'), 'other bytes\n');
  assert.equal((await cli(['generate-key-pair', '--output-key-prefix', 'k'], cwd, { COSIGN_PASSWORD: '' })).code, 0);
  assert.equal((await cli(['sign-blob', '--key', 'k.key', '--bundle', 'b.json', 'good'], cwd, { COSIGN_PASSWORD: '' })).code, 0);
  const verified = await cli(['verify-blob', '--bundle', 'b.json', '--key', 'k.pub', '--insecure-ignore-tlog', '--', '-h'], cwd);
  assert.equal(verified.code, 3, verified.stderr);
  assert.equal(verified.stdout, '');
  assert.match(verified.stderr, /VERIFY_ARTIFACT_MISMATCH/);
  const missing = await cli(['checksums', '--', '--help'], cwd);
  assert.equal(missing.code, 1, missing.stderr);
  assert.match(missing.stderr, /CHECKSUMS_PATH_NOT_FOUND: "--help" does not exist/);
  // Before `--`, it is the help.
  assert.equal((await cli(['checksums', '-h', '--', 'good'], cwd)).code, 0);
});

test('a leading --verbose (once or more) is the command\'s flag, in front of its arguments: after them it became a file after `--`, or the value of a flag left without one', async (t) => {
  const cwd = await tempDir(t);
  await mkdir(join(cwd, 'd'));
  await writeFile(join(cwd, 'd', 'a'), 'a\n');
  for (const args of [['--verbose', 'checksums', '--base', 'd', '--', 'd/a'], ['--verbose', '--verbose', 'checksums', '--base', 'd', 'd/a']]) {
    const run = await cli(args, cwd);
    assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stdout, /^[0-9a-f]{64} {2}a\n$/);
  }
  const dangling = await cli(['--verbose', 'checksums', '--base', 'd', 'd/a', '-o'], cwd);
  assert.equal(dangling.code, 2);
  assert.match(dangling.stderr, /argument missing/);
});

test('values and unknown commands or options from the command line are quoted, escaped and bounded in errors: a line feed cannot forge a line of the output', async (t) => {
  const cwd = await tempDir(t);
  const forged = 'x\nVerified OK: f';
  for (const args of [[forged], ['sbom', '--format', forged, '.'], ['verify-blob', 'f', '--bundle', 'b', '--key', 'k', '--format', forged], ['sbom', '--exclude', `!${forged}`, '.'], ['checksums', `--${forged}`, 'd'], ['a'.repeat(130_000)]]) {
    const run = await cli(args, cwd);
    assert.equal(run.code, 2, run.stderr);
    assert.ok(!run.stderr.split('\n').some((line) => line.startsWith('Verified OK')), run.stderr);
    assert.ok(run.stderr.length < 4000, `${run.stderr.length} bytes`);
  }
});

test('every command documents itself with --help and `help <command>`', async () => {
  for (const entry of COMMANDS) {
    const command = await entry.load();
    const run = await cli([entry.name, '--help'], '/');
    assert.equal(run.code, 0);
    assert.ok(run.stdout.startsWith(`Usage: ${command.usage}\n\n${entry.summary}\n`), entry.name);
    assert.equal((await cli(['help', entry.name], '/')).stdout, run.stdout);
  }
});

test('unknown commands and options are usage errors with a hint', async () => {
  const unknown = await cli(['sing'], '/');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^trust-kit: CLI_UNKNOWN_COMMAND: unknown command "sing"\n {2}hint: run `trust-kit --help`/);
  const option = await cli(['checksums', '--nope', 'x'], '/');
  assert.equal(option.code, 2);
  assert.equal(option.stderr, 'trust-kit: CLI_USAGE: checksums: unknown option --nope\n  hint: run `trust-kit checksums --help` for its options\n');
  // A value that starts with a dash: the hint says how to give it.
  const dashed = await cli(['checksums', 'x', '-o', '-dash'], '/');
  assert.equal(dashed.code, 2);
  assert.equal(dashed.stderr, "trust-kit: CLI_USAGE: checksums: Option '-o' argument is ambiguous.\n  hint: to give an option argument starting with a dash use '--output=-XYZ' or '-o-XYZ'; run `trust-kit checksums --help` for its options\n");
});

test('- names standard output for --output only: anywhere else it is refused before any work, not taken as a file named -', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a.txt'), 'a\n');
  // The key is there: a missing one would be reported with the refused flag.
  await writeFile(join(dir, 'k.pem'), 'not read\n');
  const sign = await cli(['sign-blob', '--key', 'k.pem', '--bundle', '-', 'a.txt'], dir);
  assert.equal(sign.code, 2);
  assert.match(sign.stderr, /^trust-kit: CONFIG_INVALID: --bundle: is -, but standard input and output are not read or written here\n {2}hint: give a file's path \(\.\/- for a file named -\); only --output takes - for standard output; `trust-kit sign-blob --help` lists what each accepts\n$/);
  const verify = await cli(['verify-blob', '-', '--bundle', '-', '--key', 'k.pub', '--insecure-ignore-tlog'], dir);
  assert.equal(verify.code, 2);
  assert.match(verify.stderr, /CONFIG_INVALID: 2 invalid inputs:\n {2}--bundle: is -, .*\n {2}argument -: is not standard input: commands read their files by path\n/);
  assert.deepEqual((await readdir(dir)).sort(), ['a.txt', 'k.pem']);
});

test('help for an unknown command, and an option before the command, are usage errors that say what was meant', async () => {
  const topic = await cli(['help', 'chekcsums'], '/');
  assert.equal(topic.code, 2);
  assert.equal(topic.stdout, '');
  assert.match(topic.stderr, /^trust-kit: CLI_UNKNOWN_COMMAND: unknown command "chekcsums"\n {2}hint: did you mean checksums\? /);
  const early = await cli(['--output', 'x.json', 'sbom'], '/');
  assert.equal(early.code, 2);
  assert.match(early.stderr, /^trust-kit: CLI_USAGE: option --output before the command\n {2}hint: only --help, --version and --verbose come before it; give the command first: trust-kit COMMAND \[options\]\n$/);
  const version = await cli(['-V'], '/');
  assert.equal(version.code, 2);
  assert.match(version.stderr, /^trust-kit: CLI_USAGE: option -V before the command\n {2}hint: did you mean -v\? only --help/);
  assert.match((await cli(['--verison'], '/')).stderr, /hint: did you mean --version\? /);
});

test('a mistyped command or option is answered with the ones meant', async () => {
  const cases: [string[], RegExp][] = [
    [['checksum', '.'], /CLI_UNKNOWN_COMMAND: unknown command "checksum"\n {2}hint: did you mean checksums\? /],
    [['sign', 'a.tgz'], /hint: did you mean sign-blob or sign-image\? /],
    [['verfy-blob'], /hint: did you mean verify-blob\? /],
    [['sbom', '--ouptut', 'x.json'], /^trust-kit: CLI_USAGE: sbom: unknown option --ouptut\n {2}hint: did you mean --output\? run `trust-kit sbom --help` for its options\n$/],
    [['sbom', '--out=x.json'], /unknown option --out\n {2}hint: did you mean --output or --output-dir\? /],
    [['sbom', '--output-file', 'x.json'], /hint: did you mean --output\? /],
    [['checksums', '--algo', 'sha512', '.'], /hint: did you mean --algorithm\? /],
    [['release', '--no-sing', '.'], /hint: did you mean --no-sign\? /],
    [['verify-blob', 'x', '--certificate-idenity', 'me'], /hint: did you mean --certificate-identity\? /],
    // A flag of another command: which ones take it.
    [['verify-blob', 'a.txt', '--predicate-type', 'https://slsa.dev/provenance/v1'], /unknown option --predicate-type\n {2}hint: --predicate-type is an option of attest, attest-image, verify-image and verify-attestation, not of verify-blob; run `trust-kit verify-blob --help` for its options\n$/],
    [['checksums', '--no-sign', '.'], /hint: --no-sign is an option of release, not of checksums; /],
    [['verify-image', 'registry.example/app:v1', '--signature-format', 'both'], /hint: --signature-format is an option of release and sign-image, not of verify-image; run/],
    [['checksums', '--constructor', '.'], /^trust-kit: CLI_USAGE: checksums: unknown option --constructor\n {2}hint: run `trust-kit checksums --help` for its options\n$/],
    [['checksums', '-x', '.'], /^trust-kit: CLI_USAGE: checksums: unknown option -x\n {2}hint: run `trust-kit checksums --help` for its options\n$/],
  ];
  for (const [args, expected] of cases) {
    const run = await cli(args, '/');
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, expected, args.join(' '));
  }
});

test('exit codes follow error codes', () => {
  assert.equal(exitCodeFor(new TrustKitError('CONFIG_INVALID', 'x')), 2);
  assert.equal(exitCodeFor(new TrustKitError('VERIFY_SIGNATURE_INVALID', 'x')), 3);
  assert.equal(exitCodeFor(new TrustKitError('VERIFY_POLICY_IDENTITY_MISMATCH', 'x')), 4);
  assert.equal(exitCodeFor(new TrustKitError('CHECKSUMS_NO_MATCH', 'x')), 1);
  assert.equal(exitCodeFor(new Error('bug')), 1);
});

test('--verbose is one flag for every command: it prints the version, runtime and secret memory protection as debug lines', async () => {
  for (const entry of COMMANDS) {
    const command = await entry.load();
    assert.equal(command.options.verbose, undefined, `${entry.name} does not define --verbose itself`);
    assert.match((await cli([entry.name, '--help'], '/')).stdout, /\n {6}--verbose {2}print debug messages/);
  }
  const run = await cli(['checksums', '--verbose', '--check', '/nonexistent/SUMS'], '/');
  assert.match(run.stderr, /^trust-kit: debug: trust-kit \S+ on Node\.js \S+ \(\w+-\w+\)\ntrust-kit: debug: secret memory protection: \{"backend":"(sodium|js)","mlock":/);
  assert.doesNotMatch((await cli(['checksums', '--check', '/nonexistent/SUMS'], '/')).stderr, /debug/);
});

test('--verbose also works before the command', async () => {
  const before = await cli(['--verbose', 'checksums', '--check', '/nonexistent/SUMS'], '/');
  const after = await cli(['checksums', '--check', '/nonexistent/SUMS', '--verbose'], '/');
  assert.equal(before.code, after.code);
  assert.equal(before.stderr, after.stderr);
  assert.match(before.stderr, /^trust-kit: debug: /);
});

test('an invalid input points at the help of the command that was run, not at a placeholder', async () => {
  for (const args of [['verify-blob', 'a.txt'], ['sign-blob'], ['checksums']]) {
    const run = await cli(args, '/');
    assert.equal(run.code, EXIT.USAGE, run.stderr);
    assert.match(run.stderr, /^trust-kit: CONFIG_INVALID: /);
    assert.match(run.stderr, new RegExp(`\\n {2}hint: fix the inputs named above; \`trust-kit ${args[0]} --help\` lists what each accepts\\n$`));
  }
});

test('an error is printed with no control character but its line feeds, whatever its message quotes', () => {
  let printed = '';
  const stream = { write: (text: string) => void (printed += text) } as unknown as NodeJS.WritableStream;
  printError(new TrustKitError('X_FAILED', 'two inputs:\n  a: \u001b]0;owned\u0007\n  b: \u009b2J\r\u0085', { hint: 'fix \u001b[31mthem' }), { cwd: '/', env: {}, stdout: stream, stderr: stream } as never);
  assert.equal(printed, 'trust-kit: X_FAILED: two inputs:\n  a:  ]0;owned \n  b:  2J \n  hint: fix  [31mthem\n');
});

test('a log line is printed with no control character but its line feeds, whatever it quotes', () => {
  let printed = '';
  const logger = stderrLogger({ write: (text: string) => void (printed += text) } as never, true);
  logger.info('downgrade:\n  not compared: \u001b]0;owned\u0007');
  logger.warn('a \u009b2J\r b');
  logger.debug('\u0085');
  assert.equal(printed, 'trust-kit: downgrade:\n  not compared:  ]0;owned \ntrust-kit: warning: a  2J  b\ntrust-kit: debug:  \n');
});

test('a log line redacts every live secret, before the guard makes its control characters spaces', () => {
  let printed = '';
  const logger = stderrLogger({ write: (text: string) => void (printed += text) } as never, true);
  const secret = SecretBuffer.from(Buffer.from('hunter2\tsecret-value'));
  try {
    logger.info('registry said: token hunter2\tsecret-value is bad');
    logger.warn(`config value ${Buffer.from('hunter2\tsecret-value').toString('base64')}`);
    logger.debug(`as JSON: ${JSON.stringify('hunter2\tsecret-value')}`);
  } finally {
    secret.destroy();
  }
  assert.equal(printed, 'trust-kit: registry said: token *** is bad\ntrust-kit: warning: config value ***\ntrust-kit: debug: as JSON: "***"\n');
});

test('a gh attestation verify command a --help shows names the repository or owner, which gh requires', async () => {
  for (const command of COMMANDS) {
    const help = (await cli([command.name, '--help'], '/')).stdout.replaceAll(/\s+/g, ' ');
    // Whole commands (a code span with a file or image to verify), not mentions such as `gh attestation verify --bundle`.
    for (const span of help.matchAll(/`(gh attestation verify (?!-)[^`]*)`/g)) assert.match(span[1] ?? '', /--(?:repo|owner) /, `${command.name} --help: ${span[1]}`);
  }
});

test('a cosign verify-blob command a --help shows says which signer it must check, which cosign requires', async () => {
  for (const command of COMMANDS) {
    const help = (await cli([command.name, '--help'], '/')).stdout.replaceAll(/\s+/g, ' ');
    for (const match of help.matchAll(/`cosign verify-blob (?!-)[^`]*`([^.]*)/g)) assert.match(`${match[0]}`, /--key|--certificate-identity/, `${command.name} --help: ${match[0]}`);
  }
});

test('a flag of one value given twice with different values, or a short flag written with = (-o=SUMS), is a usage error naming it; the same value twice is not, and a boolean flag is the last one given', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'a'), 'a\n');
  const twice = await cli(['checksums', '-o', 'x.sums', '--output', 'y.sums', '-a', 'sha256', '-a', 'sha512', 'a'], dir);
  assert.equal(twice.code, 2, twice.stderr);
  assert.match(twice.stderr, /--output: is given 2 times with different values \("x\.sums", "y\.sums"\), of which only the last would count; give it once/);
  assert.match(twice.stderr, /--algorithm: is given 2 times with different values \("sha256", "sha512"\)/);
  const equals = await cli(['checksums', '-o=x.sums', 'a'], dir);
  assert.equal(equals.code, 2, equals.stderr);
  assert.match(equals.stderr, /-o: is written "-o=x\.sums", which would take "=x\.sums" as its value; write -o "x\.sums" or --output="x\.sums"/);
  const same = await cli(['checksums', '-o', 'x.sums', '-o', 'x.sums', 'a'], dir);
  assert.equal(same.code, 0, same.stderr);
  assert.deepEqual((await readdir(dir)).sort(), ['a', 'x.sums']);
});

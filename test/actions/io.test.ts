// What an action (or the CLI in a workflow step) writes to its log is read by the runner, line by line,
// for workflow commands: text from elsewhere (a file name, a server's answer, an input) must not be
// able to issue one.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { MAX_LIST_OUTPUT_UNITS, runAction, runnerIO, setLinesOutput, setListOutput } from '../../src/actions/io.js';
import { printError } from '../../src/cli/cli.js';
import { stderrLogger } from '../../src/cli/logger.js';
import { closableOutput } from '../../src/cli/output.js';
import { predicateFromDocument } from '../../src/attest/predicates/index.js';
import { ConfigError } from '../../src/config/inputs.js';
import { TrustKitError } from '../../src/core/errors.js';
import { printableLines } from '../../src/core/quote.js';
import { collectArtifacts, readChecksumEntries } from '../../src/checksums/index.js';
import { SecretBuffer } from '../../src/secrets/index.js';
import { readBundleFile } from '../../src/sigstore/verify/files.js';
import { recordingIO } from '../support/action-io.js';
import { tempDir } from '../support/tmp.js';
import { commandsRun } from '../support/workflow-commands.js';

/** The lines `write` sent to stdout while it ran. */
function stdoutOf(write: () => void): string {
  let written = '';
  const original = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    write();
  } finally {
    process.stdout.write = original;
  }
  return written;
}

const HOSTILE = [
    'publish: deleting the broken-off upload of x\n::set-output name=release-url::https://evil.example',
    'asset x\r::add-mask::nothing',
    'name\n   ::error file=a::forged',
    'name\n##[set-env name=NODE_OPTIONS]--require /tmp/x.js',
    'signed art/x ##[error]forged-annotation -> art/x.sigstore.json',
    'y ##[stop-commands]tok',
    '::warning::a whole message',
];

test('an info line carrying workflow commands (after LF, CR or blanks, or legacy ##[...]) is printed but runs none', () => {
  for (const hostile of HOSTILE) {
    const output = stdoutOf(() => runnerIO.info(hostile));
    assert.deepEqual(commandsRun(output), [], JSON.stringify(output));
    // Printed with its controls (the CR) made spaces, as the next test requires of every level.
    assert.ok(output.includes(printableLines(hostile)), 'the text itself is still printed');
  }
});

test('no level of the runner log (info, warning, debug, failure) lets a message drive a terminal reading the raw log; line feeds stay', (t) => {
  t.after(() => {
    process.exitCode = undefined;
  });
  const hostile = `asset a\u001b]0;owned\u0007\u001b[2J\u009b2J\r\u0085\u2028\u202eb\nsecond line`;
  const output = stdoutOf(() => {
    runnerIO.info(hostile);
    runnerIO.warn(hostile);
    runnerIO.debug(hostile);
    runnerIO.setFailed(hostile);
  });
  // eslint-disable-next-line no-control-regex -- what must not reach the raw log
  assert.doesNotMatch(output, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/, JSON.stringify(output));
  assert.equal(output.split('asset a ]0;owned [2J 2J b').length - 1, 4, JSON.stringify(output));
  assert.ok(output.includes('b\nsecond line') && output.includes('b%0Asecond line'), 'the line feed stays (escaped by the commands that escape it)');
});

test('an ordinary info line is printed as it is, with no markers around it', () => {
  assert.equal(stdoutOf(() => runnerIO.info('signed app.tgz: 2 files, 1 image\n  next line')), 'signed app.tgz: 2 files, 1 image\n  next line\n');
});

test('the CLI\'s output streams (the runner reads stdout and stderr of a step) let no log line, error report or report line run a command; ordinary output is unchanged', () => {
  for (const hostile of HOSTILE) {
    let output = '';
    const stream = { write: (text: string) => void (output += text), on: () => undefined };
    const stdout = closableOutput(() => stream, { name: 'standard output', failures: 'throw', fenceCommands: true });
    const stderr = closableOutput(() => stream, { name: 'standard error', failures: 'throw', fenceCommands: true });
    const logger = stderrLogger(stderr, true);
    logger.info(hostile);
    logger.warn(hostile);
    logger.debug(hostile);
    printError(new TrustKitError('OCI_REGISTRY_ERROR', `manifest x: HTTP 500 (${hostile})`, { hint: hostile }), { cwd: '/', env: {}, stdout, stderr });
    // A checksums file's name, reported as sha256sum -c reports it.
    stdout.write(`${hostile}: FAILED open or read\n`);
    stdout.write('next: OK\n');
    assert.deepEqual(commandsRun(output), [], JSON.stringify(output));
    assert.ok(output.endsWith('\nnext: OK\n'), JSON.stringify(output));
  }
  let plain = '';
  const stream = { write: (text: string) => void (plain += text), on: () => undefined };
  const stderr = closableOutput(() => stream, { name: 'standard error', failures: 'throw', fenceCommands: true });
  stderrLogger(stderr).info('wrote SHA256SUMS');
  printError(new TrustKitError('CLI_USAGE', 'no such flag', { hint: 'see --help' }), { cwd: '/', env: {}, stdout: stderr, stderr });
  assert.equal(plain, 'trust-kit: wrote SHA256SUMS\ntrust-kit: CLI_USAGE: no such flag\n  hint: see --help\n');
});

test('every level of the runner log (info, warning, debug, failure) redacts every live secret in its forms', (t) => {
  t.after(() => {
    process.exitCode = undefined;
  });
  const value = 'ghs_LogLineTokenNeverShown';
  const secret = SecretBuffer.from(Buffer.from(value));
  const message = `registry said: token ${value}, as base64 ${Buffer.from(value).toString('base64')}, as hex ${Buffer.from(value).toString('hex')}`;
  let output: string;
  try {
    output = stdoutOf(() => {
      runnerIO.info(message);
      runnerIO.warn(message);
      runnerIO.debug(message);
      runnerIO.setFailed(message);
    });
  } finally {
    secret.destroy();
  }
  assert.equal(output.split('registry said: token ***, as base64 ***, as hex ***').length - 1, 4, output);
  assert.ok(!output.includes(value) && !output.includes(Buffer.from(value).toString('hex')), output);
});

test('the job summary redacts every live secret, as the log does: a failed run\'s summary quotes its error', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'summary.md');
  await writeFile(file, '');
  const previous = process.env['GITHUB_STEP_SUMMARY'];
  process.env['GITHUB_STEP_SUMMARY'] = file;
  const secret = SecretBuffer.from(Buffer.from('ghs_SummaryTokenNeverShown'));
  try {
    await runnerIO.appendSummary(`| failed | Bad credentials: token ghs_SummaryTokenNeverShown (${Buffer.from('ghs_SummaryTokenNeverShown').toString('base64')}) |\n`);
  } finally {
    secret.destroy();
    if (previous === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
    else process.env['GITHUB_STEP_SUMMARY'] = previous;
  }
  assert.equal(await readFile(file, 'utf8'), '| failed | Bad credentials: token *** (***) |\n\n');
});

test('a list output too big for a job output (GitHub caps a job\'s outputs at 1 MB, counted in UTF-16) is left empty with a warning saying where the list is instead', () => {
  const io = recordingIO();
  const subject = (index: number): { name: string; digest: { sha256: string } } => ({ name: `app-${String(index).padStart(6, '0')}.tgz`, digest: { sha256: 'a'.repeat(64) } });
  const small = Array.from({ length: 10 }, (_, index) => subject(index));
  setListOutput(io, 'subjects', small, 'read checksums-path');
  assert.equal(io.outputs.subjects, JSON.stringify(small));
  // Counted in UTF-16 code units, as GitHub counts: a name of astral characters counts two a character.
  const wide = Array.from({ length: Math.ceil(MAX_LIST_OUTPUT_UNITS / 200) }, (_, index) => ({ ...subject(index), name: `${'𝒜'.repeat(60)}-${index}` }));
  assert.ok(Buffer.byteLength(JSON.stringify(wide), 'utf16le') / 2 > MAX_LIST_OUTPUT_UNITS);
  setListOutput(io, 'subjects', wide, 'read checksums-path');
  assert.equal(io.outputs.subjects, '');
  assert.match(io.log.join('\n'), new RegExp(`warn output "subjects" is left empty: its ${wide.length} entries .*1 MB.*read checksums-path`));
});

test('a list output of lines (bundle paths, release assets) too big for a job output names a file listing them instead, with a warning; a small one is the lines', async (t) => {
  const dir = await tempDir(t);
  const io = recordingIO();
  setLinesOutput(io, 'bundle-paths', ['out/a.sigstore.json', 'out/b.sigstore.json'], { RUNNER_TEMP: dir });
  assert.equal(io.outputs['bundle-paths'], 'out/a.sigstore.json\nout/b.sigstore.json');
  // Thousands of artifacts, their names of astral characters counted two UTF-16 units each, as GitHub counts.
  const many = Array.from({ length: 4000 }, (_, index) => `trust-kit-out/${'𝒜'.repeat(40)}-${String(index).padStart(5, '0')}.tgz.sigstore.json`);
  assert.ok(many.join('\n').length > MAX_LIST_OUTPUT_UNITS);
  setLinesOutput(io, 'artifact-bundle-paths', many, { RUNNER_TEMP: dir });
  const path = io.outputs['artifact-bundle-paths'] ?? '';
  assert.ok(path.startsWith(dir) && path.endsWith('/artifact-bundle-paths.txt'), path);
  assert.equal(await readFile(path, 'utf8'), `${many.join('\n')}\n`);
  assert.match(io.log.join('\n'), /warn output "artifact-bundle-paths" holds the path of a file listing its 4000 entries, one per line .*1 MB/);
  // A second list of the same name in the job keeps its own file.
  setLinesOutput(io, 'artifact-bundle-paths', many, { RUNNER_TEMP: dir });
  assert.notEqual(io.outputs['artifact-bundle-paths'], path);
});

test('a warning about a place in a file is an annotation on that file and line, a file name with `::`, commas or line breaks escaped in its property', () => {
  const output = stdoutOf(() => runnerIO.warn('could not be cataloged', { file: 'app/a::b,c\nd/pnpm-lock.yaml', line: 3 }));
  assert.equal(output, '::warning file=app/a%3A%3Ab%2Cc%0Ad/pnpm-lock.yaml,line=3::could not be cataloged\n');
  assert.equal(stdoutOf(() => runnerIO.warn('whole file', { file: 'go.sum' })), '::warning file=go.sum::whole file\n');
});

test('a failure about a line of a file (a checksums file that does not parse) is an error annotation on that file and line, relative to the workspace', async (t) => {
  const workspace = await tempDir(t);
  await writeFile(join(workspace, 'SHA256SUMS'), `${'a'.repeat(64)}  app.tgz\nnot a checksum line\n`);
  const read = async (): Promise<void> => {
    for await (const _entry of readChecksumEntries(join(workspace, 'SHA256SUMS'))) {
      // Read to the line that fails.
    }
  };
  const io = recordingIO();
  await runAction(read, io, workspace);
  assert.deepEqual(io.annotations.map(({ file, line }) => ({ file, line })), [{ file: 'SHA256SUMS', line: 2 }]);
  assert.match(io.annotations[0]?.message ?? '', /^CHECKSUMS_MALFORMED_LINE: .*SHA256SUMS:2: not a checksum line/);
  // A file outside the workspace has no place GitHub can show: the failure is said without one.
  const outside = recordingIO();
  await runAction(read, outside, join(workspace, 'elsewhere'));
  assert.deepEqual(outside.annotations, []);
  assert.ok(outside.log.some((line) => line.startsWith('failed CHECKSUMS_MALFORMED_LINE')));
});

test('a predicate or bundle that is not JSON is annotated at the line JSON.parse stopped at, as a checksums file\'s bad line is', async (t) => {
  const workspace = await tempDir(t);
  // An action runs in its workspace: the paths it is given are relative to it.
  const cwd = process.cwd();
  process.chdir(workspace);
  t.after(() => process.chdir(cwd));
  const text = '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}\n';
  await writeFile(join(workspace, 'predicate.json'), text);
  const predicate = recordingIO();
  await runAction(async () => void predicateFromDocument('custom', Buffer.from(text), 'predicate.json', 'https://example.com/p'), predicate, workspace);
  assert.deepEqual(predicate.annotations.map(({ file, line }) => ({ file, line })), [{ file: 'predicate.json', line: 4 }]);
  assert.match(predicate.annotations[0]?.message ?? '', /^ATTEST_PREDICATE_INVALID: predicate\.json is not JSON: line 4: /);
  await writeFile(join(workspace, 'app.sigstore.json'), text);
  const bundle = recordingIO();
  await runAction(async () => void (await readBundleFile('app.sigstore.json', workspace)), bundle, workspace);
  assert.deepEqual(bundle.annotations.map(({ file, line }) => ({ file, line })), [{ file: 'app.sigstore.json', line: 4 }]);
});

test('a failure annotation on the runner names the file and line in the error command, escaped', (t) => {
  t.after(() => {
    process.exitCode = undefined;
  });
  const output = stdoutOf(() => runnerIO.setFailed('CHECKSUMS_MALFORMED_LINE: bad', { file: 'dist/SHA,SUMS', line: 2 }));
  assert.equal(output, '::error file=dist/SHA%2CSUMS,line=2::CHECKSUMS_MALFORMED_LINE: bad\n');
  assert.equal(process.exitCode, 1);
});

test('a failed run writes a job summary with the error\'s code, message and hint, unless the action wrote its own', async () => {
  const io = recordingIO();
  await runAction(async () => {
    throw new TrustKitError('VERIFY_IDENTITY_MISMATCH', 'the signer is https://github.com/evil/x\n::error::forged', { hint: 'check certificate-identity' });
  }, io);
  assert.match(io.summary, /^### trust-kit failed: `VERIFY_IDENTITY_MISMATCH`\n/);
  assert.ok(io.summary.includes('the signer is https://github.com/evil/x\n::error::forged\nhint: check certificate-identity\n'), io.summary);
  assert.match(io.summary, /^```text$/m);
  assert.ok(io.log.some((line) => line.startsWith('failed VERIFY_IDENTITY_MISMATCH')));

  const own = recordingIO();
  await runAction(async (io) => {
    await io.appendSummary('### Signatures\n\n**Failed**\n');
    throw new TrustKitError('SIGN_FAILED', 'no');
  }, own);
  assert.equal(own.summary, '### Signatures\n\n**Failed**\n');
});

test('an action\'s bad inputs end with a hint that points at the actions\' reference, not a `trust-kit <command>` placeholder for the user to fill in', async () => {
  const io = recordingIO();
  await runAction(async () => {
    throw new ConfigError([{ input: 'input "algorithm"', message: 'has "md5"; expected one of sha256, sha512' }]);
  }, io);
  const failed = io.log.find((line) => line.startsWith('failed CONFIG_INVALID')) ?? '';
  assert.match(failed, /hint: fix the inputs named above; docs\/actions\.md lists each action's inputs and what each accepts/);
  assert.doesNotMatch(failed, /<command>/);
});

test('a subject glob that matches nothing names the input it came from, as the inputs\' own problems do', async (t) => {
  const workspace = await tempDir(t);
  const io = recordingIO();
  await runAction(() => collectArtifacts(['dist/*.zip'], { cwd: workspace, base: workspace }).then(() => undefined), io, workspace, 'artifacts');
  assert.ok(io.log.some((line) => line.startsWith('failed CHECKSUMS_NO_MATCH: input "artifacts": "dist/*.zip" matches no file')), io.log.join('\n'));
  assert.match(io.summary, /input "artifacts": "dist\/\*\.zip" matches no file/);
  // Other failures keep their words: only the glob's names the input.
  const other = recordingIO();
  await runAction(async () => {
    throw new TrustKitError('SIGN_FAILED', 'no');
  }, other, workspace, 'artifacts');
  assert.ok(other.log.some((line) => line.startsWith('failed SIGN_FAILED: no')), other.log.join('\n'));
});

test('a GITHUB_OUTPUT naming a missing file (a harness that sets the variable, not the file) is ACTION_OUTPUT_UNWRITABLE, not an INTERNAL error calling itself a bug', async (t) => {
  const dir = await tempDir(t);
  const saved = process.env['GITHUB_OUTPUT'];
  process.env['GITHUB_OUTPUT'] = join(dir, 'missing', 'output');
  t.after(() => {
    if (saved === undefined) delete process.env['GITHUB_OUTPUT'];
    else process.env['GITHUB_OUTPUT'] = saved;
  });
  assert.throws(() => runnerIO.setOutput('checksums-path', 'SHA256SUMS'), (error: Error & { code?: string; hint?: string }) => {
    assert.equal(error.code, 'ACTION_OUTPUT_UNWRITABLE');
    assert.match(error.message, /^cannot set the step output checksums-path: /);
    assert.match(error.hint ?? '', /GITHUB_OUTPUT/);
    return true;
  });
});

test('a job summary that cannot be written (a runner without GITHUB_STEP_SUMMARY) is a warning, not the failure of a step that did its work', async () => {
  const io = { ...recordingIO(), appendSummary: async () => Promise.reject(new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.')) };
  const log = (io as ReturnType<typeof recordingIO>).log;
  await runAction(async (tracked) => {
    tracked.setOutput('verified', '[]');
    await tracked.appendSummary('### Verified\n');
  }, io);
  assert.deepEqual(log, ['warn could not write the job summary: Unable to find environment variable for $GITHUB_STEP_SUMMARY.']);

  // A failure is still the step's failure, with the summary's warning beside it.
  const failing = { ...recordingIO(), appendSummary: async () => Promise.reject(new Error('EACCES')) };
  await runAction(async (tracked) => {
    await tracked.appendSummary('### Signatures\n\n**Failed**\n');
    throw new TrustKitError('SIGN_FAILED', 'no');
  }, failing);
  assert.deepEqual(failing.log, ['warn could not write the job summary: EACCES', 'failed SIGN_FAILED: no']);
});

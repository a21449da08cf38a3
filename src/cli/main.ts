#!/usr/bin/env node
import { addMaskCommand } from '../core/logger.js';
import { removeTemporaryFiles } from '../core/files.js';
import { stoppedBySignal } from '../core/signal.js';
import { protectProcess, setMasker } from '../secrets/index.js';
import { printError, runCli } from './cli.js';
import { exitCodeFor } from './exit-codes.js';
import { stderrLogger } from './logger.js';
import { closableOutput, regularFileStream } from './output.js';

// Only the Actions runner reads workflow commands: elsewhere what is written stays as it is.
const fenceCommands = process.env['GITHUB_ACTIONS'] === 'true';
const stdout = closableOutput(() => regularFileStream(1) ?? process.stdout, { name: 'standard output', failures: 'throw', fenceCommands });
const stderr = closableOutput(() => process.stderr, { name: 'standard error', failures: 'drop', fenceCommands });

const debug = process.env['RUNNER_DEBUG'] === '1';
// A debug run reports the protections in force from its start; otherwise they are chosen with the first secret.
// On SIGINT, SIGTERM or SIGHUP the files being written are removed (their targets stay as they were) and one
// line says why the command stopped; then the signal ends the process (exit status 130, 143 or 129).
protectProcess({ env: process.env, host: process, logger: stderrLogger(stderr, debug), chooseNow: debug, onSignal: stoppedBySignal, onCrash: removeTemporaryFiles });
// In a GitHub Actions job, every secret taken from here on (an OIDC token the runner does not know
// of, above all) is masked in the log, as the actions mask it; on stderr, which the runner reads
// for commands too, so that stdout stays the command's output (`trust-kit sbom > sbom.json`).
if (process.env['GITHUB_ACTIONS'] === 'true') {
  setMasker((form) => {
    const line = addMaskCommand(form);
    process.stderr.write(line, () => line.fill(0));
  });
}

const context = { cwd: process.cwd(), env: process.env, stdout, stderr };
let code = await runCli(process.argv.slice(2), context);
// The command is done and has awaited all it started: the process ends once both streams have
// taken what was written, without the teardown of a natural exit, which frees the heap page by
// page (milliseconds after a big SBOM). Exit handlers (the secrets' purge) still run.
await Promise.all([stdout.flushed(), stderr.flushed()]);
// Its output failed after its last write (a pipe's or device's error comes later): the run did not give what it said.
const failure = stdout.unreportedFailure();
if (failure !== undefined) {
  printError(failure, context);
  await stderr.flushed();
  if (code === 0) code = exitCodeFor(failure);
}
process.exit(code);

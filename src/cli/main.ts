#!/usr/bin/env node
import { addMaskCommand } from '../core/logger.js';
import { stoppedBySignal } from '../core/signal.js';
import { protectProcess, setMasker } from '../secrets/index.js';
import { runCli } from './cli.js';
import { stderrLogger } from './logger.js';
import { closableOutput } from './output.js';

const stdout = closableOutput(() => process.stdout);
const stderr = closableOutput(() => process.stderr);

const debug = process.env['RUNNER_DEBUG'] === '1';
// A debug run reports the protections in force from its start; otherwise they are chosen with the first secret.
// On SIGINT or SIGTERM the files being written are removed (their targets stay as they were) and one
// line says why the command stopped; then the signal ends the process (exit status 130 or 143).
protectProcess({ env: process.env, host: process, logger: stderrLogger(stderr, debug), chooseNow: debug, onSignal: stoppedBySignal });
// In a GitHub Actions job, every secret taken from here on (an OIDC token the runner does not know
// of, above all) is masked in the log, as the actions mask it; on stderr, which the runner reads
// for commands too, so that stdout stays the command's output (`trust-kit sbom > sbom.json`).
if (process.env['GITHUB_ACTIONS'] === 'true') {
  setMasker((form) => {
    const line = addMaskCommand(form);
    process.stderr.write(line, () => line.fill(0));
  });
}

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout,
  stderr,
});
// The command is done and has awaited all it started: the process ends once both streams have
// taken what was written, without the teardown of a natural exit, which frees the heap page by
// page (milliseconds after a big SBOM). Exit handlers (the secrets' purge) still run.
await Promise.all([stdout.flushed(), stderr.flushed()]);
process.exit(code);

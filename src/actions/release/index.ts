import { stoppedBySignal } from '../../core/signal.js';
import { protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';
import { RELEASE_INPUTS, run } from './main.js';

// A debug run reports the protections in force from its start; otherwise they are chosen with the first secret.
// A cancelled job's SIGINT or SIGTERM removes the files being written and says so in one line.
protectProcess({ env: process.env, logger: runnerIO, chooseNow: process.env['RUNNER_DEBUG'] === '1', onSignal: stoppedBySignal });
await runAction((io) => run(readInputs(RELEASE_INPUTS), io, process.cwd(), process.env), runnerIO, process.env['GITHUB_WORKSPACE'], 'subject-path');

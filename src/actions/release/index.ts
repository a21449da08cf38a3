import { removeTemporaryFiles } from '../../core/files.js';
import { stoppedBySignal } from '../../core/signal.js';
import { loadWithSecretsHidden, protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';

// A debug run reports the protections in force from its start; otherwise they are chosen with the first secret.
// A cancelled job's SIGINT or SIGTERM removes the files being written and says so in one line.
protectProcess({ env: process.env, host: process, logger: runnerIO, chooseNow: process.env['RUNNER_DEBUG'] === '1', onSignal: stoppedBySignal, onCrash: removeTemporaryFiles });
// Loaded once the secrets are set aside: a dependency reads every variable's value as it loads (@npmcli/agent's proxy settings).
const { RELEASE_INPUTS, run } = await loadWithSecretsHidden(() => import('./main.js'));
await runAction((io) => run(readInputs(RELEASE_INPUTS), io, process.cwd(), process.env), runnerIO, process.env['GITHUB_WORKSPACE'], 'subject-path');

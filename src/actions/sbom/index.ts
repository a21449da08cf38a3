import { removeTemporaryFiles } from '../../core/files.js';
import { stoppedBySignal } from '../../core/signal.js';
import { loadWithSecretsHidden, protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';

// A debug run reports the protections in force from its start; otherwise they are chosen with the first secret.
// A cancelled job's SIGINT or SIGTERM removes the files being written and says so in one line.
protectProcess({ env: process.env, host: process, logger: runnerIO, chooseNow: process.env['RUNNER_DEBUG'] === '1', onSignal: stoppedBySignal, onCrash: removeTemporaryFiles });
// Loaded once the secrets are set aside: a dependency reads every variable's value as it loads (@npmcli/agent's proxy settings).
const { SBOM_INPUTS, run } = await loadWithSecretsHidden(() => import('./main.js'));
await runAction((io) => run(readInputs(SBOM_INPUTS), io, process.cwd(), {
  SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH,
  GITHUB_REPOSITORY_OWNER: process.env.GITHUB_REPOSITORY_OWNER,
  GOMODCACHE: process.env.GOMODCACHE,
  GOPATH: process.env.GOPATH,
  HOME: process.env.HOME,
}), runnerIO, process.env['GITHUB_WORKSPACE'], 'artifacts');

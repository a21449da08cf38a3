import { protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';
import { SBOM_INPUTS, run } from './main.js';

protectProcess({ env: process.env, logger: runnerIO });
await runAction(() => run(readInputs(SBOM_INPUTS), runnerIO, process.cwd(), {
  SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH,
  GITHUB_REPOSITORY_OWNER: process.env.GITHUB_REPOSITORY_OWNER,
  GOMODCACHE: process.env.GOMODCACHE,
  GOPATH: process.env.GOPATH,
  HOME: process.env.HOME,
}), runnerIO);

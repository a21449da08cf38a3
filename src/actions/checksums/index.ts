import { protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';
import { CHECKSUMS_INPUTS, run } from './main.js';

protectProcess({ env: process.env, logger: runnerIO });
await runAction(() => run(readInputs(CHECKSUMS_INPUTS), runnerIO, process.cwd()), runnerIO);

import { protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';
import { ATTEST_INPUTS, run } from './main.js';

protectProcess({ env: process.env, logger: runnerIO });
await runAction(() => run(readInputs(ATTEST_INPUTS), runnerIO, process.cwd(), process.env), runnerIO);

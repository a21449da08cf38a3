import { protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';
import { run, VERIFY_INPUTS } from './main.js';

protectProcess({ env: process.env, logger: runnerIO });
await runAction(() => run(readInputs(VERIFY_INPUTS), runnerIO, process.cwd(), process.env), runnerIO);

import { protectProcess } from '../../secrets/index.js';
import { readInputs, runAction, runnerIO } from '../io.js';
import { SIGN_INPUTS, run } from './main.js';

protectProcess({ env: process.env, logger: runnerIO });
await runAction(() => run(readInputs(SIGN_INPUTS), runnerIO, process.cwd(), process.env), runnerIO);

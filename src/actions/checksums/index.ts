import { readInputs, runAction, runnerIO } from '../io.js';
import { CHECKSUMS_INPUTS, run } from './main.js';

await runAction(() => run(readInputs(CHECKSUMS_INPUTS), runnerIO, process.cwd()), runnerIO);

import { readInputs, runAction, runnerIO } from '../io.js';
import { RELEASE_INPUTS, run } from './main.js';

await runAction(() => run(readInputs(RELEASE_INPUTS), runnerIO, process.cwd()), runnerIO);

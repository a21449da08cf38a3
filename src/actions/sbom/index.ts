import { readInputs, runAction, runnerIO } from '../io.js';
import { SBOM_INPUTS, run } from './main.js';

await runAction(() => run(readInputs(SBOM_INPUTS), runnerIO, process.cwd(), { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH }), runnerIO);

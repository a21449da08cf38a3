#!/usr/bin/env node
import { protectProcess } from '../secrets/index.js';
import { runCli } from './cli.js';
import { stderrLogger } from './logger.js';
import { closableOutput } from './output.js';

const stdout = closableOutput(() => process.stdout);
const stderr = closableOutput(() => process.stderr);

protectProcess({ env: process.env, logger: stderrLogger(stderr, process.env['RUNNER_DEBUG'] === '1') });

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout,
  stderr,
});

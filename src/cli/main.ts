#!/usr/bin/env node
import { protectProcess } from '../secrets/index.js';
import { commandEntryOf, runCli } from './cli.js';
import { stderrLogger } from './logger.js';
import { closableOutput } from './output.js';

const stdout = closableOutput(process.stdout);
const stderr = closableOutput(process.stderr);

const argv = process.argv.slice(2);
// Before anything can hold a secret; a command that never takes one starts without it.
if (commandEntryOf(argv)?.secretFree !== true) protectProcess({ env: process.env, logger: stderrLogger(stderr, process.env['RUNNER_DEBUG'] === '1') });

process.exitCode = await runCli(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout,
  stderr,
});

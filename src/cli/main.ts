#!/usr/bin/env node
import { protectProcess } from '../secrets/index.js';
import { runCli } from './cli.js';
import { stderrLogger } from './logger.js';

protectProcess({ env: process.env, logger: stderrLogger(process.stderr, process.env['RUNNER_DEBUG'] === '1') });

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

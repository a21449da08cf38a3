import { cliNamer } from '../../config/inputs.js';
import { releaseConfig } from '../../config/release.js';
import { runRelease } from '../../release/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';

/** `trust-kit release`: everything a release needs, in one command (what the root action runs). */
export const releaseCommand: Command = {
  name: 'release',
  summary: 'produce the release evidence for artifacts: checksums (then SBOM, signatures as they land)',
  usage: 'trust-kit release [--output-dir DIR] [--base DIR] [--algorithm sha256|sha512] PATH...',
  help: `Hashes every artifact named by PATH (files, directories, globs) once and writes the
checksums file (SHA256SUMS) into the output directory. Earlier outputs are never removed when a
later step fails.

Options:
  -o, --output-dir DIR  where to write everything (default: trust-kit-out)
      --base DIR        artifact names are relative to DIR (default: the working directory)
  -a, --algorithm ALG   sha256 (default) or sha512
      --verbose         print debug messages`,
  options: {
    'output-dir': { type: 'string', short: 'o' },
    base: { type: 'string' },
    algorithm: { type: 'string', short: 'a' },
    verbose: { type: 'boolean' },
  },
  async run(args, context) {
    const config = releaseConfig({ ...args.values, 'subject-path': args.positionals }, cliNamer({ 'subject-path': 'PATH' }), {
      base: '.',
      outputDir: 'trust-kit-out',
    });
    const result = await runRelease(config, { cwd: context.cwd, logger: stderrLogger(context.stderr, args.values.verbose === true) });
    for (const path of result.produced) context.stdout.write(`${path}\n`);
    return EXIT.OK;
  },
};

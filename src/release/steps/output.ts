import { resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { planOutput } from '../output.js';
import type { ReleaseStepDefinition } from '../state.js';

/** Checks, before any work, that the output directory can take this run's files. */
export const outputStep: ReleaseStepDefinition = {
  name: 'output',
  needs: [],
  async run({ config, ports, outputDir }) {
    const plan = await planOutput(outputDir, {
      force: config.force,
      keep: [
        { path: ports.cwd, what: 'the working directory' },
        { path: resolve(ports.cwd, config.base), what: 'the base directory' },
        ...(config.sbom === undefined ? [] : [{ path: resolve(ports.cwd, config.sbom.path), what: 'the SBOM project directory' }]),
        // An artifact named by its path would be left out of the checksums and, with --force, deleted with the earlier output.
        ...config.subjects.filter((subject) => !isDynamicPattern(subject)).map((subject) => ({ path: resolve(ports.cwd, subject), what: 'the artifact' })),
      ],
    });
    return { plan };
  },
};

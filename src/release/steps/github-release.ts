import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { contentTypeOf, publishRelease } from '../publish.js';
import type { ReleaseStepDefinition } from '../state.js';

/**
 * Publishes to the GitHub release of the run's tag, when the caller gives a `githubRelease` port:
 * the artifacts, then the run's own files from the output directory, each under its file name
 * (release assets are one flat list), with VERIFY.md as the notes' verification block. A failure
 * here keeps the output directory as it is.
 */
export const githubReleaseStep: ReleaseStepDefinition = {
  name: 'github-release',
  needs: ['publish'],
  async run({ ports, artifacts, staged, staging, outputDir, instructionsPath, published }) {
    const target = ports.githubRelease;
    if (target === undefined || published !== true || staging === undefined) return {};
    const finalPath = (path: string): string => join(outputDir, relative(staging, path));
    const { tag, ...publishPorts } = target;
    const paths = [...(artifacts ?? []).map((artifact) => artifact.path), ...staged.map(finalPath)];
    const assets = paths.map((path) => ({ path, name: basename(path), contentType: contentTypeOf(basename(path)) }));
    const notesBlock = instructionsPath === undefined ? '' : await readFile(finalPath(instructionsPath), 'utf8');
    return { githubRelease: await publishRelease({ tag, assets, notesBlock }, { ...publishPorts, logger: ports.logger }) };
  },
};

import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { cliNamer, withEarlierIssues } from '../../config/inputs.js';
import { sbomConfig } from '../../config/sbom.js';
import { clockFromSourceDateEpoch } from '../../core/clock.js';
import { DEFAULT_EXCLUDES } from '../../sbom/catalog.js';
import { FORMAT_NAMES } from '../../sbom/formats/index.js';
import { goModuleCacheDir } from '../../sbom/parsers/go/module-cache.js';
import { runSbom, staleText, summaryText } from '../../sbom/run.js';
import { isImageArgument } from '../../sbom/image/argument.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `trust-kit sbom`: catalog a project's lockfiles into an SPDX 2.3 or CycloneDX SBOM. */
export const sbomCommand: Command = {
  usage:
    'trust-kit sbom [DIR] [--format FORMAT]... [--output FILE | --output-dir DIR] [--include-dev] [--strict]\n         [--exclude PATTERN]... [--no-default-excludes] [--allow-empty] [--artifacts GLOB]... [--base DIR]\n' +
    '       trust-kit sbom registry:REF | oci-dir:PATH | docker-archive:FILE [--platform OS/ARCH[/VARIANT]] [--format FORMAT]... [--output FILE | --output-dir DIR]',
  help: `Finds every lockfile under DIR (default: the working directory), parses it, and writes one SBOM:
one package per purl, dependency edges, hashes and licenses where the lockfile has them. A
lockfile that cannot be parsed is recorded as an unknown and the rest is still cataloged.
Executable Go binaries in DIR are read for the modules they were built from. A summary per
lockfile goes to standard error. Finding no lockfile is an error (exit 1) unless --allow-empty.

Not searched: node_modules, vendor and .git (installed copies, version control), and by default
the directories and files named ${DEFAULT_EXCLUDES.join(', ')}
at any depth: their lockfiles belong to test fixtures and examples, not to the product.

Go module edges come from each module's go.mod in the Go module cache (GOMODCACHE, else
GOPATH/pkg/mod, else ~/go/pkg/mod), read-only and offline, where it has them.

Output is reproducible: the timestamp is SOURCE_DATE_EPOCH (else the last commit's time; outside a
git work tree, the current time; in one git cannot read, an error), the document namespace and
serial number are derived from the content, and everything is sorted.

An argument with one of syft's source prefixes is a container image: registry:REF (pulled, tags
resolved once to a digest; docker's config.json and credential helpers give access),
oci-dir:PATH (an OCI image layout) or docker-archive:FILE (a \`docker save\` archive). Its layers
are read as streams (whiteouts applied, sizes and entry counts bounded, no path leaves the image)
for the OS packages of dpkg and apk, the lockfiles and the Go binaries in its final filesystem,
each package with the layer it came from (syft's layerID and path properties).

Options:
  -f, --format FORMAT    ${FORMAT_NAMES.join(', ')}
                         (default: the --output name's, else spdx-json; repeat for several, written
                         with --output-dir); cyclonedx-json@1.6 and spdx-json@2.3 name the defaults
  -o, --output FILE      write the SBOM here (atomically); default (or -): standard output. Without --format,
                         FILE.cdx.json is CycloneDX and FILE.spdx.json SPDX; with it, such a name must agree
      --output-dir DIR   write each format to DIR/sbom.spdx.json, DIR/sbom.cdx.json, ... (several
                         formats without it: to those names in the working directory)
      --include-dev      keep development dependencies (left out by default)
      --strict           fail (exit 1) if any lockfile could not be parsed
      --exclude PATTERN  also skip these files and directories (repeatable); relative to DIR, as in
                         .gitignore: \`docs\` at any depth, \`tools/*/yarn.lock\` anchored, \`**\` spans directories
                         (a path written from the working directory into DIR is refused, naming the pattern)
      --no-default-excludes
                         search the default-excluded directories too (--exclude still applies)
      --allow-empty      write an SBOM without dependencies when no lockfile is found
      --artifacts GLOB   release files to list, with SHA-256, as produced by the project (repeatable);
                         a Go binary among them also lists the modules it was built from
      --base DIR         with --artifacts: release file names are relative to DIR (default: the
                         working directory)
      --organization N   the organisation authoring the SBOM (SPDX creator, CycloneDX author)
      --platform P       the image's platform when it has several (default linux/amd64, as syft)
      --allow-http-registry
                         reach registry: images over plain HTTP
      --allow-insecure-registry
                         accept any TLS certificate from registry: images' registries
      --registry-username USER
                         log in to a registry: image's registry as USER, with the password in
                         TRUST_KIT_REGISTRY_PASSWORD (as sign-image; else docker's config.json)`,
  options: {
    format: { type: 'string', short: 'f', multiple: true },
    output: { type: 'string', short: 'o' },
    'output-dir': { type: 'string' },
    'include-dev': { type: 'boolean' },
    strict: { type: 'boolean' },
    exclude: { type: 'string', multiple: true },
    'default-excludes': { type: 'boolean' },
    'allow-empty': { type: 'boolean' },
    artifacts: { type: 'string', multiple: true },
    base: { type: 'string' },
    organization: { type: 'string' },
    platform: { type: 'string' },
    'allow-http-registry': { type: 'boolean' },
    'allow-insecure-registry': { type: 'boolean' },
    'registry-username': { type: 'string' },
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const [first] = args.positionals;
    if (args.positionals.length === 1 && first !== undefined && isImageArgument(first)) return (await import('./sbom-image.js')).runImageSbomCommand(first, args, context);
    // syft's other source prefixes would be read as a directory of that name, and fail as one that is not there.
    const otherPrefix = first === undefined ? undefined : /^(oci-archive|docker|podman|containerd|singularity|dir|file):/.exec(first)?.[1];
    const unread = otherPrefix !== undefined && first !== undefined && !existsSync(resolve(context.cwd, first));
    const earlier = [
      ...args.issues,
      ...(unread ? [{ input: 'argument DIR', message: `${otherPrefix}: is a source prefix of syft's that trust-kit does not read: ${otherPrefix === 'dir' || otherPrefix === 'file' ? `give the directory without it (${first?.slice(otherPrefix.length + 1) || '.'})` : 'give the image as registry:REF, oci-dir:PATH (an OCI layout) or docker-archive:FILE (docker save)'}` }] : []),
      ...(args.positionals.length > 1 ? [{ input: 'argument DIR', message: `names ${args.positionals.length} directories; give one (catalog a monorepo from its top directory)` }] : []),
      ...IMAGE_ONLY.filter((name) => args.values[name] !== undefined).map((name) => ({ input: `--${name}`, message: 'applies to an image (registry:, oci-dir:, docker-archive:), not to a directory' })),
      // --base names release files relative to it: without --artifacts it would change nothing, silently (the catalog's directory is DIR).
      ...(args.values.base !== undefined && args.values.artifacts === undefined ? [{ input: '--base', message: 'applies only with --artifacts (release file names are relative to it); the directory to catalog is the argument DIR' }] : []),
    ];
    // Loaded only for given patterns: the path checks bring in the checksums collector, which a plain SBOM never needs.
    const misplaced = args.values.exclude === undefined || args.positionals.length > 1 ? [] : await (await import('../../config/paths.js')).misplacedExcludes(args.values.exclude as string[], args.positionals[0] ?? '.', context.cwd, '--exclude');
    // Every problem at once: an argument count, an image-only flag or a misplaced pattern does not hide what is wrong with the others.
    const config = withEarlierIssues([...earlier, ...misplaced], () => sbomConfig({ ...args.values, path: args.positionals[0] }, cliNamer({ path: 'DIR' }), { path: '.', format: 'spdx-json' }));
    const outputs = config.output !== undefined || config.outputDir !== undefined ? await import('../../config/paths.js') : undefined;
    // A link, a directory or a device where the SBOM goes is said before the catalog is made, not after.
    await outputs?.requireNamedPaths(outputs.sbomOutputPaths(config), context.cwd, cliNamer({}));
    const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
    const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : clockFromSourceDateEpoch(sourceDateEpoch);
    const goModuleCache = goModuleCacheDir(context.env);
    const run = await runSbom(config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }), ...(goModuleCache === undefined ? {} : { goModuleCache }) });
    context.stderr.write(summaryText(run));
    for (const output of run.outputs) {
      if (output.path === undefined) for (const chunk of output.chunks) context.stdout.write(chunk);
      else context.stderr.write(`trust-kit: wrote ${output.format} to ${output.path}\n`);
    }
    for (const path of run.stale) context.stderr.write(`trust-kit: WARNING: ${staleText(path)}\n`);
    return EXIT.OK;
  },
};

/**
 * The image's options, refused for a directory. The image path (registry client, Sigstore's
 * credential reading, layer readers) is loaded only for an image: a directory's SBOM never pays for it.
 */
const IMAGE_ONLY = ['platform', 'allow-http-registry', 'allow-insecure-registry', 'registry-username'] as const;

import { basename } from 'node:path';
import { DEFAULT_EXCLUDES } from '../sbom/catalog.js';
import { FORMAT_ALIASES, FORMAT_NAMES, FORMATS, formatsNamedBy } from '../sbom/formats/index.js';
import { SIBLING_FILE_NAMES } from '../sbom/parsers/identities.js';
import { PARSERS } from '../sbom/parsers/index.js';
import { InputReader, type InputNamer, type RawInputs } from './inputs.js';
import { quoted } from '../core/quote.js';

/** What `trust-kit sbom` and the sbom action do, validated. */
export interface SbomConfig {
  /** The project directory to catalog. */
  path: string;
  /** Format names, in the order given, without repeats. */
  formats: string[];
  /** One format's output file; undefined prints it (CLI, also for `-`) or writes into `outputDir`. */
  output: string | undefined;
  /** Where each format's `sbom.<ext>` file goes when `output` is not given; undefined prints the only format. */
  outputDir: string | undefined;
  includeDev: boolean;
  strict: boolean;
  /** Release files (paths, directories, globs) listed as produced by the root. */
  artifacts: string[];
  /** The directory release file names are relative to (input `base`, as for checksums and releases). */
  artifactBase: string;
  /** Patterns of paths under `path` not searched for lockfiles: the defaults (unless turned off) and those given. */
  exclude: string[];
  /** Write an SBOM even when no lockfile was found, instead of failing. */
  allowEmpty: boolean;
  /** The organisation named as the SBOM's author. */
  organization: string | undefined;
}

/**
 * The exclude patterns an input gives, after the default ones unless `defaultsInput` is false;
 * a pattern that climbs out of the cataloged directory (a `..` segment) could never match, and a
 * negation (`!`) is not one: both are reported.
 */
export function excludePatterns(reader: InputReader, input: string, defaultsInput: string): string[] {
  const given = reader.list(input);
  for (const pattern of given) {
    // .gitignore's negation would take a file back in: read as a literal pattern it matches nothing, and the file stays out without a word.
    if (pattern.startsWith('!')) reader.report(input, `${quoted(pattern)} is a negation, which exclude patterns do not have (a pattern only leaves out); exclude what to leave out and nothing else (a name that starts with "!" is matched by "?" in its place)`);
    else if (pattern.split(/[/\\]/).includes('..')) reader.report(input, `${quoted(pattern)} leaves the cataloged directory; patterns are relative to it`);
    // `/` or `./`: the cataloged directory itself, which a pattern cannot leave out (it matched nothing, without a word).
    else if (pattern.trim().replace(/^\.\//, '').replace(/^\/+|\/+$/g, '') === '') reader.report(input, `${quoted(pattern)} names the cataloged directory itself, which is never left out; name a file or directory in it`);
  }
  return [...(reader.boolean(defaultsInput, true) ? DEFAULT_EXCLUDES : []), ...given];
}

/**
 * Validates SBOM inputs (`path`, `format`, `output`, `output-dir`, `include-dev`, `strict`,
 * `artifacts`, `base`, `exclude`, `default-excludes`, `allow-empty`, `organization`), reporting
 * every problem at once.
 */
export function sbomConfig(raw: RawInputs, nameOf: InputNamer, defaults: { path: string; format: string; outputDir?: string }): SbomConfig {
  const reader = new InputReader(raw, nameOf);
  const given = reader.string('output');
  // `-o -` prints the SBOM, as no --output does; the checks below still see that one file was named.
  const output = given === '-' ? undefined : given;
  // The output's name says the format when none is asked for (`-o bom.cdx.json`), and must not contradict one that is.
  const named = output === undefined ? [] : formatsNamedBy(basename(output));
  const formats = reader.choices('format', FORMAT_NAMES, named.length > 0 ? named.slice(0, 1) : [defaults.format], FORMAT_ALIASES);
  const contradicted = raw['format'] === undefined || named.length === 0 ? undefined : formats.find((format) => !named.includes(format));
  if (contradicted !== undefined && formats.length === 1) {
    const own = FORMATS.find((format) => format.name === contradicted);
    reader.report('output', `${quoted(output)} is the name of a ${named[0]} file, but ${nameOf('format')} is ${contradicted}; name it *${own?.extension ?? '.json'}, or leave ${nameOf('format')} out to write ${named[0]}`);
  }
  // An SBOM written over a lockfile or a manifest would replace what it is made from.
  if (output !== undefined && (SIBLING_FILE_NAMES.has(basename(output)) || PARSERS.some((parser) => parser.matches(basename(output), output)))) {
    reader.report('output', `${quoted(output)} is the name of a lockfile or manifest, which the SBOM is made from and writing it would replace; name the SBOM *.spdx.json or *.cdx.json`);
  }
  const outputDir = reader.string('output-dir', defaults.outputDir);
  if (given !== undefined && formats.length > 1) reader.report('output', `names one file, but ${formats.length} formats were asked for; use ${nameOf('output-dir')} instead`);
  if (given !== undefined && raw['output-dir'] !== undefined) reader.report('output', `give either ${nameOf('output')} or ${nameOf('output-dir')}, not both`);
  const config: SbomConfig = {
    path: reader.string('path', defaults.path) ?? defaults.path,
    formats,
    output,
    outputDir: given === undefined && (outputDir !== undefined || formats.length > 1) ? (outputDir ?? '.') : undefined,
    includeDev: reader.boolean('include-dev', false),
    strict: reader.boolean('strict', false),
    artifacts: reader.list('artifacts'),
    artifactBase: reader.string('base', '.') ?? '.',
    exclude: excludePatterns(reader, 'exclude', 'default-excludes'),
    allowEmpty: reader.boolean('allow-empty', false),
    organization: reader.string('organization'),
  };
  reader.finish();
  return config;
}

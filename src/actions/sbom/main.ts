import { isAbsolute, relative, resolve, sep } from 'node:path';
import { actionInputName, withEarlierIssues, type RawInputs } from '../../config/inputs.js';
import { requireNamedPaths, subjectPaths } from '../../config/paths.js';
import { sbomConfig } from '../../config/sbom.js';
import { clockFromSourceDateEpoch } from '../../core/clock.js';
import { markdownText } from '../../core/markdown.js';
import { ntiaCoverage, ntiaCoverageText } from '../../sbom/ntia.js';
import { goModuleCacheDir } from '../../sbom/parsers/go/module-cache.js';
import { runSbom, staleText, unknownTotal, type SbomRun } from '../../sbom/run.js';
import { ownerByDefault, type ActionIO } from '../io.js';
import { capped, cell, code, codeCell, MAX_SUMMARY_ROWS } from '../summary.js';
import { MAX_UNKNOWN_WARNINGS } from '../../sbom/index.js';
import type { Unknown } from '../../sbom/model.js';
import { counted } from '../../core/plural.js';

/** The inputs the sbom action reads. */
export const SBOM_INPUTS = ['path', 'format', 'output-dir', 'include-dev', 'strict', 'exclude', 'default-excludes', 'allow-empty', 'artifacts', 'base', 'organization'] as const;

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${Math.round((part / whole) * 100)}%`;
}

/**
 * The job-summary table: one row per lockfile with what it contributed, unknowns spelled out; the
 * first {@link MAX_SUMMARY_ROWS} rows, then how many more (a tree may hold thousands of lockfiles, and
 * GitHub drops a summary over 1 MiB whole).
 */
export function lockfilesTable(run: SbomRun): string {
  // The first unknown of each path, found once: a search per row was quadratic in the lockfiles.
  const unknownByPath = new Map<string, Unknown>();
  for (const entry of run.sbom.unknowns) if (!unknownByPath.has(entry.path)) unknownByPath.set(entry.path, entry);
  const rows = run.lockfiles.slice(0, MAX_SUMMARY_ROWS + 1).map((lockfile) => {
    const unknown = unknownByPath.get(lockfile.path);
    const where = unknown?.line === undefined ? '' : ` (line ${unknown.line})`;
    // A lockfile that parsed but refers to what it lacks is incomplete; one that did not parse is unknown.
    const status = unknown === undefined ? 'ok' : lockfile.unknowns === 0 ? `incomplete: ${lockfile.unresolved} unknown${lockfile.unresolved === 1 ? '' : 's'}, first${where}: ${cell(unknown.reason)}` : `unknown${where}: ${cell(unknown.reason)}`;
    return `| ${codeCell(lockfile.path)} | ${cell(lockfile.parser)} | ${lockfile.packages} | ${lockfile.edges} | ${percent(lockfile.licensed, lockfile.packages)} | ${percent(lockfile.hashed, lockfile.packages)} | ${status} |`;
  });
  const more = (count: number): string => `| and ${count} more lockfiles: the SBOM lists their unknowns, the log their counts | | | | | | |`;
  return ['| Lockfile | Parser | Packages | Edges | Licenses | Hashes | Status |', '| --- | --- | ---: | ---: | ---: | ---: | --- |', ...capped(rows, MAX_SUMMARY_ROWS, () => more(run.lockfiles.length - MAX_SUMMARY_ROWS))].join('\n');
}

/**
 * The sbom action (`env`: SOURCE_DATE_EPOCH, GITHUB_REPOSITORY_OWNER; GOMODCACHE, GOPATH, HOME for the Go module cache): catalog the project, write each format as `sbom.<ext>` in the output
 * directory, output the paths, warn about unknowns and add the per-lockfile table to the summary.
 */
export async function run(inputs: RawInputs, io: ActionIO, cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<void> {
  // base names release files relative to it: without artifacts it would change nothing, silently (the directory cataloged is path). Its action.yml default '.' says nothing.
  const base = typeof inputs.base === 'string' ? inputs.base.trim() : '';
  const misplaced = base !== '' && base !== '.' && (typeof inputs.artifacts !== 'string' || inputs.artifacts.trim() === '') ? [{ input: actionInputName('base'), message: `applies only with ${actionInputName('artifacts')} (release file names are relative to it); the directory to catalog is ${actionInputName('path')}` }] : [];
  const config = withEarlierIssues(misplaced, () => sbomConfig(ownerByDefault(inputs, 'organization', env), actionInputName, { path: '.', format: 'spdx-json', outputDir: '.' }));
  // Named as inputs, all at once, rather than the first failing where it is read or written.
  await requireNamedPaths(
    [
      { input: 'path', path: config.path, kind: 'directory' },
      ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' as const }]),
      ...(config.artifacts.length === 0 ? [] : [{ input: 'base', path: config.artifactBase, kind: 'directory' as const }, ...subjectPaths('artifacts', config.artifacts)]),
    ],
    cwd,
    actionInputName,
  );
  const sourceDateEpoch = env.SOURCE_DATE_EPOCH;
  const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : clockFromSourceDateEpoch(sourceDateEpoch);
  const goModuleCache = goModuleCacheDir(env);
  const result = await runSbom(config, { cwd, ...(clock === undefined ? {} : { clock }), ...(goModuleCache === undefined ? {} : { goModuleCache }) });
  // The first few, as a release warns: GitHub shows ten annotations of a kind per step, and thousands of lines would bury the log.
  for (const unknown of result.sbom.unknowns.slice(0, MAX_UNKNOWN_WARNINGS)) {
    // Unknowns name files under the scanned directory; GitHub places an annotation by its path in the workspace.
    const file = relative(cwd, resolve(cwd, config.path, unknown.path)).split(sep).join('/');
    // A file outside the workspace (path: /) has no place on a commit: its annotation goes without one.
    const inWorkspace = file !== '..' && !file.startsWith('../') && !isAbsolute(file);
    io.warn(`${file}${unknown.line === undefined ? '' : `:${unknown.line}`}: could not be cataloged: ${unknown.reason}`, inWorkspace ? { file, ...(unknown.line === undefined ? {} : { line: unknown.line }) } : undefined);
  }
  if (result.sbom.unknowns.length > MAX_UNKNOWN_WARNINGS) io.warn(`${counted(result.sbom.unknowns.length - MAX_UNKNOWN_WARNINGS, 'more unknown')} not shown; the SBOMs list every one`);
  const paths = result.outputs.map((output) => output.path ?? '');
  for (const output of result.outputs) io.info(`wrote ${output.format} to ${output.path ?? ''}`);
  for (const path of result.stale) io.warn(staleText(path));
  io.setOutput('sbom-paths', paths.join('\n'));
  const spdx = result.outputs.find((output) => output.format.startsWith('spdx'));
  const cyclonedx = result.outputs.find((output) => output.format.startsWith('cyclonedx'));
  if (spdx?.path !== undefined) io.setOutput('spdx-path', spdx.path);
  if (cyclonedx?.path !== undefined) io.setOutput('cyclonedx-path', cyclonedx.path);
  const { root, packages, relationships, files } = result.sbom;
  await io.appendSummary(
    `### SBOM of ${cell(root.name)}${root.version === '' ? '' : `@${cell(root.version)}`}\n\n` +
      `${counted(packages.length, 'package')}, ${counted(relationships.length, 'relationship')}, ${counted(files.length, 'release file')}, ${counted(unknownTotal(result), 'unknown')}${config.includeDev ? ' (development dependencies included)' : ''}.\n\n` +
      `${lockfilesTable(result)}\n\n${markdownText(ntiaCoverageText(ntiaCoverage(result.sbom)))}.\n\n${result.outputs.map((output) => `- ${output.format}: ${code(output.path ?? '')}`).join('\n')}\n`,
  );
}

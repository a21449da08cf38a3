import { purlOf } from '../../purl.js';
import type { Package, ParseResult, Relationship } from '../../model.js';
import { boundedText, quoted } from '../../../core/quote.js';
import { LockfileUnknowns } from '../../parsers/unknowns.js';
import { locationProperties, personOf, type OsCataloger, type OsCatalogInput } from '../cataloger.js';
import type { ImageFile } from '../filesystem.js';

const STATUS = '/var/lib/dpkg/status';
const STATUS_D = /^\/var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^\/usr\/share\/doc\/[^/]+\/copyright$/;

/** The dpkg states of a package installed and configured (triggers pending or awaited included). */
const INSTALLED_STATES: ReadonlySet<string> = new Set(['installed', 'triggers-pending', 'triggers-awaited']);

/** The property of a package dpkg has not finished installing (`unpacked`, `half-configured`, `half-installed`): its state. */
export const DPKG_STATUS_PROPERTY = 'trust-kit:dpkg:status';

/** One paragraph of a deb822 file: its fields, the line it starts on, and the first line that is not a field, if any. */
export interface Paragraph {
  fields: Map<string, string>;
  line: number;
  /** The first line of the paragraph that is no `Field: value` (nor a continuation): the paragraph is damaged. */
  damaged?: { line: number; text: string };
}

/**
 * The fields of each paragraph of a deb822 file (`Key: value`, continuation lines folded in), by
 * lowercase name (deb822 field names are case-insensitive, as dpkg and syft read them), with the
 * line each starts on. A line that is no field marks its paragraph damaged and is skipped: the
 * paragraphs around it are read as they are.
 */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph = { fields: new Map(), line: 1 };
  let started = false;
  let last: string | undefined;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (started) out.push(current);
      current = { fields: new Map(), line: index + 2 };
      started = false;
      last = undefined;
      continue;
    }
    if (!started) {
      current.line = index + 1;
      started = true;
    }
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (last !== undefined) current.fields.set(last, `${current.fields.get(last) ?? ''}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      current.damaged ??= { line: index + 1, text: line };
      last = undefined;
      continue;
    }
    last = line.slice(0, colon).toLowerCase();
    current.fields.set(last, line.slice(colon + 1).trim());
  }
  if (started) out.push(current);
  return out;
}

/**
 * The licenses a Debian copyright file names: the `License:` fields of a machine-readable
 * (DEP-5) file, and the `/usr/share/common-licenses/<name>` it points to otherwise, as syft reads
 * them; unique, sorted, as Debian spells them (`GPL-2+`), not guessed into SPDX ids.
 */
export function copyrightLicenses(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/^License:[ \t]*([^\s,][^\n]*)$/gm)) {
    const name = (match[1] ?? '').trim();
    // `License: GPL-2+ or Artistic`: each name of an expression counts.
    // The lookbehind tries ` or ` only where a run of blanks starts: from every blank of a long run it was quadratic.
    for (const part of name.split(/(?<!\s)\s+(?:or|and)\s+|,\s*/i)) if (/^[A-Za-z0-9][A-Za-z0-9.+_-]*$/.test(part)) found.add(part);
  }
  for (const match of text.matchAll(/\/usr\/share\/common-licenses\/([A-Za-z0-9][A-Za-z0-9.+_-]*[A-Za-z0-9+])/g)) found.add(match[1] as string);
  return [...found].sort();
}

/** `Source: glibc (2.36-9)`: the source package name and, when it differs from the binary's, its version. */
function sourceOf(field: string | undefined): { name: string; version?: string } | undefined {
  if (field === undefined || field === '') return undefined;
  const match = /^(\S+)(?:\s+\(([^)]+)\))?$/.exec(field);
  if (match === null) return undefined;
  return match[2] === undefined ? { name: match[1] as string } : { name: match[1] as string, version: match[2] };
}

/** The name a `Depends:` alternative names (`libc6 (>= 2.34)`, `foo:any`). */
function dependencyNames(field: string | undefined): string[][] {
  if (field === undefined || field === '') return [];
  return field.split(',').map((group) => group.split('|').map((alternative) => (alternative.trim().split(/[\s(]/)[0] ?? '').replace(/:\w+$/, '')).filter((name) => name !== ''));
}

/**
 * dpkg's database: `var/lib/dpkg/status` (and the one-package files of `status.d/`, as distroless
 * images keep them). Every paragraph of a package whose files are there is a package (installed,
 * triggers pending or awaited; unpacked, half-configured or half-installed with the
 * {@link DPKG_STATUS_PROPERTY} saying so; not the removed ones, `config-files` and `not-installed`)
 * (`pkg:deb/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<source>` as syft
 * writes it), licensed from `/usr/share/doc/<name>/copyright`, with `Depends`/`Pre-Depends` edges to
 * the installed packages they name. A paragraph that cannot be read (a line that is no field, no
 * name or version) is an unknown at its line; the others are read.
 */
export const dpkgCataloger: OsCataloger = {
  name: 'dpkg-db',
  wants: (path) => path === STATUS || (STATUS_D.test(path) && !path.endsWith('.md5sums')) || COPYRIGHT.test(path),
  isDatabase: (path) => path === STATUS || STATUS_D.test(path),
  databasePaths: [STATUS, '/var/lib/dpkg/status.d'],
  catalog(database: ImageFile, input: OsCatalogInput): ParseResult {
    const entries = paragraphs((database.node.content ?? Buffer.alloc(0)).toString('utf8'));
    const unknowns = new LockfileUnknowns(database.path);
    const namespace = input.distro?.id ?? 'debian';
    const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
    const packages: Package[] = [];
    const byName = new Map<string, string>();
    const depends: { from: string; names: string[][] }[] = [];
    for (const { fields, line, damaged } of entries) {
      const name = fields.get('package');
      const version = fields.get('version');
      const status = fields.get('status');
      const which = name === undefined ? 'a package' : `the package ${quoted(boundedText(name, 80))}`;
      // One damaged paragraph costs its own package, said, never the database's others.
      if (damaged !== undefined) {
        unknowns.add(`${quoted(boundedText(damaged.text, 80))} is not a "Field: value" line: ${which} of this paragraph is not listed (the database was damaged or edited)`, damaged.line);
        continue;
      }
      // Its three words are split at any run of blanks, as dpkg splits them: `install  ok  installed` is installed.
      const state = status?.split(/\s+/)[2];
      // Removed, its configuration files alone left: no package's files are there. status.d files carry no Status: dpkg is not there to have removed anything.
      if (state === 'not-installed' || state === 'config-files') continue;
      if (name === undefined) {
        unknowns.add('a paragraph names no Package: what it describes is not listed (the database was damaged or edited)', line);
        continue;
      }
      if (!/^[^\s/]+$/.test(name)) {
        unknowns.add(`${quoted(boundedText(name, 80))} is not a dpkg package name: it is not listed (the database was damaged or edited)`, line);
        continue;
      }
      if (version === undefined) {
        unknowns.add(`${which} has no Version: it is not listed (the database was damaged or edited)`, line);
        continue;
      }
      const qualifiers: Record<string, string> = {};
      const arch = fields.get('architecture');
      if (arch !== undefined && arch !== '') qualifiers.arch = arch;
      const source = sourceOf(fields.get('source'));
      if (source !== undefined) qualifiers.upstream = source.version === undefined ? source.name : `${source.name}@${source.version}`;
      if (distro !== undefined) qualifiers.distro = distro;
      const purl = purlOf('deb', name, version, namespace, qualifiers);
      const copyright = input.file(`/usr/share/doc/${name}/copyright`);
      const licenses = copyright?.node.content === undefined ? [] : copyrightLicenses(copyright.node.content.toString('utf8'));
      const evidence = [database, ...(licenses.length === 0 || copyright === undefined ? [] : [copyright])];
      // Installed but not configured yet, or half unpacked (a build that failed midway): its files are in the image, and the SBOM says in what state.
      const unsettled = state !== undefined && !INSTALLED_STATES.has(state) ? [{ name: DPKG_STATUS_PROPERTY, value: state }] : [];
      const pkg: Package = { purl, ecosystem: 'deb', name, version, hashes: [], locations: [{ path: database.path, entry: name }], scope: 'required', properties: [...locationProperties(evidence), ...unsettled] };
      if (licenses.length > 0) pkg.license = licenses.join(' AND ');
      const person = personOf(fields.get('maintainer'));
      if (person !== undefined) pkg.supplier = { type: 'Person', name: person };
      packages.push(pkg);
      byName.set(name, purl);
      for (const provided of (fields.get('provides') ?? '').split(',')) {
        const providedName = provided.trim().split(/[\s(]/)[0];
        if (providedName !== undefined && providedName !== '' && !byName.has(providedName)) byName.set(providedName, purl);
      }
      depends.push({ from: purl, names: [...dependencyNames(fields.get('pre-depends')), ...dependencyNames(fields.get('depends'))] });
    }
    const relationships: Relationship[] = [];
    for (const { from, names } of depends) {
      for (const alternatives of names) {
        const to = alternatives.map((name) => byName.get(name)).find((purl) => purl !== undefined);
        if (to !== undefined && to !== from) relationships.push({ from, to, type: 'depends-on' });
      }
    }
    return unknowns.into({ packages, relationships });
  },
};

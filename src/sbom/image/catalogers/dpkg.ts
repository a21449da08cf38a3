import { purlOf } from '../../purl.js';
import { SbomParseError } from '../../errors.js';
import type { Package, ParseResult, Relationship } from '../../model.js';
import { locationProperties, parseErrorReason, personOf, type OsCataloger, type OsCatalogInput } from '../cataloger.js';
import type { ImageFile } from '../filesystem.js';

const STATUS = '/var/lib/dpkg/status';
const STATUS_D = /^\/var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^\/usr\/share\/doc\/[^/]+\/copyright$/;

/** The fields of each paragraph of a deb822 file (`Key: value`, continuation lines folded in), by lowercase name (deb822 field names are case-insensitive, as dpkg and syft read them), with the line each starts on. */
export function paragraphs(text: string): { fields: Map<string, string>; line: number }[] {
  const out: { fields: Map<string, string>; line: number }[] = [];
  let fields = new Map<string, string>();
  let start = 1;
  let last: string | undefined;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (fields.size > 0) out.push({ fields, line: start });
      fields = new Map();
      last = undefined;
      continue;
    }
    if (fields.size === 0 && last === undefined) start = index + 1;
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (last !== undefined) fields.set(last, `${fields.get(last) ?? ''}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new SbomParseError('', `"${line.slice(0, 80)}" is not a "Field: value" line`, index + 1);
    last = line.slice(0, colon).toLowerCase();
    fields.set(last, line.slice(colon + 1).trim());
  }
  if (fields.size > 0) out.push({ fields, line: start });
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
 * images keep them). Every paragraph whose status is `installed` is a package
 * (`pkg:deb/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<source>` as syft
 * writes it), licensed from `/usr/share/doc/<name>/copyright`, with `Depends`/`Pre-Depends` edges to
 * the installed packages they name.
 */
export const dpkgCataloger: OsCataloger = {
  name: 'dpkg-db',
  wants: (path) => path === STATUS || (STATUS_D.test(path) && !path.endsWith('.md5sums')) || COPYRIGHT.test(path),
  isDatabase: (path) => path === STATUS || STATUS_D.test(path),
  databasePaths: [STATUS, '/var/lib/dpkg/status.d'],
  catalog(database: ImageFile, input: OsCatalogInput): ParseResult {
    let entries;
    try {
      entries = paragraphs((database.node.content ?? Buffer.alloc(0)).toString('utf8'));
    } catch (error) {
      if (error instanceof SbomParseError) throw new SbomParseError(database.path, parseErrorReason(error), error.line);
      throw error;
    }
    const namespace = input.distro?.id ?? 'debian';
    const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
    const packages: Package[] = [];
    const byName = new Map<string, string>();
    const depends: { from: string; names: string[][] }[] = [];
    for (const { fields, line } of entries) {
      const name = fields.get('package');
      const version = fields.get('version');
      const status = fields.get('status');
      if (name === undefined || version === undefined) continue;
      if (!/^[^\s/]+$/.test(name)) throw new SbomParseError(database.path, `"${name.slice(0, 80)}" is not a dpkg package name`, line);
      // status.d files carry no Status: dpkg is not there to have removed anything.
      // Its three words are split at any run of blanks, as dpkg splits them: `install  ok  installed` is installed.
      if (status !== undefined && status.split(/\s+/)[2] !== 'installed') continue;
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
      const pkg: Package = { purl, ecosystem: 'deb', name, version, hashes: [], locations: [{ path: database.path, entry: name }], scope: 'required', properties: locationProperties(evidence) };
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
    return { packages, relationships };
  },
};

import { parse as parseToml } from 'smol-toml';
import { SbomParseError } from '../../errors.js';
import { hexHash } from '../../hashes.js';
import { gitSourceSupplier } from '../../suppliers.js';
import type { Package, PackageHash, ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, headerLines, isRecord, parseTomlLockfile, recordField, stringField, textOf } from '../lockfile.js';
import { CARGO_LOCK } from '../identities.js';

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';
const CRATES_IO_SPARSE = 'sparse+https://index.crates.io/';

/** One `[[package]]` of Cargo.lock. */
interface Crate {
  name: string;
  version: string;
  source: string | undefined;
  purl: string;
  dependencies: string[];
  line: number | undefined;
}

/**
 * The purl of a crate: crates.io ones are plain; other registries carry `repository_url`, git
 * sources `vcs_url` (so a git fork never passes for the crates.io release of the same version);
 * path (workspace) crates are plain.
 */
function cratePurl(name: string, version: string, source: string | undefined): string {
  if (source === undefined || source === CRATES_IO || source === CRATES_IO_SPARSE) return purlOf('cargo', name, version);
  if (source.startsWith('git+')) {
    // `git+URL?branch=x#commit`: the commit pins what was built; the query only says how it was chosen.
    const hash = source.indexOf('#');
    const url = source.slice(0, source.includes('?') ? source.indexOf('?') : hash === -1 ? source.length : hash);
    return purlOf('cargo', name, version, undefined, { vcs_url: hash === -1 ? url : `${url}@${source.slice(hash + 1)}` });
  }
  return purlOf('cargo', name, version, undefined, { repository_url: source.replace(/^(registry|sparse)\+/, '') });
}

/**
 * Where a crate's archive is downloaded from: crates.io's download endpoint for the crate, or the
 * git repository at the locked commit (`git+URL#commit`). Another registry's index URL says where
 * the index is, not the archive (its download template is in the index's config.json): unknown.
 */
function downloadLocationOf(name: string, version: string, source: string | undefined): string | undefined {
  if (source === CRATES_IO || source === CRATES_IO_SPARSE) return `https://crates.io/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}/download`;
  if (source?.startsWith('git+') !== true) return undefined;
  // `git+URL?branch=x#commit`: the commit is what was built; the query only says how it was chosen.
  const hash = source.indexOf('#');
  const query = source.indexOf('?');
  const url = source.slice(0, query !== -1 ? query : hash !== -1 ? hash : source.length);
  return hash === -1 ? url : `${url}${source.slice(hash)}`;
}

/** The `[metadata]` checksums of a v1 Cargo.lock, keyed `name version (source)`. */
function metadataChecksums(lock: Record<string, unknown>): Map<string, string> {
  const checksums = new Map<string, string>();
  const metadata = recordField(lock, 'metadata');
  if (metadata === undefined) return checksums;
  for (const [key, value] of Object.entries(metadata)) {
    const match = /^checksum (.+)$/.exec(key);
    if (match?.[1] !== undefined && typeof value === 'string') checksums.set(match[1], value);
  }
  return checksums;
}

/**
 * The root crate's name, version and license from the Cargo.toml beside the lockfile, if it has a `[package]`
 * (a virtual workspace has none).
 */
async function manifestPackage(input: ParseInput): Promise<{ name: string; version: string | undefined; license: string | undefined } | undefined> {
  const manifest = await input.readSibling('Cargo.toml');
  if (manifest === undefined) return undefined;
  try {
    const table = recordField(parseToml(manifest.toString('utf8')), 'package');
    const name = table === undefined ? undefined : stringField(table, 'name');
    // `license.workspace = true` is a table: the license is the workspace's, not stated here.
    return name === undefined || table === undefined ? undefined : { name, version: stringField(table, 'version'), license: stringField(table, 'license') };
  } catch {
    // An unreadable manifest only costs the root; the lockfile still lists every crate.
    return undefined;
  }
}

/**
 * Crates from `Cargo.lock` (v1 to v4): registry checksums as SHA256, git and path sources,
 * dependency edges resolved by name, by `name version` or by `name version (source)` when a name
 * has several versions. Crates without a source are workspace members, contained by the root crate
 * named in the Cargo.toml beside the lockfile (or, in a virtual workspace, reported as `members`).
 */
export const cargoLockParser: Parser = {
  ...CARGO_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseTomlLockfile(input);
    const entries = arrayField(lock, 'package') ?? [];
    const lines = headerLines(textOf(input), '[[package]]');
    const checksums = metadataChecksums(lock);
    const crates: Crate[] = [];
    for (const [index, entry] of entries.entries()) {
      const line = lines[index];
      if (!isRecord(entry)) throw new SbomParseError(input.path, 'a [[package]] entry is not a table', line);
      const name = stringField(entry, 'name');
      const version = stringField(entry, 'version');
      if (name === undefined || name === '' || version === undefined || version === '') {
        throw new SbomParseError(input.path, 'a [[package]] entry lacks a name or version', line);
      }
      const source = stringField(entry, 'source');
      const dependencies = (arrayField(entry, 'dependencies') ?? []).filter((dep): dep is string => typeof dep === 'string');
      crates.push({ name, version, source, purl: purlFor(input.path, line, () => cratePurl(name, version, source)), dependencies, line });
    }

    // Every way Cargo.lock can name a crate in `dependencies`: `name`, `name version` and
    // `name version (source)`; a key two crates share is ambiguous (null) and resolves to nothing.
    const byReference = new Map<string, Crate | null>();
    for (const crate of crates) {
      const keys = [crate.name, `${crate.name} ${crate.version}`];
      if (crate.source !== undefined) keys.push(`${crate.name} ${crate.version} (${crate.source})`);
      for (const key of keys) {
        const known = byReference.get(key);
        // A crate listed twice is one crate: duplicates must not make its name ambiguous.
        if (known === undefined) byReference.set(key, crate);
        else if (known !== null && known.purl !== crate.purl) byReference.set(key, null);
      }
    }
    const resolve = (spec: string): Crate | undefined => byReference.get(spec.trim()) ?? undefined;

    const manifest = await manifestPackage(input);
    const rootCrate = crates.find((crate) => crate.source === undefined && crate.name === manifest?.name && (manifest.version === undefined || manifest.version === crate.version));
    const collector = new PackageCollector(input);
    let root: Package | undefined;
    for (const [index, crate] of crates.entries()) {
      const entry = entries[index] as Record<string, unknown>;
      const checksum = stringField(entry, 'checksum') ?? checksums.get(`${crate.name} ${crate.version} (${crate.source ?? ''})`);
      const hash: PackageHash | undefined = checksum === undefined ? undefined : hexHash('SHA256', checksum);
      // Cargo.lock names no authors; a git source at least names the repository's owner. Registry crates stay NOASSERTION.
      const supplied = crate.source?.startsWith('git+') === true ? gitSourceSupplier(crate.source.slice(4).replace(/[?#].*$/s, ''), 'the Cargo.lock git source') : undefined;
      collector.add({
        supplier: supplied?.supplier,
        properties: supplied === undefined ? [] : [supplied.property],
        purl: crate.purl,
        ecosystem: 'cargo',
        name: crate.name,
        version: crate.version,
        scope: 'required',
        line: crate.line,
        hashes: hash === undefined ? [] : [hash],
        downloadLocation: downloadLocationOf(crate.name, crate.version, crate.source),
      });
      if (crate === rootCrate) {
        root = { purl: crate.purl, ecosystem: 'cargo', name: crate.name, version: crate.version, hashes: [], locations: [{ path: input.path, line: crate.line }], scope: 'required' };
        if (manifest?.license !== undefined) root.license = manifest.license;
      }
      for (const spec of crate.dependencies) {
        const dependency = resolve(spec);
        if (dependency !== undefined) collector.relate(crate.purl, dependency.purl);
      }
    }
    const members = crates.filter((crate) => crate.source === undefined && crate !== rootCrate).map((crate) => crate.purl);
    if (root !== undefined) {
      for (const member of members) collector.relate(root.purl, member, 'contains');
      return collector.result(root);
    }
    // A virtual workspace (a Cargo.toml with no [package]) names no root: its members are the project's own crates all the same.
    const result = collector.result();
    if (members.length > 0) result.members = [...new Set(members)].sort();
    return result;
  },
};

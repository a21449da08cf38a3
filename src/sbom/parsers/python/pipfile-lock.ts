import { SbomParseError } from '../../errors.js';
import { boundedText, quoted } from '../../../core/quote.js';
import type { ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, isRecord, parseJsonLockfile, stringField } from '../lockfile.js';
import { LockfileUnknowns } from '../unknowns.js';
import { gitOrigin, indexOrigin, localOrigin, normalizePythonName, singleArchiveHashes, urlOrigin, versionFromUrl, type PythonOrigin } from './names.js';
import { PIPFILE_LOCK } from '../identities.js';
import { markerProperties, scopeUnderMarker } from './markers.js';

/** The sections of Pipfile.lock and the scope of what they list. */
const SECTIONS: readonly (readonly [string, Scope])[] = [
  ['default', 'required'],
  ['develop', 'dev'],
];

/**
 * Where an entry came from: a `git` repository at its `ref` (pipenv locks the commit), a `file`
 * URL, a non-editable `path` (an editable one is the project's own tree), else the index its
 * `index` names when that is not PyPI.
 */
function originOf(entry: Record<string, unknown>, indexes: ReadonlyMap<string, string>): PythonOrigin | undefined {
  const git = stringField(entry, 'git');
  if (git !== undefined) return gitOrigin(git, stringField(entry, 'ref'));
  const file = stringField(entry, 'file');
  if (file !== undefined) return /^https?:\/\//.test(file) ? urlOrigin(file) : localOrigin(file);
  const path = stringField(entry, 'path');
  if (path !== undefined) return entry.editable === true ? undefined : localOrigin(path);
  const index = stringField(entry, 'index');
  const indexUrl = index === undefined ? undefined : indexes.get(index);
  return indexUrl === undefined ? undefined : indexOrigin(indexUrl);
}

/** The package indexes `_meta.sources` names, by name (what an entry's `index` says). */
function indexesOf(lock: Record<string, unknown>): Map<string, string> {
  const indexes = new Map<string, string>();
  const meta = lock._meta;
  const sources = isRecord(meta) ? arrayField(meta, 'sources') : undefined;
  for (const source of sources ?? []) {
    const name = isRecord(source) ? stringField(source, 'name') : undefined;
    const url = isRecord(source) ? stringField(source, 'url') : undefined;
    if (name !== undefined && url !== undefined) indexes.set(name, url);
  }
  return indexes;
}

/**
 * Packages from `Pipfile.lock`: `default` is required, `develop` is dev scope; versions pinned
 * `==x` (or `===x`); git, file URL and path entries with their origin as purl qualifier (a git
 * entry at no version unless the lock gives one, a file at the version its name gives); editable
 * paths (the project's own tree) are skipped. An entry's `markers` are recorded, and make a
 * `default` entry optional when they name more than the Python version.
 */
export const pipfileLockParser: Parser = {
  ...PIPFILE_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseJsonLockfile(input);
    if (!isRecord(lock)) throw new SbomParseError(input.path, 'a Pipfile.lock is a JSON object');
    const collector = new PackageCollector(input);
    const indexes = indexesOf(lock);
    // What the lock holds but cannot be listed: said, not dropped in silence (an unpinned entry is still installed).
    const unknowns = new LockfileUnknowns(input.path);
    for (const [section, scope] of SECTIONS) {
      const packages = Object.hasOwn(lock, section) ? lock[section] : {};
      if (!isRecord(packages)) {
        unknowns.add(`${section}: not an object of packages`);
        continue;
      }
      for (const [rawName, entry] of Object.entries(packages)) {
        const where = `${section}.${boundedText(rawName, 100)}`;
        if (!isRecord(entry)) {
          unknowns.add(`${where}: not an object`);
          continue;
        }
        const declared = stringField(entry, 'version');
        const pinned = /^===?(\S+)$/.exec(declared ?? '')?.[1];
        const origin = originOf(entry, indexes);
        if (pinned === undefined && (origin === undefined || origin.qualifiers.repository_url !== undefined)) {
          // The project's own tree, installed in place, is no dependency.
          if (entry.editable !== true) unknowns.add(`${where}: no version pinned with == (${quoted(declared ?? null, 100)}), no git, file or path: pipenv installs what it allows, which the SBOM cannot name`);
          continue;
        }
        const name = normalizePythonName(rawName);
        const file = stringField(entry, 'file');
        const version = pinned ?? (file === undefined ? '' : (versionFromUrl(name, file) ?? ''));
        const hashes = (arrayField(entry, 'hashes') ?? []).filter((hash): hash is string => typeof hash === 'string');
        const marker = stringField(entry, 'markers');
        collector.add({
          purl: purlFor(input.path, undefined, () => purlOf('pypi', name, version, undefined, origin?.qualifiers)),
          ecosystem: 'pypi',
          name,
          version,
          scope: scopeUnderMarker(scope, marker),
          properties: markerProperties(marker),
          entry: section,
          hashes: singleArchiveHashes(hashes),
          downloadLocation: origin?.downloadLocation,
        });
      }
    }
    return unknowns.into(collector.result());
  },
};

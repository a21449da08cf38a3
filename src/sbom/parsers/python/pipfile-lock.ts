import { SbomParseError } from '../../errors.js';
import type { ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, arrayField, isRecord, parseJsonLockfile, recordField, stringField } from '../lockfile.js';
import { normalizePythonName, singleArchiveHashes } from './names.js';
import { PIPFILE_LOCK } from '../identities.js';

/** The sections of Pipfile.lock and the scope of what they list. */
const SECTIONS: readonly (readonly [string, Scope])[] = [
  ['default', 'required'],
  ['develop', 'dev'],
];

/**
 * Packages from `Pipfile.lock`: `default` is required, `develop` is dev scope; versions pinned
 * `==x` (or `===x`); git, path and editable entries pin no release and are skipped.
 */
export const pipfileLockParser: Parser = {
  ...PIPFILE_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseJsonLockfile(input);
    if (!isRecord(lock)) throw new SbomParseError(input.path, 'a Pipfile.lock is a JSON object');
    const collector = new PackageCollector(input);
    for (const [section, scope] of SECTIONS) {
      for (const [rawName, entry] of Object.entries(recordField(lock, section) ?? {})) {
        if (!isRecord(entry)) continue;
        const version = /^===?(\S+)$/.exec(stringField(entry, 'version') ?? '')?.[1];
        if (version === undefined) continue;
        const name = normalizePythonName(rawName);
        const hashes = (arrayField(entry, 'hashes') ?? []).filter((hash): hash is string => typeof hash === 'string');
        collector.add({ purl: purlFor(input.path, undefined, () => purlOf('pypi', name, version)), ecosystem: 'pypi', name, version, scope, entry: section, hashes: singleArchiveHashes(hashes) });
      }
    }
    return collector.result();
  },
};

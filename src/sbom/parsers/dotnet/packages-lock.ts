import { boundedText } from '../../../core/quote.js';
import { SbomParseError } from '../../errors.js';
import { base64Hash } from '../../hashes.js';
import type { ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, isRecord, parseJsonLockfile, recordField, stringField } from '../lockfile.js';
import { LockfileUnknowns } from '../unknowns.js';
import { NUGET_PACKAGES_LOCK } from '../identities.js';

/**
 * NuGet packages from `packages.lock.json`, merged over every target framework: the contentHash
 * (base64 SHA-512 of the .nupkg) as hex, and edges resolved within each framework, where a
 * dependency's declared minimum resolves to the version locked for that framework. Project
 * references (`"type": "Project"`) are other projects of the solution, not NuGet packages. What the
 * project references itself is `direct`: its `Direct` entries (though another package depends on one
 * too), and the packages a project reference brings, which no package of the lockfile leads to.
 */
export const nugetPackagesLockParser: Parser = {
  ...NUGET_PACKAGES_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const lock = parseJsonLockfile(input);
    if (!isRecord(lock)) throw new SbomParseError(input.path, 'a packages.lock.json is a JSON object');
    const frameworks = recordField(lock, 'dependencies');
    if (frameworks === undefined) throw new SbomParseError(input.path, 'a packages.lock.json has a "dependencies" object of target frameworks');
    const collector = new PackageCollector(input);
    const direct = new Set<string>();
    // What the lock holds but cannot be listed: said, not dropped in silence.
    const unknowns = new LockfileUnknowns(input.path);
    for (const [framework, packages] of Object.entries(frameworks)) {
      if (!isRecord(packages)) {
        unknowns.add(`${boundedText(framework, 100)}: not an object of packages`);
        continue;
      }
      // NuGet package IDs are case-insensitive: dependencies may spell them differently from their own entry.
      const locked = new Map<string, string>();
      const dependencies: { purl: string; ids: string[] }[] = [];
      const projectReferences: string[] = [];
      for (const [id, entry] of Object.entries(packages)) {
        const where = `${boundedText(framework, 100)}.${boundedText(id, 100)}`;
        if (!isRecord(entry)) {
          unknowns.add(`${where}: not an object`);
          continue;
        }
        if (stringField(entry, 'type') === 'Project') {
          projectReferences.push(...Object.keys(recordField(entry, 'dependencies') ?? {}));
          continue;
        }
        const version = stringField(entry, 'resolved');
        if (version === undefined || version === '') {
          unknowns.add(`${where}: no resolved version`);
          continue;
        }
        const hash = base64Hash('SHA512', stringField(entry, 'contentHash') ?? '');
        const purl = collector.add({ purl: purlFor(input.path, undefined, () => purlOf('nuget', id, version)), ecosystem: 'nuget', name: id, version, scope: 'required', entry: framework, hashes: hash === undefined ? [] : [hash] });
        locked.set(id.toLowerCase(), purl);
        if (stringField(entry, 'type') === 'Direct') direct.add(purl);
        dependencies.push({ purl, ids: Object.keys(recordField(entry, 'dependencies') ?? {}) });
      }
      for (const { purl, ids } of dependencies) {
        for (const id of ids) {
          const target = locked.get(id.toLowerCase());
          if (target !== undefined) collector.relate(purl, target);
        }
      }
      for (const id of projectReferences) {
        const target = locked.get(id.toLowerCase());
        if (target !== undefined) direct.add(target);
      }
    }
    const result = { ...collector.result(), direct: [...direct].sort() };
    return unknowns.into(result);
  },
};

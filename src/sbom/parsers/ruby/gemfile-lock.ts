import type { ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { GEMFILE_LOCK } from '../identities.js';

/** A GIT section's source as other lockfiles record one: `git+URL#revision` (an https or ssh remote gains the `git+` of a VCS URL). */
function gitLocation(remote: string, revision: string | undefined): string {
  const url = /^(?:https?|ssh):\/\//.test(remote) ? `git+${remote}` : remote;
  return revision === undefined ? url : `${url}#${revision}`;
}

/** The sections of Gemfile.lock whose `specs:` list locked gems. */
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);

/** `name (version[-platform])` at 4 spaces: a locked gem (Bundler's NAME_VERSION: the version has no `-`, the platform follows it). */
const SPEC = /^ {4}(?! )(\S+) \(([^-\s)]+)(?:-([^\s)]+))?\)$/;

/** `name[ (requirement)]` at 6 spaces: a dependency of the gem above. */
const SPEC_DEPENDENCY = /^ {6}(?! )(\S+)(?: \(.*\))?$/;

/** One locked gem, with the names it depends on. */
interface LockedGem {
  purl: string;
  name: string;
  dependencies: string[];
}

/**
 * Gems from `Gemfile.lock`: the `specs` of its GEM, GIT, PATH and PLUGIN SOURCE sections, with
 * platform-specific gems as a `platform` purl qualifier, GIT sources as the download location and a
 * `vcs_url` qualifier (at the revision), PATH sources as a `download_url` qualifier (the path), and
 * the dependency edges the specs record. Gemfile.lock does not record groups, so every gem is required.
 */
export const gemfileLockParser: Parser = {
  ...GEMFILE_LOCK,
  async parse(input: ParseInput): Promise<ParseResult> {
    const collector = new PackageCollector(input);
    const gems: LockedGem[] = [];
    let section = '';
    let remote: string | undefined;
    let revision: string | undefined;
    let current: LockedGem | undefined;
    for (const [index, raw] of textOf(input).split('\n').entries()) {
      const text = raw.replace(/\r$/, '');
      if (/^\S/.test(text)) {
        section = text.trim();
        remote = undefined;
        revision = undefined;
        current = undefined;
        continue;
      }
      if (!SOURCE_SECTIONS.has(section)) continue;
      const option = /^ {2}(remote|revision): (.+)$/.exec(text);
      if (option?.[1] === 'remote') remote = option[2];
      if (option?.[1] === 'revision') revision = option[2];
      const spec = SPEC.exec(text);
      if (spec?.[1] !== undefined && spec[2] !== undefined) {
        const [, name, version, platform] = spec;
        const downloadLocation = section === 'GIT' && remote !== undefined ? gitLocation(remote, revision) : undefined;
        // A GIT or PATH gem is not rubygems.org's gem of that name and version: its origin qualifies the purl.
        const qualifiers: Record<string, string> = {};
        if (downloadLocation !== undefined) qualifiers.vcs_url = downloadLocation.replace(/#([^#]*)$/, '@$1');
        if (section === 'PATH' && remote !== undefined) qualifiers.download_url = remote;
        if (platform !== undefined) qualifiers.platform = platform;
        const purl = purlFor(input.path, index + 1, () => purlOf('gem', name, version, undefined, Object.keys(qualifiers).length === 0 ? undefined : qualifiers));
        collector.add({ purl, ecosystem: 'gem', name, version, scope: 'required', line: index + 1, downloadLocation });
        current = { purl, name, dependencies: [] };
        gems.push(current);
        continue;
      }
      const dependency = SPEC_DEPENDENCY.exec(text);
      if (dependency?.[1] !== undefined && current !== undefined) current.dependencies.push(dependency[1]);
    }
    // A gem locked for several platforms is one version in several builds: an edge goes to each.
    const byName = new Map<string, Set<string>>();
    for (const gem of gems) {
      const named = byName.get(gem.name);
      if (named === undefined) byName.set(gem.name, new Set([gem.purl]));
      else named.add(gem.purl);
    }
    for (const gem of gems) for (const name of gem.dependencies) for (const target of byName.get(name) ?? []) collector.relate(gem.purl, target);
    return collector.result();
  },
};

import { boundedText, quoted } from '../../../core/quote.js';
import { LockfileUnknowns } from '../../parsers/unknowns.js';
import type { Package, PackageHash, ParseResult, Relationship } from '../../model.js';
import { purlOf } from '../../purl.js';
import { locationProperties, personOf, type OsCataloger, type OsCatalogInput } from '../cataloger.js';
import type { ImageFile } from '../filesystem.js';

const INSTALLED = '/lib/apk/db/installed';

/**
 * apk's database, `lib/apk/db/installed`: one paragraph per package of one-letter fields (`P:`
 * name, `V:` version, `A:` arch, `L:` license, `o:` origin, `m:` maintainer, `C:` `Q1`+base64 SHA-1
 * of the control data, `D:` dependencies, `p:` provides). Each is
 * `pkg:apk/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<origin>` as syft writes
 * it (no `upstream` when the origin is the package itself), with `D:` edges to the installed packages that provide what it names.
 * A paragraph that cannot be read (a line that is no field, no name or version) is an unknown at
 * its line; the others are read.
 */
export const apkCataloger: OsCataloger = {
  name: 'apk-db',
  wants: (path) => path === INSTALLED,
  isDatabase: (path) => path === INSTALLED,
  databasePaths: [INSTALLED],
  catalog(database: ImageFile, input: OsCatalogInput): ParseResult {
    const text = (database.node.content ?? Buffer.alloc(0)).toString('utf8');
    const namespace = input.distro?.id ?? 'alpine';
    const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
    const packages: Package[] = [];
    const provides = new Map<string, string>();
    const depends: { from: string; names: string[] }[] = [];
    const unknowns = new LockfileUnknowns(database.path);
    let fields = new Map<string, string>();
    let start = 1;
    /** The first line of the paragraph that is no `X:value`: it is damaged, and its package not listed. */
    let damaged: { line: number; text: string } | undefined;
    const flush = (): void => {
      // Blank lines between paragraphs: nothing to read.
      if (fields.size === 0 && damaged === undefined) return;
      const name = fields.get('P');
      const version = fields.get('V');
      const which = name === undefined ? 'a package' : `the package ${quoted(boundedText(name, 80))}`;
      // One damaged paragraph costs its own package, said, never the database's others.
      if (damaged !== undefined) unknowns.add(`${quoted(boundedText(damaged.text, 80))} is not an "X:value" line: ${which} of this paragraph is not listed (the database was damaged or edited)`, damaged.line);
      else if (name === undefined) unknowns.add('a paragraph names no package (P:): what it describes is not listed (the database was damaged or edited)', start);
      else if (!/^[^\s/]+$/.test(name)) unknowns.add(`${quoted(boundedText(name, 80))} is not an apk package name: it is not listed (the database was damaged or edited)`, start);
      else if (version === undefined) unknowns.add(`${which} has no version (V:): it is not listed (the database was damaged or edited)`, start);
      else {
        const qualifiers: Record<string, string> = {};
        const arch = fields.get('A');
        if (arch !== undefined && arch !== '') qualifiers.arch = arch;
        const origin = fields.get('o');
        // syft names the origin only when it is another package than this one.
        if (origin !== undefined && origin !== '' && origin !== name) qualifiers.upstream = origin;
        if (distro !== undefined) qualifiers.distro = distro;
        const purl = purlOf('apk', name, version, namespace, qualifiers);
        const pkg: Package = { purl, ecosystem: 'apk', name, version, hashes: [], locations: [{ path: database.path, entry: name }], scope: 'required', properties: locationProperties([database]) };
        const license = fields.get('L');
        if (license !== undefined && license !== '') pkg.license = license;
        const checksum = /^Q1([A-Za-z0-9+/]{27}=)$/.exec(fields.get('C') ?? '');
        if (checksum?.[1] !== undefined) pkg.hashes = [{ algorithm: 'SHA1', hex: Buffer.from(checksum[1], 'base64').toString('hex') } satisfies PackageHash];
        const url = fields.get('U');
        if (url !== undefined && /^https?:\/\//.test(url)) pkg.downloadLocation = url;
        const maintainer = personOf(fields.get('m'));
        if (maintainer !== undefined) pkg.supplier = { type: 'Person', name: maintainer };
        packages.push(pkg);
        provides.set(name, purl);
        for (const provided of (fields.get('p') ?? '').split(/\s+/)) {
          const providedName = provided.split('=')[0];
          if (providedName !== undefined && providedName !== '' && !provides.has(providedName)) provides.set(providedName, purl);
        }
        depends.push({ from: purl, names: (fields.get('D') ?? '').split(/\s+/).filter((dep) => dep !== '' && !dep.startsWith('!')).map((dep) => dep.split(/[<>=~]/)[0] as string) });
      }
      fields = new Map();
      damaged = undefined;
    };
    for (const [index, raw] of text.split('\n').entries()) {
      const line = raw.replace(/\r$/, '');
      if (line === '') {
        flush();
        start = index + 2;
        continue;
      }
      if (line.length < 2 || line[1] !== ':') {
        damaged ??= { line: index + 1, text: line };
        continue;
      }
      // A repeated field's last value wins, as apk-tools and syft read it (the repeated `F:`/`R:` file lists are not needed).
      fields.set(line[0] as string, line.slice(2));
    }
    flush();
    const relationships: Relationship[] = [];
    for (const { from, names } of depends) {
      for (const name of names) {
        const to = provides.get(name);
        if (to !== undefined && to !== from) relationships.push({ from, to, type: 'depends-on' });
      }
    }
    return unknowns.into({ packages, relationships });
  },
};

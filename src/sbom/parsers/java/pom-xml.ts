import { SbomParseError } from '../../errors.js';
import type { Package, ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { child, childText, parseXml, shown, XmlSyntaxError, type XmlElement } from '../xml.js';
import { POM_XML } from '../identities.js';

/** How deep `${a}` -> `${b}` -> ... property chains are followed before giving up (cycles, abuse). */
const MAX_PROPERTY_DEPTH = 8;

/** A Maven version that names exactly one release: not a range (`[1,2)`), not empty. */
const LITERAL_VERSION = /^[^\s[\]()<>,${}]+$/;

/** Maven scopes whose artifacts the build compiles against but never packages: the runtime (a servlet container, a JDK, a jar at `systemPath`) supplies them. */
const NOT_PACKAGED_SCOPES: ReadonlySet<string> = new Set(['provided', 'system']);

/**
 * The scope Maven's dependency `scope` and `optional` give in the SBOM: test is dev; optional, and
 * provided and system (not in the artifact, yet needed where it runs, so listed by default), are optional.
 */
function scopeOf(dependency: XmlElement): Scope {
  const scope = childText(dependency, 'scope');
  if (scope === 'test') return 'dev';
  return childText(dependency, 'optional') === 'true' || (scope !== undefined && NOT_PACKAGED_SCOPES.has(scope)) ? 'optional' : 'required';
}

/** The property naming a dependency's Maven scope where it is one the artifact does not hold (`provided`, `system`). */
const MAVEN_SCOPE_PROPERTY = 'trust-kit:maven:scope';

/** The longest value a property expansion may produce; anything longer is not a version or coordinate. */
const MAX_EXPANDED_LENGTH = 1024;

/**
 * Resolves `${name}` references from the pom's own `<properties>` and project coordinates only;
 * anything else (a parent's or a profile's property, a system property) leaves the value unresolved.
 * Each property is expanded once (memoised), cycles and over-deep chains resolve to nothing.
 */
function resolverOf(properties: ReadonlyMap<string, string>): (value: string) => string | undefined {
  const resolved = new Map<string, string | undefined>();
  const expand = (value: string, depth: number): string | undefined => {
    if (!value.includes('${')) return value;
    if (depth >= MAX_PROPERTY_DEPTH) return undefined;
    let unresolved = false;
    // A name holds no `{` (no XML element name does): each `${` is then scanned to the next one at most, not to the end (quadratic on `${${${...`).
    const expanded = value.replace(/\$\{([^{}]*)\}/g, (_, name: string) => {
      const property = lookup(name, depth + 1);
      if (property === undefined) unresolved = true;
      return property ?? '';
    });
    return unresolved || expanded.includes('${') || expanded.length > MAX_EXPANDED_LENGTH ? undefined : expanded;
  };
  const lookup = (name: string, depth: number): string | undefined => {
    if (resolved.has(name)) return resolved.get(name);
    const raw = properties.get(name);
    // Marked unresolved while expanding, so a cycle ends here instead of recursing.
    resolved.set(name, undefined);
    const value = raw === undefined ? undefined : expand(raw, depth);
    resolved.set(name, value);
    return value;
  };
  return (value) => expand(value, 0);
}

/**
 * The direct dependencies a `pom.xml` declares with a version that is literal or comes from the
 * same file's `<properties>`: `test` scope as dev; `optional`, `provided` and `system` as optional
 * (the last two named by a property, since the artifact does not hold them). Versions managed by a
 * parent, a BOM or a range are not in this file, so those dependencies are left out rather than guessed.
 */
export const pomXmlParser: Parser = {
  ...POM_XML,
  async parse(input: ParseInput): Promise<ParseResult> {
    let project: XmlElement;
    try {
      project = parseXml(textOf(input));
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw new SbomParseError(input.path, `not valid XML: ${error.message}`, error.line, { cause: error });
      throw error;
    }
    if (project.name !== 'project') throw new SbomParseError(input.path, `the root element is <${shown(project.name)}>, not a Maven <project>`, project.line);

    const parent = child(project, 'parent');
    const properties = new Map<string, string>();
    for (const property of child(project, 'properties')?.children ?? []) properties.set(property.name, property.text.trim());
    const coordinates: [string, string | undefined][] = [
      ['groupId', childText(project, 'groupId') ?? childText(parent, 'groupId')],
      ['artifactId', childText(project, 'artifactId')],
      ['version', childText(project, 'version') ?? childText(parent, 'version')],
    ];
    for (const [name, value] of coordinates) {
      if (value !== undefined) for (const prefix of ['project.', 'pom.', '']) properties.set(`${prefix}${name}`, value);
    }
    for (const name of ['groupId', 'version']) {
      const value = childText(parent, name);
      if (value !== undefined) properties.set(`project.parent.${name}`, value);
    }
    const resolve = resolverOf(properties);

    const collector = new PackageCollector(input);
    const groupId = resolve(coordinates[0]?.[1] ?? '');
    const artifactId = resolve(coordinates[1]?.[1] ?? '');
    const version = resolve(coordinates[2]?.[1] ?? '');
    let root: Package | undefined;
    if (groupId !== undefined && groupId !== '' && artifactId !== undefined && artifactId !== '') {
      const rootVersion = version !== undefined && LITERAL_VERSION.test(version) ? version : '';
      root = { purl: purlFor(input.path, project.line, () => purlOf('maven', artifactId, rootVersion, groupId)), ecosystem: 'maven', name: artifactId, version: rootVersion, hashes: [], locations: [{ path: input.path, line: project.line }], scope: 'required' };
    }
    for (const dependency of child(project, 'dependencies')?.children ?? []) {
      if (dependency.name !== 'dependency') continue;
      const group = resolve(childText(dependency, 'groupId') ?? '');
      const artifact = resolve(childText(dependency, 'artifactId') ?? '');
      const declared = resolve(childText(dependency, 'version') ?? '');
      if (group === undefined || group === '' || artifact === undefined || artifact === '' || declared === undefined || !LITERAL_VERSION.test(declared)) continue;
      const type = childText(dependency, 'type');
      const classifier = childText(dependency, 'classifier');
      const qualifiers: Record<string, string> = {};
      if (type !== undefined && type !== '' && type !== 'jar') qualifiers.type = type;
      if (classifier !== undefined && classifier !== '') qualifiers.classifier = classifier;
      const mavenScope = childText(dependency, 'scope');
      const purl = collector.add({
        purl: purlFor(input.path, dependency.line, () => purlOf('maven', artifact, declared, group, Object.keys(qualifiers).length === 0 ? undefined : qualifiers)),
        ecosystem: 'maven',
        name: artifact,
        version: declared,
        scope: scopeOf(dependency),
        line: dependency.line,
        properties: mavenScope !== undefined && NOT_PACKAGED_SCOPES.has(mavenScope) ? [{ name: MAVEN_SCOPE_PROPERTY, value: mavenScope }] : undefined,
      });
      if (root !== undefined) collector.relate(root.purl, purl);
    }
    return collector.result(root);
  },
};

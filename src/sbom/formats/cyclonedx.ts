/**
 * CycloneDX 1.5, 1.6 and 1.7 JSON, written directly from the SBOM model.
 *
 * Why by hand: issue 11's bar is a whole `trust-kit sbom` run at least 10x faster than the fastest
 * peer (syft), and on theia that leaves about 0.14 s for everything. With
 * @cyclonedx/cyclonedx-library (its models and JSON normalizer; trust-kit already shared license and
 * property parts, skipped its serializer and did its own sorting and checking), the CycloneDX
 * document of theia took about 42 ms of CPU in a cold run, and loading the library's bundled code
 * (about 600 KB of dist/cli) about 10 ms more; written here, the document takes about 23 ms. A
 * component is a plain object with the normalizer's keys in the normalizer's order, given to
 * `JSON.stringify` a few hundred at a time.
 *
 * The bytes are those the library wrote for our models (test/sbom/cyclonedx-differential.test.ts
 * compares them byte for byte on every fixture and the corpus, in every version we write, and on
 * hostile strings), and rest on what the library did with them:
 * - keys in the normalizer's order; a key whose value is undefined, an empty string where the
 *   normalizer writes `|| undefined` (group, author, a supplier's or contact's name, an email, the
 *   tool's version) or an empty list is left out; a component's name, a property's name and value
 *   and a license's name are written even when empty (an empty purl, the bom-ref, fails the
 *   document's check, as it did);
 * - a license that is one id of the SPDX license list is `{license: {id}}`, free text (or a
 *   `DocumentRef-`, which the library's id list lacks) is `{license: {name}}`, anything else is an
 *   `{expression}`: every id spdx-expression-parse accepts is in the CycloneDX schemas' SPDX enum
 *   (a test checks it against the schemas the library ships, for each version);
 * - an external reference's URL has the characters ` "'[]<>{}` percent-encoded, as the library's
 *   `escapeUri` does, and the others no IRI may hold as they are too (urls.ts's `iriReference`);
 * - the three versions differ only in `$schema` and `specVersion`: for the fields trust-kit writes
 *   (component properties and authors included), the library's spec objects allow the same in each.
 * Hashes come from the model as lowercase hex of the algorithm's length, one per algorithm
 * (src/sbom/hashes.ts; release files' from their digests); a malformed one, or a second of one
 * algorithm, is written as it is and fails the document's check, where the library dropped it.
 */
import { licenseTerm } from '../licenses.js';
import type { ArtifactFile, Package, PackageHashAlgorithm, PackageSupplier, Relationship, Sbom, Scope } from '../model.js';
import { iriReference } from '../urls.js';
import { CycloneDxCheck, throwIfProblems } from '../validate.js';
import { joinedDocument, JsonChunks, type FormatEncoder } from './encoder.js';
import { DocumentIdentity, DRAFT_IDENTITY, sourceFiles, unknownText, type TextIdentity } from './identity.js';

/** The most characters of a component's version the CycloneDX 1.6 and 1.7 schemas take (`definitions/version`). */
const MAX_VERSION_LENGTH = 1024;

/** The CycloneDX versions trust-kit writes; 1.6 is the default. */
export const CYCLONEDX_VERSIONS = ['1.5', '1.6', '1.7'] as const;

/** One of {@link CYCLONEDX_VERSIONS}. */
export type CycloneDxVersion = (typeof CYCLONEDX_VERSIONS)[number];

/** CycloneDX's names of the hash algorithms a package can have. */
const HASH_ALGORITHMS: Readonly<Record<PackageHashAlgorithm, string>> = {
  MD5: 'MD5',
  SHA1: 'SHA-1',
  SHA256: 'SHA-256',
  SHA384: 'SHA-384',
  SHA512: 'SHA-512',
  'BLAKE2b-256': 'BLAKE2b-256',
};

const SCOPES: Readonly<Record<Scope, string>> = {
  required: 'required',
  optional: 'optional',
  // CycloneDX's `excluded`: not part of what runs; the closest to a development dependency.
  dev: 'excluded',
};

/** How many dependencies of a component are kept in a list, searched for repeats, before they move to a set. */
const SHORT_LIST = 16;

/** One entry of a component's `licenses`. */
type CdxLicense = { license: { id: string } } | { license: { name: string } } | { expression: string };

/** A name/value pair of `properties`. */
type CdxProperty = { name: string; value: string };

/** An organisational entity: a supplier. */
type CdxEntity = { name: string | undefined; contact: { name: string | undefined; email: string | undefined }[] | undefined };

/** A component as it is written: every key in the library's order, undefined ones left out by `JSON.stringify`. */
type CdxComponent = {
  type: 'application' | 'library' | 'file';
  name: string;
  group: string | undefined;
  version: string | undefined;
  'bom-ref': string;
  supplier: CdxEntity | { name: string | undefined } | undefined;
  author: string | undefined;
  scope: string | undefined;
  hashes: { alg: string; content: string }[] | undefined;
  licenses: CdxLicense[] | undefined;
  purl: string | undefined;
  externalReferences: { url: string; type: 'distribution' }[] | undefined;
  properties: CdxProperty[] | undefined;
  components: CdxComponent[] | undefined;
};

/** A package's `licenses`: undefined when it declares none. */
function licensesOf(license: string | undefined): CdxLicense[] | undefined {
  if (license === undefined) return undefined;
  const term = licenseTerm(license);
  if (term.kind === 'text') return [{ license: { name: term.text } }];
  const only = term.ids.length === 1 && term.ids[0] === term.expression ? term.expression : undefined;
  if (only === undefined || only.startsWith('LicenseRef-')) return [{ expression: term.expression }];
  // `DocumentRef-<doc>:LicenseRef-<id>` is one license but no id of the SPDX list.
  return only.startsWith('DocumentRef-') ? [{ license: { name: only } }] : [{ license: { id: only } }];
}

/**
 * The licenses and properties many components have alike, made once per BOM: a few licenses and
 * source files cover tens of thousands of packages. Nothing changes them once made, so components share them.
 */
class SharedParts {
  private readonly licenses = new Map<string | undefined, CdxLicense[] | undefined>();
  private readonly properties = new Map<string, CdxProperty[] | undefined>();

  licensesOf(license: string | undefined): CdxLicense[] | undefined {
    if (this.licenses.has(license)) return this.licenses.get(license);
    const licenses = licensesOf(license);
    this.licenses.set(license, licenses);
    return licenses;
  }

  /** The source-file properties, then the package's own; undefined when there are none; shared when it has none of its own. */
  propertiesOf(pkg: Package): CdxProperty[] | undefined {
    const files = sourceFiles(pkg);
    const make = (): CdxProperty[] | undefined => {
      const properties: CdxProperty[] = files.map((path) => ({ name: 'trust-kit:source-file', value: path }));
      for (const property of pkg.properties ?? []) properties.push({ name: property.name, value: property.value });
      return properties.length > 0 ? properties : undefined;
    };
    if (pkg.properties !== undefined && pkg.properties.length > 0) return make();
    // Paths hold no U+0000.
    const key = files.join('\u0000');
    if (this.properties.has(key)) return this.properties.get(key);
    const properties = make();
    this.properties.set(key, properties);
    return properties;
  }
}

/** CycloneDX's supplier: an organisational entity, named as the package says, with the person and email as its contact when known. */
function supplierOf(supplier: PackageSupplier | undefined): CdxEntity | undefined {
  if (supplier === undefined) return undefined;
  const name = supplier.name === '' ? undefined : supplier.name;
  return { name, contact: supplier.email === undefined ? undefined : [{ name, email: supplier.email === '' ? undefined : supplier.email }] };
}

/** `Name <email>`, as npm writes an author; undefined when that is empty. */
function authorOf(supplier: PackageSupplier | undefined): string | undefined {
  if (supplier?.author !== true) return undefined;
  const text = supplier.email === undefined ? supplier.name : `${supplier.name} <${supplier.email}>`;
  return text === '' ? undefined : text;
}

/** The hashes of a package: CycloneDX algorithm names, in the model's order (one per algorithm). */
function hashesOf(pkg: Package): CdxComponent['hashes'] {
  if (pkg.hashes.length === 0) return undefined;
  return pkg.hashes.map((hash) => ({ alg: HASH_ALGORITHMS[hash.algorithm], content: hash.hex }));
}

/** A component of a package, without the components nested in it. */
function componentOf(pkg: Package, type: 'application' | 'library', shared: SharedParts): CdxComponent {
  // npm scopes are CycloneDX groups: `@types/node` is group `@types`, name `node`.
  const slash = pkg.ecosystem === 'npm' && pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
  return {
    type,
    name: slash > 0 ? pkg.name.slice(slash + 1) : pkg.name,
    group: slash > 0 ? pkg.name.slice(0, slash) : undefined,
    // The 1.6 and 1.7 schemas take at most 1,024 characters of a version: a longer one (a hostile lockfile's) is left to the purl, which holds it whole.
    version: pkg.version === '' || pkg.version.length > MAX_VERSION_LENGTH ? undefined : pkg.version,
    'bom-ref': pkg.purl,
    supplier: supplierOf(pkg.supplier),
    // What the package declares as its author is its author too (a string: the field CycloneDX 1.5 to 1.7 all read).
    author: authorOf(pkg.supplier),
    scope: type === 'library' ? SCOPES[pkg.scope] : undefined,
    hashes: hashesOf(pkg),
    licenses: shared.licensesOf(pkg.license),
    purl: pkg.ecosystem === 'generic' ? undefined : pkg.purl,
    externalReferences: pkg.downloadLocation === undefined ? undefined : [{ url: iriReference(pkg.downloadLocation), type: 'distribution' }],
    properties: shared.propertiesOf(pkg),
    components: undefined,
  };
}

/** A release file as a `file` component, with its hashes. */
function fileComponent(file: ArtifactFile): CdxComponent {
  const hashes: { alg: string; content: string }[] = [];
  if (file.digest.sha256 !== undefined) hashes.push({ alg: 'SHA-256', content: file.digest.sha256 });
  if (file.digest.sha512 !== undefined) hashes.push({ alg: 'SHA-512', content: file.digest.sha512 });
  return {
    type: 'file',
    name: file.name,
    group: undefined,
    version: undefined,
    'bom-ref': `file:${file.name}`,
    supplier: undefined,
    author: undefined,
    scope: undefined,
    hashes: hashes.length > 0 ? hashes : undefined,
    licenses: undefined,
    purl: undefined,
    externalReferences: undefined,
    properties: undefined,
    components: undefined,
  };
}

/**
 * The CycloneDX JSON text of an SBOM in chunks, one top-level component tree at a time: every
 * component has its purl as a unique bom-ref, workspace members nest under the project that
 * contains them, release files are `file` components, and everything is in sorted order. Only one
 * component tree (and the document's skeleton) is held at a time. Checked as it is made; throws
 * SBOM_INVALID_DOCUMENT before the last chunk when a check failed. The serial number is the UUID
 * `identity` makes (a draft's is nil).
 */
export function* cycloneDxJsonChunks(sbom: Sbom, version: CycloneDxVersion, identity: TextIdentity = new DocumentIdentity(cycloneDxIdentityName(version))): Generator<string> {
  const shared = new SharedParts();
  const packages = new Map<string, Package>();
  // Indexed loops over the thousands of packages and edges: an iterator per element is garbage in code that runs once.
  for (let index = 0; index < sbom.packages.length; index++) {
    const pkg = sbom.packages[index] as Package;
    packages.set(pkg.purl, pkg);
  }
  const exists = (purl: string): boolean => purl === sbom.root.purl || packages.has(purl);

  // Containment is nesting: a workspace member under its project, a nested project's members under
  // it. Nesting is a tree, so a package goes under its first container only, and never under itself;
  // every other edge between components is a dependency, in the SBOM's order.
  const containers = new Map<string, string>();
  const nested = new Map<string, string[]>();
  // Each component's dependencies in the SBOM's order, without repeats or self-edges: a list while
  // it is short (most packages depend on a few others), a set past that, so that no list is searched long.
  const dependencies = new Map<string, string[] | Set<string>>();
  const within = (purl: string, ancestor: string): boolean => {
    for (let at: string | undefined = purl; at !== undefined; at = containers.get(at)) if (at === ancestor) return true;
    return false;
  };
  const depend = (from: string, to: string): void => {
    if (to === from) return;
    const targets = dependencies.get(from);
    if (targets === undefined) dependencies.set(from, [to]);
    else if (!Array.isArray(targets)) targets.add(to);
    else if (!targets.includes(to)) {
      if (targets.length < SHORT_LIST) targets.push(to);
      else dependencies.set(from, new Set(targets).add(to));
    }
  };
  for (let index = 0; index < sbom.relationships.length; index++) {
    const { from, to, type } = sbom.relationships[index] as Relationship;
    if (!exists(from) || !exists(to)) continue;
    if (type === 'contains' && to !== sbom.root.purl && !containers.has(to) && !within(from, to)) {
      containers.set(to, from);
      const children = nested.get(from);
      if (children === undefined) nested.set(from, [to]);
      else children.push(to);
    } else depend(from, to);
  }
  // A release file built from packages (a Go binary's modules): a dependency edge, since a module shared by several binaries can nest under only one.
  for (const file of sbom.files) {
    const ref = `file:${file.name}`;
    dependencies.set(ref, []);
    for (const purl of file.contains ?? []) if (exists(purl)) depend(ref, purl);
  }

  /** A component with the components nested in it. */
  const componentTree = (pkg: Package, type: 'application' | 'library'): CdxComponent => {
    const component = componentOf(pkg, type, shared);
    const children = nested.get(pkg.purl);
    if (children !== undefined) component.components = children.map((purl) => componentTree(packages.get(purl) as Package, 'library'));
    return component;
  };
  /** The bom-refs of a component tree, depth first. */
  const addRefs = (purl: string, into: string[]): string[] => {
    into.push(purl);
    const children = nested.get(purl);
    if (children !== undefined) for (const child of children) addRefs(child, into);
    return into;
  };

  const root = componentTree(sbom.root, 'application');
  // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else unknown.
  const organization = sbom.organization === '' ? undefined : sbom.organization;
  if (sbom.organization !== undefined) root.supplier = { name: organization };
  const toolVersion = sbom.tool.replace(/^trust-kit-/, '');
  const skeleton = {
    $schema: `http://cyclonedx.org/schema/bom-${version}.schema.json`,
    bomFormat: 'CycloneDX',
    specVersion: version,
    version: 1,
    metadata: {
      timestamp: sbom.created.toISOString(),
      // From lockfiles alone the SBOM is made before the build; with the release files, as part of it.
      lifecycles: [{ phase: sbom.files.length > 0 ? 'build' : 'pre-build' }],
      tools: { components: [{ type: 'application', name: 'trust-kit', version: toolVersion === '' ? undefined : toolVersion }] },
      authors: sbom.organization === undefined ? undefined : [{ name: organization }],
      component: root,
      properties: sbom.unknowns.length === 0 ? undefined : sbom.unknowns.map((unknown): CdxProperty => ({ name: 'trust-kit:unknown', value: unknownText(unknown) })),
    },
  };
  const check = new CycloneDxCheck(skeleton);
  const topLevel = containers.size === 0 ? sbom.packages : sbom.packages.filter((pkg) => !containers.has(pkg.purl));

  // The skeleton's text without its closing brace, the two lists, then the serial number: made from all the text before it.
  const chunks = new JsonChunks(`${JSON.stringify(skeleton).slice(0, -1)},"components":[`);
  for (let index = 0; index < topLevel.length; index++) {
    const component = componentTree(topLevel[index] as Package, 'library');
    check.component(component);
    if (chunks.item(component)) yield identity.add(chunks.take());
  }
  for (const file of sbom.files) {
    const component = fileComponent(file);
    check.component(component);
    if (chunks.item(component)) yield identity.add(chunks.take());
  }
  if (chunks.text('],"dependencies":[')) yield identity.add(chunks.take());
  const refs = addRefs(sbom.root.purl, []);
  for (let index = 0; index < topLevel.length; index++) addRefs((topLevel[index] as Package).purl, refs);
  for (const file of sbom.files) refs.push(`file:${file.name}`);
  for (let index = 0; index < refs.length; index++) {
    const ref = refs[index] as string;
    const targets = dependencies.get(ref);
    const dependsOn = targets === undefined || Array.isArray(targets) ? targets : [...targets];
    const entry = { ref, dependsOn: dependsOn !== undefined && dependsOn.length > 0 ? dependsOn : undefined };
    check.dependency(entry);
    if (chunks.item(entry)) yield identity.add(chunks.take());
  }
  throwIfProblems('CycloneDX', check.problems());
  chunks.text('],"serialNumber":"urn:uuid:');
  yield identity.end(chunks.take());
}

/** The CycloneDX JSON text of an SBOM, whole (see {@link cycloneDxJsonChunks}). */
export function toCycloneDxJson(sbom: Sbom, version: CycloneDxVersion): string {
  return joinedDocument('CycloneDX', cycloneDxJsonChunks(sbom, version));
}

/** What a CycloneDX document's serial number is derived under: one per specification version. */
function cycloneDxIdentityName(version: CycloneDxVersion): string {
  return `cyclonedx-json@${version}`;
}

/** A CycloneDX JSON encoder for one spec version. */
export function cycloneDxEncoder(version: CycloneDxVersion, name: string, fileName: string): FormatEncoder {
  return {
    name,
    extension: '.cdx.json',
    fileName,
    mediaType: `application/vnd.cyclonedx+json; version=${version}`,
    identityName: cycloneDxIdentityName(version),
    encode: (sbom) => toCycloneDxJson(sbom, version),
    draft: (sbom) => [...cycloneDxJsonChunks(sbom, version, DRAFT_IDENTITY)],
    chunks: (sbom) => cycloneDxJsonChunks(sbom, version),
  };
}

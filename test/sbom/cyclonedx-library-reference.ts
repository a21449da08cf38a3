/**
 * The CycloneDX writer trust-kit had until it wrote CycloneDX by hand (git show 4a36b09:src/sbom/formats/cyclonedx.ts),
 * kept here only as the reference test/sbom/cyclonedx-differential.test.ts compares the hand-written
 * writer with, byte for byte: @cyclonedx/cyclonedx-library's models and JSON normalizer, with the
 * shared license and property parts and the hashes put in the normalized components. Unchanged but
 * for its imports and names, without the encoder, with the serial number moved last, made from
 * the text before it, with a stray % of a download URL written %25, and an IPv6 host's brackets
 * kept and its address written in full, as the writer now does.
 */
import { createHash } from 'node:crypto';
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { licenseTerm } from '../../src/sbom/licenses.js';
import type { Package, PackageHashAlgorithm, PackageSupplier, Sbom, Scope } from '../../src/sbom/model.js';
import { CycloneDxCheck, throwIfProblems } from '../../src/sbom/validate.js';
import { fullIpv6 } from '../../src/sbom/urls.js';
import { JsonChunks } from '../../src/sbom/formats/encoder.js';
import { sourceFiles, unknownText, uuidV5 } from '../../src/sbom/formats/identity.js';

type CycloneDxVersion = '1.5' | '1.6' | '1.7';

const SPECS: Record<CycloneDxVersion, typeof Spec.Spec1dot6> = { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6, '1.7': Spec.Spec1dot7 };

const HASH_ALGORITHMS: Record<PackageHashAlgorithm, Enums.HashAlgorithm> = {
  MD5: Enums.HashAlgorithm.MD5,
  SHA1: Enums.HashAlgorithm['SHA-1'],
  SHA256: Enums.HashAlgorithm['SHA-256'],
  SHA384: Enums.HashAlgorithm['SHA-384'],
  SHA512: Enums.HashAlgorithm['SHA-512'],
  'BLAKE2b-256': Enums.HashAlgorithm['BLAKE2b-256'],
};

/** Lists as given: ours are sorted by byte order already, the library would sort by the locale. */
const NORMALIZE_OPTIONS = { sortLists: false };

const SCOPES: Record<Scope, Enums.ComponentScope> = {
  required: Enums.ComponentScope.Required,
  optional: Enums.ComponentScope.Optional,
  // CycloneDX's `excluded`: not part of what runs; the closest to a development dependency.
  dev: Enums.ComponentScope.Excluded,
};

function licensesOf(license: string | undefined): Models.LicenseRepository {
  const licenses = new Models.LicenseRepository();
  if (license === undefined) return licenses;
  const term = licenseTerm(license);
  if (term.kind === 'text') licenses.add(new Models.NamedLicense(term.text));
  else if (term.ids.length === 1 && term.ids[0] === term.expression && !term.expression.startsWith('LicenseRef-')) licenses.add(new Models.SpdxLicense(term.expression));
  else licenses.add(new Models.LicenseExpression(term.expression));
  return licenses;
}

/**
 * Model parts many components have alike, made once per BOM: a few licenses and source files cover
 * tens of thousands of packages. Nothing changes them once made, so components can share them, and
 * share their normalized JSON too, which the normalizer would make again, the same, for each component.
 */
class SharedParts {
  private readonly licenses = new Map<string | undefined, Models.LicenseRepository>();
  private readonly properties = new Map<string, Models.PropertyRepository>();
  private readonly normalizedLicenses = new Map<string | undefined, unknown[] | undefined>();
  private readonly normalizedProperties = new Map<string, unknown[] | undefined>();

  constructor(private readonly factory: Serialize.JSON.Normalize.Factory) {}

  licensesOf(license: string | undefined): Models.LicenseRepository {
    let licenses = this.licenses.get(license);
    if (licenses === undefined) this.licenses.set(license, (licenses = licensesOf(license)));
    return licenses;
  }

  /** The source-file properties, then the package's own: shared when it has none of its own. */
  propertiesOf(pkg: Package): Models.PropertyRepository {
    const files = sourceFiles(pkg);
    const make = (): Models.PropertyRepository => {
      const properties = new Models.PropertyRepository(files.map((path) => new Models.Property('trust-kit:source-file', path)));
      for (const property of pkg.properties ?? []) properties.add(new Models.Property(property.name, property.value));
      return properties;
    };
    if (pkg.properties !== undefined && pkg.properties.length > 0) return make();
    let properties = this.properties.get(sourceFilesKey(files));
    if (properties === undefined) this.properties.set(sourceFilesKey(files), (properties = make()));
    return properties;
  }

  /** A component's `licenses` as the normalizer writes them: undefined when there are none. */
  normalizedLicensesOf(license: string | undefined): unknown[] | undefined {
    if (this.normalizedLicenses.has(license)) return this.normalizedLicenses.get(license);
    const normalized = this.normalize(this.licensesOf(license));
    this.normalizedLicenses.set(license, normalized);
    return normalized;
  }

  /** A component's `properties` as the normalizer writes them: undefined when there are none. */
  normalizedPropertiesOf(pkg: Package): unknown[] | undefined {
    if (pkg.properties !== undefined && pkg.properties.length > 0) return this.normalize(this.propertiesOf(pkg));
    const key = sourceFilesKey(sourceFiles(pkg));
    if (this.normalizedProperties.has(key)) return this.normalizedProperties.get(key);
    const normalized = this.normalize(this.propertiesOf(pkg));
    this.normalizedProperties.set(key, normalized);
    return normalized;
  }

  private normalize(repository: Models.LicenseRepository | Models.PropertyRepository): unknown[] | undefined {
    if (repository.size === 0) return undefined;
    return repository instanceof Models.LicenseRepository
      ? this.factory.makeForLicense().normalizeIterable(repository, NORMALIZE_OPTIONS)
      : this.factory.makeForProperty().normalizeIterable(repository, NORMALIZE_OPTIONS);
  }
}

/** The key of a list of source files: paths hold no U+0000. */
function sourceFilesKey(files: readonly string[]): string {
  return files.join('\u0000');
}

/** CycloneDX's supplier: an organisational entity, named as the package says, with the person and email as its contact when known. */
function supplierOf(supplier: PackageSupplier | undefined): Models.OrganizationalEntity | undefined {
  if (supplier === undefined) return undefined;
  const contact = supplier.email === undefined ? [] : [new Models.OrganizationalContact({ name: supplier.name, email: supplier.email })];
  return new Models.OrganizationalEntity({ name: supplier.name, contact: new Models.OrganizationalContactRepository(contact) });
}

/** `Name <email>`, as npm writes an author. */
function authorText(supplier: PackageSupplier): string {
  return supplier.email === undefined ? supplier.name : `${supplier.name} <${supplier.email}>`;
}

/** The hashes of a package as the library's model holds them: one per algorithm, the last given, in the order first given. */
function hashesOf(pkg: Package): Models.HashDictionary {
  const hashes = new Models.HashDictionary();
  for (const hash of pkg.hashes) hashes.set(HASH_ALGORITHMS[hash.algorithm], hash.hex);
  return hashes;
}

/**
 * What the writer escapes in a URL beyond the library's escapeUri (` "'[]<>{}`), each of which left
 * the document failing the CycloneDX validator's IRI check: a `%` that begins no escape, every `#`
 * after the first, ASCII controls, `\\`, `^`, a backquote and `|`, and what is not an IRI's
 * `ucschar` beyond ASCII (C1 controls, private use, surrogates left alone, noncharacters, the
 * specials U+FFF0 to U+FFFD), as UTF-8 bytes (a lone surrogate as U+FFFD's).
 */
function escapedAsTheWriter(url: string): string {
  const hash = url.indexOf('#');
  const fragments = hash === -1 ? url : `${url.slice(0, hash + 1)}${url.slice(hash + 1).replaceAll('#', '%23')}`;
  return fragments
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    .replace(/[\u0000-\u001f\u007f-\u009f\\^`|\ufff0-\ufffd\p{Cs}\p{Co}\p{Noncharacter_Code_Point}]|[\u{e0000}-\u{e0fff}]/gu, (character) => encodeURIComponent(character.isWellFormed() ? character : '\ufffd'));
}

/**
 * A component's model; `whole: false` leaves its hashes, licenses and properties out, for
 * {@link libraryCycloneDxJsonChunks} to put in the normalized component (the library's check of each hash
 * value is most of the normalizer's time; licenses and properties are normalized once per BOM).
 */
function componentOf(pkg: Package, type: Enums.ComponentType, shared: SharedParts, whole = true): Models.Component {
  // npm scopes are CycloneDX groups: `@types/node` is group `@types`, name `node`.
  const slash = pkg.ecosystem === 'npm' && pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
  const hashes = whole ? hashesOf(pkg) : new Models.HashDictionary();
  const externalReferences = new Models.ExternalReferenceRepository();
  if (pkg.downloadLocation !== undefined) externalReferences.add(new Models.ExternalReference(escapedAsTheWriter(pkg.downloadLocation), Enums.ExternalReferenceType.Distribution));
  return new Models.Component(type, slash > 0 ? pkg.name.slice(slash + 1) : pkg.name, {
    bomRef: pkg.purl,
    group: slash > 0 ? pkg.name.slice(0, slash) : undefined,
    version: pkg.version === '' ? undefined : pkg.version,
    purl: pkg.ecosystem === 'generic' ? undefined : pkg.purl,
    scope: type === Enums.ComponentType.Library ? SCOPES[pkg.scope] : undefined,
    hashes,
    licenses: whole ? shared.licensesOf(pkg.license) : new Models.LicenseRepository(),
    properties: whole ? shared.propertiesOf(pkg) : new Models.PropertyRepository(),
    externalReferences,
    supplier: supplierOf(pkg.supplier),
    // What the package declares as its author is its author too (a string: the field CycloneDX 1.5 to 1.7 all read).
    author: pkg.supplier?.author === true ? authorText(pkg.supplier) : undefined,
  });
}

/**
 * The CycloneDX JSON text of an SBOM in chunks, made with the library's model and normalizer one
 * top-level component at a time: every component has its purl as a unique bom-ref (so the
 * serializer never invents random ones), workspace members nest under the project that contains
 * them, release files are `file` components, and everything is in sorted order. The bytes are
 * those of the library's normalized BOM, stringified whole; only one component tree (and the
 * document's skeleton) is held at a time. Checked as it is made; throws SBOM_INVALID_DOCUMENT
 * before the last chunk when a check failed.
 */
export function* libraryCycloneDxJsonChunks(sbom: Sbom, version: CycloneDxVersion): Generator<string> {
  // The library's normalizers, called directly: its serializer would first rename duplicate bom-refs
  // to random ones, hiding the duplicates our check must see. Our lists are already sorted by byte
  // order; the library's sort would use the locale.
  const factory = new Serialize.JSON.Normalize.Factory(SPECS[version]);
  const shared = new SharedParts(factory);
  const packages = new Map(sbom.packages.map((pkg) => [pkg.purl, pkg]));
  const exists = (purl: string): boolean => purl === sbom.root.purl || packages.has(purl);

  // Containment is nesting: a workspace member under its project, a nested project's members under
  // it. Nesting is a tree, so a package goes under its first container only, and never under itself;
  // every other edge between components is a dependency, in the SBOM's order.
  const containers = new Map<string, string>();
  const nested = new Map<string, string[]>();
  const dependencies = new Map<string, Set<string>>();
  const within = (purl: string, ancestor: string): boolean => {
    for (let at: string | undefined = purl; at !== undefined; at = containers.get(at)) if (at === ancestor) return true;
    return false;
  };
  for (const { from, to, type } of sbom.relationships) {
    if (!exists(from) || !exists(to)) continue;
    if (type === 'contains' && to !== sbom.root.purl && !containers.has(to) && !within(from, to)) {
      containers.set(to, from);
      nested.set(from, [...(nested.get(from) ?? []), to]);
    } else {
      let targets = dependencies.get(from);
      if (targets === undefined) dependencies.set(from, (targets = new Set()));
      targets.add(to);
    }
  }
  // A release file built from packages (a Go binary's modules): a dependency edge, since a module shared by several binaries can nest under only one.
  for (const file of sbom.files) dependencies.set(`file:${file.name}`, new Set((file.contains ?? []).filter(exists)));

  /** A component with the components nested in it, made when it is written. */
  const componentTree = (pkg: Package, type: Enums.ComponentType, whole = true): Models.Component => {
    const component = componentOf(pkg, type, shared, whole);
    for (const purl of nested.get(pkg.purl) ?? []) component.components.add(componentTree(packages.get(purl) as Package, Enums.ComponentType.Library, whole));
    return component;
  };
  /**
   * Puts the hashes, licenses and properties of a package and of those nested in it into its
   * normalized component, as the library writes them: the normalizer leaves each key undefined in
   * its place, so assigning it keeps the key order. Hash values are checked with the rest of the document.
   */
  const addParts = (normalized: NormalizedComponent, pkg: Package): void => {
    if (pkg.hashes.length > 0) normalized.hashes = Array.from(hashesOf(pkg), ([alg, content]) => ({ alg, content }));
    // The library escaped an IPv6 host's brackets (no URL then), and the CycloneDX validator refuses an address with `::`.
    for (const reference of normalized.externalReferences ?? []) reference.url = reference.url.replace(ESCAPED_IP_LITERAL, (_, start: string, address: string) => `${start}[${fullIpv6(address)}]`);
    normalized.licenses = shared.normalizedLicensesOf(pkg.license);
    if (componentProperties) normalized.properties = shared.normalizedPropertiesOf(pkg);
    (nested.get(pkg.purl) ?? []).forEach((purl, index) => {
      const child = normalized.components?.[index];
      if (child !== undefined) addParts(child, packages.get(purl) as Package);
    });
  };
  /** The bom-refs of a component tree, depth first, as the library's dependency graph lists them. */
  const addRefs = (purl: string, into: string[]): string[] => {
    into.push(purl);
    for (const child of nested.get(purl) ?? []) addRefs(child, into);
    return into;
  };

  const root = componentTree(sbom.root, Enums.ComponentType.Application);
  // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else unknown.
  if (sbom.organization !== undefined) root.supplier = new Models.OrganizationalEntity({ name: sbom.organization });
  const tool = new Models.Component(Enums.ComponentType.Application, 'trust-kit', { version: sbom.tool.replace(/^trust-kit-/, '') });
  const metadata = new Models.Metadata({
    timestamp: sbom.created,
    // From lockfiles alone the SBOM is made before the build; with the release files, as part of it.
    lifecycles: new Models.LifecycleRepository([sbom.files.length > 0 ? Enums.LifecyclePhase.Build : Enums.LifecyclePhase.PreBuild]),
    component: root,
    tools: new Models.Tools({ components: new Models.ComponentRepository([tool]) }),
    authors: new Models.OrganizationalContactRepository(sbom.organization === undefined ? [] : [new Models.OrganizationalContact({ name: sbom.organization })]),
    properties: new Models.PropertyRepository(sbom.unknowns.map((unknown) => new Models.Property('trust-kit:unknown', unknownText(unknown)))),
  });
  // The serial number is written last, made from the text before it (see libraryCycloneDxJson).
  const bom = new Models.Bom({ metadata });
  // Whether this version writes a component's properties (the normalizer asks the spec per component model).
  const componentProperties = SPECS[version].supportsProperties(root);

  // The BOM without components gives the skeleton.
  const skeleton = factory.makeForBom().normalize(bom, NORMALIZE_OPTIONS) as unknown as Record<string, unknown>;
  const check = new CycloneDxCheck(skeleton);
  const normalizer = factory.makeForComponent();
  const topLevel = sbom.packages.filter((pkg) => !containers.has(pkg.purl));

  const chunks = new JsonChunks('{');
  let separator = '';
  for (const [key, value] of Object.entries(skeleton)) {
    if (value === undefined) continue;
    if (chunks.text(`${separator}${JSON.stringify(key)}:`)) yield chunks.take();
    separator = ',';
    if (key === 'components') {
      if (chunks.text('[')) yield chunks.take();
      for (const pkg of topLevel) {
        const normalized = normalizer.normalize(componentTree(pkg, Enums.ComponentType.Library, false), NORMALIZE_OPTIONS);
        // The library leaves out a component of a type the spec version lacks; ours are library, application and file.
        if (normalized === undefined) continue;
        addParts(normalized, pkg);
        check.component(normalized as unknown as Record<string, unknown>);
        if (chunks.item(normalized)) yield chunks.take();
      }
      for (const file of sbom.files) {
        const normalized = normalizer.normalize(fileComponent(file), NORMALIZE_OPTIONS);
        if (normalized === undefined) continue;
        check.component(normalized as unknown as Record<string, unknown>);
        if (chunks.item(normalized)) yield chunks.take();
      }
      if (chunks.text(']')) yield chunks.take();
    } else if (key === 'dependencies') {
      if (chunks.text('[')) yield chunks.take();
      const refs = addRefs(sbom.root.purl, []);
      for (const pkg of topLevel) addRefs(pkg.purl, refs);
      for (const file of sbom.files) refs.push(`file:${file.name}`);
      for (const ref of refs) {
        const dependsOn = [...(dependencies.get(ref) ?? [])].filter((to) => to !== ref);
        const entry = { ref, dependsOn: dependsOn.length > 0 ? dependsOn : undefined };
        check.dependency(entry);
        if (chunks.item(entry)) yield chunks.take();
      }
      if (chunks.text(']')) yield chunks.take();
    } else {
      if (chunks.text(JSON.stringify(value))) yield chunks.take();
    }
  }
  throwIfProblems('CycloneDX', check.problems());
  chunks.text(',"serialNumber":"urn:uuid:');
  yield chunks.take();
}

/** A component as the library's normalizer writes it: the parts {@link libraryCycloneDxJsonChunks} completes. */
/** A URL's scheme and authority up to an IP literal host whose brackets the library escaped. */
const ESCAPED_IP_LITERAL = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?)%5B([0-9A-Fa-f:.]+)%5D/i;

type NormalizedComponent = { hashes?: { alg: string; content: string }[]; externalReferences?: { url: string }[]; licenses?: unknown[]; properties?: unknown[]; components?: NormalizedComponent[] };

/** A release file as a `file` component, with its hashes. */
function fileComponent(file: Sbom['files'][number]): Models.Component {
  const hashes = new Models.HashDictionary();
  if (file.digest.sha256 !== undefined) hashes.set(Enums.HashAlgorithm['SHA-256'], file.digest.sha256);
  if (file.digest.sha512 !== undefined) hashes.set(Enums.HashAlgorithm['SHA-512'], file.digest.sha512);
  return new Models.Component(Enums.ComponentType.File, file.name, { bomRef: `file:${file.name}`, hashes });
}

/** The CycloneDX JSON text of an SBOM, whole, as the library-based writer made it. */
export function libraryCycloneDxJson(sbom: Sbom, version: CycloneDxVersion): string {
  const before = [...libraryCycloneDxJsonChunks(sbom, version)].join('');
  return `${before}${uuidV5(`https://trust-kit.dev/sbom/cyclonedx-json@${version}/${createHash('sha256').update(before).digest('hex')}`)}"}\n`;
}

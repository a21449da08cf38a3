// Subpath imports: the package root also loads its validators, which locate schema files with
// `__dirname` and so break inside an ESM bundle.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { licenseTerm } from '../licenses.js';
import type { Package, PackageHashAlgorithm, PackageSupplier, Sbom, Scope } from '../model.js';
import { checkCycloneDxDocument } from '../validate.js';
import type { FormatEncoder } from './encoder.js';
import { documentUuid, sourceFiles, unknownText } from './identity.js';

/** The CycloneDX versions trust-kit writes; 1.6 is the default. */
export const CYCLONEDX_VERSIONS = ['1.5', '1.6', '1.7'] as const;

/** One of {@link CYCLONEDX_VERSIONS}. */
export type CycloneDxVersion = (typeof CYCLONEDX_VERSIONS)[number];

const SPECS: Record<CycloneDxVersion, typeof Spec.Spec1dot6> = { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6, '1.7': Spec.Spec1dot7 };

const HASH_ALGORITHMS: Record<PackageHashAlgorithm, Enums.HashAlgorithm> = {
  MD5: Enums.HashAlgorithm.MD5,
  SHA1: Enums.HashAlgorithm['SHA-1'],
  SHA256: Enums.HashAlgorithm['SHA-256'],
  SHA384: Enums.HashAlgorithm['SHA-384'],
  SHA512: Enums.HashAlgorithm['SHA-512'],
  'BLAKE2b-256': Enums.HashAlgorithm['BLAKE2b-256'],
};

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
 * tens of thousands of packages. Nothing changes them once made, so components can share them.
 */
class SharedParts {
  private readonly licenses = new Map<string | undefined, Models.LicenseRepository>();
  private readonly properties = new Map<string, Models.PropertyRepository>();

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
    // Paths hold no U+0000.
    const key = files.join('\u0000');
    let properties = this.properties.get(key);
    if (properties === undefined) this.properties.set(key, (properties = make()));
    return properties;
  }
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

function componentOf(pkg: Package, type: Enums.ComponentType, shared: SharedParts): Models.Component {
  // npm scopes are CycloneDX groups: `@types/node` is group `@types`, name `node`.
  const slash = pkg.ecosystem === 'npm' && pkg.name.startsWith('@') ? pkg.name.indexOf('/') : -1;
  const hashes = new Models.HashDictionary();
  for (const hash of pkg.hashes) hashes.set(HASH_ALGORITHMS[hash.algorithm], hash.hex);
  const externalReferences = new Models.ExternalReferenceRepository();
  if (pkg.downloadLocation !== undefined) externalReferences.add(new Models.ExternalReference(pkg.downloadLocation, Enums.ExternalReferenceType.Distribution));
  return new Models.Component(type, slash > 0 ? pkg.name.slice(slash + 1) : pkg.name, {
    bomRef: pkg.purl,
    group: slash > 0 ? pkg.name.slice(0, slash) : undefined,
    version: pkg.version === '' ? undefined : pkg.version,
    purl: pkg.ecosystem === 'generic' ? undefined : pkg.purl,
    scope: type === Enums.ComponentType.Library ? SCOPES[pkg.scope] : undefined,
    hashes,
    licenses: shared.licensesOf(pkg.license),
    properties: shared.propertiesOf(pkg),
    externalReferences,
    supplier: supplierOf(pkg.supplier),
    // What the package declares as its author is its author too (a string: the field CycloneDX 1.5 to 1.7 all read).
    author: pkg.supplier?.author === true ? authorText(pkg.supplier) : undefined,
  });
}

/**
 * Builds the CycloneDX BOM with the library's model: every component has its purl as a unique
 * bom-ref (so the serializer never invents random ones), workspace members nest under the project
 * that contains them, release files are `file` components, and everything is added in sorted order.
 */
export function toCycloneDxJson(sbom: Sbom, version: CycloneDxVersion): string {
  const shared = new SharedParts();
  const root = componentOf(sbom.root, Enums.ComponentType.Application, shared);
  // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else unknown.
  if (sbom.organization !== undefined) root.supplier = new Models.OrganizationalEntity({ name: sbom.organization });
  const components = new Map<string, Models.Component>([[sbom.root.purl, root]]);
  for (const pkg of sbom.packages) components.set(pkg.purl, componentOf(pkg, Enums.ComponentType.Library, shared));

  // Containment is nesting: a workspace member under its project, a nested project's members under
  // it. Nesting is a tree, so a package goes under its first container only, and never under itself.
  const containers = new Map<string, string>();
  const within = (purl: string, ancestor: string): boolean => {
    for (let at: string | undefined = purl; at !== undefined; at = containers.get(at)) if (at === ancestor) return true;
    return false;
  };
  for (const relationship of sbom.relationships) {
    const from = components.get(relationship.from);
    const to = components.get(relationship.to);
    if (from === undefined || to === undefined) continue;
    if (relationship.type === 'contains' && to !== root && !containers.has(relationship.to) && !within(relationship.from, relationship.to)) {
      containers.set(relationship.to, relationship.from);
      from.components.add(to);
    } else {
      from.dependencies.add(to.bomRef);
    }
  }

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
  const bom = new Models.Bom({ metadata, serialNumber: `urn:uuid:${documentUuid(sbom, `cyclonedx-json@${version}`)}` });
  for (const pkg of sbom.packages) if (!containers.has(pkg.purl)) bom.components.add(components.get(pkg.purl) as Models.Component);
  for (const file of sbom.files) {
    const hashes = new Models.HashDictionary();
    if (file.digest.sha256 !== undefined) hashes.set(Enums.HashAlgorithm['SHA-256'], file.digest.sha256);
    if (file.digest.sha512 !== undefined) hashes.set(Enums.HashAlgorithm['SHA-512'], file.digest.sha512);
    const component = new Models.Component(Enums.ComponentType.File, file.name, { bomRef: `file:${file.name}`, hashes });
    // A release file built from packages (a Go binary's modules): a dependency edge, since a module shared by several binaries can nest under only one.
    for (const purl of file.contains ?? []) {
      const built = components.get(purl);
      if (built !== undefined) component.dependencies.add(built.bomRef);
    }
    bom.components.add(component);
  }

  // The library's normalizer, called directly: its serializer would first rename duplicate bom-refs
  // to random ones, hiding the duplicates our check must see. Our lists are already sorted by byte
  // order; the library's sort would use the locale.
  const normalized = new Serialize.JSON.Normalize.Factory(SPECS[version]).makeForBom().normalize(bom, { sortLists: false });
  checkCycloneDxDocument(normalized);
  return `${JSON.stringify(normalized)}\n`;
}

/** A CycloneDX JSON encoder for one spec version. */
export function cycloneDxEncoder(version: CycloneDxVersion, name: string, fileName: string): FormatEncoder {
  return {
    name,
    extension: '.cdx.json',
    fileName,
    mediaType: `application/vnd.cyclonedx+json; version=${version}`,
    encode: (sbom) => toCycloneDxJson(sbom, version),
  };
}

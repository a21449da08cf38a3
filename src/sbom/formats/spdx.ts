import { hash } from 'node:crypto';
import { jsonWithoutCommandMarkers } from '../../core/logger.js';
import type { ArtifactFile, Package, PackageSupplier, Sbom } from '../model.js';
import { licenseTerm } from '../licenses.js';
import { isSpdxUri } from '../urls.js';
import { SpdxCheck, throwIfProblems } from '../validate.js';
import { joinedDocument, JsonChunks, type FormatEncoder } from './encoder.js';
import { DocumentIdentity, DRAFT_IDENTITY, sourceFiles, unknownText, type TextIdentity } from './identity.js';

/** The SPDX 2.3 JSON document shape trust-kit writes (the fields it uses). */
export interface SpdxDocument {
  spdxVersion: 'SPDX-2.3';
  dataLicense: 'CC0-1.0';
  SPDXID: 'SPDXRef-DOCUMENT';
  name: string;
  documentNamespace: string;
  creationInfo: { created: string; creators: string[]; comment?: string };
  packages: SpdxPackage[];
  relationships: SpdxRelationship[];
  hasExtractedLicensingInfos?: { licenseId: string; extractedText: string; name: string }[];
}

/** One SPDX package. */
export interface SpdxPackage {
  SPDXID: string;
  name: string;
  versionInfo?: string;
  /** A release artifact's file name, as published. */
  packageFileName?: string;
  supplier: string;
  /** Who the package originally came from: its declared author (SPDX 2.3 §7.6). */
  originator?: string;
  downloadLocation: string;
  filesAnalyzed: false;
  checksums?: { algorithm: string; checksumValue: string }[];
  licenseConcluded: string;
  licenseDeclared: string;
  copyrightText: string;
  sourceInfo?: string;
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[];
  primaryPackagePurpose: string;
  annotations?: SpdxAnnotation[];
}

/** One SPDX annotation: how a package's properties (a Go `h1:` hash, an approximate edge's reason) are written. */
export interface SpdxAnnotation {
  annotationDate: string;
  annotationType: 'OTHER';
  annotator: string;
  comment: string;
}

/** One SPDX relationship. */
export interface SpdxRelationship {
  spdxElementId: string;
  relationshipType: string;
  relatedSpdxElement: string;
  comment?: string;
}

const NOASSERTION = 'NOASSERTION';

/** What an SPDX document's namespace UUID is derived under. */
const SPDX_IDENTITY_NAME = 'spdx-json';

function shortHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 12);
}

/** Made once, as the other expressions of this module: a literal in a function is a new object at each of thousands of calls. */
const NOT_ID_SAFE = /[^A-Za-z0-9.-]/g;
const LEADING_DASHES = /^-+/;
const GIT_URL = /^git(?:\+[a-z]+)?:\/\//i;
const GIT_COMMIT_FRAGMENT = /#([^#/]+)$/;
/**
 * The download locations spdx-tools (the parser the NTIA checker runs) accepts: a URL whose start
 * is a host with a dot and a label of 2 to 5 letters (matched from the start only), or a VCS
 * location (`git+...`) that is such a URL whole, with nothing after the label but a port and a
 * path. An IP address, `localhost`, a host without a dot (`http://nexus:8081/...`) or a VCS host
 * under a longer label (`git+https://git.corp.internal/...`) fails the whole document there, though
 * SPDX's grammar allows any URL. Linear: each part has its own separator.
 */
const SPDX_TOOLS_URL_START = /^(?:(?:https?|ssh|git|svn|sftp|ftp):\/\/)?(?:[\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}/i;
const SPDX_TOOLS_VCS_LOCATION =
  /^(?:(?:git|hg|svn|bzr)\+)?(?:(?:https?|ssh|git|svn|sftp|ftp):\/\/)?(?:[\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}(?::[0-9]{1,5})?(?:\/.*)?$|^git\+git@[a-z0-9.-]+:[a-z0-9/\\.@-]+$|^bzr\+lp:[a-z0-9.-]+$/i;

/** Characters SPDX allows in an SPDXID (`[A-Za-z0-9.-]`), the rest replaced by `-`. */
function idSafe(text: string): string {
  return text.replace(NOT_ID_SAFE, '-').replace(LEADING_DASHES, '').slice(0, 60);
}

/** The SPDXID of a package: readable, and unique because it carries a hash of the purl. */
export function spdxPackageId(pkg: Package): string {
  return `SPDXRef-Package-${pkg.ecosystem}-${idSafe(pkg.name)}-${shortHash(pkg.purl)}`;
}

function spdxArtifactId(name: string): string {
  return `SPDXRef-Artifact-${idSafe(name.split('/').pop() ?? name)}-${shortHash(`file:${name}`)}`;
}

/** Names of archives and package files (`.tar.gz`, `.zip`, `.deb`, `.whl`, ...): a release artifact that holds other files. */
const ARCHIVE_NAME = /\.(?:tar|tgz|tbz2?|txz|tzst|gz|bz2|xz|zst|zip|7z|rar|jar|war|ear|whl|egg|gem|nupkg|crate|deb|rpm|apk|dmg|pkg|msi)$/i;

/** What a release artifact is, in SPDX's words: an archive, a program (built from packages, or an executable by its name), or a plain file. */
function artifactPurpose(file: ArtifactFile): string {
  if (ARCHIVE_NAME.test(file.name)) return 'ARCHIVE';
  if ((file.contains?.length ?? 0) > 0 || /\.(?:exe|appimage)$/i.test(file.name)) return 'APPLICATION';
  return 'FILE';
}

/** An SPDX agent: `Person: Name (email)` or `Organization: Name`. */
function supplierText(supplier: PackageSupplier): string {
  return `${supplier.type}: ${supplier.name}${supplier.email === undefined ? '' : ` (${supplier.email})`}`;
}

/** `2024-01-02T03:04:05Z`: SPDX's timestamp form (no fractions). */
function spdxTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * A package's download location as SPDX writes it. A git source (`git+URL#commit`, as npm and our
 * parsers record it) takes SPDX's VCS form `git+URL@commit`, since SPDX reads `#` as a sub-path.
 * SPDX wants a URI; anything else a lockfile calls a source (a path, a registry name), or a URL
 * spdx-tools refuses (see {@link SPDX_TOOLS_VCS_LOCATION}), is NOASSERTION: the purl's qualifier keeps it.
 */
function spdxDownloadLocation(location: string | undefined): string {
  if (location === undefined || !isSpdxUri(location) || !(SPDX_TOOLS_URL_START.test(location) || SPDX_TOOLS_VCS_LOCATION.test(location))) return NOASSERTION;
  return GIT_URL.test(location) ? location.replace(GIT_COMMIT_FRAGMENT, '@$1') : location;
}

/** DEV_DEPENDENCY_OF / OPTIONAL_DEPENDENCY_OF where the edge itself makes the dependency dev or optional. */
function dependencyKind(from: Package['scope'], to: Package['scope']): string | undefined {
  if (to === 'dev' && from !== 'dev') return 'DEV_DEPENDENCY_OF';
  if (to === 'optional' && from === 'required') return 'OPTIONAL_DEPENDENCY_OF';
  return undefined;
}

/** The fields of an SPDX document before its lists, in the order they are written. */
export type SpdxHead = Omit<SpdxDocument, 'packages' | 'relationships' | 'hasExtractedLicensingInfos' | 'documentNamespace'>;

/**
 * An SBOM's SPDX 2.3 document, made one part at a time in the order it is written: the head, each
 * package (the root first, the release artifacts last), each relationship, the extracted licenses
 * the packages named, and last the namespace, whose UUID is made from all the text before it.
 * Nothing holds the whole document, so a writer can stream it.
 */
class SpdxParts {
  readonly head: SpdxHead;
  /** The document namespace up to its UUID. */
  readonly namespacePrefix: string;
  private readonly root: SpdxPackage;
  /**
   * Release artifacts are packages, not SPDX files: a file must carry a SHA-1, which would cost a
   * second digest of every artifact; a package needs none, and its checksums are the release's.
   */
  private readonly artifacts: SpdxPackage[];
  private readonly extracted = new Map<string, { name: string; text: string }>();
  /** Each distinct license's declared form, by the package's license text. */
  private readonly licenses = new Map<string, string>();
  /** Each package's SPDXID and scope (the root's is required), by purl: one lookup per relationship end. */
  private readonly elements = new Map<string, { id: string; scope: Package['scope'] }>();
  private readonly annotationDate: string;
  private readonly annotator: string;

  constructor(private readonly sbom: Sbom) {
    this.annotationDate = spdxTimestamp(sbom.created);
    this.annotator = `Tool: ${sbom.tool}`;
    this.elements.set(sbom.root.purl, { id: spdxPackageId(sbom.root), scope: 'required' });
    for (const pkg of sbom.packages) this.elements.set(pkg.purl, { id: spdxPackageId(pkg), scope: pkg.scope });
    const root = this.packageOf(sbom.root, sbom.files.length > 0 || sbom.root.ecosystem !== 'generic' ? 'APPLICATION' : 'SOURCE');
    // The organisation that makes the SBOM supplies the project it describes; dependencies' suppliers are what their lockfiles say, else NOASSERTION.
    if (sbom.organization !== undefined) root.supplier = `Organization: ${sbom.organization}`;
    this.root = root;
    this.artifacts = sbom.files.map((file) => {
      const checksums = [];
      if (file.digest.sha256 !== undefined) checksums.push({ algorithm: 'SHA256', checksumValue: file.digest.sha256 });
      if (file.digest.sha512 !== undefined) checksums.push({ algorithm: 'SHA512', checksumValue: file.digest.sha512 });
      return {
        SPDXID: spdxArtifactId(file.name),
        name: file.name,
        // Built from the root at its version: the release's version.
        versionInfo: root.versionInfo,
        packageFileName: file.name,
        supplier: root.supplier,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        checksums,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: artifactPurpose(file),
      };
    });
    const creators = [...(sbom.organization === undefined ? [] : [`Organization: ${sbom.organization}`]), `Tool: ${sbom.tool}`];
    const creationInfo: SpdxDocument['creationInfo'] = { created: spdxTimestamp(sbom.created), creators };
    if (sbom.unknowns.length > 0) creationInfo.comment = `This SBOM is incomplete; what trust-kit could not catalog: ${sbom.unknowns.map(unknownText).join('; ')}`;
    const name = sbom.root.version === '' ? sbom.root.name : `${sbom.root.name}@${sbom.root.version}`;
    this.head = {
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name,
      creationInfo,
    };
    this.namespacePrefix = `https://spdx.org/spdxdocs/${encodeURIComponent(idSafe(name))}-`;
  }

  /**
   * A license as SPDX declares it; free text and LicenseRefs the package names are recorded as
   * extracted licenses. Once per distinct license: a few dozen cover thousands of packages.
   */
  private declared(license: string | undefined): string {
    if (license === undefined) return NOASSERTION;
    let declared = this.licenses.get(license);
    if (declared === undefined) this.licenses.set(license, (declared = this.declare(license)));
    return declared;
  }

  private declare(license: string): string {
    const term = licenseTerm(license);
    // A reference into another SPDX document would need that document declared; it is kept as the text it is.
    if (term.kind === 'expression' && !term.expression.includes('DocumentRef-')) {
      // A LicenseRef the package itself names must be declared too; the lockfile has its name, not its text.
      for (const id of term.ids) {
        if (id.startsWith('LicenseRef-') && !this.extracted.has(id)) {
          this.extracted.set(id, { name: id.slice('LicenseRef-'.length), text: `${id}: the package names this license; its text is not in the lockfile or manifest` });
        }
      }
      return term.expression;
    }
    // Free text is kept verbatim, as SPDX says: an extracted license with its own LicenseRef.
    const text = term.kind === 'text' ? term.text : term.expression;
    const id = `LicenseRef-${idSafe(text)}-${shortHash(text).slice(0, 8)}`;
    this.extracted.set(id, { name: text, text });
    return id;
  }

  private packageOf(pkg: Package, purpose: string): SpdxPackage {
    const files = sourceFiles(pkg);
    const { annotationDate, annotator } = this;
    // One literal in the order SPDX tools print fields; absent ones are undefined, which JSON leaves
    // out (spreading optional fields costs more than the rest on thousands of packages).
    return {
      SPDXID: this.elements.get(pkg.purl)?.id ?? spdxPackageId(pkg),
      name: pkg.name,
      versionInfo: pkg.version === '' ? undefined : pkg.version,
      supplier: pkg.supplier === undefined ? NOASSERTION : supplierText(pkg.supplier),
      // A supplier the package declares as its author is also where it originally came from; one
      // derived from where it is fetched (a Go module path, a git host) says nothing of its origin.
      originator: pkg.supplier?.author === true ? supplierText(pkg.supplier) : undefined,
      downloadLocation: spdxDownloadLocation(pkg.downloadLocation),
      filesAnalyzed: false,
      checksums: pkg.hashes.length === 0 ? undefined : pkg.hashes.map((digest) => ({ algorithm: digest.algorithm, checksumValue: digest.hex })),
      licenseConcluded: NOASSERTION,
      licenseDeclared: this.declared(pkg.license),
      copyrightText: NOASSERTION,
      sourceInfo: files.length === 0 ? undefined : `found in ${files.join(', ')}`,
      // A directory-named root has no package-manager identity worth advertising.
      externalRefs: pkg.ecosystem === 'generic' ? undefined : [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl }],
      primaryPackagePurpose: purpose,
      annotations: pkg.properties?.map((property) => ({ annotationDate, annotationType: 'OTHER', annotator, comment: `${property.name}: ${property.value}` })),
    };
  }

  /** The root, every package in the SBOM's order, then the release artifacts. */
  *packages(): Generator<SpdxPackage> {
    yield this.root;
    for (const pkg of this.sbom.packages) yield this.packageOf(pkg, 'LIBRARY');
    yield* this.artifacts;
  }

  /** DESCRIBES, the SBOM's relationships, then what release artifacts the root generates and what they contain. */
  *relationships(): Generator<SpdxRelationship> {
    const { sbom, elements } = this;
    const rootId = elements.get(sbom.root.purl)?.id as string;
    // The document describes the project and, for a release, what it published: checkers that walk
    // from the described elements (ntia-conformance-checker) do not follow GENERATES.
    yield { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId };
    for (const artifact of this.artifacts) yield { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: artifact.SPDXID };
    for (const relationship of sbom.relationships) {
      const fromElement = elements.get(relationship.from);
      const toElement = elements.get(relationship.to);
      if (fromElement === undefined || toElement === undefined) continue;
      const from = fromElement.id;
      const to = toElement.id;
      if (relationship.type === 'contains') {
        yield { spdxElementId: from, relationshipType: 'CONTAINS', relatedSpdxElement: to };
        continue;
      }
      // Where a dependency turns dev or optional (included on request), SPDX can say so, from the dependency's side;
      // a project's own devDependency is a dev edge even to a package that ships through another path, and a build script's dependency a build edge.
      const kind = relationship.type === 'dev-depends-on' ? 'DEV_DEPENDENCY_OF' : relationship.type === 'build-depends-on' ? 'BUILD_DEPENDENCY_OF' : dependencyKind(fromElement.scope, toElement.scope);
      const written: SpdxRelationship = kind === undefined ? { spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to } : { spdxElementId: to, relationshipType: kind, relatedSpdxElement: from };
      if (relationship.comment !== undefined) written.comment = relationship.comment;
      yield written;
    }
    for (const artifact of this.artifacts) yield { spdxElementId: rootId, relationshipType: 'GENERATES', relatedSpdxElement: artifact.SPDXID };
    // A release file built from packages (a Go binary's statically linked modules) contains them.
    for (const [index, file] of sbom.files.entries()) {
      const fileId = this.artifacts[index]?.SPDXID;
      for (const purl of file.contains ?? []) {
        const id = elements.get(purl)?.id;
        if (fileId !== undefined && id !== undefined) yield { spdxElementId: fileId, relationshipType: 'CONTAINS', relatedSpdxElement: id };
      }
    }
  }

  /** The extracted licenses the packages named, sorted by id: complete once every package was made. */
  extractedLicenses(): SpdxDocument['hasExtractedLicensingInfos'] {
    if (this.extracted.size === 0) return undefined;
    return [...this.extracted]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([licenseId, { name, text }]) => ({ licenseId, extractedText: text, name }));
  }
}

/** Builds the SPDX 2.3 document of an SBOM as one object, made whole: what {@link spdxJsonChunks} writes a part at a time. */
export function toSpdx(sbom: Sbom): SpdxDocument {
  const parts = new SpdxParts(sbom);
  const body: Omit<SpdxDocument, 'documentNamespace'> = { ...parts.head, packages: [...parts.packages()], relationships: [...parts.relationships()] };
  const extracted = parts.extractedLicenses();
  if (extracted !== undefined) body.hasExtractedLicensingInfos = extracted;
  const identity = new DocumentIdentity(SPDX_IDENTITY_NAME);
  identity.add(jsonWithoutCommandMarkers(`${JSON.stringify(body).slice(0, -1)},"documentNamespace":${namespaceStart(parts)}`));
  return { ...body, documentNamespace: `${parts.namespacePrefix}${identity.uuid()}` };
}

/** The JSON text of the document namespace up to its UUID: the opening quote and the prefix. */
function namespaceStart(parts: SpdxParts): string {
  return JSON.stringify(parts.namespacePrefix).slice(0, -1);
}

/**
 * The SPDX 2.3 JSON text of an SBOM in chunks, checked as it is made: the bytes of
 * `JSON.stringify(toSpdx(sbom))` (with `##[` and line separators escaped, see JsonChunks.take)
 * and a newline, without ever holding the document or its text
 * whole. Throws SBOM_INVALID_DOCUMENT at the end when a check failed, before the last chunk.
 * The namespace ends with the UUID `identity` makes (a draft's is nil).
 */
export function* spdxJsonChunks(sbom: Sbom, identity: TextIdentity = new DocumentIdentity(SPDX_IDENTITY_NAME)): Generator<string> {
  const parts = new SpdxParts(sbom);
  // The namespace's UUID is made last, from the text; it is hex, so the nil UUID stands for it in the check of the namespace's form.
  const check = new SpdxCheck({ ...parts.head, documentNamespace: `${parts.namespacePrefix}00000000-0000-0000-0000-000000000000` });
  const chunks = new JsonChunks(`${JSON.stringify(parts.head).slice(0, -1)},"packages":[`);
  for (const pkg of parts.packages()) {
    check.package(pkg);
    if (chunks.item(pkg)) yield identity.add(chunks.take());
  }
  if (chunks.text('],"relationships":[')) yield identity.add(chunks.take());
  for (const relationship of parts.relationships()) {
    check.relationship(relationship);
    if (chunks.item(relationship)) yield identity.add(chunks.take());
  }
  if (chunks.text(']')) yield identity.add(chunks.take());
  const extracted = parts.extractedLicenses();
  check.extractedLicenses(extracted ?? []);
  if (extracted !== undefined && chunks.text(`,"hasExtractedLicensingInfos":${JSON.stringify(extracted)}`)) yield identity.add(chunks.take());
  throwIfProblems('SPDX', check.problems());
  chunks.text(`,"documentNamespace":${namespaceStart(parts)}`);
  yield identity.end(chunks.take());
}

/** SPDX 2.3 JSON. */
export const spdxJsonEncoder: FormatEncoder = {
  name: 'spdx-json',
  extension: '.spdx.json',
  fileName: 'sbom.spdx.json',
  mediaType: 'application/spdx+json',
  identityName: SPDX_IDENTITY_NAME,
  chunks: spdxJsonChunks,
  encode: (sbom) => joinedDocument('SPDX', spdxJsonChunks(sbom)),
  draft: (sbom) => [...spdxJsonChunks(sbom, DRAFT_IDENTITY)],
};

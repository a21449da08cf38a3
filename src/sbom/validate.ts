import { boundedText, quoted } from '../core/quote.js';
import { SbomError } from './errors.js';
import { HASH_HEX_LENGTH } from './hashes.js';
import { isSpdxExpression } from './licenses.js';
import type { PackageHashAlgorithm } from './model.js';
import { isIriReference, isSpdxUri } from './urls.js';

/** A problem as it is reported: it names the document's values (ids, refs, names from a lockfile), kept printable and at most 500 characters. */
const shownProblem = (problem: string): string => boundedText(problem, 500);

const SPDX_ID = /^SPDXRef-[A-Za-z0-9.-]+$/;
const SPDX_CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const SPDX_CHECKSUM_HEX: Readonly<Record<string, number>> = {
  ...HASH_HEX_LENGTH,
  SHA224: 56,
  'SHA3-256': 64,
  'SHA3-384': 96,
  'SHA3-512': 128,
  'BLAKE2b-384': 96,
  'BLAKE2b-512': 128,
  BLAKE3: 64,
  MD2: 32,
  MD4: 32,
};
const CDX_HASH_HEX: Readonly<Record<string, number>> = {
  MD5: 32,
  'SHA-1': 40,
  'SHA-256': 64,
  'SHA-384': 96,
  'SHA-512': 128,
  'SHA3-256': 64,
  'SHA3-384': 96,
  'SHA3-512': 128,
  'BLAKE2b-256': 64,
  'BLAKE2b-384': 96,
  'BLAKE2b-512': 128,
  BLAKE3: 64,
};

type Json = Record<string, unknown>;

/** Made once, as the expressions above: a literal in a method is a new object for each of thousands of elements. */
const LOWERCASE_HEX = /^[0-9a-f]+$/;

/** How many dependsOn entries are checked for repeats by comparing each with those before it, without a set. */
const FEW_TARGETS = 8;

/** Whether one of the entries before `index` is `to`. */
function repeatsEarlier(entries: readonly unknown[], index: number, to: string): boolean {
  for (let earlier = 0; earlier < index; earlier++) if (String(entries[earlier]) === to) return true;
  return false;
}

/** How a problem names a component: `label` when given, else by its bom-ref, else its name. Made only for a problem: thousands of components have none. */
function componentName(component: Json, label: string | undefined): string {
  return label ?? `component ${String(component['bom-ref'] ?? component.name)}`;
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isJson) : [];
}

/** Checks an element's checksums; `owner` names it in a problem (made only then: thousands of elements have none). */
function checkChecksums(owner: () => string, checksums: unknown, problems: string[]): void {
  if (!Array.isArray(checksums)) return;
  for (const checksum of checksums) {
    if (!isJson(checksum)) continue;
    const algorithm = String(checksum.algorithm);
    const value = String(checksum.checksumValue);
    const length = SPDX_CHECKSUM_HEX[algorithm as PackageHashAlgorithm];
    if (length === undefined) problems.push(`${owner()}: unknown checksum algorithm ${algorithm}`);
    else if (value.length !== length || !LOWERCASE_HEX.test(value)) problems.push(`${owner()}: ${algorithm} checksum "${value.slice(0, 20)}" is not ${length} lowercase hex digits`);
  }
}

/**
 * What the SPDX 2.3 JSON schema does not check, checked one element at a time as a document is
 * written: SPDXID syntax and uniqueness, every relationship end exists, the document DESCRIBES an
 * element, `created` format, namespace is an absolute URI without `#`, license expressions parse and
 * their LicenseRefs are declared, checksum lengths, download locations are URIs. Elements come in
 * document order, except that files (declared before the relationships that name them) may come
 * first; the LicenseRefs used are checked against the declared ones at the end. Linear in the size.
 */
export class SpdxCheck {
  private readonly found: string[] = [];
  private readonly ids = new Set<string>(['SPDXRef-DOCUMENT']);
  /** LicenseRefs used, each with the first place that uses it. */
  private readonly refsUsed = new Map<string, string>();
  private declaredRefs = new Set<string>();
  /** License expressions already found valid, their LicenseRefs noted. */
  private readonly expressions = new Set<string>();
  private describes = 0;

  /** Starts with the document's fields before its lists. */
  constructor(document: Json) {
    if (document.SPDXID !== 'SPDXRef-DOCUMENT') this.found.push('the document SPDXID is not SPDXRef-DOCUMENT');
    const namespace = document.documentNamespace;
    if (typeof namespace !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(namespace)) this.found.push(`documentNamespace ${quoted(namespace)} is not an absolute URI without #`);
    const creationInfo = isJson(document.creationInfo) ? document.creationInfo : {};
    if (typeof creationInfo.created !== 'string' || !SPDX_CREATED.test(creationInfo.created)) this.found.push(`created ${quoted(creationInfo.created)} is not YYYY-MM-DDThh:mm:ssZ`);
    const creators = Array.isArray(creationInfo.creators) ? creationInfo.creators : [];
    if (!creators.some((creator) => typeof creator === 'string' && creator.startsWith('Tool: '))) this.found.push('creators name no tool');
  }

  private declare(id: unknown, what: string): void {
    if (typeof id !== 'string' || !SPDX_ID.test(id)) this.found.push(`${what}: SPDXID ${quoted(id)} is not SPDXRef-[A-Za-z0-9.-]+`);
    else if (this.ids.has(id)) this.found.push(`${what}: SPDXID ${id} is used twice`);
    else this.ids.add(id);
  }

  private license(owner: () => string, field: string, value: unknown): void {
    if (value === undefined || value === 'NOASSERTION' || value === 'NONE') return;
    // A few dozen distinct expressions cover thousands of packages: each is parsed once; its LicenseRefs were noted the first time.
    if (typeof value === 'string' && this.expressions.has(value)) return;
    if (typeof value !== 'string' || !isSpdxExpression(value)) {
      this.found.push(`${owner()}: ${field} ${quoted(value)} is not an SPDX license expression`);
      return;
    }
    this.expressions.add(value);
    if (!value.includes('LicenseRef-')) return;
    for (const ref of value.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) if (!this.refsUsed.has(ref)) this.refsUsed.set(ref, `${owner()}: ${field}`);
  }

  /** One package. */
  package(pkg: unknown): void {
    if (!isJson(pkg)) return;
    const owner = (): string => `package ${String(pkg.SPDXID)}`;
    this.declare(pkg.SPDXID, 'package');
    checkChecksums(owner, pkg.checksums, this.found);
    this.license(owner, 'licenseDeclared', pkg.licenseDeclared);
    this.license(owner, 'licenseConcluded', pkg.licenseConcluded);
    if (pkg.filesAnalyzed === false && pkg.packageVerificationCode !== undefined) this.found.push(`${owner()}: packageVerificationCode without filesAnalyzed`);
    if (typeof pkg.downloadLocation !== 'string' || !(pkg.downloadLocation === 'NONE' || pkg.downloadLocation === 'NOASSERTION' || isSpdxUri(pkg.downloadLocation))) {
      this.found.push(`${owner()}: downloadLocation ${quoted(pkg.downloadLocation)} is not NONE, NOASSERTION or a URI`);
    }
  }

  /** One file. */
  file(file: unknown): void {
    if (!isJson(file)) return;
    const owner = (): string => `file ${String(file.SPDXID)}`;
    this.declare(file.SPDXID, 'file');
    checkChecksums(owner, file.checksums, this.found);
    if (!list(file.checksums).some((checksum) => checksum.algorithm === 'SHA1')) this.found.push(`${owner()}: no SHA1 checksum (SPDX 2.3 requires one for files)`);
    this.license(owner, 'licenseConcluded', file.licenseConcluded);
  }

  /** Whether a relationship end names no element of the document. */
  private missing(end: unknown): boolean {
    return typeof end !== 'string' || (!this.ids.has(end) && end !== 'NONE' && end !== 'NOASSERTION');
  }

  /** One relationship, after every element it may name. */
  relationship(relationship: unknown): void {
    if (!isJson(relationship)) return;
    const from = relationship.spdxElementId;
    const to = relationship.relatedSpdxElement;
    if (this.missing(from)) this.found.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(from)} is not an element of the document`);
    if (this.missing(to)) this.found.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(to)} is not an element of the document`);
    if (from === 'SPDXRef-DOCUMENT' && relationship.relationshipType === 'DESCRIBES') this.describes++;
  }

  /** The document's `hasExtractedLicensingInfos`. */
  extractedLicenses(infos: unknown): void {
    this.declaredRefs = new Set(list(infos).map((info) => String(info.licenseId)));
  }

  /** Every problem found, once the whole document was seen. */
  problems(): string[] {
    const problems = [...this.found];
    for (const [ref, where] of this.refsUsed) if (!this.declaredRefs.has(ref)) problems.push(`${where} uses ${ref}, which hasExtractedLicensingInfos does not declare`);
    if (this.describes === 0) problems.push('the document DESCRIBES nothing');
    return problems.map(shownProblem);
  }
}

/** The problems {@link SpdxCheck} finds in a whole document (none for a good one). */
export function spdxProblems(document: unknown): string[] {
  if (!isJson(document)) return ['the document is not a JSON object'];
  const check = new SpdxCheck(document);
  for (const pkg of list(document.packages)) check.package(pkg);
  for (const file of list(document.files)) check.file(file);
  for (const relationship of list(document.relationships)) check.relationship(relationship);
  check.extractedLicenses(document.hasExtractedLicensingInfos);
  return check.problems();
}

/**
 * The uniqueness and reference checks of a CycloneDX document, with sets (linear), which the
 * schema's `uniqueItems` does pairwise (quadratic), one element at a time as a document is written:
 * unique bom-refs, dependencies naming existing refs once each, unique dependsOn entries, hash
 * lengths, serial number form. Components come before the dependencies.
 */
export class CycloneDxCheck {
  private readonly found: string[] = [];
  private readonly refs = new Set<string>();
  private readonly seen = new Set<string>();

  /** Starts with the document's skeleton: its serial number and metadata component (components and dependencies come one by one). */
  constructor(document: Json) {
    if (document.serialNumber !== undefined && (typeof document.serialNumber !== 'string' || !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(document.serialNumber))) {
      this.found.push(`serialNumber ${quoted(document.serialNumber)} is not a urn:uuid`);
    }
    const metadata = isJson(document.metadata) ? document.metadata : {};
    if (isJson(metadata.component)) this.visit(metadata.component, 'metadata.component');
  }

  /** `label` names the component in a problem; without it, it is named by its bom-ref (see {@link componentName}). */
  private visit(component: Json, label?: string): void {
    const ref = component['bom-ref'];
    if (ref !== undefined) {
      if (typeof ref !== 'string' || ref === '') this.found.push(`${componentName(component, label)}: empty bom-ref`);
      else if (this.refs.has(ref)) this.found.push(`${componentName(component, label)}: bom-ref ${ref} is used twice`);
      else this.refs.add(ref);
    }
    const hashes = component.hashes;
    if (Array.isArray(hashes)) {
      // A component has one hash or two: the algorithms seen are compared in a list, not a set made for each.
      const algorithms: string[] = [];
      for (let index = 0; index < hashes.length; index++) {
        const hash: unknown = hashes[index];
        if (!isJson(hash)) continue;
        const alg = String(hash.alg);
        const length = CDX_HASH_HEX[alg];
        if (algorithms.includes(alg)) this.found.push(`${componentName(component, label)}: two ${alg} hashes`);
        else algorithms.push(alg);
        if (length === undefined || typeof hash.content !== 'string' || hash.content.length !== length || !LOWERCASE_HEX.test(hash.content)) {
          this.found.push(`${componentName(component, label)}: ${alg} hash is not ${length ?? '?'} lowercase hex digits`);
        }
      }
    }
    const references = component.externalReferences;
    if (Array.isArray(references)) {
      for (const reference of references) {
        if (isJson(reference) && (typeof reference.url !== 'string' || reference.url === '' || !isIriReference(reference.url))) {
          this.found.push(`${componentName(component, label)}: external reference ${quoted(isJson(reference) ? reference.url : reference)} is not an IRI reference`);
        }
      }
    }
    const children = component.components;
    if (Array.isArray(children)) for (const child of children) if (isJson(child)) this.visit(child);
  }

  /** One top-level component, with those nested in it. */
  component(component: Json): void {
    this.visit(component);
  }

  /** One entry of `dependencies`, after every component. */
  dependency(dependency: Json): void {
    const ref = String(dependency.ref);
    if (this.seen.has(ref)) this.found.push(`dependencies: ${ref} is listed twice`);
    this.seen.add(ref);
    if (!this.refs.has(ref)) this.found.push(`dependencies: ${ref} is not a bom-ref of the document`);
    const dependsOn = Array.isArray(dependency.dependsOn) ? dependency.dependsOn : [];
    // Most entries depend on a few refs: repeats are looked for in a set only past a handful.
    const targets = dependsOn.length > FEW_TARGETS ? new Set<string>() : undefined;
    for (let index = 0; index < dependsOn.length; index++) {
      const to = String(dependsOn[index]);
      if (targets === undefined ? repeatsEarlier(dependsOn, index, to) : targets.has(to)) this.found.push(`dependencies: ${ref} depends on ${to} twice`);
      targets?.add(to);
      if (!this.refs.has(to)) this.found.push(`dependencies: ${ref} depends on ${to}, which is not a bom-ref of the document`);
    }
  }

  /** Every problem found. */
  problems(): string[] {
    return this.found.map(shownProblem);
  }
}

/** The problems {@link CycloneDxCheck} finds in a whole document (none for a good one). */
export function cycloneDxProblems(document: unknown): string[] {
  if (!isJson(document)) return ['the document is not a JSON object'];
  const check = new CycloneDxCheck(document);
  for (const component of list(document.components)) check.component(component);
  for (const dependency of list(document.dependencies)) check.dependency(dependency);
  return check.problems();
}

/** Throws SBOM_INVALID_DOCUMENT naming the first problems, when there are any: our own document is wrong. */
export function throwIfProblems(format: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10).join('; ');
  throw new SbomError('SBOM_INVALID_DOCUMENT', `the ${format} document trust-kit made is not valid: ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`, {
    hint: 'this is a bug in trust-kit: please report it with the lockfile that caused it',
  });
}

import { SbomError } from './errors.js';
import { HASH_HEX_LENGTH } from './hashes.js';
import { isSpdxExpression } from './licenses.js';
import type { PackageHashAlgorithm } from './model.js';

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

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isJson) : [];
}

function checkChecksums(owner: string, checksums: unknown, problems: string[]): void {
  for (const checksum of list(checksums)) {
    const algorithm = String(checksum.algorithm);
    const value = String(checksum.checksumValue);
    const length = SPDX_CHECKSUM_HEX[algorithm as PackageHashAlgorithm];
    if (length === undefined) problems.push(`${owner}: unknown checksum algorithm ${algorithm}`);
    else if (value.length !== length || !/^[0-9a-f]+$/.test(value)) problems.push(`${owner}: ${algorithm} checksum "${value.slice(0, 20)}" is not ${length} lowercase hex digits`);
  }
}

/**
 * What the SPDX 2.3 JSON schema does not check, checked: SPDXID syntax and uniqueness, every
 * relationship end exists, the document DESCRIBES an element, `created` format, namespace is an
 * absolute URI without `#`, license expressions parse and their LicenseRefs are declared,
 * checksum lengths, download locations are URIs. Returns the problems found (none for a good document). Linear in its size.
 */
export function spdxProblems(document: unknown): string[] {
  const problems: string[] = [];
  if (!isJson(document)) return ['the document is not a JSON object'];
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  const declare = (id: unknown, what: string): void => {
    if (typeof id !== 'string' || !SPDX_ID.test(id)) problems.push(`${what}: SPDXID ${JSON.stringify(id)} is not SPDXRef-[A-Za-z0-9.-]+`);
    else if (ids.has(id)) problems.push(`${what}: SPDXID ${id} is used twice`);
    else ids.add(id);
  };
  if (document.SPDXID !== 'SPDXRef-DOCUMENT') problems.push('the document SPDXID is not SPDXRef-DOCUMENT');
  const namespace = document.documentNamespace;
  if (typeof namespace !== 'string' || !/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(namespace)) problems.push(`documentNamespace ${JSON.stringify(namespace)} is not an absolute URI without #`);
  const creationInfo = isJson(document.creationInfo) ? document.creationInfo : {};
  if (typeof creationInfo.created !== 'string' || !SPDX_CREATED.test(creationInfo.created)) problems.push(`created ${JSON.stringify(creationInfo.created)} is not YYYY-MM-DDThh:mm:ssZ`);
  const creators = Array.isArray(creationInfo.creators) ? creationInfo.creators : [];
  if (!creators.some((creator) => typeof creator === 'string' && creator.startsWith('Tool: '))) problems.push('creators name no tool');

  const declaredRefs = new Set(list(document.hasExtractedLicensingInfos).map((info) => String(info.licenseId)));
  const checkLicense = (owner: string, field: string, value: unknown): void => {
    if (value === undefined || value === 'NOASSERTION' || value === 'NONE') return;
    if (typeof value !== 'string' || !isSpdxExpression(value)) {
      problems.push(`${owner}: ${field} ${JSON.stringify(value)} is not an SPDX license expression`);
      return;
    }
    for (const ref of value.match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) {
      if (!declaredRefs.has(ref)) problems.push(`${owner}: ${field} uses ${ref}, which hasExtractedLicensingInfos does not declare`);
    }
  };
  for (const pkg of list(document.packages)) {
    const owner = `package ${String(pkg.SPDXID)}`;
    declare(pkg.SPDXID, 'package');
    checkChecksums(owner, pkg.checksums, problems);
    checkLicense(owner, 'licenseDeclared', pkg.licenseDeclared);
    checkLicense(owner, 'licenseConcluded', pkg.licenseConcluded);
    if (pkg.filesAnalyzed === false && pkg.packageVerificationCode !== undefined) problems.push(`${owner}: packageVerificationCode without filesAnalyzed`);
    if (typeof pkg.downloadLocation !== 'string' || !/^(?:NONE|NOASSERTION|[a-z][a-z0-9+.-]*:\S+)$/i.test(pkg.downloadLocation)) {
      problems.push(`${owner}: downloadLocation ${JSON.stringify(pkg.downloadLocation)} is not NONE, NOASSERTION or a URI`);
    }
  }
  for (const file of list(document.files)) {
    const owner = `file ${String(file.SPDXID)}`;
    declare(file.SPDXID, 'file');
    checkChecksums(owner, file.checksums, problems);
    if (!list(file.checksums).some((checksum) => checksum.algorithm === 'SHA1')) problems.push(`${owner}: no SHA1 checksum (SPDX 2.3 requires one for files)`);
    checkLicense(owner, 'licenseConcluded', file.licenseConcluded);
  }
  let describes = 0;
  for (const relationship of list(document.relationships)) {
    const from = relationship.spdxElementId;
    const to = relationship.relatedSpdxElement;
    for (const end of [from, to]) {
      if (typeof end !== 'string' || (!ids.has(end) && end !== 'NONE' && end !== 'NOASSERTION')) {
        problems.push(`relationship ${String(from)} ${String(relationship.relationshipType)} ${String(to)}: ${String(end)} is not an element of the document`);
      }
    }
    if (from === 'SPDXRef-DOCUMENT' && relationship.relationshipType === 'DESCRIBES') describes++;
  }
  if (describes === 0) problems.push('the document DESCRIBES nothing');
  return problems;
}

/** Throws SBOM_INVALID_DOCUMENT when {@link spdxProblems} finds anything. */
export function checkSpdxDocument(document: unknown): void {
  throwIfAny('SPDX', spdxProblems(document));
}

/**
 * The uniqueness and reference checks of a CycloneDX document, with sets (linear), which the
 * schema's `uniqueItems` does pairwise (quadratic): unique bom-refs, dependencies naming existing
 * refs once each, unique dependsOn entries, hash lengths, serial number form.
 */
export function cycloneDxProblems(document: unknown): string[] {
  const problems: string[] = [];
  if (!isJson(document)) return ['the document is not a JSON object'];
  if (document.serialNumber !== undefined && (typeof document.serialNumber !== 'string' || !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(document.serialNumber))) {
    problems.push(`serialNumber ${JSON.stringify(document.serialNumber)} is not a urn:uuid`);
  }
  const refs = new Set<string>();
  const visit = (component: Json, where: string): void => {
    const ref = component['bom-ref'];
    if (ref !== undefined) {
      if (typeof ref !== 'string' || ref === '') problems.push(`${where}: empty bom-ref`);
      else if (refs.has(ref)) problems.push(`${where}: bom-ref ${ref} is used twice`);
      else refs.add(ref);
    }
    const algorithms = new Set<string>();
    for (const hash of list(component.hashes)) {
      const alg = String(hash.alg);
      const length = CDX_HASH_HEX[alg];
      if (algorithms.has(alg)) problems.push(`${where}: two ${alg} hashes`);
      algorithms.add(alg);
      if (length === undefined || typeof hash.content !== 'string' || hash.content.length !== length || !/^[0-9a-f]+$/.test(hash.content)) {
        problems.push(`${where}: ${alg} hash is not ${length ?? '?'} lowercase hex digits`);
      }
    }
    for (const child of list(component.components)) visit(child, `component ${String(child['bom-ref'] ?? child.name)}`);
  };
  const metadata = isJson(document.metadata) ? document.metadata : {};
  if (isJson(metadata.component)) visit(metadata.component, 'metadata.component');
  for (const component of list(document.components)) visit(component, `component ${String(component['bom-ref'] ?? component.name)}`);
  const seen = new Set<string>();
  for (const dependency of list(document.dependencies)) {
    const ref = String(dependency.ref);
    if (seen.has(ref)) problems.push(`dependencies: ${ref} is listed twice`);
    seen.add(ref);
    if (!refs.has(ref)) problems.push(`dependencies: ${ref} is not a bom-ref of the document`);
    const targets = new Set<string>();
    for (const target of Array.isArray(dependency.dependsOn) ? dependency.dependsOn : []) {
      const to = String(target);
      if (targets.has(to)) problems.push(`dependencies: ${ref} depends on ${to} twice`);
      targets.add(to);
      if (!refs.has(to)) problems.push(`dependencies: ${ref} depends on ${to}, which is not a bom-ref of the document`);
    }
  }
  return problems;
}

/** Throws SBOM_INVALID_DOCUMENT when {@link cycloneDxProblems} finds anything. */
export function checkCycloneDxDocument(document: unknown): void {
  throwIfAny('CycloneDX', cycloneDxProblems(document));
}

function throwIfAny(format: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 10).join('; ');
  throw new SbomError('SBOM_INVALID_DOCUMENT', `the ${format} document trust-kit made is not valid: ${shown}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`, {
    hint: 'this is a bug in trust-kit: please report it with the lockfile that caused it',
  });
}

/** A compiled schema check: the Ajv error messages, none when the document is valid. */
export type SchemaCheck = (document: unknown) => string[];

/** Removes every `uniqueItems` keyword from a schema copy: Ajv checks it pairwise, which is quadratic in the array length. */
function withoutUniqueItems(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutUniqueItems);
  if (!isJson(schema)) return schema;
  const copy: Json = {};
  for (const [key, value] of Object.entries(schema)) if (key !== 'uniqueItems') copy[key] = withoutUniqueItems(value);
  return copy;
}

/**
 * Compiles the CycloneDX JSON schema that `@cyclonedx/cyclonedx-library` ships for `version`
 * (with the SPDX, JSF and cryptography schemas it references), with `uniqueItems` removed so a
 * 20,000-component BOM validates in a fraction of a second instead of minutes. Pair it with
 * {@link cycloneDxProblems}, which checks the same uniqueness with sets.
 */
export async function cycloneDxSchemaCheck(version: '1.5' | '1.6' | '1.7'): Promise<SchemaCheck> {
  const [{ readFile }, { createRequire }, { dirname, join }, { Ajv }, formats] = await Promise.all([
    import('node:fs/promises'),
    import('node:module'),
    import('node:path'),
    import('ajv'),
    import('ajv-formats'),
  ]);
  const schemaDir = join(dirname(createRequire(import.meta.url).resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
  const read = async (name: string): Promise<unknown> => withoutUniqueItems(JSON.parse(await readFile(join(schemaDir, name), 'utf8')));
  const [bom, spdx, jsf, crypto] = await Promise.all([
    read(`bom-${version}.SNAPSHOT.schema.json`),
    read('spdx.SNAPSHOT.schema.json'),
    read('jsf-0.82.SNAPSHOT.schema.json'),
    read('cryptography-defs.SNAPSHOT.schema.json'),
  ]);
  // The options of the library's own validator: no defaults written into the data, no remote schemas.
  const ajv = new Ajv({
    useDefaults: false,
    strict: false,
    strictSchema: false,
    addUsedSchema: false,
    schemas: {
      'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json': spdx as object,
      'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json': jsf as object,
      'http://cyclonedx.org/schema/cryptography-defs.SNAPSHOT.schema.json': crypto as object,
    },
  });
  // ajv-formats is CommonJS whose module.exports is the plugin itself.
  (formats.default as unknown as (instance: typeof ajv) => void)(ajv);
  // As in the library: no JSON Schema implementation checks these two formats; we never write emails.
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', true);
  const validate = ajv.compile(bom as object);
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`));
}

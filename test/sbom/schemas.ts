import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { cycloneDxProblems, spdxProblems } from '../../src/sbom/validate.js';
import { cycloneDxSchemaCheck, type SchemaCheck } from './cyclonedx-schema.js';

/** The official SPDX 2.3 JSON schema (spdx/spdx-spec tag v2.3, schemas/spdx-schema.json), compiled once. */
const spdxSchema = (() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (instance: Ajv) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'schemas', 'spdx-2.3-schema.json'), 'utf8')) as object);
})();

/** Every problem of an SPDX document: the official schema's errors and trust-kit's semantic checks. */
export function spdxErrors(text: string): string[] {
  const document: unknown = JSON.parse(text);
  const schemaErrors = spdxSchema(document) ? [] : (spdxSchema.errors ?? []).map((error) => `schema: ${error.instancePath} ${error.message ?? ''}`);
  return [...schemaErrors, ...spdxProblems(document)];
}

const cycloneDxChecks = new Map<string, Promise<SchemaCheck>>();

/** Every problem of a CycloneDX document: the library's shipped schema for its specVersion and the set-based uniqueness checks. */
export async function cycloneDxErrors(text: string): Promise<string[]> {
  const document = JSON.parse(text) as { specVersion?: '1.5' | '1.6' | '1.7' };
  const version = document.specVersion ?? '1.6';
  let check = cycloneDxChecks.get(version);
  if (check === undefined) {
    check = cycloneDxSchemaCheck(version);
    cycloneDxChecks.set(version, check);
  }
  return [...(await check)(document).map((error) => `schema: ${error}`), ...cycloneDxProblems(document)];
}

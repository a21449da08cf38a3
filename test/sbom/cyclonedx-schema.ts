/**
 * The CycloneDX JSON schemas @cyclonedx/cyclonedx-library ships (a development dependency: trust-kit
 * writes CycloneDX without it), compiled for the tests; see {@link cycloneDxSchemaCheck}.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
 * `cycloneDxProblems` (src/sbom/validate.ts), which checks the same uniqueness with sets.
 */
export async function cycloneDxSchemaCheck(version: '1.5' | '1.6' | '1.7'): Promise<SchemaCheck> {
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
  (addFormats as unknown as (instance: Ajv) => void)(ajv);
  // As in the library: no JSON Schema implementation checks these two formats; we never write emails.
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', true);
  const validate = ajv.compile(bom as object);
  return (document) => (validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`));
}

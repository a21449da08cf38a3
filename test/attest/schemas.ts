import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

function compile(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (instance: Ajv) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'schemas', file), 'utf8')) as object);
}

const statementSchema = compile('in-toto-statement-v1.schema.json');
const provenanceSchema = compile('slsa-provenance-v1.schema.json');

function check(validate: ValidateFunction, value: unknown, what: string): void {
  const valid = validate(value);
  assert.ok(valid, `${what} does not match its schema: ${(validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`).join('; ')}`);
}

/** Asserts that a value is an in-toto Statement v1 (test/fixtures/schemas/README.md). */
export function validateStatement(value: unknown): void {
  check(statementSchema, value, 'the statement');
}

/** Asserts that a value is a SLSA provenance v1 predicate. */
export function validateProvenance(value: unknown): void {
  check(provenanceSchema, value, 'the provenance predicate');
}

/** Whether a value is an in-toto Statement v1, for tests that the schema refuses what it should. */
export function isStatement(value: unknown): boolean {
  return statementSchema(value);
}

/** Whether a value is a SLSA provenance v1 predicate. */
export function isProvenance(value: unknown): boolean {
  return provenanceSchema(value);
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseResult } from '../../../src/sbom/model.js';
import type { ParseInput, Parser } from '../../../src/sbom/parser.js';

/** Where the syft cases (and our own) live: test/fixtures/sbom/<case>/. */
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'sbom');

/** A ParseInput for a file of a fixture case, whose siblings are the other files of the case. */
export async function fixtureInput(caseName: string, fileName: string, includeDev = false): Promise<ParseInput> {
  const dir = join(FIXTURES, caseName);
  return {
    path: `${caseName}/${fileName}`,
    content: await readFile(join(dir, fileName)),
    includeDev,
    readSibling: async (name) => {
      try {
        return await readFile(join(dir, name));
      } catch {
        return undefined;
      }
    },
  };
}

/** Runs a parser on a fixture case's lockfile. */
export async function parseFixture(parser: Parser, caseName: string, fileName: string, includeDev = false): Promise<ParseResult> {
  return parser.parse(await fixtureInput(caseName, fileName, includeDev));
}

/** The purls syft's test asserts for a case, sorted. */
export async function expectedPurls(caseName: string): Promise<string[]> {
  const expected = JSON.parse(await readFile(join(FIXTURES, caseName, 'expected.json'), 'utf8')) as { purl: string }[];
  return expected.map((pkg) => pkg.purl).sort();
}

/** syft's asserted edges of a case turned into ours: syft's `from` is a dependency of `to`, so `to` depends on `from`. */
export async function expectedDependsOn(caseName: string): Promise<string[]> {
  const edges = JSON.parse(await readFile(join(FIXTURES, caseName, 'expected-relationships.json'), 'utf8')) as { from: string; to: string }[];
  return edges.map((edge) => `${edge.to} -> ${edge.from}`).sort();
}

/** The purls a parser found, root included when it is also a package syft lists, sorted. */
export function purlsOf(result: ParseResult): string[] {
  return result.packages.map((pkg) => pkg.purl).sort();
}

/** The depends-on edges of a result as `from -> to`, sorted. */
export function dependsOnOf(result: ParseResult): string[] {
  return result.relationships
    .filter((edge) => edge.type === 'depends-on')
    .map((edge) => `${edge.from} -> ${edge.to}`)
    .sort();
}

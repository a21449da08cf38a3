import { parse as parseToml } from 'smol-toml';
import type { ParseInput } from '../../parser.js';
import { recordField, stringField } from '../lockfile.js';

/** What the pyproject.toml beside a lockfile says of the project itself. */
export interface PythonProject {
  name: string | undefined;
  version: string | undefined;
  license: string | undefined;
}

/**
 * The project from `pyproject.toml` (`[project]`, else poetry's `[tool.poetry]`): its name,
 * version and license (a PEP 639 expression, or the `text` of the older table form).
 */
export async function readPyproject(input: ParseInput): Promise<PythonProject | undefined> {
  const manifest = await input.readSibling('pyproject.toml');
  if (manifest === undefined) return undefined;
  let pyproject: Record<string, unknown>;
  try {
    pyproject = parseToml(manifest.toString('utf8'));
  } catch {
    // An unreadable manifest only costs the root's details; the lockfile still lists every package.
    return undefined;
  }
  const table = recordField(pyproject, 'project') ?? recordField(recordField(pyproject, 'tool') ?? {}, 'poetry');
  if (table === undefined) return undefined;
  const licenseTable = recordField(table, 'license');
  const license = stringField(table, 'license') ?? (licenseTable === undefined ? undefined : stringField(licenseTable, 'text'));
  return { name: stringField(table, 'name'), version: stringField(table, 'version'), license: license?.trim() === '' ? undefined : license?.trim() };
}

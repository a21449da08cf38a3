import { parse as parseToml } from 'smol-toml';
import type { ParseInput } from '../../parser.js';
import { isRecord, recordField, stringField } from '../lockfile.js';
import { normalizePythonName } from './names.js';

/** What the pyproject.toml beside a lockfile says of the project itself. */
export interface PythonProject {
  name: string | undefined;
  version: string | undefined;
  license: string | undefined;
  /** What the project itself requires (`[project] dependencies`, poetry's main dependencies), by PEP 503 name. */
  dependencies: string[];
  /** What its extras add (`[project.optional-dependencies]`), by PEP 503 name. */
  optionalDependencies: string[];
  /** What only its development needs (poetry groups and `dev-dependencies`, PEP 735 `dependency-groups`), by PEP 503 name. */
  devDependencies: string[];
}

/** The project name a PEP 508 requirement string starts with. */
function requirementName(requirement: unknown): string[] {
  const name = typeof requirement === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] : undefined;
  return name === undefined ? [] : [normalizePythonName(name)];
}

/** The names of a poetry dependency table, without the Python version constraint. */
function tableNames(table: Record<string, unknown> | undefined): string[] {
  return Object.keys(table ?? {}).filter((name) => name.toLowerCase() !== 'python').map(normalizePythonName);
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
  const poetry = recordField(recordField(pyproject, 'tool') ?? {}, 'poetry');
  const project = recordField(pyproject, 'project');
  const table = project ?? poetry;
  if (table === undefined) return undefined;
  const listed = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(requirementName) : []);
  const dependencies = [...listed(project?.dependencies), ...tableNames(recordField(poetry ?? {}, 'dependencies'))];
  const optionalDependencies = Object.values(recordField(project ?? {}, 'optional-dependencies') ?? {}).flatMap(listed);
  const devDependencies = [
    ...Object.values(recordField(poetry ?? {}, 'group') ?? {}).flatMap((group) => tableNames(isRecord(group) ? recordField(group, 'dependencies') : undefined)),
    ...tableNames(recordField(poetry ?? {}, 'dev-dependencies')),
    ...Object.values(recordField(pyproject, 'dependency-groups') ?? {}).flatMap(listed),
  ];
  const licenseTable = recordField(table, 'license');
  const license = stringField(table, 'license') ?? (licenseTable === undefined ? undefined : stringField(licenseTable, 'text'));
  return { name: stringField(table, 'name'), version: stringField(table, 'version'), license: license?.trim() === '' ? undefined : license?.trim(), dependencies, optionalDependencies, devDependencies };
}

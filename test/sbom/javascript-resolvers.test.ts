/**
 * The stored resolver answers the JavaScript scope tests compare with (npm-ls.json, yarn-info.json)
 * are still what npm and yarn say about the fixtures: each resolver is run on a copy of its fixture
 * (npm from PATH; yarn 1, yarn 4 and pnpm from .tools, installed by scripts/install-tools.sh), offline.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { missingInCI } from '../support/ci.js';
import { tempDir } from '../support/tmp.js';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sbom');
const YARN1 = join(import.meta.dirname, '..', '..', '.tools', 'yarn1', 'node_modules', '.bin', 'yarn');
const YARN = join(import.meta.dirname, '..', '..', '.tools', 'yarn', 'node_modules', '.bin', 'yarn');
const PNPM = join(import.meta.dirname, '..', '..', '.tools', 'pnpm', 'node_modules', '.bin', 'pnpm');

interface Answer {
  packages: string[];
  edges: string[];
}

interface NpmLsNode {
  version?: string;
  extraneous?: boolean;
  missing?: boolean;
  dependencies?: Record<string, NpmLsNode>;
}

/** `npm ls --json` as name@version and `parent child` edges (`ROOT` for the project); workspaces without a version are walked through. */
function reduceNpmLs(tree: NpmLsNode): Answer {
  const packages = new Set<string>();
  const edges = new Set<string>();
  const walk = (node: NpmLsNode, from: string | undefined): void => {
    for (const [name, child] of Object.entries(node.dependencies ?? {})) {
      if (child.extraneous === true || child.missing === true) continue;
      if (child.version === undefined) {
        walk(child, undefined);
        continue;
      }
      const id = `${name}@${child.version}`;
      edges.add(`${from ?? 'ROOT'} ${id}`);
      packages.add(id);
      walk(child, id);
    }
  };
  walk(tree, undefined);
  return { packages: [...packages].sort(), edges: [...edges].sort() };
}

interface YarnInfo {
  value: string;
  children: { Version?: string; Dependencies?: { descriptor: string; locator: string | null }[]; 'Peer dependencies'?: { descriptor: string; locator: string | null }[] };
}

/** `yarn info -AR --virtuals --json` as the packages the root workspace reaches (prod: not through devDependencies) and their edges, peers as yarn resolved them. */
function reduceYarnInfo(lines: string, manifest: { dependencies?: object; optionalDependencies?: object; devDependencies?: object }, withDev: boolean): Answer {
  const entries = lines.trim().split('\n').map((line) => JSON.parse(line) as YarnInfo);
  const byLocator = new Map(entries.map((entry) => [entry.value, entry]));
  const nameOf = (locator: string): string => locator.slice(0, locator.indexOf('@', 1));
  const devirtual = (locator: string): string => locator.replace(/@virtual:[0-9a-f]+#/, '@');
  const id = (locator: string): string => `${nameOf(locator)}@${byLocator.get(devirtual(locator))?.children.Version ?? '?'}`;
  const root = entries.find((entry) => entry.value.endsWith('@workspace:.'));
  const wanted = new Set(Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...(withDev ? manifest.devDependencies : {}) }));
  const queue = (root?.children.Dependencies ?? []).filter((dep) => wanted.has(nameOf(dep.descriptor)) && dep.locator !== null).map((dep) => dep.locator as string);
  const seen = new Set<string>();
  const edges = new Set<string>();
  while (queue.length > 0) {
    const locator = queue.pop() as string;
    if (seen.has(locator)) continue;
    seen.add(locator);
    for (const dep of byLocator.get(devirtual(locator))?.children.Dependencies ?? []) {
      if (dep.locator === null) continue;
      edges.add(`${id(locator)} ${id(dep.locator)}`);
      queue.push(dep.locator);
    }
  }
  const packages = new Set([...seen].map(id));
  for (const entry of entries) {
    for (const peer of entry.children['Peer dependencies'] ?? []) {
      if (peer.locator !== null && packages.has(id(entry.value)) && packages.has(id(peer.locator))) edges.add(`${id(entry.value)} ${id(peer.locator)}`);
    }
  }
  return { packages: [...packages].sort(), edges: [...edges].sort() };
}

interface YarnListNode {
  name: string;
  /** A reference to a dependency by its range (`ms@^2.1.3`), not an installed copy. */
  shadow?: boolean;
  children?: YarnListNode[];
}

/**
 * `yarn list --json` (yarn 1) as name@version and `parent child` edges between packages. yarn 1
 * lists the node_modules tree it would install (hoisted, nested copies as children) and, under each
 * package, its dependencies by range: each edge is found as Node.js finds the dependency, in the
 * package's own nested copies first, then in each enclosing folder's. A root alias
 * (`"string-width-cjs": "npm:string-width@^4.2.0"`) is listed under its alias, as npm does; it is
 * named by its package here, as the SBOM names it.
 */
function reduceYarnList(output: string, manifest: { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; devDependencies?: Record<string, string> }): Answer {
  const aliases = new Map<string, string>();
  for (const [alias, spec] of Object.entries({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.devDependencies })) {
    const target = /^npm:(@?[^@]+)@/.exec(spec)?.[1];
    if (target !== undefined) aliases.set(alias, target);
  }
  const split = (name: string): { name: string; rest: string } => ({ name: name.slice(0, name.indexOf('@', 1)), rest: name.slice(name.indexOf('@', 1) + 1) });
  const id = (node: YarnListNode): string => {
    const { name, rest } = split(node.name);
    return `${aliases.get(name) ?? name}@${rest}`;
  };
  const packages = new Set<string>();
  const edges = new Set<string>();
  interface Scope {
    installed: Map<string, YarnListNode>;
    parent: Scope | undefined;
  }
  const walk = (nodes: readonly YarnListNode[], parent: Scope | undefined): void => {
    const scope: Scope = { installed: new Map(), parent };
    for (const node of nodes) if (node.shadow !== true) scope.installed.set(split(node.name).name, node);
    for (const node of scope.installed.values()) {
      packages.add(id(node));
      const children = node.children ?? [];
      const own: Scope = { installed: new Map(children.filter((child) => child.shadow !== true).map((child) => [split(child.name).name, child])), parent: scope };
      for (const dependency of children.filter((child) => child.shadow === true)) {
        let found: YarnListNode | undefined;
        for (let at: Scope | undefined = own; at !== undefined && found === undefined; at = at.parent) found = at.installed.get(split(dependency.name).name);
        if (found !== undefined) edges.add(`${id(node)} ${id(found)}`);
      }
      walk(children, scope);
    }
  };
  walk((JSON.parse(output) as { data: { trees: YarnListNode[] } }).data.trees, undefined);
  return { packages: [...packages].sort(), edges: [...edges].sort() };
}

interface PnpmListNode {
  from?: string;
  version?: string;
  dependencies?: Record<string, PnpmListNode>;
  optionalDependencies?: Record<string, PnpmListNode>;
  devDependencies?: Record<string, PnpmListNode>;
}

/** `pnpm list --json` as name@version and `parent child` edges between packages (the project's own edges left out). */
function reducePnpmList(project: PnpmListNode): Answer {
  const packages = new Set<string>();
  const edges = new Set<string>();
  const walk = (node: PnpmListNode, from: string | undefined): void => {
    for (const children of [node.dependencies, node.optionalDependencies, node.devDependencies]) {
      for (const [name, child] of Object.entries(children ?? {})) {
        const id = `${child.from ?? name}@${child.version ?? ''}`;
        if (from !== undefined) edges.add(`${from} ${id}`);
        packages.add(id);
        walk(child, id);
      }
    }
  };
  walk(project, undefined);
  return { packages: [...packages].sort(), edges: [...edges].sort() };
}

describe('stored resolver answers are the resolvers\' own', () => {
  it('npm ls --package-lock-only on npm-scopes', async (t) => {
    const dir = await tempDir(t);
    await cp(join(FIXTURES, 'npm-scopes'), dir, { recursive: true });
    const stored = JSON.parse(readFileSync(join(dir, 'npm-ls.json'), 'utf8')) as { prod: Answer; all: Answer };
    const ls = async (extra: string[]): Promise<Answer> => reduceNpmLs(JSON.parse((await run('npm', ['ls', '--all', '--json', '--package-lock-only', '--offline', ...extra], { cwd: dir, timeout: 60_000 })).stdout) as NpmLsNode);
    assert.deepEqual(await ls(['--omit=dev']), stored.prod);
    assert.deepEqual(await ls([]), stored.all);
  });

  it('yarn info on yarn-berry-peers', async (t) => {
    if (!existsSync(YARN)) return missingInCI(t, 'yarn 4 is not in .tools: run scripts/install-tools.sh yarn');
    const dir = await tempDir(t);
    await cp(join(FIXTURES, 'yarn-berry-peers', 'package.json'), join(dir, 'package.json'));
    await cp(join(FIXTURES, 'yarn-berry-peers', 'yarn.lock'), join(dir, 'yarn.lock'));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Parameters<typeof reduceYarnInfo>[1];
    const env = { ...process.env, YARN_ENABLE_NETWORK: '0', YARN_ENABLE_TELEMETRY: '0', YARN_CACHE_FOLDER: join(dir, '.cache'), YARN_ENABLE_GLOBAL_CACHE: '0' };
    const { stdout } = await run(YARN, ['info', '-AR', '--virtuals', '--json'], { cwd: dir, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
    const stored = JSON.parse(readFileSync(join(FIXTURES, 'yarn-berry-peers', 'yarn-info.json'), 'utf8')) as { prod: Answer; all: Answer };
    assert.deepEqual(reduceYarnInfo(stdout, manifest, false), stored.prod);
    assert.deepEqual(reduceYarnInfo(stdout, manifest, true), stored.all);
  });

  it('yarn 1 list on yarn-v1-resolver', async (t) => {
    if (!existsSync(YARN1)) return missingInCI(t, 'yarn 1 is not in .tools: run scripts/install-tools.sh yarn1');
    const dir = await tempDir(t);
    await cp(join(FIXTURES, 'yarn-v1-resolver', 'package.json'), join(dir, 'package.json'));
    await cp(join(FIXTURES, 'yarn-v1-resolver', 'yarn.lock'), join(dir, 'yarn.lock'));
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Parameters<typeof reduceYarnList>[1];
    // yarn 1 reads a complete lockfile without fetching anything; its cache is kept out of the home directory.
    const env = { ...process.env, YARN_CACHE_FOLDER: join(dir, '.cache'), YARN_IGNORE_PATH: '1' };
    const list = async (extra: string[]): Promise<Answer> => {
      const { stdout } = await run(YARN1, ['list', '--json', '--offline', '--non-interactive', '--no-progress', ...extra], { cwd: dir, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
      return reduceYarnList(stdout, manifest);
    };
    const stored = JSON.parse(readFileSync(join(FIXTURES, 'yarn-v1-resolver', 'yarn-list.json'), 'utf8')) as { prod: Answer; all: Answer };
    assert.deepEqual(await list(['--prod']), stored.prod);
    assert.deepEqual(await list([]), stored.all);
  });

  it('pnpm list --lockfile-only on pnpm-scopes', async (t) => {
    if (!existsSync(PNPM)) return missingInCI(t, 'pnpm 10 is not in .tools: run scripts/install-tools.sh pnpm');
    const dir = await tempDir(t);
    await cp(join(FIXTURES, 'pnpm-scopes', 'package.json'), join(dir, 'package.json'));
    await cp(join(FIXTURES, 'pnpm-scopes', 'pnpm-lock.yaml'), join(dir, 'pnpm-lock.yaml'));
    const env = { ...process.env, npm_config_manage_package_manager_versions: 'false', npm_config_offline: 'true' };
    const list = async (extra: string[]): Promise<Answer> => {
      const { stdout } = await run(PNPM, ['list', '--lockfile-only', '--depth', 'Infinity', '--json', ...extra], { cwd: dir, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 });
      return reducePnpmList((JSON.parse(stdout) as PnpmListNode[])[0] ?? {});
    };
    const stored = JSON.parse(readFileSync(join(FIXTURES, 'pnpm-scopes', 'pnpm-list.json'), 'utf8')) as { prod: Answer; all: Answer };
    assert.deepEqual(await list(['--prod']), stored.prod);
    assert.deepEqual(await list([]), stored.all);
  });
});

/**
 * syft and trust-kit on the same project directories (the fixture projects, one per ecosystem and
 * lockfile format), their package sets diffed per project: every difference must be one written
 * down in syft-known-differences.json and in docs/sbom.md, so a new one fails. syft is built at a
 * pinned version by `bash scripts/install-tools.sh syft`; a missing one fails in CI and skips elsewhere.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { generateSbom } from '../../src/sbom/index.js';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'test', 'fixtures', 'sbom');
const SYFT = join(REPO, '.tools', 'bin', 'syft');

/** The projects compared: every ecosystem and lockfile format trust-kit reads from a directory. */
const CASES = [
  'bun-workspace', 'cargo-lock', 'composer-lock', 'gemfile-lock', 'go-buildinfo-modinfo', 'go-mod', 'go-mod-116', 'go-mod-graph', 'go-mod-sum',
  'gradle-lockfile', 'js-workspace', 'npm-lock-v1', 'npm-lock-v1-nested', 'npm-lock-v2', 'npm-lock-v3', 'nuget-packages-lock',
  'pipfile-lock', 'pnpm-v5-dev-excluded', 'pnpm-v6', 'pnpm-v9', 'pnpm-v9-snapshots', 'poetry-lock', 'pom-xml',
  'requirements-txt', 'uv-lock', 'yarn-berry', 'yarn-v1', 'yarn-v1-deps',
];

interface Difference {
  case: string;
  only: 'syft' | 'trust-kit';
  purl: string;
  reason: string;
}

/** Makes every directory of a tree writable, so that it can be removed. */
async function chmodTree(path: string): Promise<void> {
  for (const entry of await readdir(path, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) await chmod(join(entry.parentPath, entry.name), 0o755);
  }
}

/** `case purl` for every place a package was found, from its locations (paths relative to the scanned directory). */
function foundIn(path: string, purl: string): string {
  return `${path.replace(/^\//, '').split('/')[0] ?? ''} ${purl}`;
}

it('finds the package sets syft finds, project by project, but for the differences docs/sbom.md explains', { timeout: 300_000 }, async (t) => {
  if (!existsSync(SYFT)) {
    const problem = 'syft is not installed in .tools: run `bash scripts/install-tools.sh syft` (needs Go)';
    if (process.env['CI'] === 'true') assert.fail(problem);
    t.skip(problem);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'trust-kit-syft-'));
  const home = await mkdtemp(join(tmpdir(), 'trust-kit-syft-home-'));
  try {
    for (const name of CASES) await cp(join(FIXTURES, name), join(dir, name), { recursive: true });
    const syftJson = await new Promise<string>((resolve, reject) => {
      // No update check, no remote license lookups (off by default), and offline Go: syft runs the go
      // command on go.mod files, which would otherwise download the module graph into the module cache.
      const env = {
        PATH: process.env['PATH'] ?? '',
        HOME: home,
        SYFT_CHECK_FOR_APP_UPDATE: 'false',
        GOPROXY: 'off',
        GOFLAGS: '-mod=mod',
        GOTOOLCHAIN: 'local',
        GOMODCACHE: join(home, 'go', 'pkg', 'mod'),
      };
      execFile(SYFT, ['scan', `dir:${dir}`, '-o', 'syft-json', '-q'], { env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }, (error, stdout, stderr) => {
        if (error === null) resolve(stdout);
        else reject(new Error(`syft failed: ${stderr}`, { cause: error }));
      });
    });
    const theirs = new Set<string>();
    for (const artifact of (JSON.parse(syftJson) as { artifacts: { purl: string; locations: { path: string }[] }[] }).artifacts) {
      for (const location of artifact.locations) theirs.add(foundIn(location.path, artifact.purl));
    }
    const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date('2026-01-02T03:04:05Z')) });
    const ours = new Set<string>();
    for (const pkg of [sbom.root, ...sbom.packages]) {
      // The scanned directory itself is each tool's own source description, not a package found in a project.
      for (const location of pkg.locations) if (location.path !== '.') ours.add(foundIn(location.path, pkg.purl));
    }
    const differences = [
      ...[...theirs].filter((key) => !ours.has(key)).map((key) => `syft ${key}`),
      ...[...ours].filter((key) => !theirs.has(key)).map((key) => `trust-kit ${key}`),
    ].sort();
    const known = JSON.parse(await readFile(join(import.meta.dirname, 'syft-known-differences.json'), 'utf8')) as Difference[];
    assert.deepEqual(differences, known.map((difference) => `${difference.only} ${difference.case} ${difference.purl}`).sort());
    // syft found something in every project (trust-kit finds nothing in poetry-lock, whose packages are all dev): agreeing on nothing proves nothing.
    for (const name of CASES) assert.ok([...theirs].some((key) => key.startsWith(`${name} `)), name);
    // Every known difference is explained where users read.
    const docs = await readFile(join(REPO, 'docs', 'sbom.md'), 'utf8');
    for (const difference of known) assert.ok(docs.includes(`\`${difference.purl}\``), `docs/sbom.md does not explain ${difference.purl}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
    // The go command leaves its caches read-only; they are removed all the same.
    await chmodTree(home);
    await rm(home, { recursive: true, force: true });
  }
});

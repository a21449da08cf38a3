import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { fixedClock } from '../../src/core/clock.js';
import { catalogDirectory } from '../../src/sbom/catalog.js';
import { SbomParseError } from '../../src/sbom/errors.js';
import { generateSbom } from '../../src/sbom/index.js';
import { jsoncToJson } from '../../src/sbom/parsers/javascript/bun.js';
import { npmPackageLockParser } from '../../src/sbom/parsers/javascript/npm.js';
import { yarnLockParser } from '../../src/sbom/parsers/javascript/yarn.js';
import { tempDir } from '../support/tmp.js';

async function project(t: TestContext, files: Record<string, string>): Promise<string> {
  const dir = await tempDir(t);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

function edges(catalog: Awaited<ReturnType<typeof catalogDirectory>>): string[] {
  return catalog.relationships.map((relationship) => `${relationship.type} ${relationship.from} ${relationship.to}`);
}

const BERRY = `__metadata:
  version: 8
  cacheKey: 10c0

"app@workspace:packages/app":
  version: 0.0.0-use.local
  resolution: "app@workspace:packages/app"
  dependencies:
    left-pad: "npm:^1.3.0"
  languageName: unknown
  linkType: soft

"left-pad@npm:^1.3.0":
  version: 1.3.0
  resolution: "left-pad@npm:1.3.0"
  checksum: 10c0/3d1e2c0a2b0f0cbbcf2c6f8c2d0a5b2c8f6b5f8c0b9b2a5c4d7e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4
  languageName: node
  linkType: hard

"monorepo@workspace:.":
  version: 0.0.0-use.local
  resolution: "monorepo@workspace:."
  dependencies:
    "@types/node": "npm:^22.0.0"
    app: "workspace:packages/app"
  languageName: unknown
  linkType: soft

"@types/node@npm:^22.0.0":
  version: 22.10.1
  resolution: "@types/node@npm:22.10.1"
  dependencies:
    undici-types: "npm:~6.20.0"
  languageName: node
  linkType: hard

"undici-types@npm:~6.20.0":
  version: 6.20.0
  resolution: "undici-types@npm:6.20.0"
  languageName: node
  linkType: hard
`;

describe('JavaScript lockfile parsers', () => {
  it('yarn berry: workspace members from their manifests, dev dependencies from package.json, no cache-zip checksum as a package hash', async (t) => {
    const dir = await project(t, {
      'yarn.lock': BERRY,
      'package.json': JSON.stringify({ name: 'monorepo', version: '2.0.0', workspaces: ['packages/*'], devDependencies: { '@types/node': '^22.0.0' }, dependencies: { app: 'workspace:packages/app' } }),
      'packages/app/package.json': JSON.stringify({ name: 'app', version: '0.4.0', dependencies: { 'left-pad': '^1.3.0' } }),
    });
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.equal(catalog.root.purl, 'pkg:npm/monorepo@2.0.0');
    assert.deepEqual(catalog.packages.map((pkg) => [pkg.purl, pkg.scope, pkg.hashes.length]), [
      ['pkg:npm/app@0.4.0', 'required', 0],
      ['pkg:npm/left-pad@1.3.0', 'required', 0],
    ]);
    assert.deepEqual(edges(catalog), [
      'contains pkg:npm/monorepo@2.0.0 pkg:npm/app@0.4.0',
      'depends-on pkg:npm/app@0.4.0 pkg:npm/left-pad@1.3.0',
      'depends-on pkg:npm/monorepo@2.0.0 pkg:npm/app@0.4.0',
    ]);
    const withDev = await catalogDirectory({ dir, includeDev: true });
    assert.deepEqual(withDev.packages.filter((pkg) => pkg.scope === 'dev').map((pkg) => pkg.name), ['@types/node', 'undici-types']);
  });

  it('pnpm 9: dev from the importers, workspace links, peer suffixes stripped, integrity to hex', async (t) => {
    const dir = await project(t, {
      'package.json': JSON.stringify({ name: 'web', version: '1.0.0' }),
      'ui/package.json': JSON.stringify({ name: '@web/ui', version: '0.1.0' }),
      'pnpm-lock.yaml': `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      '@web/ui':
        specifier: workspace:*
        version: link:ui
    devDependencies:
      vitest:
        specifier: ^2.0.0
        version: 2.1.0

  ui:
    dependencies:
      react-dom:
        specifier: ^18.2.0
        version: 18.2.0(react@18.2.0)

packages:

  react-dom@18.2.0:
    resolution: {integrity: sha512-6IMTriUmvsjHUjNtEDudZfuDQUoWXVxKHhlEGSk81n4YFS+r/Kl99wXiwlVXtPBtJenozv2P+hxDsw9eA7Xo6g==}
    peerDependencies:
      react: ^18.2.0

  react@18.2.0:
    resolution: {integrity: sha512-/3IjMdb2L9QbBdWiW5e3P2/npwMBaU9mHCSCUzNln0ZCYbcfTsGbTJrU/kGemdH2IWmB2ioZ+zkxtmq6g09fGQ==}

  vitest@2.1.0:
    resolution: {integrity: sha512-XuuEeyNkqbfr0FtAvd9vFbInSSNY1ykCQTYQ0sj9wPy4hx+1gR7gqVNdW0AX2wrrM1wWlN5fnJDjF9xG6mYRSQ==}

snapshots:

  react-dom@18.2.0(react@18.2.0):
    dependencies:
      react: 18.2.0

  react@18.2.0: {}

  vitest@2.1.0: {}
`,
    });
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(catalog.packages.map((pkg) => pkg.purl), ['pkg:npm/%40web/ui@0.1.0', 'pkg:npm/react-dom@18.2.0', 'pkg:npm/react@18.2.0']);
    assert.deepEqual(edges(catalog), [
      'contains pkg:npm/web@1.0.0 pkg:npm/%40web/ui@0.1.0',
      'depends-on pkg:npm/%40web/ui@0.1.0 pkg:npm/react-dom@18.2.0',
      'depends-on pkg:npm/react-dom@18.2.0 pkg:npm/react@18.2.0',
      'depends-on pkg:npm/web@1.0.0 pkg:npm/%40web/ui@0.1.0',
    ]);
    assert.equal(catalog.packages[2]?.hashes[0]?.hex.length, 128);
    assert.equal((await catalogDirectory({ dir, includeDev: true })).packages.find((pkg) => pkg.name === 'vitest')?.scope, 'dev');
  });

  it('npm v1: aliases name the real package, copies nested under a dev package are dev, a local folder is never the registry package', async () => {
    const lock = {
      lockfileVersion: 1,
      dependencies: {
        'my-lodash': { version: 'npm:lodash@4.17.21', integrity: 'sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==' },
        jest: { version: '29.0.0', dev: true, requires: { chalk: '^4' }, dependencies: { chalk: { version: '4.1.2' } } },
        local: { version: 'file:../local' },
      },
    };
    const result = await npmPackageLockParser.parse({ path: 'package-lock.json', content: Buffer.from(JSON.stringify(lock)), readSibling: async () => undefined, includeDev: true });
    assert.deepEqual(result.packages.map((pkg) => [pkg.purl, pkg.scope]).sort(), [
      ['pkg:npm/chalk@4.1.2', 'dev'],
      ['pkg:npm/jest@29.0.0', 'dev'],
      ['pkg:npm/local?download_url=file%3A..%2Flocal', 'required'],
      ['pkg:npm/lodash@4.17.21', 'required'],
    ]);
    assert.deepEqual(result.relationships, [{ from: 'pkg:npm/jest@29.0.0', to: 'pkg:npm/chalk@4.1.2', type: 'depends-on' }]);
  });

  it('npm v3: a folder outside the project a file: spec names is local (download_url), not a member the root contains; a workspace folder the root also names by file: stays a member', async () => {
    const parse = async (lock: object): Promise<string[]> => {
      const result = await npmPackageLockParser.parse({ path: 'package-lock.json', content: Buffer.from(JSON.stringify(lock)), readSibling: async () => undefined, includeDev: false });
      return [...result.packages.map((pkg) => pkg.purl), ...result.relationships.map((r) => `${r.type} ${r.from} ${r.to}`)].sort();
    };
    // As `npm install ../outside` writes it: the folder was the registry's `loc`, a member the root contained.
    assert.deepEqual(
      await parse({ name: 'r', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'r', version: '1.0.0', dependencies: { loc: 'file:../outside' } }, 'node_modules/loc': { resolved: '../outside', link: true }, '../outside': { name: 'loc', version: '0.0.1' } } }),
      ['depends-on pkg:npm/r@1.0.0 pkg:npm/loc@0.0.1?download_url=file%3A..%2Foutside', 'pkg:npm/loc@0.0.1?download_url=file%3A..%2Foutside'],
    );
    // A workspace (plugins/*) the root also names in devDependencies by file: (aws-toolkit-vscode's eslint plugin): it floated, related to nothing.
    for (const workspaces of [['plugins/*'], ['plugins/**'], ['./plugins/p/'], { packages: ['plugins/*'] }]) {
      assert.deepEqual(
        await parse({ name: 'root', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'root', version: '1.0.0', workspaces, devDependencies: { p: 'file:plugins/p' } }, 'node_modules/p': { resolved: 'plugins/p', link: true }, 'plugins/p': { version: '1.0.0' } } }),
        ['contains pkg:npm/root@1.0.0 pkg:npm/p@1.0.0', 'pkg:npm/p@1.0.0'],
        JSON.stringify(workspaces),
      );
    }
  });

  it('npm v3: a linked folder without a name is known by the name it is linked under', async () => {
    const lock = {
      name: 'toolkit',
      lockfileVersion: 3,
      packages: {
        '': { name: 'toolkit', dependencies: { '@amzn/client': '*' } },
        'node_modules/@amzn/client': { resolved: 'src.gen/@amzn/client', link: true },
        'src.gen/@amzn/client': { version: '1.0.0', dependencies: { tslib: '^2' } },
        'src.gen/@amzn/client/node_modules/tslib': { version: '2.8.1' },
      },
    };
    const result = await npmPackageLockParser.parse({ path: 'package-lock.json', content: Buffer.from(JSON.stringify(lock)), readSibling: async () => undefined, includeDev: false });
    assert.deepEqual(result.packages.map((pkg) => pkg.purl), ['pkg:npm/%40amzn/client@1.0.0', 'pkg:npm/tslib@2.8.1']);
    assert.deepEqual(result.relationships.map((r) => `${r.type} ${r.from} ${r.to}`).sort(), [
      'contains pkg:npm/toolkit pkg:npm/%40amzn/client@1.0.0',
      'depends-on pkg:npm/%40amzn/client@1.0.0 pkg:npm/tslib@2.8.1',
      'depends-on pkg:npm/toolkit pkg:npm/%40amzn/client@1.0.0',
    ]);
  });

  it('a project entry without a name (a private package.json with none) still says what the project depends on, for the catalog\'s root: a direct dependency a dev package also needs lost its edge and floated', async (t) => {
    const dir = await tempDir(t);
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1.0.0' }, devDependencies: { d: '1.0.0' } },
        'node_modules/a': { version: '1.0.0' },
        'node_modules/d': { version: '1.0.0', dev: true, dependencies: { a: '1.0.0' } },
      },
    };
    const result = await npmPackageLockParser.parse({ path: 'package-lock.json', content: Buffer.from(JSON.stringify(lock)), readSibling: async () => undefined, includeDev: false });
    assert.equal(result.root, undefined);
    assert.deepEqual(result.direct, ['pkg:npm/a@1.0.0']);
    await writeFile(join(dir, 'package.json'), '{"private":true,"dependencies":{"a":"1.0.0"},"devDependencies":{"d":"1.0.0"}}');
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date('2026-01-02T03:04:05Z')) });
    assert.ok(sbom.relationships.some((edge) => edge.type === 'depends-on' && edge.from === sbom.root.purl && edge.to === 'pkg:npm/a@1.0.0'), JSON.stringify(sbom.relationships));
  });

  it('yarn 1 and pnpm projects without a name say what the project depends on too: a direct dependency another package also needs kept its edge only with a named root', async (t) => {
    const yarnLock = ['# yarn lockfile v1', '', 'debug@4.3.4:', '  version "4.3.4"', '  dependencies:', '    ms "^2.1.1"', '', 'ms@2.1.2, ms@^2.1.1:', '  version "2.1.2"', '', 'left@1.0.0:', '  version "1.0.0"', ''].join('\n');
    const pnpmLock = ['lockfileVersion: \'9.0\'', 'importers:', '  .:', '    dependencies:', '      debug:', '        specifier: 4.3.4', '        version: 4.3.4', '      ms:', '        specifier: 2.1.2', '        version: 2.1.2', 'packages:', '  debug@4.3.4: {}', '  ms@2.1.2: {}', '  left@1.0.0: {}', 'snapshots:', '  debug@4.3.4:', '    dependencies:', '      ms: 2.1.2', '  ms@2.1.2: {}', '  left@1.0.0: {}', ''].join('\n');
    for (const [file, text] of [['yarn.lock', yarnLock], ['pnpm-lock.yaml', pnpmLock]] as const) {
      const dir = await tempDir(t);
      await writeFile(join(dir, 'package.json'), '{"private":true,"dependencies":{"debug":"4.3.4","ms":"2.1.2"}}');
      await writeFile(join(dir, file), text);
      const { sbom } = await generateSbom({ dir, cwd: dir, clock: fixedClock(new Date('2026-01-02T03:04:05Z')) });
      const fromRoot = sbom.relationships.filter((edge) => edge.type === 'depends-on' && edge.from === sbom.root.purl).map((edge) => edge.to).sort();
      // left@1.0.0, which nothing declares or needs (a lockfile's leftover), is still related rather than left floating.
      assert.deepEqual(fromRoot, ['pkg:npm/debug@4.3.4', 'pkg:npm/left@1.0.0', 'pkg:npm/ms@2.1.2'], file);
    }
  });

  it('reports malformed input as SbomParseError with the line, never another error', async () => {
    const parse = (parser: typeof yarnLockParser, text: string): Promise<unknown> =>
      parser.parse({ path: 'x', content: Buffer.from(text), readSibling: async () => undefined, includeDev: false });
    await assert.rejects(parse(yarnLockParser, 'a@1:\n  version "1.0.0"\n  resolved\n"unterminated:\n'), (error) => error instanceof SbomParseError && error.line === 4);
    await assert.rejects(parse(yarnLockParser, 'a@1:\n  resolved "x"\n'), (error) => error instanceof SbomParseError && error.line === 1);
    await assert.rejects(parse(npmPackageLockParser, '[1, 2]'), (error) => error instanceof SbomParseError);
    await assert.rejects(parse(npmPackageLockParser, '{"lockfileVersion": 7}'), (error) => error instanceof SbomParseError && /lockfileVersion 7/.test(error.message));
  });

  it('bun.lock: trailing commas and comments are JSONC, not errors; strings are left alone', () => {
    const text = '{\n  // comment\n  "a": ["x,]", 1,],\n  /* block */ "b": {"c": "//not a comment",},\n}';
    assert.deepEqual(JSON.parse(jsoncToJson(text)), { a: ['x,]', 1], b: { c: '//not a comment' } });
  });
});

describe('yarn lockfiles damaged by hand', () => {
  it('a descriptor two entries resolve (a merge conflict that kept both) is an unknown naming both, not a second package listed in silence', async () => {
    const text = '# yarn lockfile v1\n\n\na@^1.0.0:\n  version "1.0.0"\n  resolved "https://registry.yarnpkg.com/a/-/a-1.0.0.tgz"\n\na@^1.0.0:\n  version "1.9.0"\n  resolved "https://registry.yarnpkg.com/a/-/a-1.9.0.tgz"\n';
    const result = await yarnLockParser.parse({ path: 'yarn.lock', content: Buffer.from(text), readSibling: async () => undefined, includeDev: false });
    assert.deepEqual(result.unknowns, [{ path: 'yarn.lock', line: 8, reason: '"a@^1.0.0" is resolved by two entries, a@1.0.0 (line 4) and a@1.9.0, as no yarn writes it (a merge conflict kept both): yarn reads the last, and the other is listed though nothing may install it (run yarn install to rewrite the lockfile)' }]);
  });
});

describe('yarn 1 hashes', () => {
  it('takes the tarball SHA-1 from the resolved URL when an old lock has no integrity', async () => {
    const text = 'left-pad@^1.3.0:\n  version "1.3.0"\n  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz#5b8a3a7765dfe001261dde915589e782f8c94d1e"\n';
    const result = await yarnLockParser.parse({ path: 'yarn.lock', content: Buffer.from(text), readSibling: async () => undefined, includeDev: false });
    assert.deepEqual(result.packages[0]?.hashes, [{ algorithm: 'SHA1', hex: '5b8a3a7765dfe001261dde915589e782f8c94d1e' }]);
    assert.equal(result.packages[0]?.downloadLocation, 'https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.0.tgz');
  });

  it('takes no hash from a git source\'s fragment: 40 hex digits there are the commit, no digest of any file', async () => {
    const text = '"bar@git+https://github.com/o/bar.git#v2":\n  version "2.0.0"\n  resolved "git+https://github.com/o/bar.git#0123456789abcdef0123456789abcdef01234567"\n';
    const result = await yarnLockParser.parse({ path: 'yarn.lock', content: Buffer.from(text), readSibling: async () => undefined, includeDev: false });
    assert.deepEqual(result.packages[0]?.hashes ?? [], []);
    assert.match(result.packages[0]?.purl ?? '', /vcs_url=/);
  });
});

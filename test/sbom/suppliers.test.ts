import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gitSourceSupplier, goModuleSupplier, sourceOwner } from '../../src/sbom/suppliers.js';
import { goModParser } from '../../src/sbom/parsers/go/go-mod.js';
import { parseFixture } from './parsers/lockfile-fixtures.js';

describe('suppliers', () => {
  it("name a Go module path's owner on a code host, its domain elsewhere, and gopkg.in's redirect target", () => {
    const name = (path: string): string | undefined => goModuleSupplier(path)?.supplier.name;
    assert.equal(name('github.com/spf13/cobra'), 'github.com/spf13');
    assert.equal(name('github.com/Azure/azure-sdk-for-go/sdk/azcore'), 'github.com/Azure');
    assert.equal(name('gitlab.com/group/sub/project'), 'gitlab.com/group');
    assert.equal(name('golang.org/x/net'), 'golang.org');
    assert.equal(name('k8s.io/api'), 'k8s.io');
    assert.equal(name('go.yaml.in/yaml/v3'), 'go.yaml.in');
    assert.equal(name('gopkg.in/yaml.v3'), 'github.com/go-yaml');
    assert.equal(name('gopkg.in/natefinch/lumberjack.v2'), 'github.com/natefinch');
    // No dotted host (the standard library, a local name), or a code host without an owner: none.
    assert.equal(name('stdlib'), undefined);
    assert.equal(name('example/local'), undefined);
    assert.equal(name('github.com'), undefined);
    assert.equal(goModuleSupplier('golang.org/x/net')?.supplier.type, 'Organization');
    assert.match(goModuleSupplier('golang.org/x/net')?.property.value ?? '', /not a statement of authorship/);
  });

  it('name the owner a git URL points at, and nothing for what is not a URL with a DNS host', () => {
    assert.equal(gitSourceSupplier('https://github.com/fork/serde', 'x')?.supplier.name, 'github.com/fork');
    assert.equal(gitSourceSupplier('ssh://git@GitLab.com/team/repo.git', 'x')?.supplier.name, 'gitlab.com/team');
    assert.equal(gitSourceSupplier('file:///home/me/repo', 'x'), undefined);
    assert.equal(gitSourceSupplier('not a url', 'x'), undefined);
    assert.equal(sourceOwner('localhost', ['a']), undefined);
    assert.equal(sourceOwner('github.com', ['-bad!']), undefined);
  });

  it('give every fetched Go module of a go.mod a supplier, and none to directory replacements or the standard library', async () => {
    const result = await parseFixture(goModParser, 'go-mod-graph', 'go.mod');
    const suppliers = Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.supplier?.name]));
    assert.deepEqual(suppliers, {
      'github.com/inconshreveable/mousetrap': 'github.com/inconshreveable',
      'github.com/pkg/errors': 'github.com/pkg',
      'github.com/spf13/cobra': 'github.com/spf13',
      'github.com/spf13/pflag': 'github.com/spf13',
      'github.com/stretchr/testify': 'github.com/stretchr',
      'go.yaml.in/yaml/v3': 'go.yaml.in',
      'golang.org/x/net': 'golang.org',
      stdlib: undefined,
    });
    assert.equal(result.root?.supplier?.name, 'example.com');
    const local = await goModParser.parse({
      path: 'go.mod',
      content: Buffer.from('module github.com/acme/app\nrequire github.com/acme/lib v1.0.0\nreplace github.com/acme/lib => ./lib\n'),
      includeDev: false,
      readSibling: () => Promise.resolve(undefined),
    });
    assert.equal(local.packages.find((pkg) => pkg.name === 'github.com/acme/lib')?.supplier, undefined);
    assert.deepEqual(local.root?.supplier, { type: 'Organization', name: 'github.com/acme' });
  });
});

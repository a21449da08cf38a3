import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { catalogDirectory } from '../../../src/sbom/catalog.js';
import { nugetPackagesLockParser } from '../../../src/sbom/parsers/dotnet/packages-lock.js';
import { MAX_XML_ELEMENTS, parseXml, XmlSyntaxError } from '../../../src/sbom/parsers/xml.js';
import { assertLinear } from '../../support/scaling.js';
import { tempDir } from '../../support/tmp.js';
import { dependsOnOf, expectedDependsOn, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'sbom');

describe('NuGet packages.lock.json parser', () => {
  it("matches syft's nuget-packages-lock case: frameworks merged, both log4net versions kept, edges to the locked versions", async () => {
    const result = await parseFixture(nugetPackagesLockParser, 'nuget-packages-lock', 'packages.lock.json');
    assert.deepEqual(purlsOf(result), await expectedPurls('nuget-packages-lock'));
    assert.deepEqual(dependsOnOf(result), await expectedDependsOn('nuget-packages-lock'));
    const bootstrap = result.packages.filter((pkg) => pkg.name === 'bootstrap');
    assert.equal(bootstrap.length, 1);
    assert.deepEqual(bootstrap[0]?.locations, [
      { path: 'nuget-packages-lock/packages.lock.json', entry: '.netcore2.0' },
      { path: 'nuget-packages-lock/packages.lock.json', entry: 'net8.0' },
    ]);
    // contentHash is base64 SHA-512 of the .nupkg.
    assert.deepEqual(bootstrap[0]?.hashes, [{ algorithm: 'SHA512', hex: Buffer.from('NKQFzFwrfWOMjTwr+X/2iJyCveuAGF+fNzkxyB0YW45+InVhcE9PUxoL1a8Vmc/Lq9E/CQd4DjO8kU32P4w/Gg==', 'base64').toString('hex') }]);
    assert.equal(bootstrap[0]?.hashes[0]?.hex.length, 128);
  });

  it('reports a dependency its framework\'s section does not lock (a file cut short or edited) as an unknown, not dropped', async () => {
    const lock = JSON.stringify({ version: 1, dependencies: { 'net8.0': { App: { type: 'Direct', resolved: '1.0.0', contentHash: '', dependencies: { Ghost: '[2.0.0, )', Real: '[1.0.0, )' } }, Real: { type: 'Transitive', resolved: '1.0.0', contentHash: '' } } } });
    const result = await nugetPackagesLockParser.parse({ path: 'packages.lock.json', content: Buffer.from(lock), includeDev: false, readSibling: () => Promise.resolve(undefined) });
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.reason), ['net8.0: App 1.0.0 depends on Ghost, which the section does not lock: the file is cut short or was edited, and what it lacks is not listed (run dotnet restore --force-evaluate)']);
  });

  it('says which packages the project references itself, as dotnet list package does: Direct entries, and what a project reference brings', async () => {
    // Written by hand in NuGet's format (no dotnet SDK here; content hashes are placeholders): Logging.Abstractions
    // is Direct and a dependency of Logging too, still the project's own reference; acme.shared is a project reference.
    const result = await parseFixture(nugetPackagesLockParser, 'nuget-direct', 'packages.lock.json');
    assert.deepEqual(result.direct, ['pkg:nuget/Microsoft.Extensions.Logging.Abstractions@8.0.0', 'pkg:nuget/Microsoft.Extensions.Logging@8.0.0', 'pkg:nuget/Newtonsoft.Json@13.0.3', 'pkg:nuget/StyleCop.Analyzers@1.1.118']);
    assert.deepEqual(dependsOnOf(result), ['pkg:nuget/Microsoft.Extensions.Logging@8.0.0 -> pkg:nuget/Microsoft.Extensions.Logging.Abstractions@8.0.0']);
    const catalog = await catalogDirectory({ dir: join(FIXTURES, 'nuget-direct'), includeDev: false });
    const fromRoot = catalog.relationships.filter((edge) => edge.from === catalog.root.purl && edge.type === 'depends-on').map((edge) => edge.to);
    assert.deepEqual(fromRoot, result.direct);
  });

  it("leaves out what the project keeps out of dotnet publish (PrivateAssets=\"All\" in the project file or the Directory.Build.props it imports) and what only that brings, as the .NET SDK's publish closure does", async () => {
    // Shaped as dotnet add package and SourceLink's README write them (no dotnet SDK here; content hashes are placeholders, and
    // each package's dependencies are trimmed to a few real ones): EF Core Design and StyleCop with <PrivateAssets>all</PrivateAssets>
    // in Orders.Api.csproj, SourceLink with PrivateAssets="All" in the repository's Directory.Build.props.
    const dir = join(FIXTURES, 'nuget-private-assets');
    const without = await catalogDirectory({ dir, includeDev: false });
    assert.deepEqual(without.packages.map((pkg) => pkg.name).sort(), ['Microsoft.EntityFrameworkCore', 'Microsoft.EntityFrameworkCore.Relational', 'Npgsql', 'Npgsql.EntityFrameworkCore.PostgreSQL']);
    assert.deepEqual(without.relationships.filter((edge) => edge.from === without.root.purl).map((edge) => edge.to), ['pkg:nuget/Npgsql.EntityFrameworkCore.PostgreSQL@8.0.0']);
    const withDev = await catalogDirectory({ dir, includeDev: true });
    const scopes = Object.fromEntries(withDev.packages.map((pkg) => [pkg.name, `${pkg.scope}${pkg.properties?.some((property) => property.name === 'trust-kit:nuget:publish' && property.value === 'false') === true ? ' not published' : ''}`]));
    assert.deepEqual(scopes, {
      'Humanizer.Core': 'dev',
      'Microsoft.Build.Tasks.Git': 'dev',
      'Microsoft.EntityFrameworkCore': 'required',
      'Microsoft.EntityFrameworkCore.Design': 'dev not published',
      // EF Core Design brings it too, but Npgsql's provider, which is published, does as well.
      'Microsoft.EntityFrameworkCore.Relational': 'required',
      'Microsoft.SourceLink.Common': 'dev',
      'Microsoft.SourceLink.GitHub': 'dev not published',
      Npgsql: 'required',
      'Npgsql.EntityFrameworkCore.PostgreSQL': 'required',
      'StyleCop.Analyzers': 'dev not published',
    });
  });

  it('reads the project file only when it is the one project beside the lockfile, and an item under a Condition as not known', async () => {
    const lock = JSON.stringify({ version: 1, dependencies: { 'net8.0': { A: { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' }, B: { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' }, C: { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' } } } });
    const project = [
      '<Project Sdk="Microsoft.NET.Sdk">',
      '  <ItemGroup>',
      '    <PackageReference Include="A" Version="1.0.0" PrivateAssets="All" />',
      '    <PackageReference Include="B" Version="1.0.0" PrivateAssets="All" Condition="\'$(TargetFramework)\' == \'net8.0\'" />',
      '    <PackageReference Include="c" Version="1.0.0" PrivateAssets="All" Publish="true" />',
      '  </ItemGroup>',
      '</Project>',
    ].join('\n');
    const parse = (files: Record<string, string>) =>
      nugetPackagesLockParser.parse({
        path: 'app/packages.lock.json',
        content: Buffer.from(lock),
        includeDev: true,
        readSibling: (name) => Promise.resolve(files[name] === undefined ? undefined : Buffer.from(files[name])),
        listSiblingFiles: (name) => Promise.resolve(Object.keys(files).flatMap((file) => (posix.dirname(file) === name ? [posix.basename(file)] : [])).sort()),
      });
    const scopes = async (files: Record<string, string>) => Object.fromEntries((await parse(files)).packages.map((pkg) => [pkg.name, pkg.scope]));
    assert.deepEqual(await scopes({ 'App.csproj': project }), { A: 'dev', B: 'required', C: 'required' });
    // Two projects in one directory: which one the lockfile is for is not known.
    assert.deepEqual(await scopes({ 'App.csproj': project, 'App.Tests.csproj': '<Project />' }), { A: 'required', B: 'required', C: 'required' });
    // A Directory.Build.props above the scanned directory is never read.
    assert.deepEqual(await scopes({ 'App.csproj': '<Project />', '../../Directory.Build.props': project }), { A: 'required', B: 'required', C: 'required' });
    assert.deepEqual(await scopes({ 'App.csproj': '<Project />', '../Directory.Build.props': project }), { A: 'dev', B: 'required', C: 'required' });
    // An Update changes only what was included before it: in Directory.Build.props, nothing the project (or a .targets) includes later.
    const update = '<Project>\n  <ItemGroup>\n    <PackageReference Update="A" PrivateAssets="All" />\n  </ItemGroup>\n</Project>';
    const includeA = '<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="A" Version="1.0.0" />\n  </ItemGroup>\n</Project>';
    assert.deepEqual(await scopes({ 'App.csproj': '<Project />', '../Directory.Build.props': update }), { A: 'required', B: 'required', C: 'required' });
    assert.deepEqual(await scopes({ 'App.csproj': update, '../Directory.Build.props': includeA }), { A: 'dev', B: 'required', C: 'required' });
    // Directory.Build.targets is imported after the project: its Update has the last word.
    const publishA = '<Project>\n  <ItemGroup>\n    <PackageReference Update="A" Publish="true" />\n  </ItemGroup>\n</Project>';
    assert.deepEqual(await scopes({ 'App.csproj': project, '../Directory.Build.targets': publishA }), { A: 'required', B: 'required', C: 'required' });
    assert.deepEqual(await scopes({ 'App.csproj': project, '../Directory.Build.targets': '<Project />' }), { A: 'dev', B: 'required', C: 'required' });
    // An item type in any case is the same item type to MSBuild.
    assert.deepEqual(await scopes({ 'App.csproj': project, '../Directory.Build.targets': publishA.replace('PackageReference', 'packageReference') }), { A: 'required', B: 'required', C: 'required' });
    // A file the project imports itself is not read: what it says of A is not known.
    const importing = project.replace('</Project>', '  <Import Project="../build/Common.targets" />\n</Project>');
    assert.deepEqual(await scopes({ 'App.csproj': importing }), { A: 'required', B: 'required', C: 'required' });
    assert.deepEqual(await scopes({ 'App.csproj': project.replace('<Project Sdk="Microsoft.NET.Sdk">', '<Project>\n  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />') }), { A: 'dev', B: 'required', C: 'required' });
  });

  it("reads a PackageReference's metadata as MSBuild evaluates it: names without case, entities decoded, the last child element winning, values compared whole, a conditioned one as not known", async () => {
    const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const lock = JSON.stringify({ version: 1, dependencies: { 'net8.0': Object.fromEntries(ids.map((id) => [id, { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' }])) } });
    const project = [
      '<Project Sdk="Microsoft.NET.Sdk">',
      '  <ItemGroup>',
      '    <PackageReference Include="A" Version="1.0.0" privateassets="all" />',
      '    <PackageReference Include="B" Version="1.0.0" PrivateAssets="&#65;ll" />',
      '    <PackageReference Include="C" Version="1.0.0"><privateAssets>ALL</privateAssets></PackageReference>',
      // MSBuild keeps the last value an item's metadata is given; the SDK's condition compares it whole.
      '    <PackageReference Include="D" Version="1.0.0"><PrivateAssets>all</PrivateAssets><PrivateAssets>none</PrivateAssets></PackageReference>',
      '    <PackageReference Include="E" Version="1.0.0" PrivateAssets="All"><Publish>true</Publish></PackageReference>',
      '    <PackageReference Include="F" Version="1.0.0" PrivateAssets=" All " />',
      // Private for one target framework only: which one the lockfile was restored for is not evaluated here.
      '    <PackageReference Include="G" Version="1.0.0"><PrivateAssets Condition="\'$(TargetFramework)\' == \'net48\'">all</PrivateAssets></PackageReference>',
      '  </ItemGroup>',
      '</Project>',
    ].join('\n');
    const result = await nugetPackagesLockParser.parse({
      path: 'packages.lock.json',
      content: Buffer.from(lock),
      includeDev: true,
      readSibling: (name) => Promise.resolve(name === 'App.csproj' ? Buffer.from(project) : undefined),
      listSiblingFiles: (name) => Promise.resolve(name === '.' ? ['App.csproj'] : undefined),
    });
    assert.deepEqual(Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope])), { A: 'dev', B: 'dev', C: 'dev', D: 'required', E: 'required', F: 'required', G: 'required' });
  });

  it('takes the metadata an ItemDefinitionGroup gives every PackageReference as MSBuild does, an item\'s own first, and one under a Condition as not known', async () => {
    const lock = JSON.stringify({ version: 1, dependencies: { 'net8.0': Object.fromEntries(['A', 'B'].map((id) => [id, { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' }])) } });
    const project = (definitions: string): string =>
      `<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="A" Version="1.0.0" PrivateAssets="All" />\n    <PackageReference Include="B" Version="1.0.0" />\n  </ItemGroup>\n  ${definitions}\n</Project>`;
    const scopes = async (text: string) => {
      const result = await nugetPackagesLockParser.parse({
        path: 'packages.lock.json',
        content: Buffer.from(lock),
        includeDev: true,
        readSibling: (name) => Promise.resolve(name === 'App.csproj' ? Buffer.from(text) : undefined),
        listSiblingFiles: (name) => Promise.resolve(name === '.' ? ['App.csproj'] : undefined),
      });
      return Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope]));
    };
    // Evaluated before any item, wherever written: every PackageReference is published unless it says otherwise.
    assert.deepEqual(await scopes(project('<ItemDefinitionGroup><PackageReference><Publish>true</Publish></PackageReference></ItemDefinitionGroup>')), { A: 'required', B: 'required' });
    assert.deepEqual(await scopes(project('<ItemDefinitionGroup><PackageReference PrivateAssets="all" /></ItemDefinitionGroup>')), { A: 'dev', B: 'dev' });
    assert.deepEqual(await scopes(project('<ItemDefinitionGroup Condition="\'$(Configuration)\' == \'Release\'"><PackageReference><Publish>true</Publish></PackageReference></ItemDefinitionGroup>')), { A: 'required', B: 'required' });
    assert.deepEqual(await scopes(project('')), { A: 'dev', B: 'required' });
  });

  it('reads the Directory.Build.props MSBuild imports, the nearest that exists: one it cannot read (a pipe, a link out of the tree) makes it not known, and a project file that is a link counts', async (t) => {
    const dir = await tempDir(t);
    const lock = JSON.stringify({ version: 1, dependencies: { 'net8.0': { A: { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' } } } });
    const privateA = '<Project>\n  <ItemGroup>\n    <PackageReference Include="A" Version="1.0.0" PrivateAssets="All" />\n  </ItemGroup>\n</Project>\n';
    await mkdir(join(dir, 'src', 'App'), { recursive: true });
    await writeFile(join(dir, 'Directory.Build.props'), privateA);
    await writeFile(join(dir, 'src', 'App', 'App.csproj'), '<Project Sdk="Microsoft.NET.Sdk" />\n');
    await writeFile(join(dir, 'src', 'App', 'packages.lock.json'), lock);
    const scopeOfA = async (): Promise<string | undefined> => (await catalogDirectory({ dir, includeDev: true })).packages.find((pkg) => pkg.name === 'A')?.scope;
    assert.equal(await scopeOfA(), 'dev');
    // src/Directory.Build.props is the one MSBuild imports: read through a pipe or a link out of the tree, it is not known.
    await run('mkfifo', [join(dir, 'src', 'Directory.Build.props')]);
    assert.equal(await scopeOfA(), 'required');
    await rm(join(dir, 'src', 'Directory.Build.props'));
    const outside = await tempDir(t);
    await writeFile(join(outside, 'Directory.Build.props'), '<Project />\n');
    await symlink(join(outside, 'Directory.Build.props'), join(dir, 'src', 'Directory.Build.props'));
    assert.equal(await scopeOfA(), 'required');
    await rm(join(dir, 'src', 'Directory.Build.props'));
    assert.equal(await scopeOfA(), 'dev');
    // A second project file beside the lockfile, as a link: which one the lockfile is for is not said.
    await symlink(join(outside, 'Directory.Build.props'), join(dir, 'src', 'App', 'App.Tests.csproj'));
    assert.equal(await scopeOfA(), 'required');
  });

  it('knows no project file in a directory with more entries than the catalog lists: the second project file may be past the cut', async (t) => {
    const dir = await tempDir(t);
    await writeFile(join(dir, 'A.csproj'), '<Project>\n  <ItemGroup>\n    <PackageReference Include="A" Version="1.0.0" PrivateAssets="All" />\n  </ItemGroup>\n</Project>\n');
    await writeFile(join(dir, 'packages.lock.json'), JSON.stringify({ version: 1, dependencies: { 'net8.0': { A: { type: 'Direct', requested: '[1.0.0, )', resolved: '1.0.0' } } } }));
    const scopeOfA = async (): Promise<string | undefined> => (await catalogDirectory({ dir, includeDev: true })).packages.find((pkg) => pkg.name === 'A')?.scope;
    assert.equal(await scopeOfA(), 'dev');
    await Promise.all(Array.from({ length: 10_000 }, (_, index) => writeFile(join(dir, `Generated${String(index).padStart(5, '0')}.cs`), '')));
    await writeFile(join(dir, 'Zeta.csproj'), '<Project Sdk="Microsoft.NET.Sdk" />\n');
    assert.equal(await scopeOfA(), 'required');
  });

  it("reads an MSBuild item's attributes as XML gives them, in time linear in a hostile start tag's length (a name of megabytes without a value)", async () => {
    const element = parseXml('<PackageReference Include="A&amp;B" Version=\'1.0\' PrivateAssets = "All" Include="ignored" />');
    assert.deepEqual([...element.attributes], [['Include', 'A&B'], ['Version', '1.0'], ['PrivateAssets', 'All']]);
    await assertLinear('a start tag', (size) => `<Project ${'a'.repeat(size)} b="1" />`, (text) => parseXml(text), 100_000);
  });

  it('refuses an XML document of more elements than a manifest holds, which would end the process out of memory: a 256 MiB one of <a b=""/> held 30 million', () => {
    const document = (count: number): string => `<Project>${'<a b=""/>'.repeat(count - 1)}</Project>`;
    assert.equal(parseXml(document(MAX_XML_ELEMENTS)).children.length, MAX_XML_ELEMENTS - 1);
    assert.throws(() => parseXml(document(MAX_XML_ELEMENTS + 1)), (error: unknown) => error instanceof XmlSyntaxError && /more than 1000000 elements/.test(error.message));
  });

  it('records what it cannot list as an unknown naming it, not silently: an entry without a resolved version, an entry or a framework that is not an object', async () => {
    const lock = { version: 1, dependencies: { 'net8.0': { A: { type: 'Direct', resolved: '1.0.0' }, B: { type: 'Direct', requested: '[2.0.0, )' }, C: 5, App: { type: 'Project' } }, 'net9.0': [] } };
    const result = await nugetPackagesLockParser.parse({ path: 'packages.lock.json', content: Buffer.from(JSON.stringify(lock)), includeDev: false, readSibling: () => Promise.resolve(undefined) });
    assert.deepEqual(purlsOf(result), ['pkg:nuget/A@1.0.0']);
    assert.deepEqual(result.unknowns?.map((unknown) => unknown.reason), ['net8.0.B: no resolved version', 'net8.0.C: not an object', 'net9.0: not an object of packages']);
  });

  it('lists at most 100 unknowns one by one and counts the rest in one more, as the JavaScript parsers do: 100,000 bad entries made a 4.5 MB SPDX; the summary still counts them all', async (t) => {
    const entries = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`P${index}`, 5]));
    const lock = JSON.stringify({ version: 1, dependencies: { 'net8.0': { ...entries, A: { type: 'Direct', resolved: '1.0.0' } } } });
    const result = await nugetPackagesLockParser.parse({ path: 'packages.lock.json', content: Buffer.from(lock), includeDev: false, readSibling: () => Promise.resolve(undefined) });
    assert.deepEqual(purlsOf(result), ['pkg:nuget/A@1.0.0']);
    assert.equal(result.unknowns?.length, 101);
    assert.deepEqual(result.unknowns?.[0], { path: 'packages.lock.json', reason: 'net8.0.P0: not an object' });
    assert.deepEqual(result.unknowns?.at(-1), { path: 'packages.lock.json', reason: '99900 more unknowns of this file, not listed one by one' });
    assert.equal(result.unknownCount, 100_000);
    const dir = await tempDir(t);
    await writeFile(join(dir, 'packages.lock.json'), lock);
    const catalog = await catalogDirectory({ dir, includeDev: false });
    assert.equal(catalog.unknowns.length, 101);
    assert.equal(catalog.lockfiles[0]?.unresolved, 100_000);
  });
});

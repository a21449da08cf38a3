import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTrustKitError } from '../../../src/core/errors.js';
import type { ParseResult } from '../../../src/sbom/model.js';
import type { ParseInput } from '../../../src/sbom/parser.js';
import { gradleLockfileParser } from '../../../src/sbom/parsers/java/gradle-lockfile.js';
import { pomXmlParser } from '../../../src/sbom/parsers/java/pom-xml.js';
import { assertLinear } from '../../support/scaling.js';
import { dependsOnOf, expectedPurls, parseFixture, purlsOf } from './lockfile-fixtures.js';

function input(path: string, content: string): ParseInput {
  return { path, content: Buffer.from(content), includeDev: false, readSibling: () => Promise.resolve(undefined) };
}

async function rejectsAtLine(promise: Promise<unknown>, line: number): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isTrustKitError(error));
    assert.equal(error.code, 'SBOM_PARSE_FAILED');
    assert.equal((error as unknown as { line: number }).line, line);
    return true;
  });
}

describe('gradle.lockfile parser', () => {
  it("matches syft's gradle-lockfile case when dev dependencies are included", async () => {
    const result = await parseFixture(gradleLockfileParser, 'gradle-lockfile', 'gradle.lockfile', true);
    assert.deepEqual(purlsOf(result), await expectedPurls('gradle-lockfile'));
    assert.equal(result.packages.find((pkg) => pkg.name === 'junit')?.scope, 'dev');
  });

  it('leaves out artifacts locked only for test configurations by default (deliberate difference: syft lists them; under the one scope policy test-only artifacts are dev)', async () => {
    const result = await parseFixture(gradleLockfileParser, 'gradle-lockfile', 'gradle.lockfile');
    assert.deepEqual(purlsOf(result), ['pkg:maven/joda-time/joda-time@2.2', 'pkg:maven/org.apache.commons/commons-text@1.8']);
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'commons-text')?.locations, [{ path: 'gradle-lockfile/gradle.lockfile', line: 8 }]);
  });

  it('gives dev scope to build tools: checkstyle, JaCoCo, SonarLint configurations and the buildscript lockfile (they never reach the jar)', async () => {
    // A real project's lockfiles (JoseLion/maybe's gradle.lockfile, chhch/renovate-gradle-lock-file-example's
    // buildscript-gradle.lockfile): its `empty=` line says runtimeClasspath resolves to nothing, compileClasspath
    // holds only the two annotation jars; guava, httpclient5 and Saxon come only with checkstyle.
    const result = await parseFixture(gradleLockfileParser, 'gradle-tools', 'gradle.lockfile');
    assert.deepEqual(purlsOf(result), ['pkg:maven/com.google.code.findbugs/jsr305@3.0.2', 'pkg:maven/org.eclipse.jdt/org.eclipse.jdt.annotation@2.2.600']);
    const all = await parseFixture(gradleLockfileParser, 'gradle-tools', 'gradle.lockfile', true);
    assert.equal(all.packages.length, 45);
    assert.equal(all.packages.find((pkg) => pkg.name === 'guava')?.scope, 'dev');
    assert.deepEqual(purlsOf(await parseFixture(gradleLockfileParser, 'gradle-tools', 'buildscript-gradle.lockfile')), []);
    const processors = ['com.google.dagger:dagger-compiler:2.51=annotationProcessor', 'com.squareup:javapoet:1.13.0=kapt,kaptTest', 'a:ksp-only:1.0=kspCommonMainMetadata', 'a:lib:1.0=latestRuntimeClasspath'];
    assert.deepEqual(purlsOf(await gradleLockfileParser.parse(input('gradle.lockfile', processors.join('\n')))), ['pkg:maven/a/lib@1.0']);
  });

  it('gives compileOnly artifacts (on compile classpaths, not on the locked runtime classpath) optional scope with a property, listed by default', async () => {
    // A servlet webapp's lockfile: jsr305, the servlet API and Lombok are compileOnly (Lombok an annotation processor too).
    const result = await parseFixture(gradleLockfileParser, 'gradle-compile-only', 'gradle.lockfile');
    const scopes = Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope]));
    assert.deepEqual(scopes, { jsr305: 'optional', failureaccess: 'required', guava: 'required', 'jakarta.servlet-api': 'optional', lombok: 'optional' });
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'lombok')?.properties, [{ name: 'trust-kit:gradle:compile-only', value: 'true' }]);
    assert.equal(result.packages.find((pkg) => pkg.name === 'guava')?.properties, undefined);
    // Without a locked runtime classpath nothing says what it lacks: compile classpath artifacts stay required.
    const compileOnly = await gradleLockfileParser.parse(input('gradle.lockfile', 'a:b:1.0=compileClasspath\nc:d:2.0=debugCompileClasspath\n'));
    assert.deepEqual(compileOnly.packages.map((pkg) => pkg.scope), ['required', 'required']);
    const android = await gradleLockfileParser.parse(input('gradle.lockfile', 'a:b:1.0=debugCompileClasspath,releaseCompileClasspath\nc:d:2.0=debugRuntimeClasspath\n'));
    assert.deepEqual(android.packages.map((pkg) => pkg.scope), ['optional', 'required']);
  });

  it("gives optional scope to a per-configuration compileClasspath.lockfile's artifacts its runtimeClasspath.lockfile lacks (Gradle 5 layout)", async () => {
    const header = '# This is a Gradle generated file for dependency locking.\n# Manual edits can break the build and are not advised.\n# This file is expected to be part of source control.\n';
    const compile = `${header}com.google.guava:guava:28.0-jre\njavax.servlet:javax.servlet-api:4.0.1\n`;
    const runtime = `${header}com.google.guava:guava:28.0-jre\n`;
    const siblings: Record<string, string> = { 'runtimeClasspath.lockfile': runtime, 'releaseRuntimeClasspath.lockfile': runtime };
    const parse = (path: string): Promise<ParseResult> =>
      gradleLockfileParser.parse({ ...input(path, compile), readSibling: (name) => Promise.resolve(siblings[name] === undefined ? undefined : Buffer.from(siblings[name])) });
    const scopesOf = (result: ParseResult): string[] => result.packages.map((pkg) => `${pkg.name} ${pkg.scope}`);
    assert.deepEqual(scopesOf(await parse('gradle/dependency-locks/compileClasspath.lockfile')), ['guava required', 'javax.servlet-api optional']);
    assert.deepEqual(scopesOf(await parse('gradle/dependency-locks/releaseCompileClasspath.lockfile')), ['guava required', 'javax.servlet-api optional']);
    // No runtime counterpart beside it: nothing says what the runtime lacks.
    assert.deepEqual(scopesOf(await parse('gradle/dependency-locks/debugCompileClasspath.lockfile')), ['guava required', 'javax.servlet-api required']);
  });

  it('reads per-configuration lockfiles and reports malformed lines', async () => {
    const legacy = await gradleLockfileParser.parse({ ...input('gradle/dependency-locks/testRuntimeClasspath.lockfile', 'junit:junit:4.13.2\n'), includeDev: true });
    assert.equal(legacy.packages[0]?.scope, 'dev');
    await rejectsAtLine(gradleLockfileParser.parse(input('gradle.lockfile', '# header\na:b=compileClasspath\n')), 2);
  });
});

describe('pom.xml parser', () => {
  it('lists declared direct dependencies with literal versions or versions from the same file, and nothing guessed', async () => {
    const result = await parseFixture(pomXmlParser, 'pom-xml', 'pom.xml');
    assert.equal(result.root?.purl, 'pkg:maven/org.springframework.boot/orders-service@1.4.0');
    assert.deepEqual(purlsOf(result), [
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.0',
      'pkg:maven/com.google.guava/guava@33.1.0-jre',
      'pkg:maven/io.grpc/protoc-gen-grpc-java@1.63.0?classifier=linux-x86_64&type=exe',
      'pkg:maven/io.micrometer/micrometer-registry-prometheus@1.12.5',
      'pkg:maven/org.apache.commons/commons-lang3@3.14.0',
      'pkg:maven/org.springframework.boot/orders-api@1.4.0',
    ]);
    assert.equal(result.packages.find((pkg) => pkg.name === 'micrometer-registry-prometheus')?.scope, 'optional');
    assert.deepEqual(result.packages.find((pkg) => pkg.name === 'guava')?.locations, [{ path: 'pom-xml/pom.xml', line: 45 }]);
    assert.equal(dependsOnOf(result).length, 6);
  });

  it('includes test scope as dev with --include-dev', async () => {
    const result = await parseFixture(pomXmlParser, 'pom-xml', 'pom.xml', true);
    assert.equal(result.packages.find((pkg) => pkg.name === 'junit-jupiter')?.scope, 'dev');
  });

  it('lists provided and system scope dependencies as optional, named by a property (Maven packages neither into the artifact)', async () => {
    const result = await parseFixture(pomXmlParser, 'pom-provided', 'pom.xml');
    const scopes = Object.fromEntries(result.packages.map((pkg) => [pkg.name, pkg.scope]));
    assert.deepEqual(scopes, { 'jakarta.servlet-api': 'optional', lombok: 'optional', ojdbc11: 'optional', 'jackson-databind': 'required', 'slf4j-api': 'required' });
    const property = (name: string): unknown => result.packages.find((pkg) => pkg.name === name)?.properties;
    assert.deepEqual(property('jakarta.servlet-api'), [{ name: 'trust-kit:maven:scope', value: 'provided' }]);
    assert.deepEqual(property('lombok'), [{ name: 'trust-kit:maven:scope', value: 'provided' }]);
    assert.deepEqual(property('ojdbc11'), [{ name: 'trust-kit:maven:scope', value: 'system' }]);
    assert.equal(property('slf4j-api'), undefined);
    assert.equal(dependsOnOf(result).length, 5);
  });

  it('expands a property chain 8 deep and to 1,024 characters (limits.md); a deeper, longer or cyclic one is left unresolved and its dependency out', async () => {
    // ${a1} -> ${a2} -> ... -> aN, a literal: N properties deep.
    const chain = (prefix: string, depth: number): string =>
      Array.from({ length: depth }, (_, index) => `<${prefix}${index + 1}>${index + 1 === depth ? '1.0.0' : `\${${prefix}${index + 2}}`}</${prefix}${index + 1}>`).join('');
    const dependency = (artifactId: string, version: string): string => `<dependency><groupId>g</groupId><artifactId>${artifactId}</artifactId><version>${version}</version></dependency>`;
    const pom =
      `<project><groupId>g</groupId><artifactId>app</artifactId><version>1</version><properties>${chain('d', 8)}${chain('e', 9)}` +
      `<long>${'1'.repeat(1024)}</long><longer>${'1'.repeat(1025)}</longer><c1>\${c2}</c1><c2>\${c1}</c2></properties><dependencies>` +
      `${dependency('deep8', '${d1}')}${dependency('deep9', '${e1}')}${dependency('long', '${long}')}${dependency('longer', '${longer}')}${dependency('cycle', '${c1}')}` +
      `</dependencies></project>`;
    const result = await pomXmlParser.parse(input('pom.xml', pom));
    assert.deepEqual(
      result.packages.map((pkg) => `${pkg.name}@${pkg.version.length > 8 ? `${pkg.version.length} characters` : pkg.version}`),
      ['deep8@1.0.0', 'long@1024 characters'],
    );
  });

  it('reads a one-line pom of 200,000 elements in linear time (line counting searched to the end of the file from every tag: seconds)', async () => {
    const pomOf = (count: number): string => {
      const properties = Array.from({ length: count }, (_, index) => `<p${index}>1.0</p${index}>`).join('');
      return `<project><groupId>g</groupId><artifactId>a</artifactId><version>\${p${count / 2 - 1}}</version><properties>${properties}</properties></project>\n<x>`;
    };
    await assertLinear('pom.xml', pomOf, (content) => pomXmlParser.parse(input('pom.xml', content)).catch(() => undefined), 10_000);
    const pom = pomOf(100_000);
    await rejectsAtLine(pomXmlParser.parse(input('pom.xml', pom)), 2);
    assert.equal((await pomXmlParser.parse(input('pom.xml', pom.slice(0, -4)))).root?.purl, 'pkg:maven/g/a@1.0');
    // A hostile name is not copied whole into the message.
    await assert.rejects(pomXmlParser.parse(input('pom.xml', `<project></${'x'.repeat(100_000)}>`)), (error: Error) => error.message.length < 400);
  });

  it('expands a version of 100,000 unclosed "${" in linear time (each was scanned to the end for its "}": minutes for a MiB), and still a property that is closed', async () => {
    const pomOf = (count: number): string =>
      `<project><groupId>g</groupId><artifactId>a</artifactId><version>1</version><properties><v>2.0</v></properties><dependencies>` +
      `<dependency><groupId>g</groupId><artifactId>b</artifactId><version>${'${'.repeat(count)}</version></dependency>` +
      `<dependency><groupId>g</groupId><artifactId>c</artifactId><version>\${v}</version></dependency></dependencies></project>`;
    await assertLinear('pom.xml versions', pomOf, (content) => pomXmlParser.parse(input('pom.xml', content)), 10_000);
    assert.deepEqual(purlsOf(await pomXmlParser.parse(input('pom.xml', pomOf(100_000)))), ['pkg:maven/g/c@2.0']);
  });

  it('reports XML it cannot read, and a root that is not a project, with the line', async () => {
    await rejectsAtLine(pomXmlParser.parse(input('pom.xml', '<project>\n<dependencies>\n</project>')), 3);
    await rejectsAtLine(pomXmlParser.parse(input('pom.xml', '<project>\n<name>&ext;</name>\n</project>')), 2);
    await rejectsAtLine(pomXmlParser.parse(input('pom.xml', '<?xml version="1.0"?>\n<settings/>')), 2);
  });
});

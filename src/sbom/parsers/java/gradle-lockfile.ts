import { SbomParseError } from '../../errors.js';
import type { ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { GRADLE_LOCKFILE } from '../identities.js';

/**
 * Configurations that only build and run tests (`testRuntimeClasspath`, `androidTestCompileClasspath`,
 * `testFixtures...`): `test` as a word of the camel-case name, so `latestRuntimeClasspath` is not one.
 */
const TEST_CONFIGURATION = /(?:^tests?|Tests?)(?:[A-Z]|$)/;

/**
 * Configurations of the build's own tools, which never reach what is built: annotation processors
 * and compiler plugins (`annotationProcessor`, kapt, ksp, Kotlin's and Scala's compiler classpaths),
 * linters and coverage agents (checkstyle, PMD, SpotBugs, detekt, ktlint, Error Prone, JaCoCo,
 * SonarLint, animal-sniffer's `signatures`), benchmarks (JMH) and documentation (Dokka).
 */
const TOOL_CONFIGURATION =
  /^(?:annotationProcessor|\w+AnnotationProcessor|kapt\w*|ksp\w*|kotlinCompilerClasspath|kotlinCompilerPluginClasspath\w*|kotlinNativeCompilerPluginClasspath|kotlinKlibCommonizerClasspath|kotlinBuildToolsApiClasspath|scalaCompilerPlugins|zinc|checkstyle|pmd\w*|codenarc|spotbugs\w*|detekt\w*|ktlint\w*|errorprone\w*|jacocoAgent|jacocoAnt|sonarlint\w*|signatures|jmh\w*|dokka\w*)$/;

/** Lockfiles of the build's own plugins (`buildscript-gradle.lockfile`, `settings-gradle.lockfile`, the older `buildscript-classpath.lockfile`). */
const TOOL_LOCKFILE = /^(?:buildscript|settings)-/;

/**
 * Maven artifacts from a Gradle dependency lockfile: `gradle.lockfile` (`group:artifact:version=conf,...`)
 * or the older per-configuration `gradle/dependency-locks/<conf>.lockfile`. An artifact locked
 * only in test and build-tool configurations, or in the build's own plugin lockfile, is dev scope;
 * one in any other configuration is required.
 */
export const gradleLockfileParser: Parser = {
  ...GRADLE_LOCKFILE,
  async parse(input: ParseInput): Promise<ParseResult> {
    const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
    const fileConfiguration = fileName === 'gradle.lockfile' || fileName.endsWith('-gradle.lockfile') ? undefined : fileName.slice(0, -'.lockfile'.length);
    const toolLockfile = TOOL_LOCKFILE.test(fileName);
    const collector = new PackageCollector(input);
    for (const [index, raw] of textOf(input).split('\n').entries()) {
      const text = raw.trim();
      if (text === '' || text.startsWith('#')) continue;
      const equals = text.indexOf('=');
      const coordinates = equals === -1 ? text : text.slice(0, equals);
      if (coordinates === 'empty') continue;
      const configurations = equals === -1 ? (fileConfiguration === undefined ? [] : [fileConfiguration]) : text.slice(equals + 1).split(',').filter((name) => name !== '');
      const parts = coordinates.split(':');
      const [group, artifact, version] = parts;
      if (parts.length !== 3 || group === undefined || artifact === undefined || version === undefined || group === '' || artifact === '' || version === '') {
        throw new SbomParseError(input.path, `"${coordinates.slice(0, 200)}" is not group:artifact:version`, index + 1);
      }
      const dev = toolLockfile || (configurations.length > 0 && configurations.every((configuration) => TEST_CONFIGURATION.test(configuration) || TOOL_CONFIGURATION.test(configuration)));
      collector.add({ purl: purlFor(input.path, index + 1, () => purlOf('maven', artifact, version, group)), ecosystem: 'maven', name: artifact, version, scope: dev ? 'dev' : 'required', line: index + 1 });
    }
    return collector.result();
  },
};

import { SbomParseError } from '../../errors.js';
import type { ParseResult } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { GRADLE_LOCKFILE } from '../identities.js';

/** Configurations that only build and run tests (`testRuntimeClasspath`, `androidTestCompileClasspath`, `testFixtures...`). */
const TEST_CONFIGURATION = /test/i;

/**
 * Maven artifacts from a Gradle dependency lockfile: `gradle.lockfile` (`group:artifact:version=conf,...`)
 * or the older per-configuration `gradle/dependency-locks/<conf>.lockfile`. An artifact locked
 * only in test configurations is dev scope; one in any other configuration is required.
 */
export const gradleLockfileParser: Parser = {
  ...GRADLE_LOCKFILE,
  async parse(input: ParseInput): Promise<ParseResult> {
    const fileName = input.path.slice(input.path.lastIndexOf('/') + 1);
    const fileConfiguration = fileName === 'gradle.lockfile' || fileName.endsWith('-gradle.lockfile') ? undefined : fileName.slice(0, -'.lockfile'.length);
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
      const dev = configurations.length > 0 && configurations.every((configuration) => TEST_CONFIGURATION.test(configuration));
      collector.add({ purl: purlFor(input.path, index + 1, () => purlOf('maven', artifact, version, group)), ecosystem: 'maven', name: artifact, version, scope: dev ? 'dev' : 'required', line: index + 1 });
    }
    return collector.result();
  },
};

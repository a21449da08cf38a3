import type { Parser } from '../parser.js';
import { nugetPackagesLockParser } from './dotnet/packages-lock.js';
import { goBinaryParser } from './go/go-binary.js';
import { goModParser } from './go/go-mod.js';
import { gradleLockfileParser } from './java/gradle-lockfile.js';
import { pomXmlParser } from './java/pom-xml.js';
import { composerLockParser } from './php/composer-lock.js';
import { pipfileLockParser } from './python/pipfile-lock.js';
import { poetryLockParser } from './python/poetry-lock.js';
import { requirementsTxtParser } from './python/requirements-txt.js';
import { uvLockParser } from './python/uv-lock.js';
import { gemfileLockParser } from './ruby/gemfile-lock.js';
import { cargoLockParser } from './rust/cargo-lock.js';
import { bunLockParser } from './javascript/bun.js';
import { npmPackageLockParser } from './javascript/npm.js';
import { pnpmLockParser } from './javascript/pnpm.js';
import { yarnLockParser } from './javascript/yarn.js';

/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
export const PARSERS: readonly Parser[] = [
  npmPackageLockParser,
  yarnLockParser,
  pnpmLockParser,
  bunLockParser,
  goModParser,
  goBinaryParser,
  cargoLockParser,
  poetryLockParser,
  uvLockParser,
  pipfileLockParser,
  requirementsTxtParser,
  gemfileLockParser,
  composerLockParser,
  nugetPackagesLockParser,
  gradleLockfileParser,
  pomXmlParser,
];

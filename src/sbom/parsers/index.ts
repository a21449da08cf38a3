import type { Parser } from '../parser.js';
import {
  BUN_LOCK,
  CARGO_LOCK,
  COMPOSER_LOCK,
  GEMFILE_LOCK,
  GO_BINARY,
  GO_MOD,
  GRADLE_LOCKFILE,
  NPM_PACKAGE_LOCK,
  NUGET_PACKAGES_LOCK,
  PIPFILE_LOCK,
  PNPM_LOCK,
  POETRY_LOCK,
  POM_XML,
  REQUIREMENTS_TXT,
  UV_LOCK,
  YARN_LOCK,
  type ParserIdentity,
} from './identities.js';

/**
 * A parser whose code loads the first time it reads a file: a run loads the parsers of the
 * lockfiles it finds, not all of them (an npm project's SBOM spends no start-up on TOML, XML or
 * executable readers, nor on the purl library the other ecosystems build purls with).
 */
function loadedOnUse(identity: ParserIdentity, load: () => Promise<Parser>): Parser {
  let loaded: Promise<Parser> | undefined;
  return { ...identity, parse: async (input) => (await (loaded ??= load())).parse(input) };
}

/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
export const PARSERS: readonly Parser[] = [
  loadedOnUse(NPM_PACKAGE_LOCK, async () => (await import('./javascript/npm.js')).npmPackageLockParser),
  loadedOnUse(YARN_LOCK, async () => (await import('./javascript/yarn.js')).yarnLockParser),
  loadedOnUse(PNPM_LOCK, async () => (await import('./javascript/pnpm.js')).pnpmLockParser),
  loadedOnUse(BUN_LOCK, async () => (await import('./javascript/bun.js')).bunLockParser),
  loadedOnUse(GO_MOD, async () => (await import('./go/go-mod.js')).goModParser),
  loadedOnUse(GO_BINARY, async () => (await import('./go/go-binary.js')).goBinaryParser),
  loadedOnUse(CARGO_LOCK, async () => (await import('./rust/cargo-lock.js')).cargoLockParser),
  loadedOnUse(POETRY_LOCK, async () => (await import('./python/poetry-lock.js')).poetryLockParser),
  loadedOnUse(UV_LOCK, async () => (await import('./python/uv-lock.js')).uvLockParser),
  loadedOnUse(PIPFILE_LOCK, async () => (await import('./python/pipfile-lock.js')).pipfileLockParser),
  loadedOnUse(REQUIREMENTS_TXT, async () => (await import('./python/requirements-txt.js')).requirementsTxtParser),
  loadedOnUse(GEMFILE_LOCK, async () => (await import('./ruby/gemfile-lock.js')).gemfileLockParser),
  loadedOnUse(COMPOSER_LOCK, async () => (await import('./php/composer-lock.js')).composerLockParser),
  loadedOnUse(NUGET_PACKAGES_LOCK, async () => (await import('./dotnet/packages-lock.js')).nugetPackagesLockParser),
  loadedOnUse(GRADLE_LOCKFILE, async () => (await import('./java/gradle-lockfile.js')).gradleLockfileParser),
  loadedOnUse(POM_XML, async () => (await import('./java/pom-xml.js')).pomXmlParser),
];

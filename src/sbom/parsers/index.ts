import type { Parser } from '../parser.js';
import { npmPackageLockParser } from './javascript/npm.js';
import { yarnLockParser } from './javascript/yarn.js';

/** Every lockfile parser the catalog runs, one line each; the first parser that matches a file reads it. */
export const PARSERS: readonly Parser[] = [
  npmPackageLockParser,
  yarnLockParser,
];

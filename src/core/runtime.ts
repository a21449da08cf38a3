import { TrustKitError } from './errors.js';

type Version = readonly [major: number, minor: number, patch: number];

/**
 * The Node.js releases trust-kit runs on: from each version on, within its major (`^`) or for
 * every later major too (`>=`). They are those sigstore-js 5 supports, and all have the
 * `X509Certificate.validFromDate` the verifier reads (Node.js 20 does not); a test keeps
 * package.json's engines equal.
 */
const SUPPORTED: readonly { from: Version; laterMajors: boolean }[] = [
  { from: [22, 22, 2], laterMajors: false },
  { from: [24, 15, 0], laterMajors: false },
  { from: [26, 0, 0], laterMajors: true },
];

/** The supported Node.js releases as an npm semver range, package.json's `engines.node`. */
export const SUPPORTED_NODE = SUPPORTED.map(({ from, laterMajors }) => `${laterMajors ? '>=' : '^'}${from.join('.')}`).join(' || ');

function parseVersion(text: string): Version | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(text);
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3])];
}

function atLeast(version: Version, from: Version): boolean {
  for (let index = 0; index < 3; index++) {
    if (version[index] !== from[index]) return (version[index] ?? 0) > (from[index] ?? 0);
  }
  return true;
}

/** Whether a Node.js version (`process.versions.node`, with or without a `v`) is one trust-kit supports. */
export function isSupportedNode(text: string): boolean {
  const version = parseVersion(text);
  if (version === undefined) return false;
  return SUPPORTED.some(({ from, laterMajors }) => atLeast(version, from) && (laterMajors || version[0] === from[0]));
}

/** RUNTIME_UNSUPPORTED naming the running Node.js and the supported range, or undefined when this Node.js is supported. */
export function unsupportedRuntime(version: string): TrustKitError<'RUNTIME_UNSUPPORTED'> | undefined {
  if (isSupportedNode(version)) return undefined;
  return new TrustKitError('RUNTIME_UNSUPPORTED', `Node.js ${version} cannot run trust-kit, which needs Node.js ${SUPPORTED_NODE}`, {
    hint: 'install a supported Node.js (24 is the LTS GitHub runs actions on) and run trust-kit with it',
  });
}

// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.

/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`, the name cosign and gh look for. */
export function defaultBundlePath(path: string): string {
  return `${path}.sigstore.json`;
}

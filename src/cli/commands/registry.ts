import type { InputReader } from '../../config/inputs.js';
import { isTrustKitError } from '../../core/errors.js';
import { PASSWORD_VARIABLE } from '../../images/registry.js';
import { parseImageReference, type ImageReference } from '../../oci/index.js';
import type { Environment } from '../../secrets/index.js';

export { registryClientFor, registryCredentials } from '../../images/registry.js';

/** The registry flags of the image commands, named as cosign names them. */
export const REGISTRY_OPTIONS = {
  'registry-username': { type: 'string' },
  'allow-http-registry': { type: 'boolean' },
  'allow-insecure-registry': { type: 'boolean' },
} as const;

/** The help lines of {@link REGISTRY_OPTIONS} and where credentials come from. */
export const REGISTRY_HELP = `Registry credentials, the first that has some for a registry: --registry-username with the
password in ${PASSWORD_VARIABLE} (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).
      --registry-username USER    log in to the IMAGEs' registries as USER (password: ${PASSWORD_VARIABLE})
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)`;

/**
 * What is wrong with a registry user name, if anything: HTTP Basic authentication (RFC 7617)
 * joins it to the password with a colon, so a name holding one logs in as someone else, or as no one.
 */
export function registryUsernameProblem(username: string, env: Environment): string | undefined {
  if (username.includes(':')) return 'holds a colon, which HTTP Basic authentication cannot carry in a user name (it separates the name from the password)';
  // eslint-disable-next-line no-control-regex -- what a header cannot carry
  if (/[\u0000-\u001f\u007f]/.test(username)) return 'holds a control character, which an Authorization header cannot carry';
  return PASSWORD_VARIABLE in env ? undefined : `needs the password in ${PASSWORD_VARIABLE}`;
}

/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username (see {@link registryUsernameProblem}). */
export function readImageArguments(reader: InputReader, images: readonly string[], input: string, env: Environment): ImageReference[] {
  const username = reader.string('registry-username');
  const problem = username === undefined ? undefined : registryUsernameProblem(username, env);
  if (problem !== undefined) reader.report('registry-username', problem);
  const references: ImageReference[] = [];
  for (const image of images) {
    try {
      references.push(parseImageReference(image));
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      reader.report(input, error.message);
    }
  }
  return references;
}

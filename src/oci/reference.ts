import { parseDigestReference } from '../core/digest.js';
import { isTrustKitError } from '../core/errors.js';
import { OciError } from './errors.js';

/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
export const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);

/** A parsed image reference: where the repository lives and which manifest in it (by tag, by digest, or both). */
export interface ImageReference {
  /** Registry host, lowercase, with its port when one was given; Docker Hub is `docker.io`. */
  readonly registry: string;
  /** Repository path, e.g. `library/alpine`. */
  readonly repository: string;
  readonly tag?: string;
  /** `algorithm:hex`, lowercase. */
  readonly digest?: string;
}

/** An image reference pinned to one manifest: what is signed and verified. */
export interface DigestReference extends ImageReference {
  readonly digest: string;
}

// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;

/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */
export function parseImageReference(input: string): ImageReference {
  // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
  // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
  const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const firstAt = authority.indexOf('@');
  if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
    throw new OciError('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
      hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
    });
  }
  const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
  const invalid = (why: string, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1'): OciError =>
    new OciError('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint });
  if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH) throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
  if (/\s/.test(input)) throw invalid('it contains white space');

  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    try {
      const parsed = parseDigestReference(rest.slice(at + 1));
      digest = `${parsed.algorithm}:${parsed.hex}`;
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      throw new OciError('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
    }
    rest = rest.slice(0, at);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
  }

  const firstSlash = rest.indexOf('/');
  const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
  const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
  let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
  if (namesRegistry) checkRegistry(registry, invalid);
  if (DOCKER_HUB_ALIASES.has(registry)) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;

  if (repository.length === 0) throw invalid('it names no repository');
  if (repository !== repository.toLowerCase()) {
    throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
  }
  if (repository.length > MAX_REPOSITORY_LENGTH) throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
  for (const component of repository.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
    }
  }
  return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}

function checkRegistry(registry: string, invalid: (why: string) => OciError): void {
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
  const port = bracketed?.[2] ?? plain?.[2];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
    throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
  }
  if (bracketed) return;
  const host = plain?.[1];
  if (host === undefined || host.length > 253 || !host.split('.').every((label) => HOST_LABEL.test(label))) {
    throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
  }
}

/** The host (and port) to send registry API requests to for a registry name. */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
}

/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
export function formatImageReference(reference: ImageReference): string {
  return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
}

/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */
export function withDigest(reference: ImageReference, digest: string): DigestReference {
  return { registry: reference.registry, repository: reference.repository, digest };
}

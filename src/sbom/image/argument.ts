/** syft's source prefixes trust-kit reads. */
export const IMAGE_SOURCE_PREFIXES = ['registry:', 'oci-dir:', 'docker-archive:'] as const;

/** Whether a `sbom` argument names an image (by one of syft's source prefixes) rather than a directory. */
export function isImageArgument(argument: string): boolean {
  return IMAGE_SOURCE_PREFIXES.some((prefix) => argument.startsWith(prefix));
}

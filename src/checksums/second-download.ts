/** A browser's name for a second download of a file: ` (1)` (Chrome, Edge) or `(1)` (Firefox) before the extension. */
const SECOND_DOWNLOAD = /^(.+?) ?\(\d{1,3}\)(\.[^()]*)?$/;

/**
 * The name in `missing` that `name` is a browser's second-download name of (`app (1).tgz` for
 * `app.tgz`), else undefined: a listed file the user has under a name no check looks for.
 */
export function secondDownloadOf(name: string, missing: ReadonlySet<string>): string | undefined {
  const match = SECOND_DOWNLOAD.exec(name);
  const listed = match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`;
  return listed !== undefined && missing.has(listed) ? listed : undefined;
}

import type { ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { gitOrigin, localOrigin, normalizePythonName, singleArchiveHashes, urlOrigin, versionFromUrl, type PythonOrigin } from './names.js';
import { REQUIREMENTS_TXT } from '../identities.js';

// One `\s*` each side of the extras, never two in a row: adjacent `\s*\s*` backtrack quadratically on a long run of spaces.
/** `name[extras] ==|=== version`, the only requirement form that pins one release (PEP 440 / pip). */
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?===?\s*([^\s;,@*]+)\s*(?:$|;|@)/;

/** `name[extras] @ URL [; marker]`: a PEP 508 direct reference, which pins what the URL holds. */
const DIRECT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?@\s*(\S+)\s*(?:;.*)?$/;

/**
 * Where a direct reference points: a VCS URL (`git+...@commit`, pip's form, which the purl's vcs_url
 * also uses), an archive URL, or a local `file:` URL (what `pip freeze` writes for a package installed
 * from a folder or a wheel file, without the `#sha256=` fragment that only checks the file).
 */
function directOrigin(url: string): PythonOrigin | undefined {
  if (url.startsWith('file:')) return localOrigin(url.replace(/#.*$/s, ''));
  if (url.startsWith('git+')) {
    // pip's `git+URL@ref#egg=..&subdirectory=..`: the fragment only says what to build from it.
    const bare = url.replace(/#.*$/s, '');
    const at = bare.lastIndexOf('@');
    const slash = bare.lastIndexOf('/');
    return at > slash ? gitOrigin(bare.slice(0, at), bare.slice(at + 1)) : gitOrigin(bare, undefined);
  }
  return /^https?:\/\//.test(url) ? urlOrigin(url) : undefined;
}

/** Requirement files a project keeps for development only, by the names pip users give them. */
const DEV_FILE = /(^|[-_.])(dev|devel|develop|development|test|tests|testing|lint|docs)([-_.]|$)/i;

/** One logical line of a requirements file: continuation lines joined, with the line it starts on. */
interface LogicalLine {
  text: string;
  line: number;
}

/** Joins `\`-continued lines and drops comments (`#` at the start or after whitespace, as pip does). */
function logicalLines(text: string): LogicalLine[] {
  const result: LogicalLine[] = [];
  let pending: LogicalLine | undefined;
  for (const [index, raw] of text.split('\n').entries()) {
    const uncommented = raw.replace(/(^|\s)#.*$/, '').replace(/\r$/, '');
    const continued = uncommented.endsWith('\\');
    const part = continued ? uncommented.slice(0, -1) : uncommented;
    if (pending === undefined) pending = { text: part, line: index + 1 };
    else pending.text += ` ${part}`;
    if (!continued) {
      result.push(pending);
      pending = undefined;
    }
  }
  if (pending !== undefined) result.push(pending);
  return result;
}

/**
 * Pinned requirements (`name==version`, `name===version`) and direct references (`name @ URL`:
 * a `vcs_url` or `download_url` qualifier, also for a local `file:` URL, the version an archive's file name gives) from
 * `requirements*.txt`: names in PEP 503 form, extras and markers dropped, `--hash` options kept
 * when they name one archive. Options
 * (`-r`, `-e`, `--index-url`, ...) and unpinned requirements describe no single release and are
 * skipped. Files named for development (`requirements-dev.txt`, `test-requirements.txt`) are dev scope.
 */
export const requirementsTxtParser: Parser = {
  ...REQUIREMENTS_TXT,
  async parse(input: ParseInput): Promise<ParseResult> {
    const baseName = input.path.slice(input.path.lastIndexOf('/') + 1).replace(/\.txt$/i, '');
    const scope: Scope = DEV_FILE.test(baseName) ? 'dev' : 'required';
    const collector = new PackageCollector(input);
    for (const { text, line } of logicalLines(textOf(input))) {
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.startsWith('-')) continue;
      const requirement = (trimmed.split(/\s--?[a-z]/)[0] ?? '').trim();
      const hashes = [...trimmed.matchAll(/--hash[=\s]\s*(\S+)/g)].map((hash) => hash[1] ?? '');
      const match = PINNED.exec(requirement);
      if (match?.[1] !== undefined && match[2] !== undefined) {
        const name = normalizePythonName(match[1]);
        const version = match[2];
        collector.add({ purl: purlFor(input.path, line, () => purlOf('pypi', name, version)), ecosystem: 'pypi', name, version, scope, line, hashes: singleArchiveHashes(hashes) });
        continue;
      }
      // `name @ URL` (what pip-compile and uv pip compile write for URL and git dependencies) pins what the URL holds.
      const direct = DIRECT.exec(requirement);
      const origin = direct?.[2] === undefined ? undefined : directOrigin(direct[2]);
      if (direct?.[1] === undefined || direct[2] === undefined || origin === undefined) continue;
      const name = normalizePythonName(direct[1]);
      const version = origin.qualifiers.vcs_url === undefined ? (versionFromUrl(name, direct[2]) ?? '') : '';
      // pip's `#sha256=<hex>` URL fragment pins the archive as a `--hash` does.
      const fragment = /#(sha256|sha384|sha512)=([0-9a-fA-F]+)$/.exec(direct[2]);
      if (hashes.length === 0 && fragment?.[1] !== undefined && fragment[2] !== undefined) hashes.push(`${fragment[1]}:${fragment[2]}`);
      collector.add({
        purl: purlFor(input.path, line, () => purlOf('pypi', name, version, undefined, origin.qualifiers)),
        ecosystem: 'pypi',
        name,
        version,
        scope,
        line,
        hashes: singleArchiveHashes(hashes),
        downloadLocation: origin.downloadLocation,
      });
    }
    return collector.result();
  },
};

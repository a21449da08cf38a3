import type { ParseResult, Scope } from '../../model.js';
import type { ParseInput, Parser } from '../../parser.js';
import { purlOf } from '../../purl.js';
import { PackageCollector, purlFor, textOf } from '../lockfile.js';
import { normalizePythonName, singleArchiveHashes } from './names.js';
import { REQUIREMENTS_TXT } from '../identities.js';

/** `name[extras] ==|=== version`, the only requirement form that pins one release (PEP 440 / pip). */
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,@*]+)\s*(?:$|;|@)/;

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
 * Pinned requirements (`name==version`, `name===version`) from `requirements*.txt`: names in PEP
 * 503 form, extras and markers dropped, `--hash` options kept when they name one archive. Options
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
      const requirement = trimmed.split(/\s--?[a-z]/)[0] ?? '';
      const match = PINNED.exec(requirement.trim());
      if (match?.[1] === undefined || match[2] === undefined) continue;
      const name = normalizePythonName(match[1]);
      const version = match[2];
      const hashes = [...trimmed.matchAll(/--hash[=\s]\s*(\S+)/g)].map((hash) => hash[1] ?? '');
      collector.add({ purl: purlFor(input.path, line, () => purlOf('pypi', name, version)), ecosystem: 'pypi', name, version, scope, line, hashes: singleArchiveHashes(hashes) });
    }
    return collector.result();
  },
};

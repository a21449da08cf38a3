import parseSpdxExpression from 'spdx-expression-parse';

/** A package's license as the formats can carry it: a valid SPDX expression, or free text that is not one. */
export type LicenseTerm = { kind: 'expression'; expression: string; ids: string[] } | { kind: 'text'; text: string };

function idsOf(info: parseSpdxExpression.Info, into: string[]): string[] {
  if ('conjunction' in info) {
    idsOf(info.left, into);
    idsOf(info.right, into);
  } else {
    into.push(info.license);
  }
  return into;
}

/** Whether a string is a valid SPDX license expression (ids from the SPDX list, `LicenseRef-`, AND/OR/WITH). */
export function isSpdxExpression(text: string): boolean {
  return text.trim() === text && licenseTerm(text).kind === 'expression';
}

/**
 * The longest string read as an SPDX expression: real ones are under a hundred characters, and
 * spdx-expression-parse takes time quadratic in the length of some strings (`MIT AND (` repeated:
 * seconds for a few hundred KiB), which a lockfile's author chooses. Longer ones are free text.
 */
export const MAX_EXPRESSION_LENGTH = 1024;

/** Classifies a license string from a lockfile or manifest; nothing is guessed or corrected. */
export function licenseTerm(raw: string): LicenseTerm {
  const text = raw.trim();
  if (text.length > MAX_EXPRESSION_LENGTH) return { kind: 'text', text };
  let term = terms.get(text);
  if (term === undefined) {
    try {
      term = { kind: 'expression', expression: text, ids: idsOf(parseSpdxExpression(text), []) };
    } catch {
      term = { kind: 'text', text };
    }
    // A few dozen distinct licenses cover thousands of packages. Only short strings are kept: the cache lives as long as
    // the process, and a lockfile's "license" may be a whole licence text (or a hostile megabyte) that no other repeats.
    if (terms.size < 10_000 && text.length <= MAX_CACHED_LENGTH) terms.set(text, term);
  }
  return term;
}

const terms = new Map<string, LicenseTerm>();
/** Room for any real SPDX expression (a few licenses joined by AND, OR, WITH); a longer string is a licence's text. */
const MAX_CACHED_LENGTH = 512;

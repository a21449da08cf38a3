/** Longer words are no typo of a command or flag name: they get no suggestion, and cost no time. */
const MAX_WORD = 64;

/** How many names a suggestion lists at most: every command a bare `verify` may mean. */
const MAX_SUGGESTIONS = 5;

/** Edits (insertions, deletions, substitutions, swaps of two neighbours) from `a` to `b`: the optimal string alignment distance. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The names a mistyped `word` most likely meant, closest first: a name a typo or two away
 * (`ouptut`: output), a name it begins (`algo`: algorithm; `sign`: sign-blob, sign-image), or a
 * name it begins with and adds to (`output-file`: output).
 */
export function suggestions(word: string, names: readonly string[]): string[] {
  if (word.length === 0 || word.length > MAX_WORD) return [];
  const allowed = Math.max(1, Math.floor(word.length / 4));
  return names
    .map((name) => {
      const distance = editDistance(word, name);
      const related = distance <= allowed || (word.length >= 3 && name.startsWith(word)) || word.startsWith(`${name}-`);
      return { name, distance, related };
    })
    .filter((candidate) => candidate.related)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.name);
}

/** `did you mean A? `, `did you mean A or B? `, or nothing: the start of a hint. */
export function didYouMean(names: readonly string[]): string {
  if (names.length === 0) return '';
  const last = names[names.length - 1] ?? '';
  return `did you mean ${names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`}? `;
}

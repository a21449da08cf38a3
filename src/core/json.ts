// JSON as other parties wrote it: what JSON.parse alone does not say about a text.

/**
 * The first key that appears twice in one object of a valid JSON text, if any. It jumps from one structural
 * character to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up.
 */
export function repeatedKey(text: string): string | undefined {
  const structure = /[{}[\],"]/g;
  const objects: (Set<string> | undefined)[] = [];
  let keyNext = false;
  for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
    const char = match[0];
    if (char === '{') {
      objects.push(new Set());
      keyNext = true;
    } else if (char === '[') {
      objects.push(undefined);
    } else if (char === '}' || char === ']') {
      objects.pop();
    } else if (char === ',') {
      keyNext = objects.at(-1) !== undefined;
    } else {
      const end = closingQuote(text, match.index);
      if (end === -1) return undefined;
      if (keyNext) {
        const keys = objects.at(-1) as Set<string>;
        const key = JSON.parse(text.slice(match.index, end + 1)) as string;
        if (keys.has(key)) return key;
        keys.add(key);
        keyNext = false;
      }
      structure.lastIndex = end + 1;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

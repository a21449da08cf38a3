/** Seeded random mutations of lockfiles and binaries, for the fuzz tests. */

/** The seeded generator the fuzz tests draw mutations from: the same seed gives the same mutations everywhere. */
export { seededRandom as prng } from '../support/random.js';

/** A 32-bit seed from a name (FNV-1a), so each fuzzed parser has its own reproducible sequence. */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/** Tokens that matter to lockfile grammars: inserting them breaks structure in interesting ways. */
const TOKENS = [
  '{', '}', '[', ']', '"', "'", '`', '\n', '\r\n', '\t', ' ', ':', '=', ',', '#', '//', '\\', '(', ')', '<', '>', '</', '/>', '&', '&amp;', '&#0;',
  '${', '}}', '[[package]]', '[package]', '  - ', '    ', '      ', '=>', '@', '@npm:', 'h1:', 'sha256:', 'sha512-', '--hash=', '-e ', '-r ',
  'null', 'true', '-1', '1e309', '99999999999999999999', '"__proto__"', '__proto__', 'constructor', '\u0000', '\uffff', '\ud800', 'ÿ Go buildinf:',
  '<![CDATA[', ']]>', '<!--', '-->', '<!DOCTYPE x [<!ENTITY e "x">]>', '((((', '))))', 'dependencies', 'version', 'name', 'replace', 'require (',
];

/** One random mutation of a file's bytes. */
export function mutate(content: Buffer, random: () => number): Buffer {
  const pick = (limit: number): number => Math.floor(random() * limit);
  const at = pick(content.length + 1);
  const token = Buffer.from(TOKENS[pick(TOKENS.length)] ?? '', 'utf8');
  switch (pick(9)) {
    case 0: {
      const copy = Buffer.from(content);
      for (let flips = 1 + pick(8); flips > 0 && copy.length > 0; flips -= 1) copy[pick(copy.length)] = pick(256);
      return copy;
    }
    case 1:
      return Buffer.concat([content.subarray(0, at), token, content.subarray(at)]);
    case 2:
      return Buffer.concat([content.subarray(0, at), content.subarray(Math.min(content.length, at + 1 + pick(64)))]);
    case 3:
      return content.subarray(0, at);
    case 4: {
      const end = Math.min(content.length, at + 1 + pick(256));
      return Buffer.concat([content.subarray(0, end), content.subarray(at, end), content.subarray(end)]);
    }
    case 5: {
      // Swap two lines.
      const lines = content.toString('latin1').split('\n');
      const a = pick(lines.length);
      const b = pick(lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 6: {
      // Replace a number with an extreme one.
      const text = content.toString('latin1');
      const numbers = [...text.matchAll(/\d+/g)];
      const target = numbers[pick(numbers.length)];
      if (target?.index === undefined) return content;
      const extreme = ['0', '4294967295', '18446744073709551615', '65535', '9007199254740993', '2147483648'][pick(6)] ?? '0';
      return Buffer.from(text.slice(0, target.index) + extreme + text.slice(target.index + target[0].length), 'latin1');
    }
    case 7: {
      // A token repeated many times: deep nesting, long runs.
      return Buffer.concat([content.subarray(0, at), Buffer.from(token.toString('utf8').repeat(1 + pick(2000))), content.subarray(at)]);
    }
    default: {
      const noise = Buffer.alloc(1 + pick(32));
      for (let index = 0; index < noise.length; index += 1) noise[index] = pick(256);
      return Buffer.concat([content.subarray(0, at), noise, content.subarray(at)]);
    }
  }
}

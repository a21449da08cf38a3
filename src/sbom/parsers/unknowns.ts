import type { ParseResult, Unknown } from '../model.js';

/** How many unknowns of one lockfile are listed one by one; the rest are counted in one more unknown. */
export const LISTED_UNKNOWNS = 100;

/** How many of a lockfile's `count` unknowns its {@link LockfileUnknowns} left out of the list (the one counting them stands for them all). */
export function unlistedUnknowns(count: number): number {
  return Math.max(0, count - LISTED_UNKNOWNS - 1);
}

/**
 * The unknowns one lockfile records per entry (a bad entry, a reference nothing resolves), listed up
 * to {@link LISTED_UNKNOWNS} and the rest counted in one more: 100,000 bad entries made a 4.5 MB
 * SPDX of the same sentence. `count` still says how many there were, for the summary.
 */
export class LockfileUnknowns {
  readonly #path: string;
  readonly #rest: (count: number) => string;
  readonly #listed: Unknown[] = [];
  #more = 0;

  /** `rest` words the unknown that counts the ones past the limit. */
  constructor(path: string, rest: (count: number) => string = (count) => `${count} more unknowns of this file, not listed one by one`) {
    this.#path = path;
    this.#rest = rest;
  }

  /** Records one unknown, of the lockfile or (`path`) of a file it includes. */
  add(reason: string, line?: number, path: string = this.#path): void {
    if (this.#listed.length >= LISTED_UNKNOWNS) {
      this.#more++;
      return;
    }
    const unknown: Unknown = { path, reason };
    if (line !== undefined) unknown.line = line;
    this.#listed.push(unknown);
  }

  /** Records the unknowns `other` recorded, after these: as if each had been added here (the ones it did not list counted, not listed). */
  addFrom(other: LockfileUnknowns): void {
    for (const unknown of other.#listed) this.add(unknown.reason, unknown.line, unknown.path);
    this.#more += other.#more;
  }

  /** How many unknowns were recorded, listed or not. */
  get count(): number {
    return this.#listed.length + this.#more;
  }

  /** The unknowns listed, and one counting the rest. */
  all(): Unknown[] {
    return this.#more === 0 ? [...this.#listed] : [...this.#listed, { path: this.#path, reason: this.#rest(this.#more) }];
  }

  /** A result's `unknowns` (perhaps empty), with their count when not all are listed. */
  fields(): Pick<ParseResult, 'unknowns' | 'unknownCount'> {
    return this.#more === 0 ? { unknowns: this.all() } : { unknowns: this.all(), unknownCount: this.count };
  }

  /**
   * The result with its unknowns (and their count when not all are listed) after those it has
   * already (a package collector's); the result itself when there are none.
   */
  into<T extends ParseResult>(result: T): T {
    if (this.count === 0) return result;
    const earlier = result.unknowns ?? [];
    if (earlier.length === 0) return { ...result, ...this.fields() };
    const unknowns = [...earlier, ...this.all()];
    const count = (result.unknownCount ?? earlier.length) + this.count;
    // One that counts the rest stands for them: the list is shorter than the count then.
    return { ...result, unknowns, ...(count === unknowns.length ? {} : { unknownCount: count }) };
  }
}

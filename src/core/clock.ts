import { TrustKitError } from './errors.js';
import { quoted, typeName } from './quote.js';

/** Where "now" comes from, so that everything trust-kit signs or publishes can be reproduced. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;

/** The earliest instant a document may be dated: 0000-01-01T00:00:00Z (before it, years are negative: `-000001`). */
const EARLIEST_MS = -62_167_219_200_000;

/**
 * Why a value is no time trust-kit can date a document with, or undefined for a Date from
 * 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (four-digit years, as every format writes them).
 */
export function dateProblem(at: unknown): string | undefined {
  // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
  if (Object.prototype.toString.call(at) !== '[object Date]') return `${typeName(at)}, not a valid Date`;
  const ms = (at as Date).getTime();
  if (Number.isNaN(ms)) return 'an invalid Date';
  if (ms < EARLIEST_MS || ms > LATEST_EPOCH_SECONDS * 1000 + 999) return `${(at as Date).toISOString()}, outside the years 0000 to 9999 that SPDX, CycloneDX and in-toto times are written in`;
  return undefined;
}

/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date from year 0000 to 9999). */
export function fixedClock(at: Date): Clock {
  // From plain JavaScript a string failed on getTime with a TypeError, an invalid Date or a year past 9999 only when a document was written.
  const problem = dateProblem(at);
  if (problem !== undefined) {
    throw new TrustKitError('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${problem}`, { hint: 'pass a Date of years 0000 to 9999, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
  }
  const ms = at.getTime();
  return { now: () => new Date(ms) };
}

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, `fallback` (the wall clock) otherwise (empty counts as unset). A caller that would have an
 * SBOM dated by its project's last commit when the variable is unset gives no clock at all then.
 */
export function clockFromSourceDateEpoch(value: string | undefined, fallback: Clock = systemClock): Clock {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string') throw new TrustKitError('CLOCK_ARGUMENT_INVALID', `clockFromSourceDateEpoch was given ${typeName(value)}, not the variable's text`, { hint: 'pass process.env.SOURCE_DATE_EPOCH (a string, or undefined)' });
  const at = epochSecondsDate(value);
  if (at === undefined) {
    throw new TrustKitError(
      'CLOCK_INVALID_SOURCE_DATE_EPOCH',
      `SOURCE_DATE_EPOCH is ${quoted(value, 40)}, not a whole number of seconds since 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z`,
      { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' },
    );
  }
  return fixedClock(at);
}

/** The instant `text` (decimal seconds since the Unix epoch, leading zeros allowed) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */
export function epochSecondsDate(text: string): Date | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  // Up to 12 digits once the zeros in front are gone: a longer number is past the bound, and would lose precision as a Number.
  const digits = text.replace(/^0+(?=\d)/, '');
  return digits.length <= 12 && Number(digits) <= LATEST_EPOCH_SECONDS ? new Date(Number(digits) * 1000) : undefined;
}

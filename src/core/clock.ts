import { TrustKitError } from './errors.js';
import { quoted, typeName } from './quote.js';

/** Where "now" comes from, so that everything trust-kit signs or publishes can be reproduced. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock frozen at one instant, for tests and for reproducible builds (CLOCK_ARGUMENT_INVALID unless `at` is a valid Date). */
export function fixedClock(at: Date): Clock {
  // From plain JavaScript a string failed on getTime with a TypeError, and an invalid Date only when a document was written.
  // Told by its tag, not instanceof: a Date of another realm (a vm context) is one too.
  const isDate = Object.prototype.toString.call(at) === '[object Date]';
  if (!isDate || Number.isNaN(at.getTime())) {
    throw new TrustKitError('CLOCK_ARGUMENT_INVALID', `fixedClock was given ${isDate ? 'an invalid Date' : typeName(at)}, not a valid Date`, { hint: 'pass a Date, e.g. fixedClock(new Date(\'2025-01-01T00:00:00Z\'))' });
  }
  const ms = at.getTime();
  return { now: () => new Date(ms) };
}

/**
 * The latest time taken from SOURCE_DATE_EPOCH or a commit: 9999-12-31T23:59:59Z. Past it, ISO
 * 8601 years have six digits (`+010000-01-01`), which SPDX's `created`, CycloneDX's `timestamp`
 * and in-toto's times do not admit.
 */
const LATEST_EPOCH_SECONDS = 253_402_300_799;

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org, in decimal digits; leading zeros are decimal too) when it is
 * set, the wall clock otherwise (empty counts as unset).
 */
export function clockFromSourceDateEpoch(value: string | undefined, fallback: Clock = systemClock): Clock {
  if (value === undefined || value === '') return fallback;
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

/** The instant `text` (decimal seconds since the Unix epoch) names, or undefined when it names none up to 9999-12-31T23:59:59Z. */
export function epochSecondsDate(text: string): Date | undefined {
  return /^\d{1,12}$/.test(text) && Number(text) <= LATEST_EPOCH_SECONDS ? new Date(Number(text) * 1000) : undefined;
}

import { TrustKitError } from './errors.js';

/** Where "now" comes from, so that everything trust-kit signs or publishes can be reproduced. */
export interface Clock {
  now(): Date;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock frozen at one instant, for tests and for reproducible builds. */
export function fixedClock(at: Date): Clock {
  const ms = at.getTime();
  return { now: () => new Date(ms) };
}

/**
 * The clock reproducible builds expect: frozen at `SOURCE_DATE_EPOCH` (seconds since the Unix
 * epoch, see reproducible-builds.org) when it is set, the wall clock otherwise.
 */
export function clockFromSourceDateEpoch(value: string | undefined, fallback: Clock = systemClock): Clock {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,12}$/.test(value)) {
    throw new TrustKitError(
      'CLOCK_INVALID_SOURCE_DATE_EPOCH',
      `SOURCE_DATE_EPOCH is "${value.slice(0, 40)}", not a whole number of seconds since 1970-01-01T00:00:00Z`,
      { hint: 'set SOURCE_DATE_EPOCH to an integer such as the commit time (`git log -1 --format=%ct`), or unset it' },
    );
  }
  return fixedClock(new Date(Number(value) * 1000));
}

import { inspect } from 'node:util';

/** What every string view of a secret shows. */
export const REDACTED = '[redacted]';

/**
 * The base of every secret holder: whichever way JavaScript turns it into text (`String()`,
 * template literals, `JSON.stringify`, `util.inspect`, console) it shows `[redacted]`, and
 * `using` destroys it.
 */
export abstract class Redacted {
  /** Wipes the secret; idempotent. */
  abstract destroy(): void;

  [Symbol.dispose](): void {
    this.destroy();
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return `${this.constructor.name} ${REDACTED}`;
  }
}

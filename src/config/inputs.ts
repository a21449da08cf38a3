import { isTrustKitError, TrustKitError } from '../core/errors.js';
import { quoted } from '../core/quote.js';

/** Raw, untyped inputs as a surface receives them: action inputs or CLI flags, by their documented name. */
export type RawInputs = Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;

/** How a surface names an input in messages: `input "subject-path"` for actions, `--algorithm` for the CLI. */
export type InputNamer = (name: string) => string;

/** Names inputs the way action users write them. */
export const actionInputName: InputNamer = (name) => `input "${name}"`;

/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */
export function cliNamer(positionals: Readonly<Record<string, string>> = {}): InputNamer {
  return (name) => {
    const positional = positionals[name];
    return positional === undefined ? `--${name}` : `argument ${positional}`;
  };
}

/** One thing wrong with one input. */
export interface ConfigIssue {
  input: string;
  message: string;
}

/**
 * The most issues a {@link ConfigError}'s message lists (all are in `issues`): 32,000 missing paths made
 * a 1.4 MB error, and a job summary past the 1 MiB GitHub drops whole, with the explanation in it.
 */
const MAX_LISTED_ISSUES = 50;

/** Every bad input of one call, reported together so the user fixes them in one go (the first {@link MAX_LISTED_ISSUES} in its message). */
export class ConfigError extends TrustKitError<'CONFIG_INVALID'> {
  readonly issues: readonly ConfigIssue[];

  /** `hint` by default points at the actions' reference (the CLI points at the command's own help instead); no placeholder a user would have to fill in. */
  constructor(issues: readonly ConfigIssue[], hint = 'fix the inputs named above; docs/actions.md lists each action\'s inputs and what each accepts') {
    const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${issue.input}: ${issue.message}`);
    if (issues.length > MAX_LISTED_ISSUES) lines.push(`and ${issues.length - MAX_LISTED_ISSUES} more`);
    super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, { hint });
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/**
 * The values `parse` refuses, as problems of `input`: a flag value of the wrong form is a usage
 * error reported with every other bad flag, not a failure later under the parser's own code.
 */
export function refusedValues(values: readonly string[], input: string, parse: (value: string) => unknown): ConfigIssue[] {
  return values.flatMap((value) => {
    try {
      parse(value);
      return [];
    } catch (error) {
      if (!isTrustKitError(error)) throw error;
      return [{ input, message: error.message }];
    }
  });
}

/**
 * Runs a config reader after problems a command found itself (a wrong argument count, a bad
 * --format): all are reported together, so that no problem hides another.
 */
export function withEarlierIssues<T>(earlier: readonly ConfigIssue[], read: () => T): T {
  let result: T;
  try {
    result = read();
  } catch (error) {
    if (error instanceof ConfigError && earlier.length > 0) throw new ConfigError([...earlier, ...error.issues]);
    throw error;
  }
  if (earlier.length > 0) throw new ConfigError(earlier);
  return result;
}

/**
 * One line of a list input split at its commas, but not at those inside a glob's braces or brackets
 * (`dist/*.{zip,tar.gz}` is one glob); a line whose braces or brackets do not pair up is split at
 * every comma, as it would be without them.
 */
function splitAtCommas(line: string): string[] {
  const parts: string[] = [];
  const closers: string[] = [];
  let start = 0;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char === '{' && closers.at(-1) !== ']') closers.push('}');
    else if (char === '[' && closers.at(-1) !== ']') closers.push(']');
    else if (char === closers.at(-1)) closers.pop();
    else if (char === ',' && closers.length === 0) {
      parts.push(line.slice(start, at));
      start = at + 1;
    }
  }
  if (closers.length > 0) return line.split(',');
  parts.push(line.slice(start));
  return parts;
}

/** A line break as any reader of a one-line value may take one: LF, CR, or the line and paragraph separators. */
export const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
export class InputReader {
  private readonly issues: ConfigIssue[] = [];

  constructor(
    private readonly raw: RawInputs,
    private readonly nameOf: InputNamer,
  ) {}

  /** Records a problem with an input; validation goes on. */
  report(name: string, message: string): void {
    const input = this.nameOf(name);
    // An input read twice (to tell whether it was given) is reported once.
    if (this.issues.some((issue) => issue.input === input && issue.message === message)) return;
    this.issues.push({ input, message });
  }

  /**
   * A trimmed string, or `fallback` when it is absent or blank. One value is one line: a line break
   * inside (an action input written as a YAML block, or an event's text in it) would carry a second
   * value into a path, and from there into outputs read line by line.
   */
  string(name: string, fallback?: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === false) return fallback;
    if (typeof value !== 'string') {
      this.report(name, 'expected a single value');
      return fallback;
    }
    const trimmed = value.trim();
    if (LINE_BREAK.test(trimmed)) {
      this.report(name, 'holds a line break; expected one value on one line');
      return fallback;
    }
    return trimmed === '' ? fallback : trimmed;
  }

  /** A string that must be present. */
  required(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined) this.report(name, 'is required');
    return value;
  }

  /**
   * A list: an action input is one string holding it, newline- or comma-separated as users write
   * it in YAML (a comma inside a glob's braces or brackets separates nothing), and each item is
   * trimmed, so a CRLF line ending goes too; repeated flags and positional arguments arrive one value
   * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
   */
  list(name: string): string[] {
    const value = this.raw[name];
    if (value === undefined || typeof value === 'boolean') return [];
    if (typeof value !== 'string') return value.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
    return value
      .split('\n')
      .flatMap(splitAtCommas)
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }

  /** One of a fixed set of values. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const normalised = value.toLowerCase();
    if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
    this.report(name, `is ${quoted(value)}; expected one of ${allowed.join(', ')}`);
    return fallback;
  }

  /** Several values, each from a fixed set (or an alias of one), deduplicated in the order given. */
  choices<T extends string>(name: string, allowed: readonly T[], fallback: readonly T[], aliases: Readonly<Record<string, T>> = {}): T[] {
    // Names of choices never hold commas, so `--format a,b` is split like an action input.
    const values = this.list(name).flatMap((value) => value.split(',').map((part) => part.trim()).filter((part) => part !== ''));
    if (values.length === 0) return [...fallback];
    const chosen: T[] = [];
    for (const value of values) {
      const lower = value.toLowerCase();
      const normalised = Object.hasOwn(aliases, lower) ? (aliases[lower] as T) : lower;
      if (!(allowed as readonly string[]).includes(normalised)) {
        this.report(name, `has ${quoted(value)}; expected one or more of ${allowed.join(', ')}`);
      } else if (!chosen.includes(normalised as T)) {
        chosen.push(normalised as T);
      }
    }
    return chosen;
  }

  /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw[name];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    if (typeof value !== 'string') {
      this.report(name, 'expected true or false');
      return fallback;
    }
    const trimmed = value.trim();
    if (trimmed === '') return fallback;
    if (['true', 'True', 'TRUE'].includes(trimmed)) return true;
    if (['false', 'False', 'FALSE'].includes(trimmed)) return false;
    this.report(name, `is ${quoted(trimmed)}; expected true or false`);
    return fallback;
  }

  /** The problems collected so far, to report with those of another reader (see {@link withEarlierIssues}). */
  collected(): readonly ConfigIssue[] {
    return [...this.issues];
  }

  /** Throws the collected problems, if any. */
  finish(): void {
    if (this.issues.length > 0) throw new ConfigError(this.issues);
  }
}

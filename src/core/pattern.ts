import type { RE2JS } from 're2js';

/** A user's regular expression, compiled: RE2 syntax, matched against the whole of a value. */
export interface UserPattern {
  readonly source: string;
  /** Whether the whole value matches, in time linear in its length. */
  test(value: string): boolean;
}

let loading: Promise<void> | undefined;
let engine: typeof RE2JS | undefined;

/**
 * Loads the engine user patterns are compiled with (260 KB, a chunk of its own that a run without
 * a pattern never reads); configs that may hold one await it before they are read, so that a bad
 * pattern is reported with every other bad input.
 */
export function loadPatternEngine(): Promise<void> {
  loading ??= import('re2js').then((module) => {
    engine = module.RE2JS;
  });
  return loading;
}

/**
 * Compiles a pattern a user gave (an identity or issuer regexp, a policy's ref pattern) with RE2,
 * through re2js, a port of Go's engine rather than JavaScript's: a backtracking engine took
 * minutes, deaf to SIGTERM, to match a few `.*` between slashes against an identity of 80 path
 * segments, which anyone can get a certificate for by naming a branch so, where RE2 is linear in
 * the value's length. It is also the syntax cosign reads its `-regexp` flags in (`(?i)` included).
 * Returns RE2's own words for a pattern it refuses. {@link loadPatternEngine} must have resolved.
 */
export function compileUserPattern(source: string): UserPattern | { problem: string } {
  if (engine === undefined) throw new Error('compileUserPattern before loadPatternEngine resolved');
  try {
    const compiled = engine.compile(source);
    return { source, test: (value) => compiled.matches(value) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The process environment as the entry point hands it over: a mutable record that intake deletes from. */
export type Environment = Record<string, string | undefined>;

/** A secret value taken out of the environment: its length in bytes and how to write it into protected memory. */
export interface TakenValue {
  length: number;
  write(into: Buffer): void;
}

/**
 * Takes `name` out of `env`: reads its value, deletes the variable, and returns a writer for the
 * bytes; undefined when the variable is unset.
 */
export function takeEnvironmentValue(name: string, env: Environment): TakenValue | undefined {
  if (!Object.hasOwn(env, name) && env[name] === undefined) return undefined;
  const value = env[name];
  delete env[name];
  if (value === undefined) return undefined;
  return { length: Buffer.byteLength(value, 'utf8'), write: (into) => void into.write(value, 0, 'utf8') };
}

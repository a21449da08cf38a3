import type { ParseArgsOptionsConfig } from 'node:util';
import type { ConfigIssue } from '../config/inputs.js';
import type { Environment } from '../secrets/index.js';

/** Where a CLI command writes; tests pass buffers, the entry point passes the process streams. */
export interface Output {
  write(text: string): void;
}

/** Everything a command may know about its process, read once by the entry point. */
export interface CliContext {
  cwd: string;
  /**
   * The process environment (SOURCE_DATE_EPOCH, SIGSTORE_ID_TOKEN, ...), not a copy: secrets are
   * taken out of it at intake, so they never linger as strings in the process.
   */
  env: Environment;
  stdout: Output;
  stderr: Output;
}

/** Parsed flags and positional arguments of one command. */
export interface CommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  /**
   * What the CLI found wrong with the flags before the command (an empty value, a `-`): given only
   * to a command that says {@link Command.reportsFlagIssues}, which reports them with its own.
   */
  issues: readonly ConfigIssue[];
}

/** One `trust-kit <name>` subcommand's implementation (its name and summary are in the command list): its flags, help text and what it does. */
export interface Command {
  /** The synopsis, e.g. `trust-kit checksums [options] PATH...`. */
  usage: string;
  /** Option lines and notes printed by `--help`. */
  help: string;
  options: ParseArgsOptionsConfig;
  /**
   * Whether `run` checks every flag before any work and throws one ConfigError holding `args.issues`
   * with its own problems whenever `args.issues` is not empty; without it, the CLI reports those
   * issues alone and never runs the command.
   */
  reportsFlagIssues?: true;
  /** Runs the command and returns the process exit code; throws coded errors. */
  run(args: CommandArgs, context: CliContext): Promise<number>;
}

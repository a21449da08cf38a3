import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { ConfigError, type ConfigIssue } from '../config/inputs.js';
import { TrustKitError, reportOf } from '../core/errors.js';
import { printableLines, quoted, shownFile } from '../core/quote.js';
import { VERSION } from '../core/version.js';
import { loadWithSecretsHidden, memoryProtectionStatus, redact } from '../secrets/index.js';
import type { CliContext, Command, CommandArgs } from './command.js';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { stderrLogger } from './logger.js';
import { didYouMean, suggestions } from '../core/suggest.js';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `trust-kit ${VERSION}: checksums, SBOMs and Sigstore signatures for releases

Usage: trust-kit <command> [options]

Commands:
${list}

Options:
  -h, --help     show help (also after a command: trust-kit checksums --help)
  -v, --version  print the version
      --verbose  (any command) print debug messages: the version, the runtime and the secret
                 memory protection in force

Exit codes:
  0  success
  1  failure: a bad, unreadable or missing input file (but those of exit 2), I/O, a service, a checksum mismatch
  2  usage error: unknown command or option, invalid value, a missing path a command checks before any work (README, The CLI); nothing was done
  3  verification failed: signature, bundle or transparency-log proof
  4  policy mismatch: a valid signature, but not by the expected identity
  5  subject mismatch: the attestation is about other artifacts
  6  predicate type mismatch: the attestation about the artifact is of another kind
  7  signer workflow mismatch: another workflow signed the attestation
  8  repository mismatch: the attestation was made in another repository or owner
  9  self-hosted runner: the attestation was made on one, and self-hosted runners were denied
`;
}

/** Flags every command takes, parsed with its own. */
const COMMON_OPTIONS = { verbose: { type: 'boolean' } } as const;

const COMMON_HELP = `Common options:
  -h, --help     show this help
      --verbose  print debug messages: the version, the runtime and the secret memory protection in force
A flag without a value also takes =true or =false, as cosign's do (--FLAG=false is --no-FLAG).`;

/** The flags a mistyped long option (`--ouptut`, `--no-sing`) may have meant, as typed: a single-letter one gets none. */
function optionSuggestions(option: string, options: ParseArgsOptionsConfig): string[] {
  if (!option.startsWith('--')) return [];
  const names = Object.entries(options).flatMap(([name, option]) => (option.type === 'boolean' ? [name, `no-${name}`] : [name]));
  return suggestions(option.slice(2), names).map((name) => `--${name}`);
}

/**
 * `-` as a path: only `--output` takes it, for standard output (sbom, checksums). Anywhere else it
 * would be read or written as a file named `-` (ENOENT for `verify-blob - --bundle b`, a bundle
 * named `-` for `sign-blob --bundle -`), where users of sha256sum and cosign expect a pipe.
 */
function dashIssues(values: CommandArgs['values'], positionals: readonly string[]): ConfigIssue[] {
  const message = 'is -, but standard input and output are not read or written here';
  return [
    ...Object.entries(values)
      .filter(([name, value]) => name !== 'output' && (value === '-' || (Array.isArray(value) && value.includes('-'))))
      .map(([name]) => ({ input: `--${name}`, message })),
    ...(positionals.includes('-') ? [{ input: 'argument -', message: 'is not standard input: commands read their files by path' }] : []),
  ];
}

/**
 * Flags given an empty (or blank) value. Read as absent, `--key "$KEY"` with KEY unset signed
 * keylessly, `--repo ''` published to GITHUB_REPOSITORY, `--output-dir ''` replaced the default
 * directory, `--trusted-root ''` trusted the public-good root and `--rekor-url ''` logged in the
 * public-good Rekor: another behaviour, silently.
 * Such a value is nearly always an unset shell variable, so each is refused, naming the flag.
 */
function emptyIssues(values: CommandArgs['values']): ConfigIssue[] {
  const blank = (value: unknown): boolean => typeof value === 'string' && value.trim() === '';
  return Object.entries(values)
    .filter(([, value]) => blank(value) || (Array.isArray(value) && value.some(blank)))
    .map(([name]) => ({ input: `--${name}`, message: `is empty, which is likely an unset shell variable (\`--${name} "$VAR"\` with VAR unset); give a value, or leave the flag out` }));
}

/** The option tokens parseArgs reports: each flag as written, with its value. */
type OptionTokens = readonly { kind: string; name?: string; rawName?: string; value?: string | undefined; inlineValue?: boolean | undefined }[];

/**
 * Flags of one value given more than once with different values (`-o a -o b`): the parser keeps
 * the last, and the first was dropped without a word. A boolean flag is left to the last one given
 * (`--FLAG=false ... --FLAG=true`, `--FLAG --no-FLAG`), as cosign and gh take theirs, and a wrapper
 * script overrides its defaults. And a short flag written with `=` (`-o=SUMS`), whose value is then
 * `=SUMS`, a file of that name.
 */
function repeatIssues(tokens: OptionTokens, options: ParseArgsOptionsConfig): ConfigIssue[] {
  const given = new Map<string, string[]>();
  const issues: ConfigIssue[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined) continue;
    const option = options[token.name];
    if (option === undefined) continue;
    if (token.inlineValue === true && token.rawName !== undefined && !token.rawName.startsWith('--') && token.value?.startsWith('=') === true) {
      issues.push({ input: token.rawName, message: `is written ${quoted(`${token.rawName}${token.value}`, 60)}, which would take ${quoted(token.value, 60)} as its value; write ${token.rawName} ${quoted(token.value.slice(1), 60)} or --${token.name}=${quoted(token.value.slice(1), 60)}` });
    }
    if (option.multiple === true || option.type === 'boolean') continue;
    given.set(token.name, [...(given.get(token.name) ?? []), token.value ?? '']);
  }
  for (const [name, values] of given) {
    if (new Set(values).size > 1) issues.push({ input: `--${name}`, message: `is given ${values.length} times with different values (${values.map((value) => quoted(value, 60)).join(', ')}), of which only the last would count; give it once` });
  }
  return issues;
}

/** The values Go's strconv.ParseBool reads, as cosign and gh take them after a boolean flag's `=`. */
const GO_TRUE = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/**
 * Rewrites `--FLAG=true` to `--FLAG` and `--FLAG=false` to `--no-FLAG` for a boolean flag, before
 * Node's parser, which refuses any value: cosign and gh take both for every boolean flag, and
 * users copy such lines (VERIFY.md's cosign lines spell `--insecure-ignore-tlog=true`). Any other
 * value is refused naming the flag; words after `--` are arguments and stay as they are.
 */
function goBooleans(args: readonly string[], options: ParseArgsOptionsConfig, command: string): string[] {
  const end = args.indexOf('--');
  return args.map((arg, index) => {
    const match = end !== -1 && index > end ? null : /^--([^=]+)=(.*)$/s.exec(arg);
    if (match === null) return arg;
    const [, name = '', value = ''] = match;
    if (!Object.hasOwn(options, name) || options[name]?.type !== 'boolean') return arg;
    if (GO_TRUE.has(value)) return `--${name}`;
    if (GO_FALSE.has(value)) return `--no-${name}`;
    throw usageError(`${command}: --${name} takes no value but =true or =false (as cosign reads it), got ${quoted(value, 40)}`, `write the bare flag --${name} to turn it on, or --no-${name} to turn it off`);
  });
}

/**
 * The other commands that take a long option this one does not (`verify-blob --predicate-type`:
 * verify-attestation, verify-image). Loads every command, on this failure path only.
 */
async function commandsTaking(option: string, except: string): Promise<string[]> {
  if (!option.startsWith('--')) return [];
  const name = option.slice(2);
  const taking: string[] = [];
  for (const entry of COMMANDS) {
    if (entry.name === except) continue;
    const { options } = await loadWithSecretsHidden(() => entry.load());
    // Own keys only: `--constructor` is no option of any command.
    const negated = name.startsWith('no-') && Object.hasOwn(options, name.slice(3)) ? options[name.slice(3)] : undefined;
    if (Object.hasOwn(options, name) || negated?.type === 'boolean') taking.push(entry.name);
  }
  return taking;
}

function commandHelp(entry: CommandEntry, command: Command): string {
  return `Usage: ${command.usage}\n\n${entry.summary}\n\n${command.help.trimEnd()}\n\n${COMMON_HELP}\n`;
}

/**
 * Prints a failure as `trust-kit: CODE: message` and a hint line: the one place errors become text.
 * Messages quote what others sent printable where they are made; here, as a last guard for any that
 * does not, every control character but the line feed (a message may list its inputs line by line)
 * becomes a space, so no message can drive the terminal.
 */
export function printError(error: unknown, context: CliContext): void {
  const report = reportOf(error);
  // Redacted first, while a secret's bytes still match: the guard would make its control characters spaces.
  context.stderr.write(`trust-kit: ${report.code}: ${printableLines(redact(report.message))}\n`);
  if (report.hint !== undefined) context.stderr.write(`  hint: ${printableLines(redact(report.hint))}\n`);
}

function unknownCommand(name: string): TrustKitError {
  const names = COMMANDS.map((candidate) => candidate.name);
  return new TrustKitError('CLI_UNKNOWN_COMMAND', `unknown command ${quoted(name)}`, {
    hint: `${didYouMean(suggestions(name, names))}run \`trust-kit --help\` for the commands: ${names.join(', ')}`,
  });
}

function usageError(message: string, hint: string): TrustKitError {
  return new TrustKitError('CLI_USAGE', message, { hint });
}

/** Runs `trust-kit` with the given arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    // `--verbose` may come before the command too (trust-kit --verbose sbom), once or more: it is every command's flag. It
    // goes first among the command's arguments: after them, it was a file after `--`, or the value of a flag left without one.
    let leading = 0;
    while (argv[leading] === '--verbose') leading++;
    const [first, ...given] = argv.slice(leading);
    const rest = leading > 0 ? ['--verbose', ...given] : given;
    if (first === undefined) {
      // A usage error, told as every failure is: its coded line, then the commands, all on stderr.
      context.stderr.write(`trust-kit: CLI_USAGE: no command given\n${mainHelp()}`);
      return EXIT.USAGE;
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      const topic = first === 'help' ? COMMANDS.find((command) => command.name === given[0]) : undefined;
      // `trust-kit help chekcsums` is as unknown a command as `trust-kit chekcsums`, not a request for the command list; `help help` (or -h) is that list.
      if (first === 'help' && topic === undefined && given[0] !== undefined && !['help', '-h', '--help'].includes(given[0])) throw unknownCommand(given[0]);
      context.stdout.write(topic === undefined ? mainHelp() : commandHelp(topic, await loadWithSecretsHidden(() => topic.load())));
      return EXIT.OK;
    }
    if (first === '-v' || first === '--version') {
      context.stdout.write(`${VERSION}\n`);
      return EXIT.OK;
    }
    const entry = COMMANDS.find((candidate) => candidate.name === first);
    if (entry === undefined && first.startsWith('-')) {
      // A command's option given before the command (`trust-kit --output x sbom`), or a mistyped -v or --version.
      const meant = /^-[a-z]$/i.test(first) ? ['-h', '-v'].filter((short) => short === first.toLowerCase()) : suggestions(first.replace(/^-+/, ''), ['help', 'version', 'verbose']).map((name) => `--${name}`);
      throw usageError(`option ${shownFile(first)} before the command`, `${didYouMean(meant)}only --help, --version and --verbose come before it; give the command first: trust-kit COMMAND [options]`);
    }
    if (entry === undefined) throw unknownCommand(first);
    const command = await loadWithSecretsHidden(() => entry.load());
    // Before `--` only: after it, `-h` is a file (`verify-blob ... -- "$FILE"` printed the help and exited 0, unverified).
    const end = rest.indexOf('--');
    const flags = end === -1 ? rest : rest.slice(0, end);
    if (flags.includes('--help') || flags.includes('-h')) {
      context.stdout.write(commandHelp(entry, command));
      return EXIT.OK;
    }
    const options: ParseArgsOptionsConfig = { ...command.options, ...COMMON_OPTIONS };
    const args = goBooleans(rest, options, entry.name);
    let parsed;
    try {
      parsed = parseArgs({ args, options, allowPositionals: true, allowNegative: true, strict: true, tokens: true });
    } catch (error) {
      const help = `run \`trust-kit ${entry.name} --help\` for its options`;
      // Node's message advises `--` for a positional argument; what the user meant is more likely a flag spelled otherwise.
      const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.*?)'/s.exec((error as Error).message)?.[1] : undefined;
      if (unknown !== undefined) {
        // Another command's flag, exactly (`verify-image --signature-format`), says more than a near one of this command (--signature).
        const elsewhere = await commandsTaking(unknown, entry.name);
        const meant = elsewhere.length > 0 ? [] : optionSuggestions(unknown, options);
        const owners = elsewhere.length === 0 ? '' : `${unknown} is an option of ${elsewhere.length === 1 ? elsewhere[0] : `${elsewhere.slice(0, -1).join(', ')} and ${elsewhere[elsewhere.length - 1]}`}, not of ${entry.name}; `;
        throw usageError(`${entry.name}: unknown option ${shownFile(unknown)}`, `${didYouMean(meant)}${owners}${help}`);
      }
      const [said = '', ...more] = (error as Error).message.split('\n');
      // A value that starts with a dash (`-o -dash`): Node's last line says how to give it, which its first does not.
      const dashed = more.find((line) => line.startsWith('To specify an option argument starting with a dash'));
      throw usageError(`${entry.name}: ${said}`, dashed === undefined ? help : `${dashed.replace(/^To specify/, 'to give').replace(/\.$/, '')}; ${help}`);
    }
    const empties = emptyIssues(parsed.values);
    const dashes = dashIssues(parsed.values, parsed.positionals);
    const repeats = repeatIssues(parsed.tokens, options);
    const early = [...empties, ...dashes, ...repeats];
    const earlyHint = [
      ...(empties.length > 0 ? ['set the variables these flags are given, or leave out the flags whose default you want'] : []),
      ...(dashes.length > 0 ? ["give a file's path (./- for a file named -); only --output takes - for standard output"] : []),
      ...(repeats.length > 0 ? ['give each flag of one value once'] : []),
    ].join('; ');
    // A command that checks every flag before any work reports these with its own problems; another never runs with them.
    if (early.length > 0 && command.reportsFlagIssues !== true) throw new ConfigError(early, `${earlyHint}; run \`trust-kit ${entry.name} --help\` for the flags`);
    if (parsed.values.verbose === true) {
      const logger = stderrLogger(context.stderr, true);
      logger.debug(`trust-kit ${VERSION} on Node.js ${process.versions.node} (${process.platform}-${process.arch})`);
      logger.debug(`secret memory protection: ${JSON.stringify(memoryProtectionStatus())}`);
    }
    try {
      const code = await command.run({ values: parsed.values, positionals: parsed.positionals, issues: early }, context);
      // Unreachable for a command true to reportsFlagIssues; said, not passed as success.
      if (early.length > 0) throw new ConfigError(early);
      return code;
    } catch (error) {
      const help = `\`trust-kit ${entry.name} --help\` lists what each accepts`;
      if (early.length > 0) {
        // The CLI's word on a flag it found empty or `-` stands; the command's on the same flag (read as absent, say) would contradict it.
        const flagged = new Set(early.map((issue) => issue.input));
        const rest = error instanceof ConfigError ? error.issues.filter((issue) => !flagged.has(issue.input)) : [];
        throw new ConfigError([...early, ...rest], `${earlyHint}; ${rest.length > 0 ? 'fix the other inputs named above too; ' : ''}${help}`);
      }
      // The inputs' reference for this command is its own help, not a placeholder for any command's.
      if (error instanceof ConfigError) throw new ConfigError(error.issues, `fix the inputs named above; ${help}`);
      throw error;
    }
  } catch (error) {
    printError(error, context);
    return exitCodeFor(error);
  }
}

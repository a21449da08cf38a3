import { lstat, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { checkChecksumsFile, createChecksums, leftoverNotice, reportLine, type CreateChecksumsOptions } from '../../checksums/index.js';
import { ChecksumsError } from '../../checksums/errors.js';
import { checksumsConfig } from '../../config/checksums.js';
import { cliNamer, ConfigError, withEarlierIssues } from '../../config/inputs.js';
import { requireNamedPaths } from '../../config/paths.js';
import type { CliContext, Command, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';
import { counted } from '../../core/plural.js';
import { shownFile } from '../../core/quote.js';
import { CHECKSUMS_OPTIONS } from './checksums-options.js';
import { takeHashThreadsStartedAhead } from './checksums-threads.js';

async function check(file: string, args: CommandArgs, context: CliContext): Promise<number> {
  const base = resolve(context.cwd, typeof args.values.base === 'string' ? args.values.base : '.');
  // A mistyped --base would report every listed file missing: said of the base, as when writing checksums.
  if (typeof args.values.base === 'string' && !(await stat(base).then((info) => info.isDirectory(), () => false))) {
    throw new ChecksumsError('CHECKSUMS_PATH_NOT_FOUND', `the base directory ${shownFile(args.values.base)} does not exist or is not a directory`, { hint: 'set --base to the directory the listed names are relative to' });
  }
  const quiet = args.values.quiet === true;
  let firstMissing: string | undefined;
  const counts = await checkChecksumsFile(resolve(context.cwd, file), {
    base,
    shown: file,
    ignoreMissing: args.values['ignore-missing'] === true,
    onResult: (result) => {
      if (result.status === 'missing') firstMissing ??= result.entry.name;
      if (!quiet || result.status !== 'ok') context.stdout.write(`${reportLine(result)}\n`);
    },
    onIgnored: (entry) => void (firstMissing ??= entry.name),
  });
  // Names are relative to --base, as sha256sum's to its working directory; a file written with --base dist lists them as they are beside it.
  const beside = dirname(resolve(context.cwd, file));
  if (counts.ok === 0 && firstMissing !== undefined && args.values.base === undefined && beside !== base && (await lstat(resolve(beside, firstMissing)).then(() => true, () => false))) {
    context.stderr.write(`trust-kit: the listed names are relative to --base (default: the working directory), and they are beside ${shownFile(file)}: pass --base ${shownFile(relative(context.cwd, beside) || '.')}\n`);
  }
  const mismatched = counts.mismatch;
  const unreadable = counts.missing + counts.unreadable;
  if (mismatched > 0) context.stderr.write(`trust-kit: WARNING: ${counted(mismatched, 'computed checksum')} did NOT match\n`);
  if (unreadable > 0) context.stderr.write(`trust-kit: WARNING: ${counted(unreadable, 'listed file')} could not be read\n`);
  if (counts.ok + mismatched + unreadable === 0) {
    context.stderr.write(`trust-kit: WARNING: ${shownFile(file)}: no listed file was found\n`);
    return EXIT.FAILURE;
  }
  return mismatched + unreadable === 0 ? EXIT.OK : EXIT.FAILURE;
}

/** `trust-kit checksums`: write a SHA256SUMS-style file for release artifacts, or check one. */
export const checksumsCommand: Command = {
  usage: 'trust-kit checksums [--algorithm sha256|sha512] [--output FILE] [--base DIR] PATH...\n       trust-kit checksums --check FILE [--base DIR] [--ignore-missing] [--quiet]',
  help: `Each PATH is a file, a directory (searched recursively; .git is skipped unless named itself)
or a glob. Files are hashed on all cores, streamed (never held in memory), and listed sorted by
name, relative to --base, in the format \`sha256sum -c\` reads.

Options:
  -a, --algorithm ALG   sha256 (default, or as the --output name says: SHA512SUMS, *.sha512) or sha512
  -o, --output FILE     write the checksums here (atomically); default (or -): standard output
      --base DIR        names are relative to DIR (default: the working directory)
  -c, --check FILE      verify files against FILE, a file (not -), also one written by sha256sum
                        or sha512sum
      --ignore-missing  with --check: skip listed files that are not present
      --quiet           with --check: print only failures

A flag of the other mode (--output with --check, --quiet without it) is a usage error, not ignored.

Exit codes: 0 all good, 1 a mismatch, missing or unreadable file, 2 usage error.`,
  options: CHECKSUMS_OPTIONS,
  reportsFlagIssues: true,
  async run(args, context) {
    const checking = typeof args.values.check === 'string';
    const nameOf = cliNamer({ 'subject-path': 'PATH' });
    // A flag of the other mode would be ignored silently: a usage error instead, before any file is read.
    const misplaced = checking
      ? [...(args.values.algorithm === undefined ? [] : ['algorithm']), ...(args.values.output === undefined ? [] : ['output']), ...(args.positionals.length === 0 ? [] : ['subject-path'])]
      : [...(args.values['ignore-missing'] === undefined ? [] : ['ignore-missing']), ...(args.values.quiet === undefined ? [] : ['quiet'])];
    const earlier = [...args.issues, ...misplaced.map((name) => ({ input: nameOf(name), message: checking ? 'has no effect with --check (the checksums file names the files and their algorithm)' : 'applies only with --check FILE' }))];
    if (checking) {
      if (earlier.length > 0) throw new ConfigError(earlier);
      return check(args.values.check as string, args, context);
    }
    // `-o -` prints the checksums, as users of sha256sum expect; a file named `-` is never listed either (CHECKSUMS_UNSAFE_NAME).
    const output = args.values.output === '-' ? undefined : args.values.output;
    // A file named SHA512SUMS holds sha512 checksums: the config takes the algorithm from its name.
    const config = withEarlierIssues(earlier, () => checksumsConfig({ ...args.values, output, 'subject-path': args.positionals }, nameOf, { base: '.' }));
    // A link, a directory or a device where the checksums file goes is said before anything is hashed, not after.
    if (config.output !== undefined) await requireNamedPaths([{ input: 'output', path: config.output, kind: 'output' }], context.cwd, nameOf);
    const threads = takeHashThreadsStartedAhead();
    const logger = stderrLogger(context.stderr);
    const options: CreateChecksumsOptions = { leftover: (file) => logger.warn(leftoverNotice(file)) };
    const result = await createChecksums(config, context.cwd, threads === undefined ? options : { ...options, threadsStartedAhead: threads });
    if (result.outputPath === undefined) context.stdout.write(result.text);
    else context.stderr.write(`trust-kit: wrote ${counted(result.count, `${config.algorithm} checksum`)} to ${config.output ?? ''}\n`);
    return EXIT.OK;
  },
};

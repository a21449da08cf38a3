export const id = 1273;
export const ids = [1273];
export const modules = {

/***/ 17253:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var mainHelp = (function () {
    const width = Math.max(...COMMANDS.map(((command) => command.name.length)));
    const list = COMMANDS.map(((command) => `  ${command.name.padEnd(width)}  ${command.summary}`)).join('\n');
    return `trust-kit ${version/* VERSION */.x}: checksums, SBOMs and Sigstore signatures for releases

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
});var optionSuggestions = (function (option, options) {
    if (!option.startsWith('--'))
        return [];
    const names = Object.entries(options).flatMap((([name, option]) => (option.type === 'boolean' ? [name, `no-${name}`] : [name])));
    return (0,suggest/* suggestions */.G)(option.slice(2), names).map(((name) => `--${name}`));
});var dashIssues = (function (values, positionals) {
    const message = 'is -, but standard input and output are not read or written here';
    return [
        ...Object.entries(values)
            .filter((([name, value]) => name !== 'output' && (value === '-' || (Array.isArray(value) && value.includes('-')))))
            .map((([name]) => ({ input: `--${name}`, message }))),
        ...(positionals.includes('-') ? [{ input: 'argument -', message: 'is not standard input: commands read their files by path' }] : []),
    ];
});var emptyIssues = (function (values) {
    const blank = ((value) => typeof value === 'string' && value.trim() === '');
    return Object.entries(values)
        .filter((([, value]) => blank(value) || (Array.isArray(value) && value.some(blank))))
        .map((([name]) => ({ input: `--${name}`, message: `is empty, which is likely an unset shell variable (\`--${name} "$VAR"\` with VAR unset); give a value, or leave the flag out` })));
});var repeatIssues = (function (tokens, options) {
    const given = new Map();
    const issues = [];
    for (const token of tokens) {
        if (token.kind !== 'option' || token.name === undefined)
            continue;
        const option = options[token.name];
        if (option === undefined)
            continue;
        if (token.inlineValue === true && token.rawName !== undefined && !token.rawName.startsWith('--') && token.value?.startsWith('=') === true) {
            issues.push({ input: token.rawName, message: `is written ${(0,quote/* quoted */.TL)(`${token.rawName}${token.value}`, 60)}, which would take ${(0,quote/* quoted */.TL)(token.value, 60)} as its value; write ${token.rawName} ${(0,quote/* quoted */.TL)(token.value.slice(1), 60)} or --${token.name}=${(0,quote/* quoted */.TL)(token.value.slice(1), 60)}` });
        }
        if (option.multiple === true || option.type === 'boolean')
            continue;
        given.set(token.name, [...(given.get(token.name) ?? []), token.value ?? '']);
    }
    for (const [name, values] of given) {
        if (new Set(values).size > 1)
            issues.push({ input: `--${name}`, message: `is given ${values.length} times with different values (${values.map(((value) => (0,quote/* quoted */.TL)(value, 60))).join(', ')}), of which only the last would count; give it once` });
    }
    return issues;
});var goBooleans = (function (args, options, command) {
    const end = args.indexOf('--');
    return args.map(((arg, index) => {
        const match = end !== -1 && index > end ? null : /^--([^=]+)=(.*)$/s.exec(arg);
        if (match === null)
            return arg;
        const [, name = '', value = ''] = match;
        if (!Object.hasOwn(options, name) || options[name]?.type !== 'boolean')
            return arg;
        if (GO_TRUE.has(value))
            return `--${name}`;
        if (GO_FALSE.has(value))
            return `--no-${name}`;
        throw usageError(`${command}: --${name} takes no value but =true or =false (as cosign reads it), got ${(0,quote/* quoted */.TL)(value, 40)}`, `write the bare flag --${name} to turn it on, or --no-${name} to turn it off`);
    }));
});var commandsTaking = (async function (option, except) {
    if (!option.startsWith('--'))
        return [];
    const name = option.slice(2);
    const taking = [];
    for (const entry of COMMANDS) {
        if (entry.name === except)
            continue;
        const { options } = await (0,secrets/* loadWithSecretsHidden */.KD)((() => entry.load()));
        // Own keys only: `--constructor` is no option of any command.
        const negated = name.startsWith('no-') && Object.hasOwn(options, name.slice(3)) ? options[name.slice(3)] : undefined;
        if (Object.hasOwn(options, name) || negated?.type === 'boolean')
            taking.push(entry.name);
    }
    return taking;
});var commandHelp = (function (entry, command) {
    return `Usage: ${command.usage}\n\n${entry.summary}\n\n${command.help.trimEnd()}\n\n${COMMON_HELP}\n`;
});var printError = (function (error, context) {
    const report = (0,errors/* reportOf */.EI)(error);
    // Redacted first, while a secret's bytes still match: the guard would make its control characters spaces.
    context.stderr.write(`trust-kit: ${report.code}: ${(0,quote/* printableLines */.fk)((0,secrets/* redact */.E$)(report.message))}\n`);
    if (report.hint !== undefined)
        context.stderr.write(`  hint: ${(0,quote/* printableLines */.fk)((0,secrets/* redact */.E$)(report.hint))}\n`);
});var unknownCommand = (function (name) {
    const names = COMMANDS.map(((candidate) => candidate.name));
    return new errors/* TrustKitError */.T0('CLI_UNKNOWN_COMMAND', `unknown command ${(0,quote/* quoted */.TL)(name)}`, {
        hint: `${(0,suggest/* didYouMean */.a)((0,suggest/* suggestions */.G)(name, names))}run \`trust-kit --help\` for the commands: ${names.join(', ')}`,
    });
});var usageError = (function (message, hint) {
    return new errors/* TrustKitError */.T0('CLI_USAGE', message, { hint });
});var runCli = (async function (argv, context) {
    try {
        // `--verbose` may come before the command too (trust-kit --verbose sbom), once or more: it is every command's flag. It
        // goes first among the command's arguments: after them, it was a file after `--`, or the value of a flag left without one.
        let leading = 0;
        while (argv[leading] === '--verbose')
            leading++;
        const [first, ...given] = argv.slice(leading);
        const rest = leading > 0 ? ['--verbose', ...given] : given;
        if (first === undefined) {
            // A usage error, told as every failure is: its coded line, then the commands, all on stderr.
            context.stderr.write(`trust-kit: CLI_USAGE: no command given\n${mainHelp()}`);
            return exit_codes/* EXIT */.d.USAGE;
        }
        if (first === '-h' || first === '--help' || first === 'help') {
            const topic = first === 'help' ? COMMANDS.find(((command) => command.name === given[0])) : undefined;
            // `trust-kit help chekcsums` is as unknown a command as `trust-kit chekcsums`, not a request for the command list; `help help` (or -h) is that list.
            if (first === 'help' && topic === undefined && given[0] !== undefined && !['help', '-h', '--help'].includes(given[0]))
                throw unknownCommand(given[0]);
            context.stdout.write(topic === undefined ? mainHelp() : commandHelp(topic, await (0,secrets/* loadWithSecretsHidden */.KD)((() => topic.load()))));
            return exit_codes/* EXIT */.d.OK;
        }
        if (first === '-v' || first === '--version') {
            context.stdout.write(`${version/* VERSION */.x}\n`);
            return exit_codes/* EXIT */.d.OK;
        }
        const entry = COMMANDS.find(((candidate) => candidate.name === first));
        if (entry === undefined && first.startsWith('-')) {
            // A command's option given before the command (`trust-kit --output x sbom`), or a mistyped -v or --version.
            const meant = /^-[a-z]$/i.test(first) ? ['-h', '-v'].filter(((short) => short === first.toLowerCase())) : (0,suggest/* suggestions */.G)(first.replace(/^-+/, ''), ['help', 'version', 'verbose']).map(((name) => `--${name}`));
            throw usageError(`option ${(0,quote/* shownFile */.G)(first)} before the command`, `${(0,suggest/* didYouMean */.a)(meant)}only --help, --version and --verbose come before it; give the command first: trust-kit COMMAND [options]`);
        }
        if (entry === undefined)
            throw unknownCommand(first);
        const command = await (0,secrets/* loadWithSecretsHidden */.KD)((() => entry.load()));
        // Before `--` only: after it, `-h` is a file (`verify-blob ... -- "$FILE"` printed the help and exited 0, unverified).
        const end = rest.indexOf('--');
        const flags = end === -1 ? rest : rest.slice(0, end);
        if (flags.includes('--help') || flags.includes('-h')) {
            context.stdout.write(commandHelp(entry, command));
            return exit_codes/* EXIT */.d.OK;
        }
        const options = { ...command.options, ...COMMON_OPTIONS };
        const args = goBooleans(rest, options, entry.name);
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args, options, allowPositionals: true, allowNegative: true, strict: true, tokens: true });
        }
        catch (error) {
            const help = `run \`trust-kit ${entry.name} --help\` for its options`;
            // Node's message advises `--` for a positional argument; what the user meant is more likely a flag spelled otherwise.
            const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.*?)'/s.exec(error.message)?.[1] : undefined;
            if (unknown !== undefined) {
                // Another command's flag, exactly (`verify-image --signature-format`), says more than a near one of this command (--signature).
                const elsewhere = await commandsTaking(unknown, entry.name);
                const meant = elsewhere.length > 0 ? [] : optionSuggestions(unknown, options);
                const owners = elsewhere.length === 0 ? '' : `${unknown} is an option of ${elsewhere.length === 1 ? elsewhere[0] : `${elsewhere.slice(0, -1).join(', ')} and ${elsewhere[elsewhere.length - 1]}`}, not of ${entry.name}; `;
                throw usageError(`${entry.name}: unknown option ${(0,quote/* shownFile */.G)(unknown)}`, `${(0,suggest/* didYouMean */.a)(meant)}${owners}${help}`);
            }
            const [said = '', ...more] = error.message.split('\n');
            // A value that starts with a dash (`-o -dash`): Node's last line says how to give it, which its first does not.
            const dashed = more.find(((line) => line.startsWith('To specify an option argument starting with a dash')));
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
        if (early.length > 0 && command.reportsFlagIssues !== true)
            throw new inputs/* ConfigError */.xL(early, `${earlyHint}; run \`trust-kit ${entry.name} --help\` for the flags`);
        if (parsed.values.verbose === true) {
            const logger = (0,cli_logger/* stderrLogger */.D)(context.stderr, true);
            logger.debug(`trust-kit ${version/* VERSION */.x} on Node.js ${process.versions.node} (${process.platform}-${process.arch})`);
            logger.debug(`secret memory protection: ${JSON.stringify((0,secrets/* memoryProtectionStatus */.pX)())}`);
        }
        try {
            const code = await command.run({ values: parsed.values, positionals: parsed.positionals, issues: early }, context);
            // Unreachable for a command true to reportsFlagIssues; said, not passed as success.
            if (early.length > 0)
                throw new inputs/* ConfigError */.xL(early);
            return code;
        }
        catch (error) {
            const help = `\`trust-kit ${entry.name} --help\` lists what each accepts`;
            if (early.length > 0) {
                // The CLI's word on a flag it found empty or `-` stands; the command's on the same flag (read as absent, say) would contradict it.
                const flagged = new Set(early.map(((issue) => issue.input)));
                const rest = error instanceof inputs/* ConfigError */.xL ? error.issues.filter(((issue) => !flagged.has(issue.input))) : [];
                throw new inputs/* ConfigError */.xL([...early, ...rest], `${earlyHint}; ${rest.length > 0 ? 'fix the other inputs named above too; ' : ''}${help}`);
            }
            // The inputs' reference for this command is its own help, not a placeholder for any command's.
            if (error instanceof inputs/* ConfigError */.xL)
                throw new inputs/* ConfigError */.xL(error.issues, `fix the inputs named above; ${help}`);
            throw error;
        }
    }
    catch (error) {
        printError(error, context);
        return (0,exit_codes/* exitCodeFor */.R)(error);
    }
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: (() => (/* binding */ printError)),
  a: (() => (/* binding */ runCli))
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/secrets/index.js + 13 modules
var secrets = __webpack_require__(22331);
;// CONCATENATED MODULE: ./lib/cli/commands/index.js
/** Every `trust-kit` subcommand, in the order `--help` lists them; adding one is one line here. */
const COMMANDS = [
    { name: 'release', summary: 'produce the release evidence for artifacts: checksums, SBOMs, a signature and VERIFY.md', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(5602), __webpack_require__.e(8925), __webpack_require__.e(1407), __webpack_require__.e(2890)]).then(__webpack_require__.bind(__webpack_require__, 92890))).releaseCommand) },
    { name: 'checksums', summary: 'write a checksums file (sha256sum format) for release artifacts, or check one', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(522), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(1025)]).then(__webpack_require__.bind(__webpack_require__, 11025))).checksumsCommand) },
    { name: 'sbom', summary: 'write an SBOM (SPDX 2.3 or CycloneDX 1.5-1.7 JSON) of a project from its lockfiles', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(5759), __webpack_require__.e(8925), __webpack_require__.e(7758)]).then(__webpack_require__.bind(__webpack_require__, 49620))).sbomCommand) },
    { name: 'attest', summary: 'sign in-toto attestations (SLSA provenance, SBOMs, custom predicates) of files as DSSE bundles (<name>.intoto.jsonl)', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(522), __webpack_require__.e(5799), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(4894), __webpack_require__.e(5602), __webpack_require__.e(8894), __webpack_require__.e(9180)]).then(__webpack_require__.bind(__webpack_require__, 29180))).attestCommand) },
    { name: 'sign-blob', summary: 'sign files into Sigstore bundles (<file>.sigstore.json), keyless with an OIDC identity or with a local key', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(522), __webpack_require__.e(5799), __webpack_require__.e(5602), __webpack_require__.e(3922)]).then(__webpack_require__.bind(__webpack_require__, 63922))).signBlobCommand) },
    { name: 'sign-image', summary: 'sign container images by digest: a Sigstore bundle attached as an OCI referrer (cosign 3), and by default cosign 2\'s .sig too', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(522), __webpack_require__.e(5799), __webpack_require__.e(4703), __webpack_require__.e(5602), __webpack_require__.e(5907)]).then(__webpack_require__.bind(__webpack_require__, 64628))).signImageCommand) },
    { name: 'attest-image', summary: 'attest container images (SLSA provenance, SBOMs, custom predicates) as referrers cosign 3 reads, and by default as cosign 2\'s .att', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(5456), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(522), __webpack_require__.e(5799), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(4894), __webpack_require__.e(4703), __webpack_require__.e(5602), __webpack_require__.e(8894), __webpack_require__.e(1148)]).then(__webpack_require__.bind(__webpack_require__, 71897))).attestImageCommand) },
    { name: 'verify-image', summary: 'verify the signatures and attestations attached to a container image (referrers API or tag fallback)', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2701), __webpack_require__.e(4703), __webpack_require__.e(7452), __webpack_require__.e(1835), __webpack_require__.e(1193)]).then(__webpack_require__.bind(__webpack_require__, 25576))).verifyImageCommand) },
    { name: 'generate-key-pair', summary: 'create an ECDSA P-256 key pair for signing without an OIDC identity (PREFIX.key, PREFIX.pub)', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(5179), __webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(9402), __webpack_require__.e(5799), __webpack_require__.e(724)]).then(__webpack_require__.bind(__webpack_require__, 44909))).generateKeyPairCommand) },
    { name: 'verify-blob', summary: 'verify a Sigstore bundle for a file or a sha256: digest (cosign verify-blob flags)', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2701), __webpack_require__.e(7452)]).then(__webpack_require__.bind(__webpack_require__, 95110))).verifyBlobCommand) },
    { name: 'verify-attestation', summary: 'verify an in-toto attestation (SLSA provenance, SBOM) about a file, as gh attestation verify --bundle does, offline', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(2701), __webpack_require__.e(7452), __webpack_require__.e(1835)]).then(__webpack_require__.bind(__webpack_require__, 81835))).verifyAttestationCommand) },
    { name: 'verify-release', summary: 'verify offline everything a downloaded release carries (signed checksums, attestations) under a verification policy', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(4313), __webpack_require__.e(522), __webpack_require__.e(461), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(2701), __webpack_require__.e(7310), __webpack_require__.e(7452), __webpack_require__.e(8612), __webpack_require__.e(1407), __webpack_require__.e(9765)]).then(__webpack_require__.bind(__webpack_require__, 6492))).verifyReleaseCommand) },
    { name: 'verify-checksums', summary: 'verify a signed checksums file, then artifacts against it (the one command after downloading a release)', load: (async () => (await Promise.all(/* import() */[__webpack_require__.e(4661), __webpack_require__.e(7776), __webpack_require__.e(522), __webpack_require__.e(6256), __webpack_require__.e(2555), __webpack_require__.e(2701), __webpack_require__.e(7452), __webpack_require__.e(6161)]).then(__webpack_require__.bind(__webpack_require__, 26161))).verifyChecksumsCommand) },
];

// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/logger.js
var cli_logger = __webpack_require__(27444);
// EXTERNAL MODULE: ./lib/core/suggest.js
var suggest = __webpack_require__(3029);
;// CONCATENATED MODULE: ./lib/cli/cli.js











/** Flags every command takes, parsed with its own. */
const COMMON_OPTIONS = { verbose: { type: 'boolean' } };
const COMMON_HELP = `Common options:
  -h, --help     show this help
      --verbose  print debug messages: the version, the runtime and the secret memory protection in force
A flag without a value also takes =true or =false, as cosign's do (--FLAG=false is --no-FLAG).`;
/** The flags a mistyped long option (`--ouptut`, `--no-sing`) may have meant, as typed: a single-letter one gets none. */

/**
 * `-` as a path: only `--output` takes it, for standard output (sbom, checksums). Anywhere else it
 * would be read or written as a file named `-` (ENOENT for `verify-blob - --bundle b`, a bundle
 * named `-` for `sign-blob --bundle -`), where users of sha256sum and cosign expect a pipe.
 */

/**
 * Flags given an empty (or blank) value. Read as absent, `--key "$KEY"` with KEY unset signed
 * keylessly, `--repo ''` published to GITHUB_REPOSITORY, `--output-dir ''` replaced the default
 * directory, `--trusted-root ''` trusted the public-good root and `--rekor-url ''` logged in the
 * public-good Rekor: another behaviour, silently.
 * Such a value is nearly always an unset shell variable, so each is refused, naming the flag.
 */

/**
 * Flags of one value given more than once with different values (`-o a -o b`): the parser keeps
 * the last, and the first was dropped without a word. A boolean flag is left to the last one given
 * (`--FLAG=false ... --FLAG=true`, `--FLAG --no-FLAG`), as cosign and gh take theirs, and a wrapper
 * script overrides its defaults. And a short flag written with `=` (`-o=SUMS`), whose value is then
 * `=SUMS`, a file of that name.
 */

/** The values Go's strconv.ParseBool reads, as cosign and gh take them after a boolean flag's `=`. */
const GO_TRUE = new Set(['1', 't', 'T', 'true', 'TRUE', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);
/**
 * Rewrites `--FLAG=true` to `--FLAG` and `--FLAG=false` to `--no-FLAG` for a boolean flag, before
 * Node's parser, which refuses any value: cosign and gh take both for every boolean flag, and
 * users copy such lines (VERIFY.md's cosign lines spell `--insecure-ignore-tlog=true`). Any other
 * value is refused naming the flag; words after `--` are arguments and stay as they are.
 */

/**
 * The other commands that take a long option this one does not (`verify-blob --predicate-type`:
 * verify-attestation, verify-image). Loads every command, on this failure path only.
 */


/**
 * Prints a failure as `trust-kit: CODE: message` and a hint line: the one place errors become text.
 * Messages quote what others sent printable where they are made; here, as a last guard for any that
 * does not, every control character but the line feed (a message may list its inputs line by line)
 * becomes a space, so no message can drive the terminal.
 */



/** Runs `trust-kit` with the given arguments (without `node` and the script) and returns the exit code. */



/***/ }),

/***/ 20535:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var exitCodeFor = (function (error) {
    if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error))
        return EXIT.FAILURE;
    if (USAGE_CODES.has(error.code))
        return EXIT.USAGE;
    const specific = SPECIFIC_CODES[error.code];
    if (specific !== undefined)
        return specific;
    if (error.code.startsWith('VERIFY_POLICY_'))
        return EXIT.POLICY_MISMATCH;
    if (error.code.startsWith('VERIFY_'))
        return EXIT.VERIFICATION_FAILED;
    return EXIT.FAILURE;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: (() => (/* binding */ exitCodeFor)),
/* harmony export */   d: (() => (/* binding */ EXIT))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/**
 * The CLI's documented exit codes. Scripts can tell a bad signature from a policy mismatch from
 * a usage mistake without parsing messages.
 */
const EXIT = {
    /** Everything asked for was done and verified. */
    OK: 0,
    /** The command failed: bad input files, I/O, a service, or a checksum mismatch. */
    FAILURE: 1,
    /** The command line or inputs are wrong; nothing was done. */
    USAGE: 2,
    /** A signature, bundle or transparency-log proof did not verify. */
    VERIFICATION_FAILED: 3,
    /** Cryptographically valid, but not signed by the identity the policy asks for. */
    POLICY_MISMATCH: 4,
    /** The artifact is not a subject of the signed statement: the attestation is about something else. */
    SUBJECT_MISMATCH: 5,
    /** The attestation about the artifact is of another predicate type than the one asked for. */
    PREDICATE_TYPE_MISMATCH: 6,
    /** Signed, but by another workflow than `--signer-workflow`. */
    SIGNER_WORKFLOW_MISMATCH: 7,
    /** Signed in another repository (or owner) than `--repo`/`--owner`. */
    REPOSITORY_MISMATCH: 8,
    /** Made on a self-hosted runner, refused by `--deny-self-hosted-runners`. */
    SELF_HOSTED_RUNNER: 9,
};
/** Refusals with an exit code of their own, checked before the families below. */
const SPECIFIC_CODES = {
    VERIFY_SUBJECT_MISMATCH: EXIT.SUBJECT_MISMATCH,
    VERIFY_PREDICATE_TYPE_MISMATCH: EXIT.PREDICATE_TYPE_MISMATCH,
    VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: EXIT.SIGNER_WORKFLOW_MISMATCH,
    VERIFY_POLICY_REPOSITORY_MISMATCH: EXIT.REPOSITORY_MISMATCH,
    VERIFY_POLICY_SELF_HOSTED_RUNNER: EXIT.SELF_HOSTED_RUNNER,
};
const USAGE_CODES = new Set(['CONFIG_INVALID', 'CLI_USAGE', 'CLI_UNKNOWN_COMMAND']);
/** The exit code for a thrown value, from its error code. */



/***/ }),

/***/ 27444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var stderrLogger = (function (stderr, verbose = false) {
    return {
        info: ((message) => stderr.write(`trust-kit: ${shown(message)}\n`)),
        warn: ((message) => stderr.write(`trust-kit: warning: ${shown(message)}\n`)),
        debug: ((message) => {
            if (verbose)
                stderr.write(`trust-kit: debug: ${shown(message)}\n`);
        }),
    };
});var shown = (function (message) {
    return (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printableLines */ .fk)((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: (() => (/* binding */ stderrLogger))
/* harmony export */ });
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22331);


/**
 * A logger for the CLI: progress and warnings go to stderr, so stdout stays machine-readable. A
 * message may quote what others sent (a downgrade's reasons, a registry's answer) or a value that
 * holds a live secret: as printError does, every secret is redacted, then every control character
 * but the line feed becomes a space, a last guard for the terminal.
 */

/** Redacted first, while a secret's bytes still match: the guard would make its control characters spaces. */



/***/ }),

/***/ 11273:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, (async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25403);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62164);
/* harmony import */ var _core_signal_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21467);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22331);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17253);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20535);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27444);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51517);








// Only the Actions runner reads workflow commands: elsewhere what is written stays as it is.
const fenceCommands = process.env['GITHUB_ACTIONS'] === 'true';
const stdout = (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .closableOutput */ .h)((() => (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .regularFileStream */ .f)(1) ?? process.stdout), { name: 'standard output', failures: 'throw', fenceCommands });
const stderr = (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .closableOutput */ .h)((() => process.stderr), { name: 'standard error', failures: 'drop', fenceCommands });
const debug = process.env['RUNNER_DEBUG'] === '1';
// A debug run reports the protections in force from its start; otherwise they are chosen with the first secret.
// On SIGINT, SIGTERM or SIGHUP the files being written are removed (their targets stay as they were) and one
// line says why the command stopped; then the signal ends the process (exit status 130, 143 or 129).
(0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .protectProcess */ .$f)({ env: process.env, host: process, logger: (0,_logger_js__WEBPACK_IMPORTED_MODULE_6__/* .stderrLogger */ .D)(stderr, debug), chooseNow: debug, onSignal: _core_signal_js__WEBPACK_IMPORTED_MODULE_2__/* .stoppedBySignal */ .T, onCrash: _core_files_js__WEBPACK_IMPORTED_MODULE_1__/* .removeTemporaryFiles */ .vo });
// In a GitHub Actions job, every secret taken from here on (an OIDC token the runner does not know
// of, above all) is masked in the log, as the actions mask it; on stderr, which the runner reads
// for commands too, so that stdout stays the command's output (`trust-kit sbom > sbom.json`).
if (process.env['GITHUB_ACTIONS'] === 'true') {
    (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setMasker */ .I7)(((form) => {
        const line = (0,_core_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .addMaskCommand */ .F8)(form);
        process.stderr.write(line, (() => line.fill(0)));
    }));
}
const context = { cwd: process.cwd(), env: process.env, stdout, stderr };
let code = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .runCli */ .a)(process.argv.slice(2), context);
// The command is done and has awaited all it started: the process ends once both streams have
// taken what was written, without the teardown of a natural exit, which frees the heap page by
// page (milliseconds after a big SBOM). Exit handlers (the secrets' purge) still run.
await Promise.all([stdout.flushed(), stderr.flushed()]);
// Its output failed after its last write (a pipe's or device's error comes later): the run did not give what it said.
const failure = stdout.unreportedFailure();
if (failure !== undefined) {
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .printError */ .y)(failure, context);
    await stderr.flushed();
    if (code === 0)
        code = (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodeFor */ .R)(failure);
}
process.exit(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }), 1);

/***/ }),

/***/ 51517:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var closableOutput = (function (open, options) {
    let stream;
    let fence = false;
    let closed = false;
    let failure;
    let reported = false;
    const throwFailure = (() => {
        if (failure === undefined || reported || options.failures === 'drop')
            return;
        reported = true;
        throw failure;
    });
    return {
        write: ((text) => {
            throwFailure();
            if (closed)
                return;
            if (stream === undefined) {
                stream = open();
                fence = options.fenceCommands === true && stream.regularFile !== true;
                stream.on('error', ((error) => {
                    closed = true;
                    if (error.code !== 'EPIPE') {
                        failure ??= new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TrustKitError */ .T0('FILE_WRITE_FAILED', `could not write ${options.name}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .messageOf */ .bD)(error)}`, { cause: error, hint: `free space (or lift the file size limit) where ${options.name} is written, or write the file with -o FILE where the command has it` });
                    }
                }));
            }
            stream.write(fence ? (0,_core_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutWorkflowCommands */ .CA)(text) : text);
            throwFailure();
        }),
        flushed: (() => new Promise(((resolve) => {
            if (stream === undefined || closed)
                resolve();
            // Writes are taken in order: the callback of an empty one comes once all before it are taken (or failed).
            else
                stream.write('', (() => resolve()));
        }))),
        unreportedFailure: (() => (reported || options.failures === 'drop' ? undefined : failure)),
    };
});var regularFileStream = (function (fd) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            return undefined;
    }
    catch {
        return undefined;
    }
    const listeners = [];
    return {
        regularFile: true,
        write(text, callback) {
            try {
                const bytes = Buffer.from(text, 'utf8');
                for (let at = 0; at < bytes.length;) {
                    const taken = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes, at);
                    // A regular file that takes nothing and says no error would loop here for ever.
                    if (taken === 0)
                        throw Object.assign(new Error('the file took no more bytes'), { code: 'EIO' });
                    at += taken;
                }
                callback?.(null);
            }
            catch (error) {
                for (const listener of listeners)
                    listener(error);
                callback?.(error);
            }
            return true;
        },
        on(_event, listener) {
            listeners.push(listener);
            return this;
        },
    };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: (() => (/* binding */ regularFileStream)),
/* harmony export */   h: (() => (/* binding */ closableOutput))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _core_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25403);



/**
 * An {@link Output} over a process stream whose reader may go away (`trust-kit checksums . | head -1`):
 * once a write fails with EPIPE, later writes are dropped, so the command still finishes what it
 * started (a signature half-way through a batch) and exits with its own code, without a stack trace.
 * Another failure (a full disk under `trust-kit sbom > sbom.json`) is FILE_WRITE_FAILED naming the
 * stream, thrown by the write that meets it or the next one, so the command fails as with `-o`;
 * with `failures: 'drop'` (standard error, where nothing could report it) later writes are dropped.
 * With `fenceCommands` (in a GitHub Actions job: the runner reads both streams of a step), a write
 * with a line the runner would read as a workflow command (a file name from a checksums file, a
 * server's answer in an error) is fenced off so that it runs none; never on a regular file
 * (`trust-kit checksums dist > SHA256SUMS`), which no runner reads and whose bytes are the data.
 *
 * `open` is called on the first write only: Node.js builds `process.stderr` when it is first read,
 * and for a pipe that loads node:net (about 1.5 ms), which a command that prints nothing there
 * (`verify-blob` verifying) should not pay.
 */

/**
 * A stream writing to `fd` when it is a regular file (`trust-kit sbom > sbom.json`), undefined
 * otherwise: Node.js's own stream there makes one write(2) a chunk and takes a short write for a
 * whole one, so a full disk left a cut document and exit 0. Here each write is repeated until
 * every byte is taken, and what stops it is the stream's error, reported at once.
 */



/***/ }),

/***/ 66097:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cliNamer = (function (positionals = {}) {
    return ((name) => {
        const positional = positionals[name];
        return positional === undefined ? `--${name}` : `argument ${positional}`;
    });
});var refusedValues = (function (values, input, parse) {
    return values.flatMap(((value) => {
        try {
            parse(value);
            return [];
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error))
                throw error;
            return [{ input, message: error.message }];
        }
    }));
});var withEarlierIssues = (function (earlier, read) {
    let result;
    try {
        result = read();
    }
    catch (error) {
        if (error instanceof ConfigError && earlier.length > 0)
            throw new ConfigError([...earlier, ...error.issues]);
        throw error;
    }
    if (earlier.length > 0)
        throw new ConfigError(earlier);
    return result;
});var splitAtCommas = (function (line) {
    const parts = [];
    const closers = [];
    let start = 0;
    for (let at = 0; at < line.length; at++) {
        const char = line[at];
        if (char === '{' && closers.at(-1) !== ']')
            closers.push('}');
        else if (char === '[' && closers.at(-1) !== ']')
            closers.push(']');
        else if (char === closers.at(-1))
            closers.pop();
        else if (char === ',' && closers.length === 0) {
            parts.push(line.slice(start, at));
            start = at + 1;
        }
    }
    if (closers.length > 0)
        return line.split(',');
    parts.push(line.slice(start));
    return parts;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fb: (() => (/* binding */ LINE_BREAK)),
/* harmony export */   ZB: (() => (/* binding */ withEarlierIssues)),
/* harmony export */   i_: (() => (/* binding */ InputReader)),
/* harmony export */   pc: (() => (/* binding */ refusedValues)),
/* harmony export */   qy: (() => (/* binding */ cliNamer)),
/* harmony export */   xL: (() => (/* binding */ ConfigError))
/* harmony export */ });
/* unused harmony export actionInputName */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89531);


/** Names inputs the way action users write them. */
const actionInputName = ((name) => `input "${name}"`);
/** Names inputs the way CLI users type them: `--name`, or `argument PATH` for inputs given as positional arguments. */

/**
 * The most issues a {@link ConfigError}'s message lists (all are in `issues`): 32,000 missing paths made
 * a 1.4 MB error, and a job summary past the 1 MiB GitHub drops whole, with the explanation in it.
 */
const MAX_LISTED_ISSUES = 50;
/** Every bad input of one call, reported together so the user fixes them in one go (the first {@link MAX_LISTED_ISSUES} in its message). */
class ConfigError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    issues;
    /** `hint` by default points at the actions' reference (the CLI points at the command's own help instead); no placeholder a user would have to fill in. */
    constructor(issues, hint = 'fix the inputs named above; docs/actions.md lists each action\'s inputs and what each accepts') {
        const lines = issues.slice(0, MAX_LISTED_ISSUES).map(((issue) => `${issue.input}: ${issue.message}`));
        if (issues.length > MAX_LISTED_ISSUES)
            lines.push(`and ${issues.length - MAX_LISTED_ISSUES} more`);
        super('CONFIG_INVALID', issues.length === 1 ? (lines[0] ?? '') : `${issues.length} invalid inputs:\n  ${lines.join('\n  ')}`, { hint });
        this.name = 'ConfigError';
        this.issues = issues;
    }
}
/**
 * The values `parse` refuses, as problems of `input`: a flag value of the wrong form is a usage
 * error reported with every other bad flag, not a failure later under the parser's own code.
 */

/**
 * Runs a config reader after problems a command found itself (a wrong argument count, a bad
 * --format): all are reported together, so that no problem hides another.
 */

/**
 * One line of a list input split at its commas, but not at those inside a glob's braces or brackets
 * (`dist/*.{zip,tar.gz}` is one glob); a line whose braces or brackets do not pair up is split at
 * every comma, as it would be without them.
 */

/** A line break as any reader of a one-line value may take one: LF, CR, or the line and paragraph separators. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/**
 * Reads raw inputs into typed values, collecting every problem instead of stopping at the first;
 * `finish()` throws one {@link ConfigError} listing them all.
 */
class InputReader {
    raw;
    nameOf;
    issues = [];
    constructor(raw, nameOf) {
        this.raw = raw;
        this.nameOf = nameOf;
    }
    /** Records a problem with an input; validation goes on. */
    report(name, message) {
        const input = this.nameOf(name);
        // An input read twice (to tell whether it was given) is reported once.
        if (this.issues.some(((issue) => issue.input === input && issue.message === message)))
            return;
        this.issues.push({ input, message });
    }
    /**
     * A trimmed string, or `fallback` when it is absent or blank. One value is one line: a line break
     * inside (an action input written as a YAML block, or an event's text in it) would carry a second
     * value into a path, and from there into outputs read line by line.
     */
    string(name, fallback) {
        const value = this.raw[name];
        if (value === undefined || value === false)
            return fallback;
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
    required(name) {
        const value = this.string(name);
        if (value === undefined)
            this.report(name, 'is required');
        return value;
    }
    /**
     * A list: an action input is one string holding it, newline- or comma-separated as users write
     * it in YAML (a comma inside a glob's braces or brackets separates nothing), and each item is
     * trimmed, so a CRLF line ending goes too; repeated flags and positional arguments arrive one value
     * each and are taken as given, since a file name may hold a comma or spaces. Blanks are dropped.
     */
    list(name) {
        const value = this.raw[name];
        if (value === undefined || typeof value === 'boolean')
            return [];
        if (typeof value !== 'string')
            return value.filter(((part) => typeof part === 'string' && part.trim() !== ''));
        return value
            .split('\n')
            .flatMap(splitAtCommas)
            .map(((part) => part.trim()))
            .filter(((part) => part !== ''));
    }
    /** One of a fixed set of values. */
    choice(name, allowed, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const normalised = value.toLowerCase();
        if (allowed.includes(normalised))
            return normalised;
        this.report(name, `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value)}; expected one of ${allowed.join(', ')}`);
        return fallback;
    }
    /** Several values, each from a fixed set (or an alias of one), deduplicated in the order given. */
    choices(name, allowed, fallback, aliases = {}) {
        // Names of choices never hold commas, so `--format a,b` is split like an action input.
        const values = this.list(name).flatMap(((value) => value.split(',').map(((part) => part.trim())).filter(((part) => part !== ''))));
        if (values.length === 0)
            return [...fallback];
        const chosen = [];
        for (const value of values) {
            const lower = value.toLowerCase();
            const normalised = Object.hasOwn(aliases, lower) ? aliases[lower] : lower;
            if (!allowed.includes(normalised)) {
                this.report(name, `has ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(value)}; expected one or more of ${allowed.join(', ')}`);
            }
            else if (!chosen.includes(normalised)) {
                chosen.push(normalised);
            }
        }
        return chosen;
    }
    /** A YAML 1.2 core boolean (`true`/`false`), the form `core.getBooleanInput` accepts; flags count as true. */
    boolean(name, fallback) {
        const value = this.raw[name];
        if (value === undefined)
            return fallback;
        if (typeof value === 'boolean')
            return value;
        if (typeof value !== 'string') {
            this.report(name, 'expected true or false');
            return fallback;
        }
        const trimmed = value.trim();
        if (trimmed === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(trimmed))
            return true;
        if (['false', 'False', 'FALSE'].includes(trimmed))
            return false;
        this.report(name, `is ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(trimmed)}; expected true or false`);
        return fallback;
    }
    /** The problems collected so far, to report with those of another reader (see {@link withEarlierIssues}). */
    collected() {
        return [...this.issues];
    }
    /** Throws the collected problems, if any. */
    finish() {
        if (this.issues.length > 0)
            throw new ConfigError(this.issues);
    }
}


/***/ }),

/***/ 62164:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var writeFileAtomic = (async function (path, data, mode = 0o644, options = {}) {
    await (await prepareFileAtomic(path, data, mode, options)).commit();
});var prepareFilesAtomic = (async function (files) {
    const prepared = [];
    let next = 0;
    let failure;
    const writer = (async () => {
        while (failure === undefined && next < files.length) {
            const index = next++;
            const file = files[index];
            try {
                prepared[index] = await prepareFileAtomic(file.path, file.data);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    });
    await Promise.all(Array.from({ length: Math.min(PREPARE_AT_ONCE, files.length) }, writer));
    if (failure !== undefined) {
        await Promise.all(prepared.map(((file) => file.discard())));
        throw failure.error;
    }
    return prepared;
});var commitTogether = (async function (files) {
    let started = false;
    const commit = (async () => {
        started = true;
        // What stands where one goes that no rename replaces (a directory, a link, a device) is found before the first is put in place:
        // a later one failing left the earlier ones of this run beside the older ones of another.
        for (const file of files) {
            try {
                expectReplaceableOutput(file.path);
                if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(file.path, { throwIfNoEntry: false })?.isDirectory() === true) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_NOT_REGULAR', `output ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(file.path)} is a directory; trust-kit writes an output as a new regular file in its place`, { hint: 'name a file, not a directory, or remove the directory' });
                }
            }
            catch (error) {
                await Promise.all(files.map(((each) => each.discard())));
                // A name too long to look at (ENAMETOOLONG) is one too long to write: the system's error, told as a write's.
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustKitError */ .Nf)(error) ? error : writeFailed(file.path, error);
            }
        }
        for (const [index, file] of files.entries()) {
            try {
                file.commitSync();
            }
            catch (error) {
                await Promise.all(files.slice(index + 1).map(((rest) => rest.discard())));
                throw error;
            }
        }
    });
    try {
        await underCommitLock(files.map(((file) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file.path))), commit);
    }
    catch (error) {
        // The lock was refused or could not be made: nothing was put in place.
        if (!started)
            await Promise.all(files.map(((file) => file.discard())));
        throw error;
    }
});var processStart = (function (pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${pid}/stat`, 'latin1');
        // The command name (field 2) may hold spaces and parentheses: fields are counted after its closing one.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
});var readLock = (function (path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        const bytes = Buffer.alloc(MAX_LOCK_BYTES + 1);
        const read = info.isFile() ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, bytes, 0, bytes.length, 0) : 0;
        const text = bytes.toString('utf8', 0, read);
        let holder;
        try {
            const { pid, place, nonce, start } = JSON.parse(text);
            if (Number.isSafeInteger(pid) && typeof place === 'string' && typeof nonce === 'string')
                holder = { pid: pid, place, nonce, ...(typeof start === 'string' ? { start } : {}) };
        }
        catch {
            // Not written yet, or not a lock trust-kit wrote: no holder.
        }
        return { text, mtimeMs: info.mtimeMs, holder };
    }
    catch {
        return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
});var isStale = (function (lock) {
    const { holder } = lock;
    if (holder === undefined)
        return Date.now() - lock.mtimeMs > UNWRITTEN_LOCK_MS;
    if (holder.place !== (0,_process_place_js__WEBPACK_IMPORTED_MODULE_6__/* .processPlace */ .h)())
        return false;
    // This process holds it only under a nonce it holds now: any other is a holding of it since
    // ended (or of an earlier process of this id), which it would otherwise wait for, then refuse.
    if (holder.pid === process.pid)
        return !heldNonces.has(holder.nonce);
    if (!processRuns(holder.pid))
        return true;
    const start = holder.start === undefined ? undefined : processStart(holder.pid);
    return start !== undefined && start !== holder.start;
});var temporaryBeside = (function (path) {
    const named = Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)) <= MAX_NAMED_TEMPORARY_BYTES ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path) : 'trust-kit';
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path), `.${named}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.${process.pid}.${(0,_process_place_js__WEBPACK_IMPORTED_MODULE_6__/* .processPlace */ .h)()}.tmp`);
});var removeStaleLock = (function (path, stale) {
    // Named as a temporary file: a SIGKILL right now leaves it for the next write there to remove.
    const aside = temporaryBeside(path);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(path, aside);
    }
    catch (error) {
        // Gone meanwhile (another run removed it): worth another try at once.
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) === 'ENOENT';
    }
    const moved = readLock(aside);
    if (moved?.text !== stale.text || moved.mtimeMs !== stale.mtimeMs) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(aside, path);
        }
        catch {
            // A third process made a lock in the instant between: this one is dropped, as a killed holder's would be.
        }
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(aside, { force: true });
    }
    catch {
        // Left for the next write there to remove (named as a temporary file).
    }
    return true;
});var underCommitLock = (async function (directories, commit, waitMs = COMMIT_LOCK_WAIT_MS) {
    const held = [];
    try {
        // Resolved first: one directory named two ways is one lock, never one this process would wait for.
        for (const dir of [...new Set(directories.map(((directory) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(directory))))].sort())
            held.push(await takeCommitLock(dir, Date.now() + waitMs));
        return await commit();
    }
    finally {
        for (const { lock, nonce } of held.reverse()) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true });
            }
            catch {
                // The files are in place: a lock that cannot be removed is taken for a killed run's by the next run (its process has ended).
            }
            temporaries.delete(lock);
            heldNonces.delete(nonce);
        }
    }
});var takeCommitLock = (async function (dir, deadline) {
    const lock = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, COMMIT_LOCK);
    const start = processStart('self');
    const holder = { pid: process.pid, place: (0,_process_place_js__WEBPACK_IMPORTED_MODULE_6__/* .processPlace */ .h)(), nonce: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex'), ...(start === undefined ? {} : { start }) };
    for (;;) {
        // Registered before it is made: a signal (whose handler runs between turns of the event loop, never inside this synchronous part) removes it.
        temporaries.add(lock);
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(lock, 'wx', 0o644);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, JSON.stringify(holder));
            // In the same synchronous run as the lock's making: no other holding of this process sees it without its nonce.
            heldNonces.add(holder.nonce);
            return { lock, nonce: holder.nonce };
        }
        catch (error) {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(lock, { force: true });
            temporaries.delete(lock);
            if (fd !== undefined || (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) !== 'EEXIST')
                throw writeFailed(lock, error);
        }
        finally {
            if (fd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        const other = readLock(lock);
        // One that cannot be removed is waited for as a live one is, then refused: retried at once, it kept this synchronous loop busy forever.
        const stale = other !== undefined && isStale(other);
        if (stale && removeStaleLock(lock, other))
            continue;
        if (Date.now() >= deadline) {
            const who = other?.holder === undefined ? 'another trust-kit' : `trust-kit process ${other.holder.pid}${stale ? ' (which has ended, but this user cannot remove its lock)' : other.holder.place === (0,_process_place_js__WEBPACK_IMPORTED_MODULE_6__/* .processPlace */ .h)() ? '' : ' (of another host, boot or pid namespace: another container sharing the volume)'}`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_LOCKED', `${dir} is locked by ${who}, which is putting files in place there (${lock})`, {
                hint: `wait for it to finish and run again, or write to another directory; if no trust-kit writes there, remove ${lock}`,
            });
        }
        await new Promise(((resolve) => setTimeout(resolve, 20)));
    }
});var removedOnSignal = (function (path) {
    temporaries.add(path);
    return (() => {
        temporaries.delete(path);
    });
});var directoryRemovedOnSignal = (function (path) {
    temporaryDirectories.add(path);
    return (() => {
        temporaryDirectories.delete(path);
    });
});var makeTemporaryDirectory = (async function (prefix) {
    const path = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdtemp((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), prefix));
    const unregister = directoryRemovedOnSignal(path);
    return {
        path,
        async remove() {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(path, { recursive: true, force: true }).catch((() => undefined));
            unregister();
        },
    };
});var removeTemporaryFiles = (function () {
    for (const path of temporaries) {
        temporaries.delete(path);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
        }
        catch {
            // A file that cannot be removed (a read-only directory) must not stop the others' removal.
        }
    }
    for (const path of temporaryDirectories) {
        temporaryDirectories.delete(path);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { recursive: true, force: true });
        }
        catch {
            // As for files: the others are still removed.
        }
    }
});var nameTooLong = (function (path) {
    return Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path)) > MAX_NAME_BYTES;
});var writeFailed = (function (path, error, making) {
    const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error);
    const [why, hint] = making === 'directory' && (code === 'EEXIST' || code === 'ENOTDIR')
        ? ['a file stands where a directory of its path must be', 'give a path whose directories are directories, or move the file in the way']
        : code === 'EISDIR'
            ? ['it is a directory', 'give the path of a file to write, not a directory']
            : code === 'ENAMETOOLONG'
                ? [`its name is longer than the ${MAX_NAME_BYTES} bytes a file name may have, or its path longer than the system takes`, 'give it a shorter name or path']
                : [(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error), 'check that the directory exists, is writable and has free space'];
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_WRITE_FAILED', `could not write ${path}: ${why}`, { cause: error, hint });
});var processRuns = (function (pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) !== 'ESRCH';
    }
});var temporaryNameParts = (function (name) {
    const [, target, pid, place] = TEMPORARY_NAME.exec(name) ?? [];
    if (target === undefined || pid === undefined || place === undefined || Buffer.byteLength(target) > MAX_NAMED_TEMPORARY_BYTES)
        return undefined;
    return { pid: Number(pid), place };
});var trustKitFileKind = (function (name) {
    // Both shapes start with a dot: a walk of many files asks of each, and most are told at their first character.
    if (name.charCodeAt(0) !== 0x2e)
        return undefined;
    if (name === COMMIT_LOCK)
        return 'commit lock';
    return temporaryNameParts(name) === undefined ? undefined : 'temporary file';
});var trustKitDirectoryKind = (function (name) {
    if (name.charCodeAt(0) !== 0x2e)
        return undefined;
    const kind = /^\..+\.trust-kit-(staging|replaced|kept)-[0-9a-f]{12}$/s.exec(name)?.[1];
    return kind === undefined ? undefined : TRUST_KIT_DIRECTORY_KINDS[kind];
});var removeIfAllowed = (function (path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(path, { force: true });
    }
    catch {
        // Not ours to remove after all (another user's directory): the write does not depend on it.
    }
});var removeDeadWritersTemporaries = (function (dir) {
    if (swept.has(dir))
        return;
    swept.add(dir);
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.opendirSync)(dir);
    }
    catch {
        return;
    }
    try {
        for (let entry = entries.readSync(); entry !== null; entry = entries.readSync()) {
            const parts = temporaryNameParts(entry.name);
            if (parts !== undefined && parts.place === (0,_process_place_js__WEBPACK_IMPORTED_MODULE_6__/* .processPlace */ .h)() && entry.isFile() && parts.pid !== process.pid && !processRuns(parts.pid))
                removeIfAllowed((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name));
        }
    }
    catch {
        // A directory that cannot be listed to its end: what was found is removed.
    }
    finally {
        try {
            entries.closeSync();
        }
        catch {
            // Only listed: nothing is lost.
        }
    }
});var prepareFileAtomic = (async function (path, data, mode = 0o644, options = {}) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path);
    expectReplaceableOutput(path);
    const temporary = temporaryBeside(path);
    const unregisterSecret = options.whileTemporary?.((() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true })));
    // Before the file is made: a signal between its creation and the end of this write removes it.
    temporaries.add(temporary);
    const unregister = (() => {
        temporaries.delete(temporary);
        unregisterSecret?.();
    });
    const discard = (async () => {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temporary, { force: true }).catch((() => undefined));
        unregister();
    });
    const failed = (async (error, making) => {
        await discard();
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustKitError */ .Nf)(error))
            throw error;
        throw writeFailed(path, error, making);
    });
    try {
        await (0,_directories_js__WEBPACK_IMPORTED_MODULE_5__/* .makeDirectories */ .K)(dir);
    }
    catch (error) {
        return failed(error, 'directory');
    }
    try {
        removeDeadWritersTemporaries(dir);
        // Made synchronously: a SIGINT or SIGTERM handler (which runs between turns of the event loop)
        // then finds the file made and registered, never a creation still under way on the thread pool
        // that would make it after the handler removed the temporary files.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temporary, 'wx', mode));
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(temporary, 'r+');
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        return failed(error);
    }
    const commit = (async () => {
        try {
            if (options.overwrite === false) {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.link(temporary, path).catch(((error) => {
                    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) !== 'EEXIST')
                        throw error;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
                }));
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temporary, { force: true });
            }
            else {
                // Again at the last moment: a device or a link put there while the file was written is not replaced either.
                expectReplaceableOutput(path);
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(temporary, path);
            }
            unregister();
        }
        catch (error) {
            await failed(error);
        }
    });
    const commitSync = (() => {
        try {
            if (options.overwrite === false) {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(temporary, path);
                }
                catch (error) {
                    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) !== 'EEXIST')
                        throw error;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_EXISTS', `${path} already exists; not overwriting it`, { cause: error, hint: 'remove it or choose another path' });
                }
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
            }
            else {
                expectReplaceableOutput(path);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, path);
            }
            unregister();
        }
        catch (error) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
            unregister();
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw writeFailed(path, error);
        }
    });
    return { path, commit, discard, commitSync };
});var changedWhileRead = (function (before, after, bytesRead) {
    return before.size !== bytesRead || after.size !== bytesRead || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs;
});var fileChanged = (function (what, shown, bytesRead, expected) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_CHANGED', `${what} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(shown)} changed while it was read (${bytesRead} bytes read, ${expected} when it was opened)`, {
        hint: 'something wrote to it meanwhile: make sure nothing writes to it until trust-kit is done, then run again',
    });
});var formatBytes = (function (bytes) {
    if (bytes % MiB === 0)
        return `${bytes / MiB} MiB`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
});var tooLarge = (function (options, path, size) {
    return fileTooLarge(options.what, options.shown ?? path, size, options.maxBytes);
});var fileTooLarge = (function (what, shown, size, maxBytes) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_TOO_LARGE', `${what} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(shown)} holds ${typeof size === 'number' ? formatBytes(size) : size}, more than the ${formatBytes(maxBytes)} trust-kit reads for a ${what}`, {
        hint: `check that this is the right file; docs/security/limits.md lists the bound for each input`,
    });
});var kindOf = (function (info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
});var expectReplaceableOutput = (function (path) {
    const kind = unreplaceableKind(path);
    if (kind === undefined)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_NOT_REGULAR', `output ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(path)} is ${kind}; trust-kit writes an output as a new regular file in its place, which would replace ${kind === 'a symbolic link' ? 'the link' : 'it'}`, {
        hint: kind === 'a symbolic link' ? 'give the path of the file itself, or remove the link' : 'give the path of a regular file; to print an output, leave the output flag out where the command prints by default (see its --help)',
    });
});var unreplaceableKind = (function (path) {
    let info;
    try {
        info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
    if (info === undefined || info.isFile() || info.isDirectory())
        return undefined;
    return info.isSymbolicLink() ? 'a symbolic link' : kindOf(info);
});var expectRegularFile = (function (info, options, path) {
    if (!info.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0('FILE_NOT_REGULAR', `${options.what} ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shownFile */ .G)(options.shown ?? path)} is ${kindOf(info)}, not a regular file`, {
            hint: `give the path of the ${/\bfile$/.test(options.what) ? options.what : `${options.what} file`} itself; pipes, devices and directories are refused so that reading cannot block or run forever`,
        });
    }
    if (info.size > options.maxBytes)
        throw tooLarge(options, path, formatBytes(info.size));
});var openRegularFile = (async function (path, options) {
    const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY | (options.noFollow === true ? (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0) : 0));
    try {
        const info = await handle.stat();
        expectRegularFile(info, options, path);
        return { handle, size: info.size, mode: info.mode, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
});var readRegularFile = (async function (path, options) {
    const opened = await openRegularFile(path, options);
    const { handle, size } = opened;
    // What is signed must be bytes the file held at one moment: a file written to meanwhile is refused.
    const read = (async (bytes) => {
        if (options.unchanged === true && changedWhileRead(opened, await handle.stat(), bytes.length))
            throw fileChanged(options.what, options.shown ?? path, bytes.length, size);
        return bytes;
    });
    try {
        // One byte more than the size tells a file that grew since fstat; growth is followed up to the cap.
        let buffer = Buffer.allocUnsafe(Math.min(options.maxBytes, size) + 1);
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                if (filled > options.maxBytes)
                    throw tooLarge(options, path, `more than ${formatBytes(options.maxBytes)}`);
                const larger = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, buffer.length * 2));
                buffer.copy(larger, 0, 0, filled);
                buffer = larger;
            }
            const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
            if (bytesRead === 0)
                return await read(buffer.subarray(0, filled));
            filled += bytesRead;
        }
    }
    finally {
        await handle.close();
    }
});var openRegularFileSync = (function (path, options) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOCTTY);
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        expectRegularFile(info, options, path);
        return { fd, info };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        throw error;
    }
});var readRegularFileHeadSync = (function (path, bytes, options) {
    // Of any size: only its head is read.
    const { fd } = openRegularFileSync(path, { ...options, maxBytes: Number.MAX_SAFE_INTEGER });
    try {
        const head = Buffer.alloc(bytes);
        return head.subarray(0, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, head, 0, bytes, 0));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
});var readRegularFileSync = (function (path, options) {
    const { fd, info } = openRegularFileSync(path, options);
    try {
        let buffer = Buffer.allocUnsafe(Math.min(options.maxBytes, info.size) + 1);
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                if (filled > options.maxBytes)
                    throw tooLarge(options, path, `more than ${formatBytes(options.maxBytes)}`);
                const larger = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, buffer.length * 2));
                buffer.copy(larger, 0, 0, filled);
                buffer = larger;
            }
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, filled, buffer.length - filled, null);
            if (bytesRead === 0)
                return buffer.subarray(0, filled);
            filled += bytesRead;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
});var regularFileChunks = (async function* (path, options) {
    const { handle } = await openRegularFile(path, { ...options, maxBytes: Number.MAX_SAFE_INTEGER });
    try {
        const buffer = Buffer.allocUnsafe(options.chunkBytes ?? MiB);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        await handle.close();
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ef: (() => (/* binding */ INPUT_LIMITS)),
/* harmony export */   Ej: (() => (/* binding */ unreplaceableKind)),
/* harmony export */   J8: (() => (/* binding */ fileChanged)),
/* harmony export */   Kb: (() => (/* reexport safe */ _directories_js__WEBPACK_IMPORTED_MODULE_5__.K)),
/* harmony export */   LN: (() => (/* binding */ makeTemporaryDirectory)),
/* harmony export */   Lx: (() => (/* binding */ expectReplaceableOutput)),
/* harmony export */   ME: (() => (/* binding */ fileTooLarge)),
/* harmony export */   UJ: (() => (/* binding */ readRegularFileHeadSync)),
/* harmony export */   W1: (() => (/* binding */ nameTooLong)),
/* harmony export */   XF: (() => (/* binding */ readRegularFile)),
/* harmony export */   Xg: (() => (/* binding */ trustKitFileKind)),
/* harmony export */   ZU: (() => (/* binding */ openRegularFile)),
/* harmony export */   Zf: (() => (/* binding */ BUNDLE_SUFFIX)),
/* harmony export */   a4: (() => (/* binding */ changedWhileRead)),
/* harmony export */   cG: (() => (/* binding */ readRegularFileSync)),
/* harmony export */   eP: (() => (/* binding */ removedOnSignal)),
/* harmony export */   hN: (() => (/* binding */ prepareFileAtomic)),
/* harmony export */   hT: (() => (/* binding */ regularFileChunks)),
/* harmony export */   hx: (() => (/* binding */ underCommitLock)),
/* harmony export */   nf: (() => (/* binding */ directoryRemovedOnSignal)),
/* harmony export */   pg: (() => (/* binding */ MAX_NAME_BYTES)),
/* harmony export */   qD: (() => (/* binding */ writeFileAtomic)),
/* harmony export */   uX: (() => (/* binding */ prepareFilesAtomic)),
/* harmony export */   vo: (() => (/* binding */ removeTemporaryFiles)),
/* harmony export */   w6: (() => (/* binding */ temporaryBeside)),
/* harmony export */   yZ: (() => (/* binding */ commitTogether)),
/* harmony export */   ym: (() => (/* binding */ trustKitDirectoryKind))
/* harmony export */ });
/* unused harmony export COMMIT_LOCK */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _directories_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2064);
/* harmony import */ var _process_place_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25056);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(89531);

// fs.promises rather than node:fs/promises: bundled, it then loads on first use, and it pulls in
// readline and the REPL history (about 2 ms) that a command reading only small inputs never needs.








/** What trust-kit's bundle names end in: `.sigstore.json`, the name cosign and gh look for (`<file>.sigstore.json` signs `<file>`). */
const BUNDLE_SUFFIX = '.sigstore.json';
/**
 * Writes a file so that readers see either the old content or the whole new one, never a half:
 * the bytes go to a temporary sibling, are flushed, then renamed over the target. With
 * `overwrite: false` they are linked into place instead, which fails (FILE_EXISTS) if the target
 * appeared in the meantime: no check-then-write race. `data` may come in chunks of text, written
 * one after the other as they are made (an error while making them leaves the target as it was).
 */

/** How many files {@link prepareFilesAtomic} writes at once: each holds a descriptor while it is written. */
const PREPARE_AT_ONCE = 32;
/**
 * Prepares many files (see {@link prepareFileAtomic}), at most {@link PREPARE_AT_ONCE} at a time:
 * thousands at once (`attest --per-subject`) ran out of file descriptors (EMFILE). When one cannot
 * be written, the others are discarded and its error is thrown.
 */

/**
 * Puts files that belong together (several SBOM formats, attestations and their bundle, a key
 * pair) in place one right after the other, synchronously: a SIGINT or SIGTERM leaves all of them
 * old or all new, never half of each (only a SIGKILL between two renames can). Another trust-kit
 * putting files in the same directories at once waits for these (see {@link underCommitLock}), so
 * they end up all this run's or all the other's. When one cannot be put in place, the ones after
 * it are discarded and its error is thrown.
 */

/** The file that says a trust-kit is putting files that belong together in place in its directory. */
const COMMIT_LOCK = '.trust-kit-commit.lock';
/** How long a run waits for another's commit lock: putting files in place takes microseconds, so only a stopped or hung holder keeps it this long. */
const COMMIT_LOCK_WAIT_MS = 10_000;
/** A lock file is a short line of JSON; anything longer is not one. */
const MAX_LOCK_BYTES = 256;
/** A process's start time in clock ticks since boot (`/proc/<pid>/stat` field 22), or undefined where it cannot be read (no /proc, no such process). */

/** The nonces of the commit locks this process holds now (see {@link isStale}). */
const heldNonces = new Set();
/** A lock its maker has not written its holder into (made and written in one go, microseconds apart) after this long was left by a killed process. */
const UNWRITTEN_LOCK_MS = 2000;
/** The lock file at `path`, or undefined when it cannot be opened (gone, another user's); never through a link, never blocking. */

/**
 * Whether a lock was left by a killed process: its holder is known to have ended (asked only in
 * this place; a process id now another process's, known from its start time, counts as ended), or
 * it was never written.
 */

/**
 * The name of a temporary file beside `path`, as trust-kit names every one: after the target when that
 * fits (a name takes at most 255 bytes, and this adds up to 40), and after this process and its place,
 * so that a later write from the same place removes it if a SIGKILL left it (see temporaryNameParts).
 */

/**
 * Removes the lock a killed holder left (SIGKILL; other signals remove it), unless another process
 * took it meanwhile: it is moved aside first (only one process can move it), and put back when what
 * was moved is not the stale lock that was read (other text or time: a new holder's). Returns
 * false when it cannot be moved (another user's, in a sticky directory such as /tmp): it stays.
 */

/**
 * Runs `commit` holding the commit lock of each directory (`.trust-kit-commit.lock`, made in order
 * of their names so that two runs never each hold one the other waits for). A lock held by another
 * process is waited for up to `waitMs`, then refused (FILE_LOCKED, naming the holder); one whose
 * holder is known to have ended (same host, boot and pid namespace, and no such process) is
 * removed. A signal removes this run's locks with its temporary files.
 */

/** Takes `dir`'s commit lock before `deadline` (see {@link underCommitLock}); returns the lock's path and the nonce it holds it under. */

/** Temporary files of writes not yet put in place or removed: what {@link removeTemporaryFiles} removes. */
const temporaries = new Set();
/**
 * Registers a file this run made for its own use (a claim on a directory) to be removed by
 * {@link removeTemporaryFiles}, as temporary files are, so a SIGINT or SIGTERM does not leave it
 * behind; returns what unregisters it, for once the run has removed it or failed to make it (a
 * file another run made must never be removed by this one's signal).
 */

/** Private temporary directories of this run (a TUF cache of its own): what {@link removeTemporaryFiles} removes, with what they hold. */
const temporaryDirectories = new Set();
/**
 * Registers a private temporary directory this run made (with mkdtemp) to be removed with all it
 * holds by {@link removeTemporaryFiles}, so that a SIGINT or SIGTERM does not leave it behind;
 * returns what unregisters it, for once the run has removed it.
 */

/**
 * Makes a private temporary directory (`mkdtemp` under the system's, named `prefix` and six random
 * characters) that a SIGINT or SIGTERM removes with the rest of the run's temporary files: one
 * removed in a `finally` only is left behind by a signal, whose handler ends the process.
 */

/**
 * Removes, synchronously, the temporary file of every write not yet put in place: for the SIGINT
 * and SIGTERM handlers of entry points, which end the process before those writes finish (their
 * targets stay as they were). A SIGKILL leaves them (`.NAME.XXXXXXXXXXXX.PID.PLACE.tmp` beside the
 * target), for the next write in that directory from the same place to remove.
 */

/** The most bytes a file's name may have on the file systems a run writes to (ext4, xfs, APFS). */
const MAX_NAME_BYTES = 255;
/** Whether a path's last part is longer than a file's name may be: writing it fails with ENAMETOOLONG. */

/** FILE_WRITE_FAILED for `path`, saying what stands in the way: the system's words name the temporary file or the directory being made, which the user never named. */

/** The longest target name (in bytes) a temporary file is named after: with the at most 40 bytes added it stays within the 255 a name may have. */
const MAX_NAMED_TEMPORARY_BYTES = 200;
/** Whether a process of this id runs (as any user); false only when there is none. */

/**
 * A temporary file of this module: `.NAME.XXXXXXXXXXXX.PID.PLACE.tmp`, with the target's name (or
 * `trust-kit`), the id of the process writing it and where that id means something
 * ({@link processPlace}).
 */
const TEMPORARY_NAME = /^\.(.+)\.[0-9a-f]{12}\.([1-9][0-9]{0,9})\.([0-9a-f]{8})\.tmp$/;
/** The process id and place a temporary file of this module is named with, or undefined for a name this module never gives one (a target's name longer than it names one after is not). */

/**
 * What trust-kit itself writes under the name `name` beside the files it puts in place: the
 * directory's commit lock or an unfinished write's temporary file, which only a SIGKILL leaves (or a
 * trust-kit still writing there holds); undefined for any other name. The shapes are matched exactly
 * (`.trust-kit-commit.lock`; `.NAME.` 12 hexadecimal digits, a process id, 8 hexadecimal digits,
 * `.tmp`), so that a user's file named alike is not taken for one. The shapes of development builds
 * before the place was added (`.NAME.XXXXXXXXXXXX.PID.tmp`, `.NAME.XXXXXXXXXXXX.tmp`) are not
 * matched: looser, they would take more of users' own names, and their process ids name no place,
 * so no sweep could tell a killed writer's from a live one's in another container.
 */

/** What trust-kit makes a directory of each name for (see {@link trustKitDirectoryKind}). */
const TRUST_KIT_DIRECTORY_KINDS = { staging: 'staging directory', replaced: 'replaced output directory', kept: 'kept output directory' };
/**
 * What trust-kit made a directory of this name for, if it did: a release's staging directory
 * (`.OUT.trust-kit-staging-XXXXXXXXXXXX`, its files before they become the output directory), the
 * earlier output it moved aside while replacing it (`.OUT.trust-kit-replaced-XXXXXXXXXXXX`, which
 * the next release into OUT puts back), or such an earlier output kept for the user because OUT was
 * made again since (`.OUT.trust-kit-kept-XXXXXXXXXXXX`). Only a run that was killed leaves any.
 */

/**
 * Directories this process looked in for dead writers' temporary files: each once, so that many
 * writes into one directory (a bundle per artifact) read it once, not once per write.
 */
const swept = new Set();
/** Removes a file, if this process may. */

/**
 * Removes the temporary files that writers killed by SIGKILL left in `dir` (nothing else can
 * remove them): those named as this module names them, by a process of this place (host, boot and
 * pid namespace) whose id no longer runs. Another place's files are left: its process ids cannot
 * be asked about from here (in another container sharing the volume, a live writer's id may be
 * free here), and a live writer's file must never go. A process id now reused keeps its file
 * until a later process writes there. Only regular
 * files are removed, never through a link; the listing is streamed (constant memory, however many
 * files the directory holds); failures are ignored (the write does not depend on it). Synchronous:
 * a directory of a few entries is read in microseconds, where each wait on the thread pool cost a
 * write a millisecond or more; one of 20,000 keeps the event loop for a few milliseconds.
 */

/** Writes `data` to a flushed temporary sibling of `path`, to be put in place by {@link PreparedFile.commit}. */

const MiB = 1024 * 1024;
/**
 * The most trust-kit reads of each kind of input file (docs/security/limits.md lists them). Each
 * is far above any real file of its kind, and small enough that a hostile one costs little.
 */
const INPUT_LIMITS = {
    /** A Sigstore bundle: room for a DSSE attestation whose predicate is at GitHub's 16 MB limit, base64-encoded. */
    bundle: 32 * MiB,
    /** A file of attestation bundles, one a line (`.intoto.jsonl`): `attest --per-subject` writes about 9 KiB a file, so 10,000 lines of it and room to spare. */
    attestationLines: 256 * MiB,
    /** The bundles read from one such file (gh reads any number), and so the statements one `attest` run makes at most: it never writes a file its verifier refuses. */
    attestationBundles: 10_000,
    /** A trusted root, JSON or the JSONL `gh attestation trusted-root` prints (real ones are tens of KiB). */
    trustedRoot: 4 * MiB,
    /** A PEM public key (real ones are under 1 KiB). */
    publicKey: 64 * 1024,
    /** A PEM private key or cosign key file (real ones are under 1 KiB). */
    privateKey: 64 * 1024,
    /** One line of a checksums file, which is streamed and has no total cap: a 4096-byte path escaped, its digest and markers. */
    checksumsLine: 16 * 1024,
    /** A checksums file read whole, when its signature cannot be checked from a digest (Ed25519 or RSA keys). */
    checksumsWhole: 256 * MiB,
    /** A lockfile or manifest an SBOM is made from (the biggest real ones are tens of MiB); a symbolic link to a device is refused. */
    lockfile: 256 * MiB,
    /** A module's go.mod read from the Go module cache for the SBOM's module edges (real ones are a few KiB). */
    cachedGoMod: MiB,
    /** An artifact read whole (signing, or a key that cannot verify a digest): the most Node reads into one buffer. */
    artifactWhole: 2 ** 31 - 1,
};
/**
 * Whether a file read through one descriptor changed during the read: a size other than the bytes
 * read, or a write (modification or change time moved) between the two looks. Not seen: a write of
 * the same size in the same tick of the kernel's coarse clock (a few milliseconds) as the first
 * look, which leaves both times as they were.
 */

/** FILE_CHANGED: what was read of the file is bytes it never held at one moment. */



/** FILE_TOO_LARGE for a `what` file (shown as `shown`) of `size` (bytes, or a phrase), past `maxBytes`; for a bound known only once the file is read. */


/**
 * Refuses an output path where something other than a regular file stands (a symbolic link, a
 * device, a named pipe, a socket): a write puts its file in place by renaming over the path, which
 * would replace that thing (`/dev/null` itself, a link the user keeps) instead of writing to it.
 * A directory is left to the rename, which fails on it. Errors looking (no permission) are left to
 * the write, which reports them.
 */

/**
 * What stands at an output's path that writing the output would replace rather than write to: a
 * symbolic link, a device, a named pipe or a socket; undefined for nothing, a regular file or a
 * directory (which the rename fails on), or a path that cannot be looked at (the write reports it).
 */

/** Refuses what an opened input file must not be: anything but a regular file, or one larger than `maxBytes`. */

/**
 * Opens an input file that must be a regular file of at most `maxBytes`. The open never blocks (a
 * named pipe with no writer would hang a plain open) and the type is checked on the opened
 * descriptor, so a path swapped after a check cannot slip a pipe or a device in. System errors
 * (ENOENT, EACCES) are thrown as they are, for callers to word; the two refusals are
 * FILE_NOT_REGULAR and FILE_TOO_LARGE.
 */

/**
 * Reads a whole input file that must be a regular file of at most `maxBytes` (see
 * {@link openRegularFile}); a file that grows past the cap while it is read is refused too.
 */

/** {@link openRegularFile} without the event loop: the descriptor, which the caller closes, and what fstat said of it. */

/**
 * The first `bytes` bytes of a regular file (fewer when it is shorter), refused as
 * {@link readRegularFileSync} refuses a file: for telling a file's kind by its header among
 * thousands, where waits on the thread pool cost more than the reading.
 */

/**
 * {@link readRegularFile} without the event loop: for the few small inputs a short command needs
 * before it can do anything else (a bundle, a trusted root), where four round trips through the
 * thread pool per file cost more than the reading. The same refusals and bounds.
 */

/**
 * Streams a regular file (see {@link openRegularFile}) in chunks of up to `chunkBytes`, for files
 * that have no total cap because they are never held whole. Each chunk is valid until the next
 * is asked for: the buffer is reused.
 */



/***/ }),

/***/ 25403:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var printable = (function (text) {
    return text.replace(UNPRINTABLE_RUN, ' ');
});var withoutWorkflowCommands = (function (text) {
    if (!WORKFLOW_COMMAND_LINE.test(text))
        return text;
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex');
    // The text's own last line break stays last, so what is written after it starts a line of its own.
    return text.endsWith('\n') ? `::stop-commands::${token}\n${text}::${token}::\n` : `::stop-commands::${token}\n${text}\n::${token}::`;
});var jsonWithoutCommandMarkers = (function (json) {
    return json.replace(JSON_COMMAND_MARKERS, ((marker) => (marker === '##[' ? '#\\u0023[' : `\\u${marker.charCodeAt(0).toString(16)}`)));
});var addMaskCommand = (function (form) {
    let escapes = 0;
    for (const byte of form)
        if (byte === 0x25 || byte === 0x0d || byte === 0x0a)
            escapes += 1;
    const line = Buffer.alloc(ADD_MASK.length + form.length + escapes * 2 + NEWLINE.length);
    ADD_MASK.copy(line);
    let at = ADD_MASK.length;
    for (const byte of form) {
        if (byte === 0x25 || byte === 0x0d || byte === 0x0a)
            at = line.write(byte === 0x25 ? '%25' : byte === 0x0d ? '%0D' : '%0A', at, 'latin1') + at;
        else
            line[at++] = byte;
    }
    NEWLINE.copy(line, at);
    return line;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: (() => (/* binding */ withoutWorkflowCommands)),
/* harmony export */   F8: (() => (/* binding */ addMaskCommand)),
/* harmony export */   J8: (() => (/* binding */ jsonWithoutCommandMarkers)),
/* harmony export */   Xg: (() => (/* binding */ UNSHOWN_BEYOND_C0)),
/* harmony export */   g$: (() => (/* binding */ printable)),
/* harmony export */   qq: (() => (/* binding */ silentLogger))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);


/** A logger that drops everything, for library callers that want silence. */
const silentLogger = { info() { }, warn() { }, debug() { } };
/**
 * The characters beyond C0 that text someone else chose must not be shown with as they are, as the
 * body of a regular expression's character class: DEL and the C1 controls (a terminal obeys
 * U+009B, a one-byte CSI), the Unicode line and paragraph separators (line breaks to many readers)
 * and the bidirectional controls, which make a line read in another order than it is (Trojan
 * Source). One list for every place that shows such text: logs, quotes, markdown, shell lines.
 */
const UNSHOWN_BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNPRINTABLE_RUN = new RegExp(`[\\u0000-\\u001f${UNSHOWN_BEYOND_C0}]+`, 'g');
/**
 * Text another party sent (a registry, GitHub), fit to quote on one line of a log or an error:
 * control characters (line breaks, terminal escapes, C1 controls), the Unicode line and paragraph
 * separators (line breaks to many readers) and the bidirectional controls (which make a line read in
 * another order than it is: Trojan Source) become a space.
 */

/**
 * A line the GitHub Actions runner would read as a workflow command, on any line (it splits on CR
 * and LF): `::name::` at its start after blanks (it trims them), or the legacy `##[name]` anywhere
 * in it (its legacy parser, `ActionCommand.TryParse`, looks for `##[` with `IndexOf`).
 */
const WORKFLOW_COMMAND_LINE = /^[^\S\r\n\u2028\u2029]*::|##\[/m;
/**
 * Text made safe to print to a log the Actions runner reads (it scans stdout and stderr for workflow
 * commands): a message quoting text from elsewhere (a file name, a server's answer, an input) could
 * otherwise issue one. When a line of it would read as a command, it is wrapped in
 * `::stop-commands::` with a fresh unguessable token, so the runner prints it and runs nothing;
 * other text is returned as it is. The result ends with a line break when the text does.
 */

/** What JSON.stringify leaves in its text that a log reader could take for a workflow command or a line break. */
const JSON_COMMAND_MARKERS = /##\[|[\u2028\u2029]/g;
/**
 * JSON text that no log reader takes for a workflow command, and so never needs fencing off: the
 * runner's legacy marker `##[` (read anywhere in a line) written `#\u0023[`, and the line and
 * paragraph separators (line breaks to JavaScript, JSON.stringify leaves them raw) as `\u2028` and
 * `\u2029`. A JSON reader reads the same value; JSON has no other line break inside a value and no
 * line of it starts with `::`.
 */

const ADD_MASK = Buffer.from('::add-mask::');
const NEWLINE = Buffer.from(node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
/**
 * The `::add-mask::` workflow command for one form of a secret, built from bytes so that no string
 * of the secret is made: `%`, CR and LF escaped as `@actions/core` escapes them. The caller writes
 * it to a stream the runner reads and wipes it once written.
 */



/***/ }),

/***/ 25056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var procText = (function (read) {
    try {
        return read().trim();
    }
    catch {
        return '';
    }
});var processPlace = (function () {
    place ??= (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([(0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)(), procText((() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)('/proc/sys/kernel/random/boot_id', 'latin1'))), procText((() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid')))].join('\n'))
        .digest('hex')
        .slice(0, 8);
    return place;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: (() => (/* binding */ processPlace))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);



// A process id names a process only on one host, in one boot of its kernel, in one pid namespace:
// two containers sharing a volume (two containers of one Kubernetes pod even share the host name)
// or two hosts sharing a network file system each have a process 7. Files that name their writer
// by its id name this place too, so that another place's process is never asked about by an id
// that means something else here.
let place;
/** What a file read from /proc says, or '' where there is none (macOS, Windows). */

/**
 * Where this process's id means something, as 8 hexadecimal digits: a digest of the host name,
 * the kernel's boot id and the pid namespace (Linux; the host name alone elsewhere). Processes with
 * the same place can ask the system whether a process id runs; others cannot.
 */



/***/ }),

/***/ 89531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var head = (function (text, max) {
    if (text.length <= max)
        return { kept: text, cut: false };
    const code = text.charCodeAt(max - 1);
    const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
    return { kept: text.slice(0, end), cut: true };
});var cutNote = (function (length) {
    return `\u2026 (cut: ${length} characters)`;
});var printableLines = (function (text) {
    return text.split('\n').map(_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$).join('\n');
});var shownFile = (function (path) {
    return path.length <= MAX_SHOWN_FILE && !UNSHOWN_IN_NAME.test(path) ? path : quoted(path, MAX_SHOWN_FILE);
});var boundedList = (function (values, max = 8) {
    const unique = [...new Set(values)];
    const shown = unique.slice(0, max).map(((value) => boundedText(value, 120))).join(', ');
    return unique.length > max ? `${shown} and ${unique.length - max} more` : shown;
});var boundedText = (function (text, max = MAX_QUOTED) {
    const { kept, cut } = head(text, max);
    return cut ? `${(0,_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(kept)}${cutNote(text.length)}` : (0,_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(kept);
});var quoted = (function (value, max = MAX_QUOTED) {
    let text;
    let length;
    if (typeof value === 'string') {
        const { kept, cut } = head(value, max);
        text = escapedJson(kept);
        if (!cut && text.length <= max + 2)
            return text;
        // Escapes lengthen the text up to six times: the cut is made again on what is shown, between escapes.
        if (text.length > max + 2)
            text = headOfJsonString(text, max);
        length = value.length;
    }
    else {
        text = escapedJson(value);
        if (text.length <= max + 2)
            return text;
        length = text.length;
        text = head(text, max).kept;
    }
    return `${text}${cutNote(length)}`;
});var headOfJsonString = (function (json, max) {
    let end = 1;
    for (const [token] of json.slice(1, -1).matchAll(/\\u[0-9a-fA-F]{4}|\\.|[^]/gu)) {
        if (end + token.length > max + 1)
            break;
        end += token.length;
    }
    return `${json.slice(0, end)}"`;
});var escapedJson = (function (value) {
    let text;
    try {
        text = JSON.stringify(value);
    }
    catch {
        text = undefined;
    }
    if (text === undefined)
        return (0,_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(typeof value === 'object' && value !== null ? '(a value JSON cannot show)' : String(value));
    return escapeUnsafe(text);
});var escapeUnsafe = (function (json) {
    return json.replace(UNSAFE_IN_JSON, ((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
});var jsonOutput = (function (value, space) {
    return (0,_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonWithoutCommandMarkers */ .J8)(escapeUnsafe(JSON.stringify(value, null, space) ?? 'null'));
});var typeName = (function (value) {
    if (value === null || value === undefined)
        return String(value);
    if (Array.isArray(value))
        return 'an array';
    if (Object.prototype.toString.call(value) === '[object Date]')
        return 'a Date';
    const type = typeof value;
    return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: (() => (/* binding */ shownFile)),
/* harmony export */   LD: (() => (/* binding */ boundedText)),
/* harmony export */   TL: (() => (/* binding */ quoted)),
/* harmony export */   W3: (() => (/* binding */ jsonOutput)),
/* harmony export */   Y4: (() => (/* binding */ boundedList)),
/* harmony export */   fk: (() => (/* binding */ printableLines)),
/* harmony export */   go: (() => (/* binding */ typeName))
/* harmony export */ });
/* unused harmony export MAX_QUOTED */
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25403);

// Text another party chose (a file, a bundle, a certificate, a registry, a server) quoted in a
// message, one way everywhere: on one printable line, and no longer than a reader can use.
/** How many characters of another party's text a message repeats by default: the rest is the sender's to choose, and would drown the message. */
const MAX_QUOTED = 200;
/**
 * Characters JSON.stringify leaves as they are that must not reach a terminal or a log as they are:
 * DEL and C1 controls (U+009B is a one-byte CSI), the Unicode line and paragraph separators, and the
 * bidirectional controls that make text read in another order than it is (Trojan Source).
 */
const UNSAFE_IN_JSON = new RegExp(`[${_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSHOWN_BEYOND_C0 */ .Xg}]`, 'g');
/** The first `max` characters of `text` (not splitting a surrogate pair), and whether any were left out. */

/** What a cut value is followed by: that it was cut, and from how long. */

/** Text of several lines (a message that lists its inputs one per line) with every control character but the line feed made a space, as {@link printable} does to each line: for a last guard where messages are printed. */

/** Longer than any real path, short enough to read. */
const MAX_SHOWN_FILE = 1024;
/** What a file name shown as it is must not hold: C0 controls (a line feed included) and the others that drive a terminal or reorder a line. */
const UNSHOWN_IN_NAME = new RegExp(`[\\u0000-\\u001f${_logger_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSHOWN_BEYOND_C0 */ .Xg}]`);
/**
 * A file as a message or a report names it before `:line` or `: FAILED`: as it is when it is plain,
 * so `SHA256SUMS:3:` reads as compilers and sha256sum write it; else {@link quoted} (bounded above
 * real paths), since a downloaded file's name is another party's and may hold terminal escapes or a
 * line feed that starts a forged line.
 */

/**
 * Several values another party chose, for a message: each once, each {@link boundedText}, the first
 * `max` of them and how many more (a trusted root may list thousands of logs).
 */

/** Text another party sent, on one printable line (control characters become a space) and at most `max` characters of it, saying when it was cut. */

/**
 * A value another party chose, quoted for a message: JSON-escaped (so the reader sees where it
 * starts and ends and what odd characters it holds), C1 controls and the like escaped too, and at
 * most `max` characters of it, saying when it was cut. Bounded in time for any string length.
 */

/** The first `max` characters of the quoted JSON string `json`, closing quote added, never splitting an escape or a character. */

/** JSON text of a value with the characters JSON leaves raw escaped as \uXXXX; what JSON cannot write (undefined, a bigint, a cycle) as plain text. */

/** JSON text with the characters of {@link UNSAFE_IN_JSON} as \uXXXX escapes: the same JSON when read back. */

/**
 * A value as JSON output (`--json`), which a person may read on a terminal as well as a program:
 * `JSON.stringify(value, null, space)` with C1 controls, line separators and bidirectional controls
 * escaped as well, so that what a bundle or a certificate says cannot drive the terminal; a JSON
 * reader reads the same value. Nothing is cut: the output is the data. No line of it reads as a
 * workflow command, so in an Actions job it is never fenced off (which would make it other JSON).
 */

/** What a value is (`a string`, `an array`, `a Date`, `null`), for a message about an argument of the wrong type. */



/***/ }),

/***/ 21467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var killedOnSignal = (function (group) {
    childGroups.add(group);
    return (() => {
        childGroups.delete(group);
    });
});var stoppedBySignal = (function (signal) {
    for (const group of childGroups) {
        try {
            process.kill(-group, 'SIGKILL');
        }
        catch {
            // The group has ended already.
        }
    }
    (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .removeTemporaryFiles */ .vo)();
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(2, `trust-kit: stopped by ${signal} (exit status ${128 + node_os__WEBPACK_IMPORTED_MODULE_1__.constants.signals[signal]})\n`);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: (() => (/* binding */ stoppedBySignal)),
/* harmony export */   p: (() => (/* binding */ killedOnSignal))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);



/** Process groups of children this run started in a group of their own (detached), which a signal to this process does not reach. */
const childGroups = new Set();
/**
 * Registers the process group of a child started detached (its pid) to be killed when this run
 * stops on SIGINT or SIGTERM: it would otherwise run on, orphaned, in a directory the stop removes.
 * Returns what unregisters it, for once it has ended.
 */

/**
 * What every entry point runs on SIGINT, SIGTERM or SIGHUP (as `protectProcess`'s `onSignal`, after the
 * secrets are destroyed): kills the children started in groups of their own, removes the
 * temporary files of writes not yet in place (their targets stay as they were) and the run's
 * temporary directories, and says in one line why the process stops; the signal then ends it, with
 * exit status 130, 143 or 129. Synchronous: the process ends as soon as this returns.
 */



/***/ }),

/***/ 3029:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var editDistance = (function (a, b) {
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, ((_, j) => j));
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, (before[j - 2] ?? 0) + 1);
            current.push(best);
        }
        before = previous;
        previous = current;
    }
    return previous[b.length] ?? 0;
});var suggestions = (function (word, names) {
    if (word.length === 0 || word.length > MAX_WORD)
        return [];
    const allowed = Math.max(1, Math.floor(word.length / 4));
    return names
        .map(((name) => {
        const distance = editDistance(word, name);
        const related = distance <= allowed || (word.length >= 3 && name.startsWith(word)) || word.startsWith(`${name}-`);
        return { name, distance, related };
    }))
        .filter(((candidate) => candidate.related))
        .sort(((a, b) => a.distance - b.distance))
        .slice(0, MAX_SUGGESTIONS)
        .map(((candidate) => candidate.name));
});var didYouMean = (function (names) {
    if (names.length === 0)
        return '';
    const last = names[names.length - 1] ?? '';
    return `did you mean ${names.length === 1 ? last : `${names.slice(0, -1).join(', ')} or ${last}`}? `;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: (() => (/* binding */ suggestions)),
/* harmony export */   a: (() => (/* binding */ didYouMean))
/* harmony export */ });
/** Longer words are no typo of a command or flag name: they get no suggestion, and cost no time. */
const MAX_WORD = 64;
/** How many names a suggestion lists at most: every command a bare `verify` may mean. */
const MAX_SUGGESTIONS = 5;
/** Edits (insertions, deletions, substitutions, swaps of two neighbours) from `a` to `b`: the optimal string alignment distance. */

/**
 * The names a mistyped `word` most likely meant, closest first: a name a typo or two away
 * (`ouptut`: output), a name it begins (`algo`: algorithm; `sign`: sign-blob, sign-image), or a
 * name it begins with and adds to (`output-file`: output).
 */

/** `did you mean A? `, `did you mean A or B? `, or nothing: the start of a hint. */



/***/ }),

/***/ 18067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: (() => (/* binding */ VERSION))
/* harmony export */ });
/** trust-kit's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ }),

/***/ 35984:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isEnvironmentBlockOf = (function (env) {
    // Loaded only here, when a secret is taken from the process environment: node:worker_threads costs 2 ms of a start.
    return env === processEnvironment && process.getBuiltinModule('node:worker_threads').isMainThread;
});var adoptProcessEnvironment = (function (env, host) {
    processEnvironment = env;
    processHost = host;
});var childEnvironment = (function () {
    const env = processEnvironment;
    if (env === undefined)
        return undefined;
    const copy = {};
    // Names first, values only of the variables kept: reading a secret's value would make the very string its intake avoids.
    for (const name of Object.keys(env)) {
        // Upper-cased: Windows names are case-insensitive, so `github_token` is GITHUB_TOKEN there.
        const upper = name.toUpperCase();
        if (SECRET_NAMES.has(upper) || upper.startsWith('INPUT_'))
            continue;
        const value = env[name];
        if (value !== undefined)
            copy[name] = value;
    }
    return copy;
});var loadWithSecretsHidden = (async function (load) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArgument */ .s)(typeof load === 'function', 'loadWithSecretsHidden\'s load', load, 'a function');
    const env = processEnvironment;
    const host = processHost;
    const hidden = childEnvironment();
    // Only the live process environment is set aside, as the entry point named it: a library caller's own environment object is theirs.
    if (env === undefined || host === undefined || hidden === undefined || host.env !== env)
        return load();
    host.env = hidden;
    try {
        return await load();
    }
    finally {
        host.env = env;
    }
});var takeEnvironmentValue = (function (name, env) {
    if (!(name in env))
        return undefined;
    if (isEnvironmentBlockOf(env)) {
        const fromBlock = takeFromEnvironmentBlock(name, (() => delete env[name]));
        if (fromBlock !== undefined)
            return fromBlock;
    }
    const value = env[name];
    // A caller's own object may hold anything (a number parsed from a YAML or JSON config): refused naming its type, never its value.
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArgument */ .s)(value === undefined || typeof value === 'string', `environment variable ${name}`, value, 'a string');
    delete env[name];
    if (typeof value !== 'string')
        return undefined;
    return { length: Buffer.byteLength(value, 'utf8'), write: ((into) => void into.write(value, 0, 'utf8')), discard() { } };
});var environmentBlockRange = (function () {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/stat', 'latin1');
    // Fields after the command name, which is parenthesised and may itself contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = Number(fields[47]);
    const end = Number(fields[48]);
    return Number.isSafeInteger(start) && Number.isSafeInteger(end) && end > start ? [start, end] : undefined;
});var canScrubEnvironmentBlock = (function () {
    if (process.platform !== 'linux')
        return false;
    try {
        const range = environmentBlockRange();
        if (range === undefined)
            return false;
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/proc/self/mem', 'r+');
        try {
            const probe = Buffer.alloc(1);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, probe, 0, 1, range[0]) !== 1)
                return false;
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, probe, 0, 1, range[0]) === 1;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
});var findEntry = (function (block, name, from = 0) {
    const prefix = Buffer.from(`${name}=`, 'utf8');
    let entry = block.indexOf(prefix, from);
    while (entry > 0 && block[entry - 1] !== 0)
        entry = block.indexOf(prefix, entry + 1);
    if (entry === -1)
        return undefined;
    const valueStart = entry + prefix.length;
    let valueEnd = block.indexOf(0, valueStart);
    if (valueEnd === -1)
        valueEnd = block.length;
    return { entry, valueStart, valueEnd };
});var hasEnvironmentValue = (function (name, env) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArgument */ .s)(typeof name === 'string' && name !== '', 'hasEnvironmentValue\'s name', name, 'a non-empty string');
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .checkArgument */ .s)(typeof env === 'object' && env !== null, 'hasEnvironmentValue\'s environment', env, 'an object (process.env, or a copy)');
    if (!(name in env))
        return false;
    if (isEnvironmentBlockOf(env)) {
        const length = environmentBlockValueLength(name);
        if (length !== undefined)
            return length > 0;
    }
    return (env[name] ?? '') !== '';
});var environmentBlockValueLength = (function (name) {
    if (process.platform !== 'linux')
        return undefined;
    let block;
    try {
        const range = environmentBlockRange();
        if (range === undefined)
            return undefined;
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/proc/self/mem', 'r');
        try {
            block = Buffer.alloc(range[1] - range[0]);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, block, 0, block.length, range[0]) !== block.length)
                return undefined;
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
        const found = findEntry(block, name);
        return found === undefined ? undefined : found.valueEnd - found.valueStart;
    }
    catch {
        return undefined;
    }
    finally {
        block?.fill(0);
    }
});var overwriteEntries = (function (memory, block, blockStart, name, first) {
    for (let at = first; at !== undefined; at = findEntry(block, name, at.valueEnd)) {
        const filler = Buffer.alloc(at.valueEnd - at.entry, 'X');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(memory, filler, 0, filler.length, blockStart + at.entry);
    }
});var takeFromEnvironmentBlock = (function (name, unset) {
    if (process.platform !== 'linux')
        return undefined;
    let fd;
    let block;
    try {
        const range = environmentBlockRange();
        if (range === undefined)
            return undefined;
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/proc/self/mem', 'r+');
        // Buffer.alloc: the block holds every variable, so it must not land in the shared pool.
        block = Buffer.alloc(range[1] - range[0]);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, block, 0, block.length, range[0]) !== block.length)
            return undefined;
        const found = findEntry(block, name);
        if (found === undefined)
            return undefined;
        const { valueStart, valueEnd } = found;
        if (valueEnd === valueStart) {
            // Nothing to copy, so `write` is never called: unset here, and the block and descriptor go in `finally`. A later
            // entry of the name (a parent may pass one twice) may hold a value all the same: it is overwritten too.
            unset();
            overwriteEntries(fd, block, range[0], name, found);
            return { length: 0, write() { }, discard() { } };
        }
        const taken = block;
        const memory = fd;
        fd = undefined;
        block = undefined;
        let done = false;
        // Copies the value into `into` (none when discarded), then takes it out of the environment and wipes the copy of the block, once.
        const finish = ((into) => {
            if (done)
                return;
            done = true;
            try {
                into?.set(taken.subarray(valueStart, valueEnd));
                // libc must stop pointing at the entry before its bytes are overwritten.
                unset();
                overwriteEntries(memory, taken, range[0], name, found);
            }
            finally {
                taken.fill(0);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(memory);
            }
        });
        return { length: valueEnd - valueStart, write: finish, discard: (() => finish(undefined)) };
    }
    catch {
        return undefined;
    }
    finally {
        block?.fill(0);
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: (() => (/* binding */ takeEnvironmentValue)),
/* harmony export */   KD: (() => (/* binding */ loadWithSecretsHidden)),
/* harmony export */   Qc: (() => (/* binding */ childEnvironment)),
/* harmony export */   VB: (() => (/* binding */ adoptProcessEnvironment)),
/* harmony export */   s: (() => (/* binding */ canScrubEnvironmentBlock)),
/* harmony export */   zP: (() => (/* binding */ hasEnvironmentValue))
/* harmony export */ });
/* unused harmony export SECRET_VARIABLES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15274);


let processEnvironment;
/**
 * Whether the environment block the kernel copied at exec is `env`'s: only on the main thread. A
 * worker's `process.env` is a copy, given by its creator (`new Worker(..., { env })`), so the block
 * may hold another value of the same name (the worker read the process's value, not its own);
 * there the value is read from the worker's environment, as a string.
 */

/**
 * Declares `env` to be the live process environment (the entry point's `process.env`), whose
 * variables also sit in the environment block the kernel copied onto the stack at exec.
 */

/** The process whose `env` is {@link processEnvironment}, as the entry point handed it over: what {@link loadWithSecretsHidden} sets the environment aside on. */
let processHost;
/**
 * Variables that hold a secret of the job or of trust-kit, never handed to a child process: the
 * runner's tokens, GitHub tokens, the OIDC token, key passphrases, the registry password. Action
 * inputs (`INPUT_*`) are the step's own and go to no child either.
 */
const SECRET_NAMES = new Set([
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    // gh's token names for a GitHub Enterprise Server host: the same kind of token.
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'SIGSTORE_ID_TOKEN',
    'TRUST_KIT_KEY_PASSPHRASE',
    'COSIGN_PASSWORD',
    'TRUST_KIT_REGISTRY_PASSWORD',
]);
/**
 * The names of {@link SECRET_NAMES}, for callers to read: a copy, so that a caller deleting one
 * (the type is read-only, plain JavaScript is not) changes nothing childEnvironment leaves out.
 */
const SECRET_VARIABLES = new Set(SECRET_NAMES);
/**
 * The environment for a child process (git, a docker credential helper): the process environment
 * the entry point handed to `protectProcess` without {@link SECRET_NAMES} and `INPUT_*`, which
 * a step still holds until the step that takes them runs (the SBOM's git runs before signing takes
 * the request token or the passphrase). Undefined when no entry point named its environment (a
 * library caller's own process): the child then inherits it, as spawn does.
 */

/**
 * Loads code (`load`, a dynamic import) with the process environment the entry point handed to
 * `protectProcess` (with the process, `host`) out of sight, replaced by {@link childEnvironment}'s copy without the secrets,
 * and puts it back once loaded: a module may read every variable's value as it loads, as
 * `@npmcli/agent` (under sigstore-js) does for its proxy settings, which made strings of the
 * passphrase and the tokens before they were taken. Loads as it is when no entry point handed one.
 */

/**
 * Takes `name` out of `env`; undefined when unset. From the process environment on Linux, the
 * bytes are read from the original environment block through /proc/self/mem and the entry is
 * overwritten there, so no JavaScript string of the value is ever made and neither
 * `/proc/<pid>/environ` nor a core dump keeps it. Otherwise the value is read as a string.
 */

/** Where the environment block of this process lies in its memory, from /proc/self/stat (fields 50 and 51). */

/** Whether this process can read and rewrite its own environment block (Linux, /proc mounted, no LSM veto). */

/** Where the entry `name=` and its value lie in the environment block; undefined when it is not there. */

/**
 * Whether `name` is set to a non-empty value in `env`, found without making a JavaScript string of
 * the value wherever the intake makes none (the process environment on Linux): a check such as
 * `env.TOKEN !== ''` before `fromEnv` would leave in the heap the very string the intake avoids.
 */

/** The length of `name`'s value in the original environment block (Linux); undefined when it cannot be read there. */

/**
 * Overwrites `first` and every later entry of `name` in the environment block (read into `block`
 * from `blockStart` of `/proc/self/mem`, open as `memory`): a parent may pass a name twice (execve
 * takes any list), and getenv reads only the first.
 */




/***/ }),

/***/ 15274:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var checkArgument = (function (ok, what, value, expected) {
    if (ok)
        return;
    const type = typeof value;
    const got = value === null || value === undefined ? String(value) : Array.isArray(value) ? 'an array' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
    throw new SecretError('SECRET_ARGUMENT_INVALID', `${what} is ${got}, not ${expected}`, { hint: `pass ${expected} (see the types in trust-kit/secrets)` });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: (() => (/* binding */ SecretError)),
/* harmony export */   s: (() => (/* binding */ checkArgument))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A failure to take in, hold or protect a secret; messages name the secret's source, never its value. */
class SecretError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'SecretError';
    }
}
/**
 * Fails with SECRET_ARGUMENT_INVALID unless `ok`: a caller in plain JavaScript gets a coded error
 * naming the argument, not a TypeError from deep inside (or, for a length, a crash in libsodium).
 */



/***/ }),

/***/ 79930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var forEachForm = (function (secret, visit) {
    if (secret.length === 0)
        return;
    const emit = ((form, always = false) => {
        if (form === undefined)
            return;
        try {
            // The secret itself was the first form visited: a form that is the same bytes is not visited again.
            if (always || (form.length >= MIN_FORM_LENGTH && !form.equals(secret)))
                visit(form);
        }
        finally {
            form.fill(0);
        }
    });
    /** Two forms, the second visited only when it differs from the first (compared before the first is visited and zeroed). */
    const emitPair = ((first, second) => {
        const same = second.equals(first);
        emit(first);
        if (same)
            second.fill(0);
        else
            emit(second);
    });
    emit(copyOf(secret), true);
    for (const line of lines(secret))
        emit(line);
    // Padded base64 and unpadded base64url are alike for a length a multiple of 3 without `+` or `/`.
    emitPair(base64Whole(secret, BASE64, true), base64Whole(secret, BASE64URL, false));
    // Unpadded standard base64 (`base64 | tr -d =`, many JSON fields): the cores miss its last
    // character, and it equals the base64url form unless the encoding holds `+` or `/`.
    if (secret.length % 3 !== 0) {
        const unpadded = base64Whole(secret, BASE64, false);
        if (unpadded.includes(0x2b) || unpadded.includes(0x2f))
            emit(unpadded);
        else
            unpadded.fill(0);
    }
    // A length a multiple of 3 encodes whole at shift 0: those cores are the two whole forms above.
    for (const shift of secret.length % 3 === 0 ? [1, 2] : [0, 1, 2]) {
        emit(base64Core(secret, shift, BASE64));
        if (hasBase64UrlDifference(secret, shift))
            emit(base64Core(secret, shift, BASE64URL));
    }
    // Uppercase hex is what Go's %X, .NET's Convert.ToHexString and many HTTP dumps print.
    emitPair(hex(secret, HEX), hex(secret, HEX_UPPER));
    emit(urlEscaped(secret));
    emit(jsonEscaped(secret));
});var copyOf = (function (bytes) {
    const copy = Buffer.alloc(bytes.length);
    copy.set(bytes);
    return copy;
});var lines = (function (secret) {
    const result = [];
    let start = 0;
    for (let index = 0; index <= secret.length; index += 1) {
        if (index < secret.length && secret[index] !== 0x0a)
            continue;
        let end = index;
        if (end > start && secret[end - 1] === 0x0d)
            end -= 1;
        if (start === 0 && index === secret.length)
            return result;
        if (end > start)
            result.push(copyOf(secret.subarray(start, end)));
        start = index + 1;
    }
    return result;
});var base64Core = (function (secret, shift, alphabet) {
    const total = secret.length + shift;
    const skip = Math.ceil((shift * 8) / 6);
    const chars = Math.floor((total * 8) / 6);
    const out = Buffer.alloc(Math.max(0, chars - skip));
    let accumulator = 0;
    let bits = 0;
    let index = 0;
    for (let position = 0; position < total; position += 1) {
        accumulator = ((accumulator << 8) | (position < shift ? 0 : secret[position - shift])) & 0xffff;
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            if (index >= skip)
                out[index - skip] = alphabet[(accumulator >> bits) & 63];
            index += 1;
        }
    }
    return out;
});var base64Whole = (function (secret, alphabet, pad) {
    const core = base64Core(secret, 0, alphabet);
    const rest = (secret.length * 8) % 6;
    if (rest === 0)
        return core;
    const padding = pad ? (3 - (secret.length % 3)) % 3 : 0;
    const out = Buffer.alloc(core.length + 1 + padding, 0x3d);
    core.copy(out);
    core.fill(0);
    out[core.length] = alphabet[(secret[secret.length - 1] << (6 - rest)) & 63];
    return out;
});var hasBase64UrlDifference = (function (secret, shift) {
    const core = base64Core(secret, shift, BASE64);
    const differs = core.includes(0x2b) || core.includes(0x2f);
    core.fill(0);
    return differs;
});var hex = (function (secret, digits) {
    const out = Buffer.alloc(secret.length * 2);
    for (let index = 0; index < secret.length; index += 1) {
        const byte = secret[index];
        out[index * 2] = digits[byte >> 4];
        out[index * 2 + 1] = digits[byte & 15];
    }
    return out;
});var isUriUnreserved = (function (byte) {
    return ((byte >= 0x30 && byte <= 0x39) ||
        (byte >= 0x41 && byte <= 0x5a) ||
        (byte >= 0x61 && byte <= 0x7a) ||
        byte === 0x2d ||
        byte === 0x5f ||
        byte === 0x2e ||
        byte === 0x21 ||
        byte === 0x7e ||
        byte === 0x2a ||
        byte === 0x27 ||
        byte === 0x28 ||
        byte === 0x29);
});var urlEscaped = (function (secret) {
    return secret.every(isUriUnreserved) ? undefined : uriComponentEncoded(secret);
});var uriComponentEncoded = (function (secret, prefix = '') {
    let length = Buffer.byteLength(prefix);
    for (const byte of secret)
        length += isUriUnreserved(byte) ? 1 : 3;
    const out = Buffer.alloc(length);
    let at = out.write(prefix);
    for (const byte of secret) {
        if (isUriUnreserved(byte)) {
            out[at++] = byte;
        }
        else {
            out[at++] = 0x25;
            out[at++] = HEX_UPPER[byte >> 4];
            out[at++] = HEX_UPPER[byte & 15];
        }
    }
    return out;
});var jsonEscaped = (function (secret) {
    let extra = 0;
    for (const byte of secret) {
        if (JSON_SHORT[byte] !== undefined)
            extra += 1;
        else if (byte < 0x20)
            extra += 5;
    }
    if (extra === 0)
        return undefined;
    const out = Buffer.alloc(secret.length + extra);
    let at = 0;
    for (const byte of secret) {
        const short = JSON_SHORT[byte];
        if (short !== undefined) {
            out[at++] = 0x5c;
            out[at++] = short;
        }
        else if (byte < 0x20) {
            out.set([0x5c, 0x75, 0x30, 0x30, HEX[byte >> 4], HEX[byte & 15]], at);
            at += 6;
        }
        else {
            out[at++] = byte;
        }
    }
    return out;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: (() => (/* binding */ uriComponentEncoded)),
/* harmony export */   f: (() => (/* binding */ forEachForm))
/* harmony export */ });
/**
 * The forms in which a secret can show up in text: itself, each of its lines, base64 and base64url
 * (at every alignment inside a longer encoding), lowercase and uppercase hex, URL- and JSON-escaped. Every form is built as
 * bytes, never as a string, and wiped after the visitor returns.
 */
/** Shorter derived forms are skipped: masking `{` or `ew` would mangle every log line (actions/runner#326). */
const MIN_FORM_LENGTH = 4;
const BASE64 = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const BASE64URL = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
const HEX = Buffer.from('0123456789abcdef');
const HEX_UPPER = Buffer.from('0123456789ABCDEF');
/**
 * Calls `visit` with each form of `secret`, each distinct form once; a form's bytes are zeroed as
 * soon as `visit` returns. Forms that come out alike (a token with nothing to escape is its own URL-
 * and JSON-escaped form; a digit-only hex is its uppercase hex) are told apart by how they are made,
 * never by keeping a visited form to compare with.
 */

/** A copy in a Buffer of its own (Buffer.from would use the shared pool). */

/** Each line of a multi-line secret (without its CR), when there is more than one. */

/**
 * The base64 characters that depend only on the secret when it is encoded after `shift` other
 * bytes: the leading characters mixing in the prefix and the trailing partial one are left out,
 * so the form matches inside any longer encoding (what the runner's shifted encoders do).
 */

/** The whole standalone encoding, its last partial character and (for base64) the padding included. */

/** Whether the base64url core differs from the base64 one (it does when any `+` or `/` appears). */


/** Unreserved in `encodeURIComponent`: letters, digits and `-_.!~*'()`. */

/** The secret as `encodeURIComponent` writes it, or undefined when that changes nothing. */

/**
 * `prefix`, then `secret` as `encodeURIComponent` writes it, in one Buffer of its own: no string of
 * the secret is made, so the caller can wipe it (a form body, once sent).
 */

const JSON_SHORT = { 0x08: 0x62, 0x09: 0x74, 0x0a: 0x6e, 0x0c: 0x66, 0x0d: 0x72, 0x22: 0x22, 0x5c: 0x5c };
/** The bytes JSON.stringify writes between the quotes, or undefined when that changes nothing. */



/***/ }),

/***/ 22331:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var track = (function (secret, wipe, masked = true) {
    const ref = new WeakRef(secret);
    const token = { ref };
    live.add(ref);
    unregisterTokens.set(secret, token);
    finalizer.register(secret, { ref, wipe }, token);
    if (!masked)
        unmasked.add(secret);
    else if (masker !== undefined)
        secret.forEachForm(masker);
});var maskForms = (function (bytes) {
    if (masker !== undefined)
        (0,secrets_forms/* forEachForm */.f)(bytes, masker);
});var isMasked = (function (secret) {
    return !unmasked.has(secret);
});var untrack = (function (secret) {
    const token = unregisterTokens.get(secret);
    if (token === undefined)
        return;
    live.delete(token.ref);
    finalizer.unregister(token);
    unregisterTokens.delete(secret);
});var liveSecrets = (function () {
    const result = [];
    for (const ref of live) {
        const secret = ref.deref();
        if (secret === undefined)
            live.delete(ref);
        else
            result.push(secret);
    }
    return result;
});var setMasker = (function (next) {
    (0,errors/* checkArgument */.s)(next === undefined || typeof next === 'function', 'setMasker\'s argument', next, 'a function or undefined');
    masker = next;
    if (next === undefined)
        return;
    for (const secret of liveSecrets())
        if (!unmasked.has(secret))
            secret.forEachForm(next);
});var activeBackend = (function () {
    active ??= preferred?.() ?? jsBackend;
    return active;
});var setActiveBackend = (function (backend) {
    active = backend;
});var secretMemoryChosen = (function () {
    return active !== undefined;
});var preferBackend = (function (find) {
    preferred = find;
});var closeIdleRegions = (function () {
    closeScheduled = undefined;
    for (const region of closing)
        region.closeIfIdle();
    closing.clear();
});var maskedOption = (function (options, method) {
    (0,errors/* checkArgument */.s)(typeof options === 'object' && options !== null, `${method}'s options`, options, 'an object');
    const { masked } = options;
    (0,errors/* checkArgument */.s)(masked === undefined || typeof masked === 'boolean', `${method}'s masked option`, masked, 'true or false');
    return masked !== false;
});var checkBooleanOption = (function (options, name, method) {
    const value = options[name];
    (0,errors/* checkArgument */.s)(value === undefined || typeof value === 'boolean', `${method}'s ${name} option`, value, 'true or false');
});var checkName = (function (name, env, method) {
    (0,errors/* checkArgument */.s)(typeof name === 'string' && name !== '', `SecretBuffer.${method}'s name`, name, 'a non-empty string');
    (0,errors/* checkArgument */.s)(typeof env === 'object' && env !== null, `SecretBuffer.${method}'s environment`, env, 'an object (process.env, or a copy)');
});var isThenable = (function (value) {
    return typeof value === 'object' && value !== null && typeof value.then === 'function';
});var withAccess = (function (enter, leave, fn) {
    const bytes = enter();
    let result;
    try {
        result = fn(bytes);
    }
    catch (error) {
        leave();
        throw error;
    }
    if (!isThenable(result)) {
        leave();
        return result;
    }
    return Promise.resolve(result).finally(leave);
});var secretOf = (function (taken) {
    try {
        return SecretBuffer.fill(taken.length, taken.write);
    }
    catch (error) {
        taken.discard();
        throw error;
    }
});var readIntoRegion = (async function (path, options) {
    (0,errors/* checkArgument */.s)(typeof path === 'string' && path !== '', "a secret file's path", path, 'a non-empty string');
    // -1 or '5' read as a bound: the file was refused as "more than the -1 bytes", or compared with a string.
    (0,errors/* checkArgument */.s)(options.maxBytes === undefined || (Number.isSafeInteger(options.maxBytes) && options.maxBytes > 0), 'the maxBytes option', options.maxBytes, 'a whole number of bytes from 1');
    (0,errors/* checkArgument */.s)(options.what === undefined || typeof options.what === 'string', 'the what option', options.what, 'a string');
    const what = options.what ?? 'secret file';
    let handle;
    let size;
    let mode;
    try {
        // A regular file of bounded size only: a pipe or device would block or never end, a huge file would fill protected memory.
        ({ handle, size, mode } = await (0,files/* openRegularFile */.ZU)(path, { maxBytes: options.maxBytes ?? DEFAULT_MAX_SECRET_BYTES, what }));
    }
    catch (error) {
        throw (0,core_errors/* isTrustKitError */.Nf)(error) ? error : unreadable(what, path, error);
    }
    let region;
    let filled = 0;
    try {
        try {
            if (size === 0)
                throw new errors/* SecretError */.J('SECRET_EMPTY', `${what} ${path} is empty`, { hint: 'write the secret into the file, or pass the right path' });
            region = new Region(activeBackend(), size);
            while (filled < size) {
                const { bytesRead } = await handle.read(region.view, filled, size - filled, filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
        }
        finally {
            // Closed before the caller gets the bytes, so that it uses them while the region is still open (no protection change).
            await handle.close();
        }
    }
    catch (error) {
        // A failed close after a good read wipes the bytes too: the caller never gets the region to wipe.
        if (region !== undefined) {
            region.release();
            region.leave();
        }
        throw error instanceof errors/* SecretError */.J ? error : unreadable(what, path, error);
    }
    return { region, filled, mode };
});var unreadable = (function (what, path, error) {
    const code = (0,core_errors/* systemErrorCode */.vq)(error);
    // The system's code, not its message, which names the path a second time.
    return new errors/* SecretError */.J('SECRET_FILE_UNREADABLE', `could not read ${what} ${path}: ${code ?? (0,core_errors/* messageOf */.bD)(error)}`, {
        cause: error,
        hint: code === 'ENOENT' ? `check the path of the ${what}` : `check that the ${what} is a readable regular file`,
    });
});var trimmedRange = (function (bytes) {
    let start = 0;
    let end = bytes.length;
    while (start < end && isWhitespace(bytes[start]))
        start += 1;
    while (end > start && isWhitespace(bytes[end - 1]))
        end -= 1;
    return [start, end];
});var keyFor = (function (backend) {
    let key = keys.get(backend);
    if (key === undefined || key.released) {
        key = new Region(backend, backend.keyLength);
        (0,external_node_crypto_.randomFillSync)(key.view);
        key.leave();
        keys.set(backend, key);
    }
    return key;
});var dropEnclaveKeys = (function () {
    for (const key of keys.values())
        key.release();
    keys.clear();
});var onPurge = (function (cleanup) {
    (0,errors/* checkArgument */.s)(typeof cleanup === 'function', 'onPurge\'s cleanup', cleanup, 'a function');
    cleanups.add(cleanup);
    return (() => void cleanups.delete(cleanup));
});var purge = (function () {
    for (const cleanup of cleanups) {
        cleanups.delete(cleanup);
        try {
            cleanup();
        }
        catch {
            // A cleanup that fails (a file already gone, a read-only directory) must not keep the secrets alive.
        }
    }
    for (const secret of liveSecrets())
        secret.destroy();
    dropEnclaveKeys();
});var redact = (function (given) {
    // Called from error paths, also from plain JavaScript with whatever was caught: redact its text rather than throw.
    const text = typeof given === 'string' ? given : String(given);
    if (text === '')
        return text;
    const secrets = liveSecrets();
    if (secrets.length === 0)
        return text;
    const data = Buffer.from(text, 'utf8');
    const hit = new Uint8Array(data.length);
    let found = false;
    for (const secret of secrets) {
        secret.forEachForm(((form) => {
            for (let at = data.indexOf(form); at !== -1; at = data.indexOf(form, at + 1)) {
                hit.fill(1, at, at + form.length);
                found = true;
            }
        }));
    }
    if (!found)
        return text;
    let result = '';
    let start = 0;
    while (start < data.length) {
        let end = start;
        const masked = hit[start] === 1;
        while (end < data.length && (hit[end] === 1) === masked)
            end += 1;
        result += masked ? MASK : data.toString('utf8', start, end);
        start = end;
    }
    data.fill(0);
    return result;
});var decoded = (function (text) {
    try {
        const plain = decodeURIComponent(text);
        return plain === text ? undefined : plain;
    }
    catch {
        return undefined;
    }
});var proxyCredentials = (function (value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    const at = rest.lastIndexOf('@');
    if (at <= 0)
        return [];
    const userinfo = rest.slice(0, at);
    const colon = userinfo.indexOf(':');
    const user = colon === -1 ? userinfo : userinfo.slice(0, colon);
    const password = colon === -1 ? '' : userinfo.slice(colon + 1);
    const written = password !== '' ? [password, userinfo] : user.length >= MIN_TOKEN_USER_LENGTH ? [user] : [];
    const parts = written.flatMap(((part) => [part, decoded(part)])).filter(((part) => part !== undefined && part !== ''));
    // Decoded, `user:password` is what goes base64-encoded into Proxy-Authorization: its forms cover that header.
    if (password !== '')
        parts.push(`${decoded(user) ?? user}:${decoded(password) ?? password}`);
    return [...new Set(parts)];
});var liveCredential = (function (text) {
    let bytes = Buffer.from(text, 'utf8');
    const wipe = (() => {
        bytes?.fill(0);
        bytes = undefined;
    });
    const secret = {
        destroy: wipe,
        forEachForm: ((visit) => {
            if (bytes !== undefined)
                (0,secrets_forms/* forEachForm */.f)(bytes, visit);
        }),
    };
    track(secret, (() => undefined));
    return secret;
});var protectProxyCredentials = (function (env) {
    // Once each: the variables often hold the same URL, and each registration is a line of the log.
    const credentials = new Set(PROXY_VARIABLES.flatMap(((variable) => proxyCredentials(env[variable] ?? ''))));
    for (const credential of credentials)
        held.push(liveCredential(credential));
});var sizeClass = (function (size) {
    if (size <= 64)
        return 64;
    if (size <= PAGE)
        return 2 ** Math.ceil(Math.log2(size));
    return Math.ceil(size / PAGE) * PAGE;
});var sodiumBackend = (function (sodium, events) {
    const pool = new Map();
    // A block stays mapped until garbage collection runs libsodium's free, whenever sodium_free was called.
    let mapped = 0;
    const unmapped = new FinalizationRegistry((() => {
        mapped -= 1;
    }));
    const nonceLength = sodium.crypto_secretbox_NONCEBYTES;
    const macLength = sodium.crypto_secretbox_MACBYTES;
    const keyLength = sodium.crypto_secretbox_KEYBYTES;
    const mprotect = ((block, access) => {
        const result = access === 'noaccess' ? sodium.sodium_mprotect_noaccess(block.buffer) : sodium.sodium_mprotect_readwrite(block.buffer);
        if (result !== 0)
            throw new Error(`secret memory protection change to ${access} failed`);
    });
    return {
        name: 'sodium',
        guarded: true,
        allocate(size) {
            const length = sizeClass(size);
            const reused = pool.get(length)?.pop();
            if (reused !== undefined)
                return reused;
            if (mapped >= MAX_MAPPED_BLOCKS) {
                events.onExhausted();
                return undefined;
            }
            const memory = sodium.sodium_malloc(length);
            mapped += 1;
            unmapped.register(memory, null);
            const block = Buffer.from(memory);
            sodium.sodium_memzero(block);
            if (sodium.sodium_mlock(block) !== 0)
                events.onUnlocked();
            return block;
        },
        setAccess: mprotect,
        release(block) {
            const free = pool.get(block.length) ?? [];
            pool.set(block.length, free);
            if (free.length < POOL_PER_CLASS) {
                free.push(block);
                return;
            }
            sodium.sodium_free(block.buffer);
        },
        keyLength,
        sealOverhead: nonceLength + macLength,
        seal(key, plaintext) {
            const sealed = Buffer.alloc(nonceLength + plaintext.length + macLength);
            const nonce = sealed.subarray(0, nonceLength);
            (0,external_node_crypto_.randomFillSync)(nonce);
            if (key.length !== keyLength)
                throw new Error('sealing key has the wrong length');
            if (sodium.crypto_secretbox_easy(sealed.subarray(nonceLength), plaintext, nonce, key) !== 0)
                throw new Error('libsodium could not seal a secret');
            return sealed;
        },
        open(key, sealed, into) {
            // The binding asserts (aborts the process) on wrong lengths, so they are checked here first.
            if (key.length !== keyLength || sealed.length < nonceLength + macLength || into.length !== sealed.length - nonceLength - macLength)
                return false;
            return sodium.crypto_secretbox_open_easy(into, sealed.subarray(nonceLength), sealed.subarray(0, nonceLength), key);
        },
    };
});var fixFor = (function (kind) {
    return PLATFORM_FIX[process.platform]?.[kind] ?? FIX[kind];
});var degrade = (function (kind, what) {
    if (strictKinds.has(kind)) {
        throw new errors/* SecretError */.J('SECRET_PROTECTION_MISSING', `secret memory protection missing: ${what}`, { hint: fixFor(kind) });
    }
    if (warned.has(kind))
        return;
    warned.add(kind);
    logger?.warn(`secret memory protection: ${what}; to fix: ${fixFor(kind)}`);
});var onExhausted = (function () {
    degrade('capacity', `${MAX_MAPPED_BLOCKS} secrets are alive in libsodium memory (secrets not destroyed after use wait for garbage collection): further ones are zeroed and sealed but neither locked nor guarded`);
});var onUnlocked = (function () {
    anyLockRefused = true;
    if (probing)
        return;
    if (protection_status !== undefined)
        protection_status.mlock = 'partial';
    degrade('mlock', 'the kernel refused to lock secret memory into RAM, so it may be swapped to disk');
});var sodiumBackendFor = (function (binding) {
    let backend = sodiumBackends.get(binding);
    if (backend === undefined) {
        backend = sodiumBackend(binding, { onUnlocked, onExhausted });
        sodiumBackends.set(binding, backend);
    }
    return backend;
});var memoryProtectionStatus = (function () {
    if (protection_status === undefined && awaitingFirstSecret)
        activeBackend();
    if (protection_status !== undefined)
        return { ...protection_status };
    const backend = activeBackend();
    return {
        backend: backend.name,
        mlock: backend.name === 'js' ? 'unavailable' : anyLockRefused ? 'partial' : 'locked',
        guardPages: backend.guarded,
        coreDumps: 'unavailable',
        envScrub: 'unavailable',
    };
});var chooseSecretMemory = (function (options) {
    const native = options.backend === 'js' ? { binding: undefined, reason: 'the portable backend was chosen' } : (0,secrets_native/* loadSodium */.O)(options.nativeFrom);
    if (native.binding === undefined) {
        setActiveBackend(jsBackend);
        return { chosen: jsBackend, status: { backend: 'js', mlock: 'unavailable', guardPages: false }, missing: [['backend', `no native secure memory (${native.reason}): secrets are zeroed and sealed but neither locked nor guarded`]] };
    }
    const chosen = sodiumBackendFor(native.binding);
    probing = true;
    try {
        setActiveBackend(chosen);
        new Region(chosen, 1).release();
    }
    finally {
        probing = false;
    }
    if (!anyLockRefused)
        return { chosen, status: { backend: 'sodium', mlock: 'locked', guardPages: true }, missing: [] };
    return { chosen, status: { backend: 'sodium', mlock: 'partial', guardPages: true }, missing: [['mlock', 'the kernel refused to lock secret memory into RAM (RLIMIT_MEMLOCK), so it may be swapped to disk']] };
});var protectWholeProcess = (function (options) {
    // A diagnostic report (NODE_OPTIONS=--report-on-fatalerror or --report-on-signal, which a job may
    // set) is a file written to the working directory with the whole environment in it, secrets not
    // yet taken included: it is written without the environment.
    process.report.excludeEnv = true;
    const missing = [];
    let coreDumps = 'unsupported';
    if (process.platform === 'linux' && options.keepCoreDumps !== true) {
        const filter = options.coredumpFilter ?? '/proc/self/coredump_filter';
        try {
            (0,external_node_fs_.writeFileSync)(filter, `0x${CORE_FILTER.toString(16)}`);
            if (Number.parseInt((0,external_node_fs_.readFileSync)(filter, 'utf8').trim(), 16) !== CORE_FILTER)
                throw new Error('the filter did not take the new value');
            coreDumps = 'excluded';
        }
        catch (error) {
            coreDumps = 'unavailable';
            missing.push(['coreDumps', `could not exclude memory from core dumps via ${filter} (${(0,core_errors/* messageOf */.bD)(error)}): a dump would contain strings made from secrets`]);
        }
    }
    else if (process.platform === 'linux') {
        coreDumps = 'unavailable';
        missing.push(['coreDumps', 'core dumps were left unfiltered on request']);
    }
    else {
        missing.push(['coreDumps', `${process.platform} has no per-process core-dump filter: a crash dump would contain strings made from secrets`]);
    }
    (0,environment/* adoptProcessEnvironment */.VB)(options.env, options.host);
    let envScrub = 'unsupported';
    if (process.platform === 'linux') {
        envScrub = (0,environment/* canScrubEnvironmentBlock */.s)() ? 'available' : 'unavailable';
        if (envScrub === 'unavailable')
            missing.push(['envScrub', 'cannot rewrite this process\'s environment block (/proc/self/mem): secrets passed as environment variables stay in its memory']);
    }
    else {
        missing.push(['envScrub', `${process.platform} gives no access to the process's original environment block: secrets passed as environment variables stay in its memory`]);
    }
    return { status: { coreDumps, envScrub }, missing };
});var checkOptions = (function (options, method) {
    (0,errors/* checkArgument */.s)(typeof options === 'object' && options !== null && !Array.isArray(options), `${method}'s options`, options, 'an object');
    const { strict, logger: given, backend, nativeFrom, onSignal } = options;
    const kinds = Object.keys(FIX);
    (0,errors/* checkArgument */.s)(strict === undefined || typeof strict === 'boolean' || (Array.isArray(strict) && strict.every(((kind) => kinds.includes(kind)))), `${method}'s strict option`, strict, `true, false or an array of ${kinds.join(', ')}`);
    (0,errors/* checkArgument */.s)(given === undefined || (typeof given === 'object' && given !== null && typeof given.warn === 'function' && typeof given.debug === 'function'), `${method}'s logger`, given, 'an object with warn and debug functions');
    (0,errors/* checkArgument */.s)(backend === undefined || backend === 'auto' || backend === 'js', `${method}'s backend option`, backend, "'auto' or 'js'");
    (0,errors/* checkArgument */.s)(nativeFrom === undefined || typeof nativeFrom === 'string', `${method}'s nativeFrom option`, nativeFrom, 'a directory path');
    (0,errors/* checkArgument */.s)(onSignal === undefined || typeof onSignal === 'function', `${method}'s onSignal option`, onSignal, 'a function');
});var takeReporting = (function (options) {
    logger = options.logger;
    warned.clear();
    strictKinds = new Set(options.strict === true ? Object.keys(FIX) : options.strict === false || options.strict === undefined ? [] : options.strict);
});var failOnStrict = (function (missing) {
    const fatal = missing.filter((([kind]) => strictKinds.has(kind)));
    if (fatal.length > 0) {
        throw new errors/* SecretError */.J('SECRET_PROTECTION_MISSING', `secret memory protection missing: ${fatal.map((([, what]) => what)).join('; ')}`, {
            hint: fatal.map((([kind]) => fixFor(kind))).join('; '),
        });
    }
});var report = (function (next, missing) {
    failOnStrict(missing);
    for (const [kind, what] of missing)
        degrade(kind, what);
    logger?.debug(`secret memory protection: ${JSON.stringify(next)}`);
});var enableMemoryProtection = (function (options = {}) {
    checkOptions(options, 'enableMemoryProtection');
    takeReporting(options);
    awaitingFirstSecret = false;
    const memory = chooseSecretMemory(options);
    const whole = protectWholeProcess(options);
    protection_status = { ...memory.status, ...whole.status };
    report(protection_status, [...memory.missing, ...whole.missing]);
    return { ...protection_status };
});var installPurgeHooks = (function (stderr) {
    if (hooksInstalled)
        return;
    hooksInstalled = true;
    process.once('exit', purge);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.once(signal, (() => {
            purge();
            try {
                onSignal?.(signal);
            }
            catch {
                // The signal must end the process whatever the entry point's handler does.
            }
            // Re-raised with no listener left, the signal ends the process as it would have. A program with a handler of
            // its own took the signal's ending on itself: re-raised, its handler ran twice for one signal, and the process
            // did not end. Asked once every listener of this signal has run (a `once` one is gone by then).
            process.nextTick((() => {
                if (process.listenerCount(signal) === 0)
                    process.kill(process.pid, signal);
            }));
        }));
    }
    const crash = ((error, event) => {
        // A program with a handler of its own decides what an uncaught error does: it may go on, or end with its own
        // code; exiting here overrode it. Its secrets are still purged when it exits. Another copy of these hooks (a
        // bundle beside the library) is no such handler: were it one, each copy would leave the error to the other.
        const listeners = event === 'uncaughtException' ? process.listeners('uncaughtException') : process.listeners('unhandledRejection');
        if (listeners.some(((listener) => !(PURGE_HOOK in listener))))
            return;
        const text = redact((0,external_node_util_.inspect)(error, { depth: 5 }));
        purge();
        (stderr ?? process.stderr).write(`${text}\n`);
        try {
            onCrash?.();
        }
        catch {
            // The process must end whatever the entry point's handler does.
        }
        process.exit(1);
    });
    process.on('uncaughtException', Object.assign(((error) => crash(error, 'uncaughtException')), { [PURGE_HOOK]: true }));
    process.on('unhandledRejection', Object.assign(((reason) => crash(reason, 'unhandledRejection')), { [PURGE_HOOK]: true }));
});var protectProcess = (function (options = {}) {
    checkOptions(options, 'protectProcess');
    installPurgeHooks();
    // A proxy URL's password is a secret the process holds from its start: masked before any request.
    if (options.env !== undefined)
        protectProxyCredentials(options.env);
    onSignal = options.onSignal ?? onSignal;
    onCrash = options.onCrash ?? onCrash;
    takeReporting(options);
    if (options.chooseNow === true || SECRET_MEMORY_KINDS.some(((kind) => strictKinds.has(kind))) || secretMemoryChosen()) {
        enableMemoryProtection(options);
        return;
    }
    const whole = protectWholeProcess(options);
    // The whole process's strict kinds fail now; their warnings wait with the secret memory's.
    failOnStrict(whole.missing);
    protection_status = undefined;
    awaitingFirstSecret = true;
    preferBackend((() => {
        awaitingFirstSecret = false;
        const memory = chooseSecretMemory(options);
        protection_status = { ...memory.status, ...whole.status };
        report(protection_status, [...memory.missing, ...whole.missing]);
        return memory.chosen;
    }));
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pP: (() => (/* reexport */ SecretBuffer)),
  Qc: (() => (/* reexport */ environment/* childEnvironment */.Qc)),
  zP: (() => (/* reexport */ environment/* hasEnvironmentValue */.zP)),
  KD: (() => (/* reexport */ environment/* loadWithSecretsHidden */.KD)),
  pX: (() => (/* reexport */ memoryProtectionStatus)),
  Zp: (() => (/* reexport */ onPurge)),
  $f: (() => (/* reexport */ protectProcess)),
  E$: (() => (/* reexport */ redact)),
  I7: (() => (/* reexport */ setMasker))
});

// UNUSED EXPORTS: Enclave, MASK, REDACTED, SECRET_VARIABLES, SecretError, enableMemoryProtection, installPurgeHooks, purge

// EXTERNAL MODULE: ./lib/core/runtime.js
var runtime = __webpack_require__(56371);
;// CONCATENATED MODULE: ./lib/core/runtime-guard.js

// Imported first by the library's entries (`trust-kit`, `trust-kit/secrets`): on a Node.js they do not
// support, the import fails saying so (RUNTIME_UNSUPPORTED), where keyless signing on Node.js 20 failed
// later with a misleading SIGN_SELF_VERIFY_FAILED about the timestamp authority's validity.
const unsupported = (0,runtime/* unsupportedRuntime */.AZ)(process.versions.node);
if (unsupported !== undefined)
    throw unsupported;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/secrets/errors.js
var errors = __webpack_require__(15274);
// EXTERNAL MODULE: ./lib/secrets/forms.js
var secrets_forms = __webpack_require__(79930);
;// CONCATENATED MODULE: ./lib/secrets/live.js


const live = new Set();
const finalizer = new FinalizationRegistry(((held) => {
    live.delete(held.ref);
    held.wipe();
}));
const unregisterTokens = new WeakMap();
let masker;
/** The live secrets the masker is never told of (see {@link track}). */
const unmasked = new WeakSet();
/**
 * Starts tracking a new secret and tells the masker its forms, unless `masked` is false: for bytes
 * nothing ever prints in any form (a private key), a mask command would be the one printed copy,
 * in every file that captures the log. `wipe` must not reference the secret.
 */

/**
 * Tells the masker the forms of secret bytes that are never tracked (read, used once and wiped
 * within one call), as {@link track} does for a new secret.
 */

/** Whether the masker is told of a tracked secret's forms (it was not made with `masked: false`): what is made of it is told of, or not, alike. */

/** Stops tracking a destroyed secret. */

/** Every secret still alive. */

/**
 * Sets where secrets are registered for log masking (an action registers `::add-mask::`): every
 * live secret is registered at once, every later one at intake, before anything could print it.
 */


;// CONCATENATED MODULE: ./lib/secrets/js-backend.js

const NONCE = 12;
const TAG = 16;
/**
 * The portable backend: every block is a zero-filled Buffer with its own ArrayBuffer (never the
 * shared pool), sealing is ChaCha20-Poly1305 from node:crypto with random 96-bit nonces.
 * Memory is neither locked nor guarded; the bytes are still zeroed on release.
 */
const jsBackend = {
    name: 'js',
    guarded: false,
    allocate: ((size) => Buffer.alloc(size)),
    setAccess: (() => { }),
    release: (() => { }),
    keyLength: 32,
    sealOverhead: NONCE + TAG,
    seal(key, plaintext) {
        const sealed = Buffer.alloc(NONCE + plaintext.length + TAG);
        const nonce = sealed.subarray(0, NONCE);
        (0,external_node_crypto_.randomFillSync)(nonce);
        const cipher = (0,external_node_crypto_.createCipheriv)('chacha20-poly1305', key, nonce, { authTagLength: TAG });
        const body = cipher.update(plaintext);
        body.copy(sealed, NONCE);
        cipher.final();
        cipher.getAuthTag().copy(sealed, NONCE + plaintext.length);
        return sealed;
    },
    open(key, sealed, into) {
        const nonce = sealed.subarray(0, NONCE);
        const tag = sealed.subarray(sealed.length - TAG);
        const decipher = (0,external_node_crypto_.createDecipheriv)('chacha20-poly1305', key, nonce, { authTagLength: TAG });
        decipher.setAuthTag(tag);
        // node:crypto returns plaintext in a Buffer of its own: copy it into the region and wipe it.
        const plaintext = decipher.update(sealed.subarray(NONCE, sealed.length - TAG));
        try {
            decipher.final();
            plaintext.copy(into);
            return true;
        }
        catch {
            return false;
        }
        finally {
            plaintext.fill(0);
        }
    },
};

;// CONCATENATED MODULE: ./lib/secrets/backend.js

let active;
let preferred;
/**
 * The backend new secrets are allocated in: the one chosen by enableMemoryProtection; before
 * that, the preferred one (libsodium when it loads) or else the portable one.
 */

/** Chooses the backend for secrets allocated from now on (existing ones stay where they are). */

/** Whether a backend was chosen (by a call or by the first secret), so that a preference set now would go unasked. */

/** Sets how the backend is found when no one chose it: library users get guarded memory without any setup. */


;// CONCATENATED MODULE: ./lib/secrets/memory.js


/**
 * The most bytes one secret may hold (1 GiB): far above any key, token or password, and below the
 * 4 GiB at which libsodium's allocation length wraps round (a 1e12-byte request mapped 3.5 GB).
 */
const MAX_SECRET_BYTES = 2 ** 30;
/** Regions whose last user left in this event-loop turn: they are closed together at its end. */
const closing = new Set();
/**
 * The scheduled closing of {@link closing}; cancelled when every region in it was released in the
 * same turn (read, use, destroy), since a pending immediate costs the turn an extra event-loop
 * iteration and a call into JavaScript: a tenth of a key import, for nothing left to close.
 */
let closeScheduled;

/**
 * One secret's block with the only code allowed to change its protection: a state machine that
 * opens the block for the first user, closes it (no access) at the end of the event-loop turn in
 * which the last user left, and defers freeing a block still in use, so protected memory is never
 * touched while inaccessible (for libsodium that would be a segfault, not an exception).
 * Closing at the end of the turn, not at every `leave`, makes intake, use and destroy within one
 * synchronous stretch cost no page-protection change (each one flushes the TLB), while the block
 * is still inaccessible across every await, where the process spends its time.
 */
class Region {
    backend;
    #block;
    #view;
    #state = 'readwrite';
    #users = 1;
    #releasePending = false;
    /**
     * A zero-filled region of `size` bytes, returned open: fill it through {@link view}, then
     * {@link leave}. A full backend hands the secret to the portable one rather than fail.
     */
    constructor(backend, size) {
        // The length reaches libsodium unchecked by its binding: NaN crashed the process, -1 made a 63-byte secret.
        if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SECRET_BYTES) {
            throw new errors/* SecretError */.J('SECRET_LENGTH_INVALID', `a secret of ${typeof size === 'number' ? String(size) : typeof size} bytes cannot be held: a secret's length is a whole number of bytes from 0 to ${MAX_SECRET_BYTES}`, {
                hint: 'pass the number of bytes the secret holds, a whole number up to 1 GiB',
            });
        }
        const block = backend.allocate(size);
        this.backend = block === undefined ? jsBackend : backend;
        this.#block = block ?? jsBackend.allocate(size);
        this.#view = this.#block.subarray(0, size);
    }
    /** The bytes; only valid between {@link enter} (or construction) and the matching {@link leave}. */
    get view() {
        if (this.#state !== 'readwrite')
            throw new Error('secret memory accessed while closed');
        return this.#view;
    }
    /** Whether the region was released (zeroed and given back). */
    get released() {
        return this.#state === 'released' || this.#releasePending;
    }
    /** Opens the region for one more user and returns its bytes. */
    enter() {
        if (this.released)
            throw new Error('secret memory used after release');
        if (this.#state === 'noaccess') {
            this.backend.setAccess(this.#block, 'readwrite');
            this.#state = 'readwrite';
        }
        this.#users += 1;
        return this.#view;
    }
    /** Ends one user's access; the last one closes the region (or finishes a deferred release). */
    leave() {
        if (this.#users === 0)
            return;
        this.#users -= 1;
        if (this.#users > 0)
            return;
        if (this.#releasePending) {
            this.#finishRelease();
            return;
        }
        closing.add(this);
        closeScheduled ??= setImmediate(closeIdleRegions);
    }
    /** Makes the block inaccessible unless a user came back or it was released meanwhile. */
    closeIfIdle() {
        if (this.#users > 0 || this.#state !== 'readwrite' || this.#releasePending)
            return;
        this.backend.setAccess(this.#block, 'noaccess');
        this.#state = 'noaccess';
    }
    /** Zeroes the bytes now and gives the block back once no user is left. */
    release() {
        if (this.released)
            return;
        if (this.#state === 'noaccess') {
            this.backend.setAccess(this.#block, 'readwrite');
            this.#state = 'readwrite';
        }
        this.#block.fill(0);
        if (this.#users > 0) {
            this.#releasePending = true;
            return;
        }
        this.#finishRelease();
    }
    #finishRelease() {
        if (closing.delete(this) && closing.size === 0 && closeScheduled !== undefined) {
            clearImmediate(closeScheduled);
            closeScheduled = undefined;
        }
        this.#state = 'released';
        this.#releasePending = false;
        this.backend.release(this.#block);
    }
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./lib/secrets/redacted.js

/** What every string view of a secret shows. */
const REDACTED = '[redacted]';
/**
 * The base of every secret holder: whichever way JavaScript turns it into text (`String()`,
 * template literals, `JSON.stringify`, `util.inspect`, console) it shows `[redacted]`, and
 * `using` destroys it.
 */
class Redacted {
    [Symbol.dispose]() {
        this.destroy();
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return REDACTED;
    }
    [Symbol.toPrimitive]() {
        return REDACTED;
    }
    [external_node_util_.inspect.custom]() {
        return `${this.constructor.name} ${REDACTED}`;
    }
}

// EXTERNAL MODULE: ./lib/core/errors.js
var core_errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/secrets/environment.js
var environment = __webpack_require__(35984);
;// CONCATENATED MODULE: ./lib/secrets/secret-buffer.js











/** The variables {@link SecretBuffer.sharedFromEnv} took, by environment. */
const sharedTaken = new WeakMap();
/** The `masked` option of `method`: true unless it is false. */

/** Fails with SECRET_ARGUMENT_INVALID unless the boolean option `name` of `method` is absent, true or false: 'yes' is neither. */

/** A secret file bigger than this is not a key, a token or a passphrase. */
const DEFAULT_MAX_SECRET_BYTES = 64 * 1024;
/** Checks the variable name and environment `fromEnv`/`fromInput` take. */

const isWhitespace = ((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0b || byte === 0x0c);

/**
 * Runs `fn` between `enter` and `leave`; when `fn` returns a promise, access lasts until it
 * settles, so an async callback never touches memory that was closed under it.
 */

/**
 * Secret bytes (never a string) in memory this library owns: readable only inside `use`, zeroed on
 * `destroy()`, `purge()` or when garbage-collected, redacted in every string form, and registered
 * with the log masker and the redactor from the moment it exists.
 */
class SecretBuffer extends Redacted {
    #region;
    #length;
    constructor(region, length, masked = true) {
        super();
        // Private to TypeScript only: `new SecretBuffer()` from plain JavaScript failed with a TypeError from inside.
        (0,errors/* checkArgument */.s)(region instanceof Region, 'new SecretBuffer', region, 'a call of SecretBuffer.from, fill, fromFile, fromEnv or fromInput (the constructor is not public)');
        this.#region = region;
        this.#length = length;
        region.leave();
        track(this, (() => region.release()), masked);
    }
    /** A secret holding a copy of `bytes`; the source is zeroed, since the caller hands it over, also when no memory can be had for it. */
    static from(bytes, options = {}) {
        (0,errors/* checkArgument */.s)(bytes instanceof Uint8Array, 'SecretBuffer.from\'s argument', bytes, 'a Uint8Array or Buffer (never a string: it could not be wiped)');
        const masked = maskedOption(options, 'SecretBuffer.from');
        try {
            const region = new Region(activeBackend(), bytes.length);
            region.view.set(bytes);
            return new SecretBuffer(region, bytes.length, masked);
        }
        finally {
            bytes.fill(0);
        }
    }
    /** A secret of `length` bytes written by `fill` straight into protected memory (no copy elsewhere). */
    static fill(length, fill, options = {}) {
        (0,errors/* checkArgument */.s)(typeof fill === 'function', 'SecretBuffer.fill\'s writer', fill, 'a function');
        const masked = maskedOption(options, 'SecretBuffer.fill');
        const region = new Region(activeBackend(), length);
        let written;
        try {
            written = fill(region.view);
        }
        catch (error) {
            // A region is born open with one user: without that user leaving, release only zeroes and the block is never given back.
            region.release();
            region.leave();
            throw error;
        }
        if (isThenable(written)) {
            // An async writer (TypeScript takes one for a writer returning void) writes after an await, into a block
            // closed by then: a segfault. Its block stays open until it settles, then is wiped, and the call fails.
            const wipe = (() => {
                region.release();
                region.leave();
            });
            written.then(wipe, wipe);
            throw new errors/* SecretError */.J('SECRET_ARGUMENT_INVALID', 'SecretBuffer.fill\'s writer returned a promise: it must have written the bytes when it returns', {
                hint: 'write the bytes before the writer returns (no await in it): get what you write first, then call fill',
            });
        }
        return new SecretBuffer(region, length, masked);
    }
    /** Reads a file straight into protected memory; no other copy of its bytes is made. */
    static async fromFile(path, options = {}) {
        const masked = maskedOption(options, 'SecretBuffer.fromFile');
        checkBooleanOption(options, 'trim', 'SecretBuffer.fromFile');
        const { region, filled } = await readIntoRegion(path, options);
        let secret = new SecretBuffer(region, region.view.length, masked);
        if (filled < secret.length) {
            const whole = secret;
            secret = whole.use(((bytes) => SecretBuffer.fill(filled, ((into) => bytes.copy(into, 0, 0, filled)), { masked })));
            whole.destroy();
        }
        return options.trim === true ? SecretBuffer.#trimmed(secret, `secret file ${path}`) : secret;
    }
    /**
     * Reads a file straight into protected memory, runs `fn` with its bytes and wipes them when `fn`
     * returns (or its promise settles): for a secret needed once, such as a key imported into OpenSSL.
     * No SecretBuffer is made, so the bytes skip what a secret that outlives the call needs (tracking
     * for purge and the garbage-collection wipe, closing at the end of the turn), which costs more
     * CPU than the rest of reading them; they are registered with the log masker all the same,
     * unless `masked` is false.
     * `fn` also gets the file's `st_mode` as it was opened, so that its permissions are checked on
     * the file read, not on whatever the path names a moment later.
     */
    static async useFile(path, options, fn) {
        const masked = maskedOption(options, 'SecretBuffer.useFile');
        // Checked before the file is read: its bytes were read and masked, then the call failed.
        (0,errors/* checkArgument */.s)(typeof fn === 'function', 'SecretBuffer.useFile\'s fn', fn, 'a function');
        const { region, filled, mode } = await readIntoRegion(path, options);
        try {
            const bytes = region.view.subarray(0, filled);
            if (masked)
                maskForms(bytes);
            return await fn(bytes, { mode });
        }
        finally {
            region.release();
            region.leave();
        }
    }
    static fromInput(name, env, options = {}) {
        checkName(name, env, 'fromInput');
        (0,errors/* checkArgument */.s)(typeof options === 'object' && options !== null, 'SecretBuffer.fromInput\'s options', options, 'an object');
        checkBooleanOption(options, 'optional', 'SecretBuffer.fromInput');
        const variable = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
        const taken = (0,environment/* takeEnvironmentValue */.Aj)(variable, env);
        const secret = taken === undefined || taken.length === 0 ? undefined : SecretBuffer.#trimmedOrUndefined(secretOf(taken));
        if (secret === undefined && options.optional !== true) {
            throw new errors/* SecretError */.J('SECRET_INPUT_MISSING', `input "${name}" is required but empty`, {
                hint: `pass it in the step's \`with:\` block, e.g. \`${name}: \${{ secrets.YOUR_SECRET }}\``,
            });
        }
        return secret;
    }
    /**
     * Takes the environment variable `name` and removes it from `env` (on Linux also from the
     * process's original environment block, so neither `/proc/<pid>/environ` nor a core dump shows it;
     * that block holds the value the process started with, so take a secret before anything sets it).
     */
    static fromEnv(name, env) {
        checkName(name, env, 'fromEnv');
        const taken = (0,environment/* takeEnvironmentValue */.Aj)(name, env);
        if (taken === undefined) {
            throw new errors/* SecretError */.J('SECRET_ENV_MISSING', `environment variable ${name} is not set`, {
                hint: `set ${name} in the environment of the step or command`,
            });
        }
        // Set, but to nothing: most often a secret the workflow names that the repository does not have.
        if (taken.length === 0) {
            taken.discard();
            throw new errors/* SecretError */.J('SECRET_EMPTY', `environment variable ${name} is set but empty`, { hint: `give ${name} the secret's value (a workflow's secrets.NAME is empty when the repository has no secret of that name)` });
        }
        return secretOf(taken);
    }
    /**
     * The environment variable `name` taken once per environment and shared (undefined when unset or
     * empty): as {@link fromEnv} takes it, and every later call for the same `env` and name returns the
     * same secret. For a token two parts of a run use (GITHUB_TOKEN: the GitHub API and ghcr.io, or
     * the two registry clients of a release), which the first taking would otherwise hide from the
     * second. The secret is the environment's: callers never destroy it (purge does, at exit).
     */
    static sharedFromEnv(name, env) {
        checkName(name, env, 'sharedFromEnv');
        let taken = sharedTaken.get(env);
        const known = taken?.get(name);
        if (known !== undefined && !known.destroyed)
            return known;
        if (!(0,environment/* hasEnvironmentValue */.zP)(name, env))
            return undefined;
        const secret = SecretBuffer.fromEnv(name, env);
        if (taken === undefined)
            sharedTaken.set(env, (taken = new Map()));
        taken.set(name, secret);
        return secret;
    }
    static #trimmedOrUndefined(secret) {
        const [start, end] = secret.use(trimmedRange);
        if (start === 0 && end === secret.length && end > 0)
            return secret;
        // Trimmed, a private key read with `masked: false` stays one the masker is never told of.
        const trimmed = end > start ? secret.use(((bytes) => SecretBuffer.fill(end - start, ((into) => bytes.copy(into, 0, start, end)), { masked: isMasked(secret) }))) : undefined;
        secret.destroy();
        return trimmed;
    }
    static #trimmed(secret, source) {
        const trimmed = SecretBuffer.#trimmedOrUndefined(secret);
        if (trimmed === undefined)
            throw new errors/* SecretError */.J('SECRET_EMPTY', `${source} holds only whitespace`, { hint: 'write the secret into the file, or pass the right path' });
        return trimmed;
    }
    /** How many bytes the secret holds. */
    get length() {
        return this.#length;
    }
    /** Whether the secret was destroyed (its bytes are gone). */
    get destroyed() {
        return this.#region === undefined;
    }
    /**
     * Runs `fn` with the secret's bytes and returns its result. The bytes are valid only until `fn`
     * returns (or its promise settles): copy nothing out, keep no reference.
     */
    use(fn) {
        (0,errors/* checkArgument */.s)(typeof fn === 'function', 'SecretBuffer.use\'s argument', fn, 'a function');
        const region = this.#open();
        return withAccess((() => region.enter()), (() => region.leave()), fn);
    }
    /** Like {@link use} for an async callback: the bytes stay readable until its promise settles. */
    async useAsync(fn) {
        return await this.use(fn);
    }
    /** Compares with another secret or bytes in constant time (for equal lengths). */
    equals(other) {
        // A string has a length too: one of another length returned false, one of the same length threw a TypeError.
        (0,errors/* checkArgument */.s)(other instanceof SecretBuffer || other instanceof Uint8Array, 'SecretBuffer.equals\'s argument', other, 'a SecretBuffer or Uint8Array (never a string)');
        if (other.length !== this.#length)
            return false;
        if (other instanceof SecretBuffer)
            return this.use(((mine) => other.use(((theirs) => (0,external_node_crypto_.timingSafeEqual)(mine, theirs)))));
        return this.use(((mine) => (0,external_node_crypto_.timingSafeEqual)(mine, other)));
    }
    /** Zeroes the bytes and frees the memory; idempotent. A `use` in progress keeps readable zeros until it ends. */
    destroy() {
        const region = this.#region;
        if (region === undefined)
            return;
        this.#region = undefined;
        untrack(this);
        region.release();
    }
    /** Calls `visit` with every form of the secret (plain, lines, encodings), each wiped afterwards. */
    forEachForm(visit) {
        if (this.#region === undefined)
            return;
        this.use(((bytes) => (0,secrets_forms/* forEachForm */.f)(bytes, visit)));
    }
    #open() {
        if (this.#region === undefined) {
            throw new errors/* SecretError */.J('SECRET_DESTROYED', 'the secret was used after it was destroyed', {
                hint: 'keep the secret until its last use; purge() destroys every secret at exit',
            });
        }
        return this.#region;
    }
}
/**
 * A secret of a value taken from the environment. When no memory can be had for it (a strict
 * protection missing), the value is still taken out of the environment and its copies wiped.
 */

/**
 * Reads a bounded regular file into a new region, returned open (see {@link Region}) with the
 * number of bytes read, which is less than its size if the file shrank meanwhile, and the file's mode.
 */




;// CONCATENATED MODULE: ./lib/secrets/enclave.js








/** The per-process sealing key of each backend, created on first use and dropped by purge. */
const keys = new Map();

/** Destroys every sealing key: enclaves sealed before can no longer be opened. */

/**
 * A sealed secret for long-lived use: kept encrypted at rest under a per-process key and decrypted
 * into a reused scratch region only while `use` runs (memguard's Enclave). Sealing consumes the
 * SecretBuffer it is given.
 */
class Enclave extends Redacted {
    #sealed;
    #backend;
    #length;
    /** Held apart from the enclave so the garbage-collection wipe can reach the scratch without keeping the enclave alive. */
    #cell = { scratch: undefined };
    #users = 0;
    /** Whether the masker is told of its forms: as the SecretBuffer it sealed was (a private key made with `masked: false` is not). */
    #masked;
    constructor(sealed, backend, length, masked) {
        super();
        this.#sealed = sealed;
        this.#backend = backend;
        this.#length = length;
        this.#masked = masked;
        const cell = this.#cell;
        track(this, (() => cell.scratch?.release()), masked);
    }
    /** Seals a secret's bytes and destroys the SecretBuffer. */
    static seal(secret) {
        (0,errors/* checkArgument */.s)(secret instanceof SecretBuffer, 'Enclave.seal\'s argument', secret, 'a SecretBuffer');
        const length = secret.length;
        const backend = activeBackend();
        const sealed = secret.use(((bytes) => {
            const key = keyFor(backend);
            try {
                return backend.seal(key.enter(), bytes);
            }
            finally {
                key.leave();
            }
        }));
        const enclave = new Enclave(sealed, backend, length, isMasked(secret));
        secret.destroy();
        return enclave;
    }
    /** Seals `bytes` directly (they are zeroed, as with {@link SecretBuffer.from}). */
    static from(bytes) {
        return Enclave.seal(SecretBuffer.from(bytes));
    }
    /** How many bytes the sealed secret holds. */
    get length() {
        return this.#length;
    }
    /** Whether the enclave was destroyed. */
    get destroyed() {
        return this.#sealed === undefined;
    }
    /**
     * Runs `fn` with the decrypted bytes, wiped when it returns (or its promise settles); keep no
     * reference to them. Nested and concurrent uses share one decryption.
     */
    use(fn) {
        (0,errors/* checkArgument */.s)(typeof fn === 'function', 'Enclave.use\'s argument', fn, 'a function');
        return withAccess((() => this.#enter()), (() => this.#leave()), fn);
    }
    /** Like {@link use} for an async callback. */
    async useAsync(fn) {
        return await this.use(fn);
    }
    /** Decrypts into a new SecretBuffer, for code that takes one. */
    open() {
        return this.use(((bytes) => SecretBuffer.fill(bytes.length, ((into) => bytes.copy(into)), { masked: this.#masked })));
    }
    /** Forgets the ciphertext and wipes the scratch region; idempotent. */
    destroy() {
        if (this.#sealed === undefined)
            return;
        this.#sealed.fill(0);
        this.#sealed = undefined;
        untrack(this);
        this.#cell.scratch?.release();
    }
    /** Calls `visit` with every form of the secret, each wiped afterwards. */
    forEachForm(visit) {
        if (this.#sealed === undefined)
            return;
        this.use(((bytes) => (0,secrets_forms/* forEachForm */.f)(bytes, visit)));
    }
    #enter() {
        const sealed = this.#sealed;
        if (sealed === undefined) {
            throw new errors/* SecretError */.J('SECRET_DESTROYED', 'the sealed secret was used after it was destroyed', {
                hint: 'keep the enclave until its last use; purge() destroys every secret at exit',
            });
        }
        let scratch = this.#cell.scratch;
        if (scratch === undefined) {
            scratch = new Region(this.#backend, this.#length);
            scratch.leave();
            this.#cell.scratch = scratch;
        }
        const bytes = scratch.enter();
        this.#users += 1;
        if (this.#users > 1)
            return bytes;
        let opened;
        try {
            const key = keyFor(this.#backend);
            try {
                opened = this.#backend.open(key.enter(), sealed, bytes);
            }
            finally {
                key.leave();
            }
        }
        catch (error) {
            // The user counted above must leave, or every later use would skip decryption and read what this one left.
            this.#leave();
            throw error;
        }
        if (!opened) {
            this.#leave();
            throw new errors/* SecretError */.J('SECRET_ENCLAVE_CORRUPT', 'a sealed secret could not be decrypted: its key was purged or its memory was altered', {
                hint: 'seal the secret again after purge(); if it was not purged, the process memory is corrupt',
            });
        }
        return bytes;
    }
    #leave() {
        const scratch = this.#cell.scratch;
        if (scratch === undefined)
            return;
        this.#users -= 1;
        if (this.#users === 0 && !scratch.released)
            scratch.view.fill(0);
        scratch.leave();
    }
}

;// CONCATENATED MODULE: ./lib/secrets/purge.js



/** What purge runs besides destroying secrets: removals of secret bytes that are not in memory. */
const cleanups = new Set();
/**
 * Has purge (on exit, SIGINT, SIGTERM or a crash) run `cleanup` until the returned function is
 * called: for secret bytes outside memory, such as a key file written beside its target and not yet
 * renamed into place, which a signal would otherwise leave behind. `cleanup` must be synchronous:
 * it runs in signal and exit handlers.
 */

/** Destroys every live secret and the sealing keys, and runs the {@link onPurge} cleanups: what exit, signal and crash hooks run. */


;// CONCATENATED MODULE: ./lib/secrets/redact.js

/** What a scrubbed secret is replaced with, as the runner's masker does. */
const MASK = '***';
/**
 * Replaces every occurrence of any live secret, in any of its forms (plain, each line, base64,
 * base64url, lower- and uppercase hex, URL- and JSON-escaped), with `***`. Every error path runs its text through this
 * before printing it or setting it as a failure.
 */


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/secrets/native.js
var secrets_native = __webpack_require__(7602);
;// CONCATENATED MODULE: ./lib/secrets/proxy-credentials.js


/**
 * The shortest user name without a password that is masked as a token: a plain name (`build`,
 * `proxyuser`) is no secret, and masking it would blank that word in every line of the job's log.
 */
const MIN_TOKEN_USER_LENGTH = 16;
/** The variables a proxy URL with credentials may be in: ours, @actions/http-client's, and the children's (git, curl). */
const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY', 'all_proxy', 'ALL_PROXY'];
/**
 * The credentials registered so far, held strongly for the process's life: live secrets are held
 * weakly, and these must stay masked and redacted as long as the variables hold them.
 */
const held = [];
/** `text` percent-decoded, as a proxy's credentials are sent; undefined when it does not decode or is the same. */

/**
 * The secret parts of a proxy URL as written and percent-decoded: the password and `user:password`,
 * or, without a password, the user alone when it is long enough to be a token given as the user
 * name ({@link MIN_TOKEN_USER_LENGTH}). Read as
 * urlWithoutCredentials reads a URL: everything between the scheme and the last `@` may be
 * credentials, so a value that does not parse is covered too.
 */

/** A credential as a live secret: masked in the log and redacted from errors, its bytes wiped on purge. */

/**
 * Registers the credentials of every proxy variable in `env` as live secrets: the log masker
 * (`::add-mask::` in a job, also for a masker set later) and the redactor then know them before any
 * request is made, so no log line or error shows them, whoever wrote the message (a dependency's
 * error quoting the proxy URL included). They stay in the environment as well, since the proxy
 * agents need them: protected memory would protect nothing there, so none is taken.
 */


;// CONCATENATED MODULE: ./lib/secrets/sodium-backend.js

/** Freed blocks kept per size class: libsodium's free only runs at garbage collection, so blocks are reused. */
const POOL_PER_CLASS = 16;
const PAGE = 4096;
/**
 * Blocks mapped at once, at most: each is 4 memory maps, `vm.max_map_count` is 65,530 by default,
 * and libsodium returning NULL aborts Node. Beyond this, new secrets go to the portable backend.
 */
const MAX_MAPPED_BLOCKS = 8192;
/** Blocks come in size classes so that freed ones can serve the next secret of a similar size. */

/**
 * The libsodium backend: `sodium_malloc` memory between guard pages with a canary, locked into RAM
 * and excluded from core dumps (MADV_DONTDUMP), inaccessible between uses.
 */


;// CONCATENATED MODULE: ./lib/secrets/protection.js













/** Keeps the ELF headers of file mappings (so a dump still opens) and drops all anonymous memory. */
const CORE_FILTER = 0x10;
const FIX = {
    backend: 'run the bundle with its dist/prebuilds/ directory (libsodium for Linux with glibc 2.33 or later, macOS and Windows, on x64 and arm64), or install sodium-native next to trust-kit',
    mlock: 'raise the locked-memory limit (`ulimit -l 65536`, or `--ulimit memlock=-1` for a container) or grant CAP_IPC_LOCK',
    coreDumps: 'disable core dumps for the job (`ulimit -c 0`) or make /proc/self/coredump_filter writable',
    envScrub: 'pass secrets in files (SecretBuffer.fromFile) rather than environment variables',
    capacity: 'destroy() each secret after its last use, so that its guarded block is reused',
};
/** The fixes that differ off Linux, where neither /proc, CAP_IPC_LOCK nor (on Windows) ulimit exist. */
const PLATFORM_FIX = {
    darwin: {
        mlock: 'raise the locked-memory limit (`ulimit -l`)',
        coreDumps: 'keep core dumps off for the job (`ulimit -c 0`, macOS\'s default)',
    },
    win32: {
        mlock: 'keep fewer secrets alive at once: Windows caps locked memory at the process\'s minimum working set',
        coreDumps: 'keep Windows Error Reporting from writing full dumps for the job (no LocalDumps registry key with DumpType 2)',
    },
};
/** How to fix a missing protection of this kind on this platform. */

let protection_status;
let logger;
let strictKinds = new Set();
const warned = new Set();

/** While the lock is probed, a refusal is reported with the other findings rather than at once. */
let probing = false;

/**
 * Whether any block was ever refused a lock: destroyed blocks are kept for reuse, so an unlocked one
 * may hold a later secret, and an enabling whose probe reuses a block (no lock is asked) is still partial.
 */
let anyLockRefused = false;

/** One backend per loaded binary, so that re-enabling protection keeps its pool of blocks and the sealing key. */
const sodiumBackends = new Map();

preferBackend((() => {
    const native = (0,secrets_native/* loadSodium */.O)();
    return native.binding === undefined ? undefined : sodiumBackendFor(native.binding);
}));
/**
 * The protections in force. Before `enableMemoryProtection`, secrets still go to libsodium memory
 * when it loads (mlock reported `partial` if a lock was refused), but nothing else is on. After
 * {@link protectProcess}, asking chooses the secret memory, as the first secret would.
 */

/**
 * The secret memory: libsodium's, locked and guarded, when its binary loads (probed once, so
 * that a refused lock is reported with the other findings), else the portable backend. Chooses
 * it for the secrets allocated from now on and returns it.
 */

/** The protections of the whole process, which hold for every copy of a secret: core dumps without anonymous memory (Linux), the environment-block scrub, and diagnostic reports without the environment. */

/**
 * Refuses options that would turn a protection off without a word: `strict: 'backend'` (a string,
 * whose letters were taken for kinds) or a misspelt kind enforced nothing.
 */

/** Takes the options' logger and strict kinds for the findings to come, forgetting what was warned of before. */

/** Fails with every finding of a strict kind at once. */

/** Fails with every finding of a strict kind at once, else warns of each (once per kind) and logs the status. */

/**
 * Turns on every protection the platform offers: libsodium secure memory for new secrets, core
 * dumps without anonymous memory (Linux), environment-block scrubbing for `fromEnv`/`fromInput`.
 * Returns what is in force and warns once per missing protection, saying how to fix it.
 */

/** Whether {@link protectProcess} left the secret memory and the report of what is missing to the first secret. */
let awaitingFirstSecret = false;
/** The kinds {@link protectProcess} checks at once when they are strict: those the secret memory decides. */
const SECRET_MEMORY_KINDS = ['backend', 'mlock'];
let hooksInstalled = false;
/** Brands the crash hooks, also those of another copy of this module in the process (Symbol.for is process-wide). */
const PURGE_HOOK = Symbol.for('trust-kit.purge-hook');
/** What {@link MemoryProtectionOptions.onSignal} set last. */
let onSignal;
/** What {@link MemoryProtectionOptions.onCrash} set last. */
let onCrash;
/**
 * Destroys every secret on exit, SIGINT, SIGTERM and SIGHUP, and on an uncaught exception or unhandled
 * rejection prints the error with every live secret redacted, then purges, then exits with 1. A
 * program with SIGINT/SIGTERM or uncaught-error handlers of its own keeps them in charge: the signal
 * purges and the program's handler ends the process; an uncaught error is left to its handler.
 */

/**
 * What every entry point calls first. The protections of the whole process (core dumps, the
 * environment scrub) and the purge hooks are on at once; the secret memory is chosen, and every
 * missing protection reported, when the process takes its first secret: a command that holds none
 * (checksums, an SBOM, a verification) loads no native library and warns of nothing it does not
 * need (a Mac has no core-dump filter, an Alpine container no libsodium binary). A strict kind
 * fails here, before any work, and `chooseNow` (debug runs) chooses and reports at once. Later, {@link memoryProtectionStatus} says what is in force.
 */


;// CONCATENATED MODULE: ./lib/secrets/index.js
/**
 * Protected secrets: bytes in memory this library owns, out of logs, error messages and (on
 * Linux) core dumps. `import { SecretBuffer } from 'trust-kit/secrets'`.
 */











/***/ }),

/***/ 7602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var nativeTarget = (function () {
    return `${process.platform}-${process.arch}`;
});var nativeCandidates = (function (from) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('prebuilds', nativeTarget(), 'sodium-native.node');
    const candidates = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, file), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(from), file)];
    try {
        candidates.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(from, 'noop.js')).resolve('sodium-native/package.json')), file));
    }
    catch {
        // Not installed: the bundles carry their own, and without one the portable backend says why.
    }
    return candidates;
});var loadSodium = (function (from = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))) {
    const cached = loads.get(from);
    if (cached !== undefined)
        return cached;
    const load = dlopenSodium(from);
    loads.set(from, load);
    return load;
});var dlopenSodium = (function (from) {
    const file = nativeCandidates(from).find(((candidate) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate)));
    if (file === undefined)
        return { binding: undefined, reason: `no libsodium binary for ${nativeTarget()} in ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(from), 'prebuilds')} or in the sodium-native package` };
    const module = { exports: {} };
    try {
        process.dlopen(module, file);
    }
    catch (error) {
        return { binding: undefined, reason: `${file} did not load: ${error instanceof Error ? error.message : String(error)}` };
    }
    const missing = FUNCTIONS.filter(((name) => typeof module.exports[name] !== 'function'));
    const sizes = [module.exports.crypto_secretbox_KEYBYTES, module.exports.crypto_secretbox_NONCEBYTES, module.exports.crypto_secretbox_MACBYTES];
    if (missing.length > 0 || sizes.join() !== '32,24,16') {
        return { binding: undefined, reason: `${file} is not the sodium-native 5.1.0 binding (missing: ${missing.join(', ') || 'secretbox sizes'})` };
    }
    return { binding: module.exports, file };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: (() => (/* binding */ loadSodium))
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);




const FUNCTIONS = [
    'sodium_malloc',
    'sodium_free',
    'sodium_mprotect_noaccess',
    'sodium_mprotect_readwrite',
    'sodium_mlock',
    'sodium_memzero',
    'crypto_secretbox_easy',
    'crypto_secretbox_open_easy',
];
/** The prebuild directory sodium-native uses for this process: `<platform>-<arch>`. */

/**
 * Where the binary may be, in order: `prebuilds/<target>/` in `from` or beside it (the bundles in
 * dist/<entry>/ find dist/prebuilds, copied there by scripts/bundle.ts), then in the sodium-native
 * package that Node.js resolves from `from` (the library from lib/ or src/). No other directory
 * is searched: a `prebuilds` folder anywhere above the package (another package's, or one planted
 * in a project) would run its code in the process that holds the secrets.
 */

/**
 * Loads libsodium from sodium-native's prebuilt Node-API binary with `process.dlopen`, which a
 * bundler neither rewrites nor follows (ncc cannot bundle sodium-native's own loader).
 */

/** Loads per directory searched: a binary is opened once per process, however often protection is re-enabled. */
const loads = new Map();



/***/ })

};

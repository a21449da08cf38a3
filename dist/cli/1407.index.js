export const id = 1407;
export const ids = [1407];
export const modules = {

/***/ 39951:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var githubApiToken = (function (env) {
    // Both are taken, the one unused too: left set, it would stay in /proc/<pid>/environ for the whole run (and ghcr.io may still want GITHUB_TOKEN, shared).
    const gh = _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretBuffer */ .pP.sharedFromEnv('GH_TOKEN', env);
    const github = _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SecretBuffer */ .pP.sharedFromEnv('GITHUB_TOKEN', env);
    return gh ?? github;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: (() => (/* binding */ githubApiToken))
/* harmony export */ });
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22331);

/**
 * The GitHub API token of the environment, as gh reads it: GH_TOKEN, else GITHUB_TOKEN; undefined
 * when neither is set. Taken into protected memory without a string of it (out of the environment,
 * redacted and masked from here on), and shared: the registry client of the same run, which takes
 * GITHUB_TOKEN for ghcr.io, gets the same secret.
 */



/***/ }),

/***/ 78918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var visible = (function (text) {
    return text.replace(UNSHOWN, ((char) => {
        const code = char.codePointAt(0) ?? 0;
        if (code >= 0x80)
            return escapedText(char);
        return String.fromCodePoint(code === 0x7f ? 0x2421 : 0x2400 + code);
    }));
});var escapedText = (function (char) {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
});var longestBacktickRun = (function (text) {
    let longest = 0;
    for (const run of text.matchAll(/`+/g))
        longest = Math.max(longest, run[0].length);
    return longest;
});var markdownText = (function (text) {
    return (visible(text)
        .replace(/[\\`*~[\]<>&|$]/g, '\\$&')
        // An underscore between letters or digits opens no emphasis (SIGN_FAILED stays readable); any other may.
        .replace(/_/g, ((underscore, offset, whole) => (/[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '') ? underscore : '\\_')))
        // GFM's autolink extension links bare text with no markup, matching at an unescaped character: `:` before `//`
        // (https://...), the `.` of `www.`, and `@` between what may be an address's parts; escaped, none is matched.
        .replace(/:(?=\/\/)|(?<=www)\.|(?<=[A-Za-z0-9.+_-])@(?=[A-Za-z0-9])/g, '\\$&'));
});var markdownLink = (function (text, url) {
    if (!/^https?:\/\/[^\s<>\p{Cc}]+$/u.test(url))
        return markdownText(text);
    return `[${markdownText(text)}](<${url}>)`;
});var markdownCode = (function (text, options = {}) {
    const shown = options.inTable === true ? visible(text).replaceAll('|', '\\|') : visible(text);
    if (shown === '')
        return '';
    const fence = '`'.repeat(longestBacktickRun(shown) + 1);
    // A backtick at either end would join the fence, and a space at both ends is stripped once: a space on each side keeps both.
    const padded = /^`|`$/.test(shown) || /^ .*[^ ].* $/s.test(shown) ? ` ${shown} ` : shown;
    return `${fence}${padded}${fence}`;
});var markdownFence = (function (lines) {
    let longest = 2;
    for (const line of lines)
        longest = Math.max(longest, longestBacktickRun(line));
    return '`'.repeat(longest + 1);
});var markdownBlock = (function (info, lines) {
    const shown = lines.map(((line) => line.replace(UNSHOWN_BEYOND, escapedText)));
    const fence = markdownFence(shown);
    return [`${fence}${info}`, ...shown, fence, ''];
});var printfWord = (function (run) {
    let escapes = '';
    for (const byte of Buffer.from(run, 'utf8'))
        escapes += `\\${byte.toString(8).padStart(3, '0')}`;
    return `"$(printf '${escapes}')"`;
});var shellQuote = (function (value) {
    const quote = ((text) => `'${text.replaceAll("'", "'\\''")}'`);
    let word = '';
    let at = 0;
    for (const match of value.matchAll(UNSHOWN_IN_SHELL)) {
        if (match.index > at)
            word += quote(value.slice(at, match.index));
        word += printfWord(match[0]);
        at = match.index + match[0].length;
    }
    return at === 0 ? quote(value) : at < value.length ? word + quote(value.slice(at)) : word;
});var shellWord = (function (value) {
    return PLAIN_WORD.test(value) ? value : shellQuote(value);
});var pinned = (function (verifier) {
    return verifier !== undefined && FULL_COMMIT.test(verifier.commit) && REPOSITORY.test(verifier.repository) ? verifier : undefined;
});var trustKitProgram = (function (verifier) {
    return pinned(verifier) === undefined ? ['trust-kit'] : ['node', `${VERIFIER_DIRECTORY}/dist/cli/index.js`];
});var trustKitNamed = (function (verifier) {
    return pinned(verifier) === undefined ? 'trust-kit (installed from a pinned source, as above)' : "trust-kit's verifier (fetched as above)";
});var trustedRootFile = (function (signer) {
    return signer.kind === 'certificate' && typeof signer.instance === 'object' ? `${ROOTS_DIRECTORY}/${signer.instance.private.trustedRootFile}` : undefined;
});var publicKeyPath = (function (signer) {
    return signer.ephemeral ? signer.publicKeyFile : `${ROOTS_DIRECTORY}/${signer.publicKeyFile}`;
});var shellFileOperand = (function (name) {
    return shellQuote(operandPath(name));
});var renderCommand = (function (command) {
    const line = command.programs.map(((words) => words.map(wordText).join(' '))).join(` ${command.join ?? '&&'} `);
    return command.stdout === undefined ? line : `${line} >| ${shellWord(command.stdout)}`;
});var commandTools = (function (command) {
    return [...new Set(command.programs.map(((words) => wordText(words[0] ?? ''))))];
});var commandArgv = (function (words) {
    return words.map(((word) => (typeof word === 'string' ? word : word.value)));
});var simple = (function (words, checks, extra = {}) {
    return { programs: [words], checks, ...extra };
});var extended = (function (command, ...words) {
    const programs = [...command.programs];
    programs[programs.length - 1] = [...(programs.at(-1) ?? []), ...words];
    return { ...command, programs };
});var trustKitPolicyFlags = (function (signer) {
    // A local key signs offline: there is no log entry to require, which trust-kit, as cosign, requires unless told.
    if (signer.kind === 'key')
        return ['--key', value(publicKeyPath(signer)), '--insecure-ignore-tlog'];
    const root = trustedRootFile(signer);
    return [
        '--certificate-identity',
        value(signer.identity ?? '<the identity in the certificate>'),
        '--certificate-oidc-issuer',
        value(signer.issuer),
        ...(signer.repository === undefined ? [] : ['--repo', value(signer.repository)]),
        ...(signer.sourceRef === undefined ? [] : ['--source-ref', value(signer.sourceRef)]),
        ...(root === undefined ? [] : ['--trusted-root', value(root)]),
    ];
});var identityFlags = (function (signer) {
    return [
        '--certificate-identity',
        value(signer.identity ?? '<the identity in the certificate>'),
        '--certificate-oidc-issuer',
        value(signer.issuer),
        // The GitHub workflow repository extension (1.3.6.1.4.1.57264.1.5) holds the repository of the run, the caller of a reusable workflow.
        ...(signer.repository === undefined ? [] : ['--certificate-github-workflow-repository', value(signer.repository)]),
        // And the ref extension (.1.6) the ref the run was for: a reusable workflow's identity names its own ref, the same for every branch that calls it.
        ...(signer.sourceRef === undefined ? [] : ['--certificate-github-workflow-ref', value(signer.sourceRef)]),
    ];
});var cosignTrustedRootFile = (function (signer) {
    const root = trustedRootFile(signer);
    if (root === undefined || signer.kind !== 'certificate' || typeof signer.instance !== 'object' || signer.instance.private.cosignLine === undefined)
        return root;
    return `${root.replace(/\.jsonl$/, '')}.cosign.json`;
});var cosignRootCommands = (function (signer) {
    const root = trustedRootFile(signer);
    const forCosign = cosignTrustedRootFile(signer);
    if (root === undefined || forCosign === undefined || forCosign === root || signer.kind !== 'certificate' || typeof signer.instance !== 'object')
        return [];
    return [simple(['grep', '-F', value(signer.instance.private.cosignLine ?? ''), value(root)], [], { stdout: forCosign })];
});var cosignPolicyFlags = (function (signer) {
    if (signer.kind === 'key')
        return ['--key', value(publicKeyPath(signer))];
    if (signer.instance === 'github') {
        // GitHub's instance has no transparency or certificate log: the signed timestamp is the only evidence of time, and cosign requires both logs unless told.
        return [...identityFlags(signer), '--trusted-root', GITHUB_TRUSTED_ROOT_FILE, '--use-signed-timestamps', '--insecure-ignore-tlog=true', '--insecure-ignore-sct=true'];
    }
    const root = cosignTrustedRootFile(signer);
    return [
        ...identityFlags(signer),
        ...(root === undefined ? [] : ['--trusted-root', value(root)]),
        // cosign 2 counts only log times unless asked; cosign 3 uses the timestamp either way.
        ...(signer.rekorV2 === true || signer.unlogged === true ? ['--use-signed-timestamps'] : []),
        ...(signer.unlogged === true ? ['--insecure-ignore-tlog=true'] : []),
    ];
});var cosignVerifyBlob = (function (file, bundleFile, signer, check) {
    return simple(['cosign', 'verify-blob', fileOperand(file), '--bundle', fileOperand(bundleFile), ...cosignPolicyFlags(signer), ...(signer.kind === 'key' ? ['--insecure-ignore-tlog=true', '--trusted-root', KEY_TRUSTED_ROOT_FILE] : [])], [check]);
});var releaseVerifyCommands = (function (checksumsFile, bundleFile, signer, verifier) {
    const flags = ['verify-checksums', value(checksumsFile), '--bundle', value(bundleFile), ...trustKitPolicyFlags(signer)];
    const checks = [
        { kind: 'checksums-signature', checksumsFile, bundleFile },
        // trust-kit checks every listed file present, as `sha256sum --ignore-missing -c` does.
        { kind: 'checksums-files', checksumsFile },
    ];
    const source = pinned(verifier);
    if (source === undefined)
        return [simple(['trust-kit', ...flags], checks)];
    return [
        {
            programs: [
                ['git', 'init', '-q', VERIFIER_DIRECTORY],
                ['git', '-C', VERIFIER_DIRECTORY, 'fetch', '-q', '--depth', '1', value(`https://github.com/${source.repository}`), source.commit],
                ['git', '-C', VERIFIER_DIRECTORY, 'checkout', '-q', '--detach', source.commit],
            ],
            join: '&&',
            checks: [],
            needs: 'network',
        },
        simple(['node', `${VERIFIER_DIRECTORY}/dist/cli/index.js`, ...flags], checks),
    ];
});var releaseVerifyCommand = (function (checksumsFile, bundleFile, signer, verifier) {
    return releaseVerifyCommands(checksumsFile, bundleFile, signer, verifier).map(renderCommand).join('\n');
});var renderBlocks = (function (blocks) {
    return blocks
        .flatMap(((block) => {
        if ('text' in block)
            return block.text;
        // A quoted value may hold backticks (a tag can): no line of the block may close its fence.
        return markdownBlock('sh', block.commands.map(renderCommand));
    }))
        .join('\n');
});var renderVerifyInstructions = (function (input) {
    return renderBlocks(instructionBlocks(input));
});var imagesInInstructions = (function (instructions) {
    return new Set([...instructions.matchAll(IMAGE_COMMAND)].map(((match) => match[1] ?? match[2] ?? '')));
});var verificationCommands = (function (input) {
    return instructionBlocks(input).flatMap(((block) => ('commands' in block ? block.commands : [])));
});var instructionBlocks = (function (input) {
    const { checksumsFile, bundleFile, signer } = input;
    const blocks = [verify_text('# Verifying this release', '')];
    // A file listed under a folder is looked for there: downloaded flat beside the checksums file, it is no listed file, and a changed one passes unread.
    const layout = input.nestedArtifact === undefined ? '' : ` The checksums file lists files under folders (such as ${markdownCode(input.nestedArtifact)}): put each in that folder of the directory (${markdownCode(`${external_node_path_.posix.dirname(input.nestedArtifact)}/`)}), as a file put elsewhere is not checked, and the commands pass without it.`;
    blocks.push(verify_text(`Download the release files${bundleFile === undefined ? ' and' : ','} ${markdownCode(checksumsFile)}${bundleFile === undefined ? '' : ` and ${markdownCode(bundleFile)}`} into one directory and run these commands there.${layout}`, ''));
    if (bundleFile !== undefined && signer !== undefined) {
        blocks.push(verify_text('## 1. Check the signature on the checksums file', '', ...describeSigner(signer)), ...cosignBlocks(checksumsFile, bundleFile, signer));
        const verifier = pinned(input.verifier);
        blocks.push(verify_text(verifier === undefined
            ? 'With trust-kit, which checks the signature, then every downloaded file against the checksums. Install it from a source you trust, pinned to a commit; do not run `npx trust-kit`: that name on the npm registry is not trust-kit\'s, so it would run whatever someone published under it.'
            : `With trust-kit's verifier, which checks the signature, then every downloaded file against the checksums. The first line fetches the commit of ${markdownCode(verifier.repository)} that made this release, and git checks every fetched file against that commit's hash; its committed \`dist/\` runs without installing anything (needs git, and Node.js 24 or another release trust-kit supports).`, ''), shell(...releaseVerifyCommands(checksumsFile, bundleFile, signer, verifier)));
    }
    blocks.push(verify_text(`## ${bundleFile === undefined ? '1' : '2'}. Check the files against the checksums`, ''), shell(simple([`${input.algorithm}sum`, '--ignore-missing', '-c', value(checksumsFile)], [{ kind: 'checksums-files', checksumsFile }])));
    if (input.sbomFiles.length > 0) {
        blocks.push(verify_text('## Software bill of materials', '', `What the release is built from; listed in ${markdownCode(checksumsFile)}, so the commands above check them too:`, '', ...input.sbomFiles.map(((file) => `- ${markdownCode(file)}`)), ''));
    }
    if (input.artifactBundles !== undefined && input.artifactBundles.length > 0 && signer !== undefined)
        blocks.push(...artifactBundleBlocks(input.artifactBundles, signer));
    if (input.auditLog !== undefined && signer !== undefined)
        blocks.push(...auditLogBlocks(input.auditLog, signer));
    if (input.attestations !== undefined)
        blocks.push(...attestationBlocks(input.attestations, signer, input.algorithm, input.verifier));
    if (input.immutableRelease !== undefined)
        blocks.push(...immutableReleaseBlocks(input.immutableRelease, checksumsFile));
    if (input.images !== undefined && input.images.length > 0 && signer !== undefined)
        blocks.push(...imageBlocks(input.images, signer, input.verifier));
    if (bundleFile !== undefined && signer?.kind === 'certificate' && typeof signer.instance === 'string')
        blocks.push(...offlineBlocks(input, bundleFile, signer));
    if (input.verificationKit !== undefined)
        blocks.push(...verificationKitBlocks(input.verificationKit, input.checksumsFile, signer, input.verifier, input.immutableRelease !== undefined));
    return blocks;
});var cosignBlocks = (function (checksumsFile, bundleFile, signer) {
    const command = cosignVerifyBlob(checksumsFile, bundleFile, signer, { kind: 'checksums-signature', checksumsFile, bundleFile });
    const versions = 'cosign 3, or cosign 2.5 and later (cosign 2.4 also needs `--new-bundle-format`; older cosign cannot read these bundles)';
    // A local key's public key is one the user puts in the roots directory, which the first line makes.
    if (signer.kind === 'key') {
        return [
            verify_text(`With ${versions}; the key signed offline, so there is no transparency-log entry to require. cosign 2 reads these bundles only with a trusted root, and would fetch Sigstore's; a key's signature needs nothing from one, so the second line writes one that trusts no authority, and the command runs offline:`, ''),
            shell(MAKE_ROOTS_DIRECTORY, WRITE_KEY_TRUSTED_ROOT, command),
        ];
    }
    // A private deployment's root is one the user puts in the roots directory: the line before makes it.
    if (signer.instance !== 'github') {
        const picked = cosignRootCommands(signer);
        const intro = picked.length === 0 ? `With ${versions}:` : `With ${versions}. cosign reads one trusted root, and the deployment's file holds several, one a line: the second line writes the deployment's own, the one that names the service it signed with, for cosign:`;
        return [verify_text(intro, ''), shell(...(typeof signer.instance === 'object' ? [MAKE_ROOTS_DIRECTORY, ...picked] : []), command)];
    }
    return [
        verify_text(`With ${versions}. cosign does not fetch GitHub's trusted root itself; the second line gets it with the GitHub CLI, which fetches it through GitHub's TUF repository without a login, into the directory ${markdownCode(ROOTS_DIRECTORY)} the first makes (no release asset can be in it):`, ''),
        shell(MAKE_ROOTS_DIRECTORY, GITHUB_TRUSTED_ROOT_COMMAND, command),
    ];
});var artifactBundleBlocks = (function (bundles, signer) {
    const github = signer.kind === 'certificate' && signer.instance === 'github' ? ` (${markdownCode(GITHUB_TRUSTED_ROOT_FILE)} as written above)` : '';
    return [
        verify_text('## Each artifact on its own', '', `Every artifact also has its own bundle, \`<artifact>.sigstore.json\`, signed like the checksums file: to check one file without the checksums file, with cosign${github}:`, ''),
        shell(...bundles.map(((bundle) => cosignVerifyBlob(bundle.artifact, bundle.bundleFile, signer, { kind: 'artifact-bundle', artifact: bundle.artifact, bundleFile: bundle.bundleFile })))),
    ];
});var auditLogBlocks = (function (auditLog, signer) {
    const github = signer.kind === 'certificate' && signer.instance === 'github' ? ` (${markdownCode(GITHUB_TRUSTED_ROOT_FILE)} as written above)` : '';
    return [
        verify_text('## The signing audit log', '', `${markdownCode(auditLog.file)} lists every signature the run made. It is written after the checksums file, which does not list it, and signed on its own, like the checksums file, into ${markdownCode(auditLog.bundleFile)}; with cosign${github}:`, ''),
        shell(cosignVerifyBlob(auditLog.file, auditLog.bundleFile, signer, { kind: 'artifact-bundle', artifact: auditLog.file, bundleFile: auditLog.bundleFile })),
    ];
});var immutableReleaseBlocks = (function (release, checksumsFile) {
    const repo = ['--repo', value(release.host === undefined ? release.repository : `${release.host}/${release.repository}`)];
    const check = { kind: 'release-attestation', repository: release.repository, tag: release.tag };
    return [
        verify_text('## GitHub release attestation', '', `The release ${markdownCode(release.tag)} of ${markdownCode(release.repository)} is immutable: GitHub attests its tag and its assets, which no one can change after publishing. With the GitHub CLI (these two ask GitHub's API, so gh needs a login or \`GH_TOKEN\`), check the release, then that your download of ${markdownCode(checksumsFile)} is its asset (the commands above then tie every other file to it):`, ''),
        shell(simple(['gh', 'release', 'verify', value(release.tag), ...repo], [check], { needs: 'published-release' }), simple(['gh', 'release', 'verify-asset', value(release.tag), value(checksumsFile), ...repo], [check], { needs: 'published-release' })),
    ];
});var offlineBlocks = (function (input, bundleFile, signer) {
    const root = ['--trusted-root', OFFLINE_TRUSTED_ROOTS_FILE];
    const verifier = pinned(input.verifier);
    const trustKit = releaseVerifyCommands(input.checksumsFile, bundleFile, signer, verifier).at(-1);
    const gh = input.attestations === undefined || signer.repository === undefined ? [] : ghAttestationCommands(input.attestations, signer, input.algorithm).map(((command) => extended(command, '--custom-trusted-root', OFFLINE_TRUSTED_ROOTS_FILE)));
    // cosign reads one trusted root: the instance's line of the file (GitHub's names GitHub as its authorities' operator).
    const cosign = cosignVerifyBlob(input.checksumsFile, bundleFile, signer, { kind: 'checksums-signature', checksumsFile: input.checksumsFile, bundleFile });
    const cosignCommands = signer.instance === 'github'
        ? [simple(['grep', '-F', value('GitHub, Inc.'), OFFLINE_TRUSTED_ROOTS_FILE], [], { stdout: GITHUB_TRUSTED_ROOT_FILE }), cosign]
        : [simple(['grep', '-v', '-F', value('GitHub, Inc.'), OFFLINE_TRUSTED_ROOTS_FILE], [], { stdout: SIGSTORE_TRUSTED_ROOT_FILE }), extended(cosign, '--trusted-root', SIGSTORE_TRUSTED_ROOT_FILE)];
    return [
        verify_text('## Verifying offline', '', `Fetch the trusted roots once where there is a network (no login needed) and keep the directory ${markdownCode(ROOTS_DIRECTORY)} they are written to; they change when Sigstore or GitHub rotate keys, a few times a year:`, ''),
        shell(MAKE_ROOTS_DIRECTORY, simple(['gh', 'attestation', 'trusted-root'], [], { stdout: OFFLINE_TRUSTED_ROOTS_FILE, needs: 'network' })),
        verify_text(`Then, without a network${verifier === undefined ? '' : ' (trust-kit\'s verifier fetched as above)'}:`, ''),
        shell(...cosignCommands, ...(trustKit === undefined ? [] : [extended(trustKit, ...root)]), ...gh),
    ];
});var pinsOf = (function (signer) {
    const workflow = WORKFLOW_IDENTITY.exec(signer?.identity ?? '');
    if (signer === undefined)
        return undefined;
    if (signer.issuer !== policy/* GITHUB_ACTIONS_ISSUER */.qQ || signer.repository === undefined || workflow === null) {
        return signer.identity === undefined ? undefined : ['--certificate-identity', value(signer.identity), '--certificate-oidc-issuer', value(signer.issuer)];
    }
    const tag = signer.sourceRef?.startsWith('refs/tags/') === true ? signer.sourceRef.slice('refs/tags/'.length) : undefined;
    // At the ref that signed, as the cosign line's exact identity: without it, a replacement release signed by the same workflow on any branch passed.
    return ['--expect-repo', value(signer.repository), '--signer-workflow', value(`${workflow[1] ?? ''}/${workflow[2] ?? ''}@${workflow[3] ?? ''}`), ...(tag === undefined || tag === '' ? [] : ['--tag', value(tag)])];
});var verificationKitBlocks = (function (kit, checksumsFile, signer, verifier, immutable) {
    const source = pinned(verifier);
    const program = trustKitProgram(verifier);
    const certificate = signer?.kind === 'certificate' ? signer : undefined;
    const pins = pinsOf(certificate);
    // verify-release takes the policy a release carries only pinned (never as --policy, a file any asset may be): no signer to pin, no command.
    if (certificate === undefined || pins === undefined)
        return [];
    const ownRoot = typeof certificate.instance === 'string' ? OFFLINE_TRUSTED_ROOTS_FILE : trustedRootFile(certificate);
    const whichRoot = typeof certificate.instance === 'string'
        ? ` The command checks it against the trusted roots you fetched for the offline checks above (${markdownCode(OFFLINE_TRUSTED_ROOTS_FILE)}), not the release's: only so does a replaced release fail.`
        : ` The command checks it against the private deployment's trusted root you got from its operator (${markdownCode(trustedRootFile(certificate) ?? '')}), not the release's copy: only so does a replaced release fail.`;
    return [
        verify_text('## Verifying offline with the release\'s policy', '', `The release carries its verification policy, ${markdownCode(kit.policyFile)}, and the trusted root it was signed against, ${markdownCode(kit.trustedRootFile)}, both listed in ${markdownCode(checksumsFile)}. A policy that comes with a release only states what to expect: whoever could replace the release could replace it too, and its trusted root with one of their own CA, which certifies the very same identity and repository.${pins.includes('--certificate-identity')
            ? " The command takes it only with pins of yours, the identity and issuer that signed this release (`--certificate-identity`, `--certificate-oidc-issuer`): a replaced release's policy, naming another signer, fails them. Check that they are the ones you expect."
            : ` The command takes it only with pins of yours, the repository and the workflow that signed this release, at the ref it signed from (\`--expect-repo\`, \`--signer-workflow\`)${pins.includes('--tag') ? ' and its tag (`--tag`)' : ''}: a replaced release's policy, naming another, fails them${pins.includes('--tag') ? ', and so does an older release of the same repository put in its place' : ''}. Check that they are the ones you expect.`}${whichRoot} In the directory holding every asset of the release, without a network or a login${source === undefined ? '' : ' (trust-kit\'s verifier fetched as above)'}:`, ''),
        // The policy of an immutable release requires GitHub's release attestation, which exists once the release is published.
        // Pinned where the signer is a GitHub Actions workflow: the policy then only says what to expect, and a replaced
        // release's policy (another repository's, signed on the same deployment) fails the pins, not the user's reading of it.
        shell(simple([...program, 'verify-release', '.', ...pins, ...(ownRoot === undefined ? [] : ['--trusted-root', value(ownRoot)])], [{ kind: 'release-policy', policyFile: kit.policyFile }], immutable ? { needs: 'published-release' } : {})),
        verify_text('It verifies the signed checksums file and every file it lists that is in the directory (naming those that are not: a partial download is not a failure), each attestation, and GitHub\'s release attestation when the policy requires it, and says what it found.', ''),
    ];
});var attestationBlocks = (function (attestations, signer, algorithm, verifier) {
    const intro = verify_text('## Attestations', '', `${markdownCode(attestations.file)} holds in-toto attestations about every artifact, signed like the checksums file: ${attestations.predicateTypes.map(((type) => markdownCode(type))).join(', ')}.`, '');
    if (signer?.kind === 'key') {
        // gh verifies only keyless attestations; trust-kit reads the JSON lines with the public key, as it reads the checksums file's bundle.
        return [
            intro,
            verify_text(`With ${trustKitNamed(verifier)} and the public key, for any artifact (here the first), one command per predicate type:`, ''),
            shell(...attestations.predicateTypes.map(((type) => simple([...trustKitProgram(verifier), 'verify-attestation', fileOperand(attestations.artifact), '--bundle', fileOperand(attestations.file), '--predicate-type', value(type), ...trustKitPolicyFlags(signer)], [{ kind: 'attestation', file: attestations.file, artifact: attestations.artifact, predicateType: type }])))),
        ];
    }
    if (signer?.kind !== 'certificate' || signer.repository === undefined)
        return [intro];
    const workflow = reusableWorkflow(signer);
    const pin = signer.identity !== undefined
        ? `; \`--cert-identity\` pins the signer exactly, as the cosign command does (\`--repo\` alone accepts any workflow of ${markdownCode(signer.repository)}, on any branch${workflow === undefined ? '' : `, and no reusable workflow such as ${markdownCode(workflow)}, which signed here`})`
        : workflow === undefined
            ? ''
            : `; \`--signer-workflow\` requires the reusable workflow ${markdownCode(workflow)} to have signed, since gh otherwise expects a workflow of ${markdownCode(signer.repository)}`;
    return [
        intro,
        verify_text(`With the GitHub CLI, for any artifact (here the first), one command per predicate type (gh checks SLSA provenance unless told)${pin}:`, ''),
        shell(...privateRootForGh(signer), ...ghAttestationCommands(attestations, signer, algorithm).map(((command) => withGhTrustedRoot(command, signer)))),
    ];
});var ghTrustedRootFile = (function (signer) {
    if (signer.kind !== 'certificate' || typeof signer.instance !== 'object')
        return undefined;
    const { trustedRootFile: file, jsonLines } = signer.instance.private;
    return `${ROOTS_DIRECTORY}/${jsonLines === true ? file : oneLineCopyName(file)}`;
});var oneLineCopyName = (function (file) {
    return `${file.replace(/\.json$/, '')}.jsonl`;
});var privateRootForGh = (function (signer) {
    const root = trustedRootFile(signer);
    const forGh = ghTrustedRootFile(signer);
    if (root === undefined || forGh === undefined || forGh === root)
        return [];
    return [simple(['paste', '-s', '-d', value('\\0'), value(root)], [], { stdout: forGh })];
});var withGhTrustedRoot = (function (command, signer) {
    const root = ghTrustedRootFile(signer);
    return root === undefined ? command : extended(command, '--custom-trusted-root', value(root));
});var reusableWorkflow = (function (signer) {
    const match = WORKFLOW_IDENTITY.exec(signer.identity ?? '');
    if (match === null || signer.repository === undefined || match[1]?.toLowerCase() === signer.repository.toLowerCase())
        return undefined;
    return `${match[1]}/${match[2]}`;
});var ghAttestationCommands = (function (attestations, signer, algorithm) {
    const workflow = reusableWorkflow(signer);
    const signerFlag = signer.identity !== undefined
        ? ['--cert-identity', value(signer.identity), ...(signer.issuer === policy/* GITHUB_ACTIONS_ISSUER */.qQ ? [] : ['--cert-oidc-issuer', value(signer.issuer)])]
        : workflow === undefined
            ? []
            : ['--signer-workflow', value(workflow)];
    const digestFlag = algorithm === 'sha256' ? [] : ['--digest-alg', algorithm];
    return attestations.predicateTypes.map(((type) => simple(['gh', 'attestation', 'verify', fileOperand(attestations.artifact), '--bundle', fileOperand(attestations.file), '--repo', value(signer.repository ?? ''), ...signerFlag, ...(signer.sourceRef === undefined ? [] : ['--source-ref', value(signer.sourceRef)]), ...digestFlag, '--predicate-type', value(type)], [
        { kind: 'attestation', file: attestations.file, artifact: attestations.artifact, predicateType: type },
    ])));
});var imageBlocks = (function (images, signer, verifier) {
    const intro = verify_text('## Container images', '', 'These images were signed with the same identity as the checksums file; the signatures are in the registry, attached to each image by digest.', '');
    // As for the checksums file: cosign needs trust material fetched separately for GitHub's instance; trust-kit fetches it through TUF.
    if (signer.kind === 'certificate' && signer.instance === 'github') {
        return [
            intro,
            verify_text(`With ${trustKitNamed(verifier)}:`, ''),
            shell(...images.map(((image) => simple([...trustKitProgram(verifier), 'verify-image', value(image), ...trustKitPolicyFlags(signer)], [{ kind: 'image', image }], { needs: 'network' })))),
        ];
    }
    // A local key signs offline: there is no transparency-log entry to require.
    const policy = signer.kind === 'key' ? [...cosignPolicyFlags(signer), '--insecure-ignore-tlog=true'] : cosignPolicyFlags(signer);
    return [intro, verify_text('With cosign (2.5 or later):', ''), shell(...images.map(((image) => simple(['cosign', 'verify', value(image), ...policy], [{ kind: 'image', image }], { needs: 'network' }))))];
});var describeSigner = (function (signer) {
    if (signer.kind === 'key') {
        return [
            signer.ephemeral
                ? `It was signed with a key made for this one run; its public key is ${markdownCode(signer.publicKeyFile)}. That proves the files are the ones signed together, not who signed them: trust it only as far as you trust where you got ${markdownCode(signer.publicKeyFile)}. Releases made in GitHub Actions are signed keylessly instead.`
                : `It was signed with a local key whose public key is ${markdownCode(signer.publicKeyFile)}; get that key from a source you trust, not from the same download, and put it in the directory ${markdownCode(ROOTS_DIRECTORY)} beside the files (which the first command makes), never among them, where a release asset of that name could stand in for it.`,
            '',
        ];
    }
    const who = `${markdownCode(signer.identity ?? 'the identity in the certificate')} (issuer ${markdownCode(signer.issuer)})${signer.repository === undefined ? '' : ` in a GitHub Actions run of ${markdownCode(signer.repository)}`}`;
    const lines = signer.instance === 'github'
        ? [`It was signed keylessly with GitHub's Sigstore instance by ${who}. GitHub's instance keeps no public transparency log; its signed timestamp proves when the signature was made. trust-kit fetches GitHub's trusted root through TUF, as \`gh\` does.`, '']
        : signer.instance === 'public-good'
            ? [`It was signed keylessly with Sigstore by ${who} and recorded in the public transparency log.`, '']
            : [
                `It was signed keylessly with a private Sigstore deployment by ${who}. The commands check it against that deployment's trusted root, ${markdownCode(signer.instance.private.trustedRootFile)}: get it from the deployment's operator, not from this download, and put it in the directory ${markdownCode(ROOTS_DIRECTORY)} beside the files (which the first command makes), never among them, where a release asset of that name could stand in for it.`,
                '',
            ];
    if (signer.repository !== undefined) {
        lines.push(`The commands pin the repository as well as the identity: a workflow in another repository that calls the same reusable workflow is given a certificate with the same identity, but names its own repository in it.`, '');
    }
    return lines;
});var instructionsAsSection = (function (instructions, levels) {
    // The open block's fence: only a line of at least as many backticks, and nothing else, closes it.
    let fence;
    return instructions
        .split('\n')
        .map(((line) => {
        const run = /^`{3,}/.exec(line)?.[0];
        if (fence === undefined && run !== undefined)
            fence = run;
        else if (fence !== undefined && run !== undefined && run.length >= fence.length && line.slice(run.length).trim() === '')
            fence = undefined;
        else if (fence === undefined && /^#{1,6} /.test(line))
            return `${'#'.repeat(levels)}${line}`;
        return line;
    }))
        .join('\n');
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fZ: (() => (/* binding */ DOWNLOAD_DIRECTORIES)),
  su: (() => (/* binding */ ROOTS_DIRECTORY)),
  JU: (() => (/* binding */ commandTools)),
  BK: (() => (/* binding */ imagesInInstructions)),
  GK: (() => (/* binding */ publicKeyPath)),
  Q3: (() => (/* binding */ releaseVerifyCommand)),
  CB: (() => (/* binding */ renderCommand)),
  lE: (() => (/* binding */ renderVerifyInstructions)),
  r7: (() => (/* binding */ shellWord)),
  Yx: (() => (/* binding */ verificationCommands))
});

// UNUSED EXPORTS: GITHUB_TRUSTED_ROOT_FILE, OFFLINE_TRUSTED_ROOTS_FILE, commandArgv, instructionsAsSection, oneLineCopyName, releaseVerifyCommands, reusableWorkflow, shellFileOperand, shellQuote

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
;// CONCATENATED MODULE: ./lib/core/markdown.js

// Text that trust-kit did not write (file names, tags, identities, registry answers, inputs) put into
// markdown people read (VERIFY.md, release notes, job summaries), so that it renders as the text it is:
// never a link, an image, HTML, a table cell break or a new block.
const UNSHOWN = new RegExp(`[\\u0000-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`, 'g');
const UNSHOWN_BEYOND = new RegExp(`[${logger/* UNSHOWN_BEYOND_C0 */.Xg}]`, 'g');
/**
 * Control characters made visible: C0 ones and DEL as their symbols (U+2400...), since a line break
 * would end a table row or start a block and others print as nothing; C1 ones, which have no symbol
 * and which a terminal showing the file may obey (U+009B is a one-byte CSI), as the text \u0080...\u009f;
 * the line and paragraph separators and the bidirectional controls, which print as nothing but make
 * a name read in another order than it is (Trojan Source), as their \uXXXX text too.
 */

/** A character as the text of its escape, `\uXXXX`. */

/** The longest run of backticks in a text (counted without spreading: the text may be long). */

/**
 * Text as literal GitHub-flavoured Markdown inline text, after other text on its line (in a sentence
 * or a table cell): the characters that open links, autolinks, images, HTML, entities, emphasis, code,
 * math or a cell are backslash-escaped and control characters shown, so it can neither end the line nor
 * open a block. The rest (`.`, `-`, `/`, `:`, `_` within a word) stays as it is, so names read as they are in the raw text.
 */

/**
 * A link trust-kit made (an http(s) URL of its own, such as a release's page) to `url`, shown as
 * {@link markdownText} of `text`: the destination in angle brackets, so parentheses in it end
 * nothing. A URL that is not http(s), or holds what a destination cannot (`<`, `>`, spaces, control
 * characters), is shown as text, not linked.
 */

/**
 * Text as a GitHub-flavoured Markdown code span that shows it exactly: delimited by more backticks
 * than its longest backtick run, control characters shown. In a table cell (`inTable`), `|` is
 * escaped, which GitHub removes in cells before reading the span; elsewhere it would show.
 */

/** The fence for a fenced code block holding these lines: longer than any backtick run in them (at least three), so no line closes it. */

/**
 * The lines of a fenced code block (its info string `info`, e.g. `sh`) holding `lines` as written,
 * then a blank line; no line of them closes it. A line separator or bidirectional control (which
 * would show a name in another order than it is) is shown as its \uXXXX text, as everywhere else.
 */


// EXTERNAL MODULE: ./lib/sigstore/verify/policy.js
var policy = __webpack_require__(91638);
;// CONCATENATED MODULE: ./lib/instructions/verify.js




/**
 * Characters a command line must not hold as they are: C0 controls but the line feed (a single
 * quote keeps that one, and it shows as what it is), DEL, C1 controls (a terminal showing the line
 * obeys ESC sequences and U+009B), the line and paragraph separators, and the bidirectional controls
 * that make a line read in another order than the shell reads it (Trojan Source).
 */
const UNSHOWN_IN_SHELL = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f${logger/* UNSHOWN_BEYOND_C0 */.Xg}]+`, 'g');
/** A run of {@link UNSHOWN_IN_SHELL} characters as a double-quoted `printf` of their UTF-8 bytes in octal: every POSIX shell (dash too, which has no `$'...'`) reads back the same bytes, and no run ends with the line feed that `$(...)` would strip. */

/**
 * A POSIX shell word that stands for exactly `value`, whatever it holds (quotes, spaces, `$`):
 * single-quoted, with the characters of {@link UNSHOWN_IN_SHELL} written as `printf` escapes
 * beside the quoted parts, so that the line shows what it runs. Values without them are quoted as
 * they always were.
 */

/** Characters a POSIX shell reads as they are, in any position of a word. */
const PLAIN_WORD = /^[A-Za-z0-9._@/+:,=-]+$/;
/** `value` as one shell word for a hint a user copies: as it is when the shell reads it so, else quoted ({@link shellQuote}). */

const FULL_COMMIT = /^[0-9a-f]{40}$/;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** The verifier when it is pinned as the instructions need it (a full commit of a github.com repository), else undefined. */

/** The words that run trust-kit in the commands: the pinned verifier fetched into {@link VERIFIER_DIRECTORY} when there is one, else `trust-kit` as installed. */

/** How a section's text names the trust-kit its commands run (see {@link trustKitProgram}). */

/** A private deployment's trusted root as the commands read it: in {@link ROOTS_DIRECTORY}, where users put the one they got from its operator. */

/**
 * Where the commands read a key signer's public key: a key made for the run is published with the
 * release (and proves only that the files were signed together); a local key's, which users get
 * from a source they trust, is read from {@link ROOTS_DIRECTORY}, where no release asset can be.
 */

const value = ((text) => ({ value: text }));
/** A file name as a program's operand: one starting with `-` (a release may hold `-rf`) is written as `./-rf`, which no program reads as an option. */
const operandPath = ((name) => (name.startsWith('-') ? `./${name}` : name));
const fileOperand = ((name) => value(operandPath(name)));
/** A file name as a program's operand in a line a user copies: {@link shellQuote}d, and as `./-rf` when it starts with `-`. */

const wordText = ((word) => (typeof word === 'string' ? word : shellQuote(word.value)));
/**
 * The line as users paste it into a POSIX shell. Output is written with `>|`, which replaces the
 * file in a shell with noclobber set (`set -C`) too, where `>` fails on the second run.
 */

/** The programs a command runs (each must be installed for it to run), in order, without repeats. */

/** A program's words as its argv (values unquoted): what it is given when run without a shell. */


/** The same command with more words at its end. */


/**
 * The directory of the download directory that the commands put trusted roots in, which they make
 * (`mkdir -p` fails on a file of that name): release asset names cannot hold a `/`, so whoever can
 * replace assets cannot put a root of their own where the commands read one, even for a user who
 * skipped or failed the line that fetches it.
 */
const ROOTS_DIRECTORY = 'trust-kit-roots';
/** Where the cosign command for GitHub's instance expects GitHub's trusted root, which the line before it writes. */
const GITHUB_TRUSTED_ROOT_FILE = `${ROOTS_DIRECTORY}/github_trusted_root.json`;
/** Where the offline commands expect the trusted roots `gh attestation trusted-root` prints (one JSON trusted root per line). */
const OFFLINE_TRUSTED_ROOTS_FILE = `${ROOTS_DIRECTORY}/trusted_root.jsonl`;
/** Where the offline cosign command expects Sigstore's public-good trusted root, taken from the offline file. */
const SIGSTORE_TRUSTED_ROOT_FILE = `${ROOTS_DIRECTORY}/sigstore_trusted_root.json`;
/**
 * The trusted root cosign gets for a key's bundle: cosign 2 asks for one to read a v0.3 bundle even
 * when a key verifies it, and else fetches Sigstore's through TUF (and fails offline); a key's
 * offline signature needs nothing from one, so this one trusts no authority and no log.
 */
const KEY_TRUSTED_ROOT_FILE = `${ROOTS_DIRECTORY}/no_authorities.json`;
/** The line that writes {@link KEY_TRUSTED_ROOT_FILE}. */
const WRITE_KEY_TRUSTED_ROOT = { programs: [['printf', value('%s\\n'), value('{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}')]], stdout: KEY_TRUSTED_ROOT_FILE, checks: [] };
/** The line that makes {@link ROOTS_DIRECTORY}: again on a second run, but never over a file of that name. */
const MAKE_ROOTS_DIRECTORY = { programs: [['mkdir', '-p', ROOTS_DIRECTORY]], checks: [] };
/**
 * The command that writes GitHub's trusted root for cosign: gh fetches it through GitHub's TUF
 * repository (no login needed) beside Sigstore's, one per line; GitHub's is the one whose
 * authorities GitHub operates.
 */
const GITHUB_TRUSTED_ROOT_COMMAND = { programs: [['gh', 'attestation', 'trusted-root'], ['grep', '-F', value('GitHub, Inc.')]], join: '|', stdout: GITHUB_TRUSTED_ROOT_FILE, checks: [], needs: 'network' };

/**
 * A private deployment's trusted root as cosign reads it, which is one root: the file itself, or,
 * for JSON lines of several roots, the deployment's line, which {@link cosignRootCommands} picks out
 * by a service URL (`cosignLine`) that only it names.
 */

/** The line writing cosign's one trusted root out of a private deployment's JSON lines, when it needs one. */


/**
 * `cosign verify-blob FILE --bundle BUNDLE` with the signer's policy; a local key signs offline, so
 * its bundles have no transparency-log entry to require, and need no authority of a trusted root.
 */

/** The directory the pinned verifier is fetched into, relative to the download directory. */
const VERIFIER_DIRECTORY = 'trust-kit-verifier';
/** The names the commands make in the download directory: a release asset of one of these names would break them, so a release refuses it. */
const DOWNLOAD_DIRECTORIES = [ROOTS_DIRECTORY, VERIFIER_DIRECTORY];
/**
 * The trust-kit commands that verify a downloaded release (the signature on the checksums file,
 * then every file against it), run in the download directory. With a pinned verifier, the last
 * is preceded by the command that fetches exactly that commit (git checks every fetched object
 * against the commit's hash); without one, it names `trust-kit`, installed however the reader
 * trusts, never `npx trust-kit`, which would run whatever package holds that name on the npm registry.
 */

/**
 * The trust-kit command that verifies a downloaded release, as VERIFY.md and the job summary show
 * it (see {@link releaseVerifyCommands}).
 */

const verify_text = ((...lines) => ({ text: lines }));
const shell = ((...commands) => ({ commands }));

/**
 * The verification instructions of a release (VERIFY.md): exact, copy-paste commands for
 * coreutils, cosign and trust-kit, with the exact identity (never a pattern) and, for GitHub
 * Actions runs, the source repository pinned.
 */

/** The image verification lines {@link imageBlocks} writes: cosign's, trust-kit's, or the pinned verifier's, then the image, quoted or bare. */
const IMAGE_COMMAND = new RegExp(`^(?:cosign verify|trust-kit verify-image|node ${VERIFIER_DIRECTORY}/dist/cli/index\\.js verify-image) (?:'([^']*)'|(\\S+))`, 'gm');
/** The images a rendered VERIFY.md gives a verification command for (a re-run reads what the published release signed). */

/** Every command of the instructions, in the order VERIFY.md gives them: what the pre-publish gate checks and runs. */


/** The cosign commands for the signature on the checksums file; one command serves cosign 3 and cosign 2.5 and later. */

/** Each artifact's own bundle (`<artifact>.sigstore.json`), for users who check one file without the checksums file. */

/** The signing audit log: signed on its own, since the checksums file is signed before it is written, so the checks above do not cover it. */

/** GitHub's own attestation of an immutable release: its tag and assets, checked against the API (`gh` needs a login or `GH_TOKEN`). */

/** The offline path: Sigstore's and GitHub's trusted roots fetched once, then every signature check without a network. */

/**
 * The offline path with the kit the release carries: its own policy, checked by the signed checksums
 * file, after the user has compared the policy with what they expect, and a trusted root the user got
 * themselves (the one fetched for the offline section, or the private deployment's): the release's own
 * could be an attacker's, whose CA certifies the very identity the policy names.
 */
/**
 * verify-release's pins, with which it takes the policy the release carries: for a release signed
 * by a GitHub Actions workflow on github.com, the source repository and the workflow
 * at the ref that signed (`--expect-repo`, `--signer-workflow`; without the ref a release the same
 * workflow signed on another branch passed), and for a tag's release the tag (`--tag`): without it, an
 * older release of the same repository and workflow put in its place passed; for another signer,
 * its identity and issuer (`--certificate-identity`, `--certificate-oidc-issuer`): a policy taken
 * as it came let whoever replaced the release name themselves. Undefined when the identity is not known.
 */


/** The attestations section: what the file attests and, for a GitHub Actions signer, the `gh attestation verify` commands. */

/**
 * gh reads a custom trusted root as JSON lines, one root a line (a pretty-printed trusted root
 * fails with `proto: unexpected EOF`): the private deployment's own file when it is one already,
 * else a copy on one line that {@link privateRootForGh} writes beside it.
 */

/** The name of a trusted root's one-line copy for gh, which reads JSON lines: `trusted_root.json` is copied to `trusted_root.jsonl`. */

/** For a private deployment whose trusted root is one JSON document, the line writing its one-line copy for gh (`paste -s -d '\\0'` joins its lines, which JSON's whitespace allows). */

/** A gh command with the private deployment's trusted root, when the signer is one: gh knows only the public-good and GitHub roots. */

/** A GitHub Actions workflow identity: `https://github.com/<owner>/<repo>/<path>@<ref>`. */
const WORKFLOW_IDENTITY = /^https:\/\/github\.com\/([^/]+\/[^/]+)\/(\.github\/workflows\/[^@]+)@(.+)$/;
/**
 * The workflow (`owner/repo/path`) that signed, when it is a reusable workflow of another repository
 * than the run's; else undefined. `gh attestation verify --repo` and `trust-kit verify-attestation
 * --repo` expect a workflow of that repository, so such a signer needs `--signer-workflow`.
 */

/**
 * `gh attestation verify` for each predicate type, pinning the run's repository, the exact
 * identity that signed (`--cert-identity`, the workflow at its ref, as the cosign lines pin it:
 * `--repo` alone accepts any workflow of the repository, on any branch) and the ref the run was for
 * (`--source-ref`: a reusable workflow's identity names its own ref), with its issuer when not
 * gh's default; without an identity, a reusable workflow's path. For a sha512 release, whose
 * subjects name the artifacts by SHA-512 alone, gh is told to hash with it (it computes SHA-256
 * unless told, and finds no subject).
 */

/**
 * The container images section: `cosign verify` of each image by digest with the checksums file's
 * policy; for GitHub's instance trust-kit's `verify-image`, run as the checksums file's trust-kit
 * command is (the pinned verifier when there is one).
 */


/**
 * VERIFY.md as a section of another markdown document (the job summary): its title and headings
 * moved down by `levels`, code blocks untouched, so the summary shows the same commands.
 */



/***/ }),

/***/ 86482:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var abortedError = (function (signal) {
    const reason = signal.reason;
    const said = reason instanceof Error ? reason.message : String(reason);
    return new ReleaseError('RELEASE_ABORTED', `the release was aborted by its caller (${said.slice(0, 200)}) before it was done`, {
        cause: reason,
        hint: 'nothing of this run was left in the output directory unless it was in place before the abort; a draft GitHub release it filled stays for the next run to reuse: run it again',
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: (() => (/* binding */ ReleaseError)),
/* harmony export */   S1: (() => (/* binding */ PublishError)),
/* harmony export */   dF: (() => (/* binding */ PublishGateError)),
/* harmony export */   ip: (() => (/* binding */ abortedError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** An error of the release use case itself: where its output goes, and what it may publish. */
class ReleaseError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ReleaseError';
    }
}
/** A refusal of the publish step: what is on the release is not what this run would publish. */
class PublishError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'PublishError';
    }
}
/** The gate's refusal: PUBLISH_GATE_FAILED, with the report of every check and command. */
class PublishGateError extends PublishError {
    report;
    constructor(message, report) {
        super('PUBLISH_GATE_FAILED', message, { hint: 'the release is left as a draft on GitHub: look at its assets, fix what failed, and re-run (uploads of unchanged assets are skipped, and what this run signed is replaced); a build made again has other files: delete the draft release first; `gate: false` publishes without this check' });
        this.report = report;
    }
}
/** The failure of a run its caller aborted, naming the reason it gave (an Error's message, or the value). */



/***/ }),

/***/ 77621:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var checksumsFileName = (function (algorithm) {
    return `${algorithm.toUpperCase()}SUMS`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ir: (() => (/* binding */ RELEASE_POLICY_FILE)),
/* harmony export */   f1: (() => (/* binding */ VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE)),
/* harmony export */   f4: (() => (/* binding */ INSTRUCTIONS_FILE)),
/* harmony export */   jn: (() => (/* binding */ ATTESTATIONS_FILE)),
/* harmony export */   l: (() => (/* binding */ VERIFICATION_KIT_TRUSTED_ROOT_FILE)),
/* harmony export */   sC: (() => (/* binding */ checksumsFileName)),
/* harmony export */   vq: (() => (/* binding */ PUBLIC_KEY_FILE)),
/* harmony export */   wL: (() => (/* binding */ AUDIT_LOG_FILE))
/* harmony export */ });
/** The checksums file's conventional name for an algorithm: `SHA256SUMS`, `SHA512SUMS`. */

/** The file the public key of a key-signed release is published as. */
const PUBLIC_KEY_FILE = 'trust-kit.pub';
/** The name of the verification instructions. */
const INSTRUCTIONS_FILE = 'VERIFY.md';
/** The signing audit log: one JSON line per signature the run made. */
const AUDIT_LOG_FILE = 'trust-kit-audit.jsonl';
/** The trusted roots a release was signed against, published with its verification policy (one root per line). */
const VERIFICATION_KIT_TRUSTED_ROOT_FILE = 'trust-kit-trusted-root.jsonl';
/** GitHub's trusted root, published with the verification policy of an immutable release when the roots signing used do not hold it. */
const VERIFICATION_KIT_GITHUB_TRUSTED_ROOT_FILE = 'trust-kit-github-trusted-root.jsonl';
/** The file a release's attestations are published in: every bundle, one per line. */
const ATTESTATIONS_FILE = 'attestations.intoto.jsonl';
/** The file name trust-kit publishes the offline verification policy under. */
const RELEASE_POLICY_FILE = 'trust-kit-policy.json';


/***/ })

};

import { keyedSigningIssues, SIGNING_OPTIONS } from '../signing-options.js';
import { lstat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { mayBeGlob } from '../../checksums/collect.js';
import { cliNamer, LINE_BREAK, withEarlierIssues } from '../../config/inputs.js';
import { signConfig } from '../../config/sign.js';
import { readRunContext } from '../../github/context.js';
import { shownFile } from '../../core/quote.js';
import { bundleNameTooLong, bundleOverFileMessage, bundlesOverFiles, defaultBundlePath, earlierBundles, earlierBundleWarning, openSigningSession } from '../../sigstore/sign/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { stderrLogger } from '../logger.js';
import { rawSigningPaths, readWithNamedPaths, requireNamedPaths, signingPaths } from '../../config/paths.js';

/** `trust-kit sign-blob`: sign files into Sigstore bundles, keyless or with a local key. */
export const signBlobCommand: Command = {
  usage: 'trust-kit sign-blob [--bundle OUT] [--key KEY.pem] [--instance auto|public-good|github|key]\n         [--fulcio-url URL] [--rekor-url URL [--rekor-version 1|2]] [--tsa-url URL]\n         [--signing-config FILE] [--trusted-root FILE]\n         [--on-missing-token fail|warn|skip] [--timeout TIME] FILE...',
  help: `Writes one Sigstore bundle (v0.3, message signature) per FILE, next to it as FILE.sigstore.json,
after verifying it offline as users will. Verify with \`trust-kit verify-blob\` or
\`cosign verify-blob FILE --bundle FILE.sigstore.json\`, each with the signer it must be
(--certificate-identity and --certificate-oidc-issuer, or --key with --insecure-ignore-tlog: a key
signs offline, so the bundle has no transparency-log entry, which both require unless told).

Identity: with --key, the local ECDSA P-256 key (PKCS#8 PEM, encrypted PKCS#8 or a cosign key;
the passphrase comes from TRUST_KIT_KEY_PASSPHRASE, or COSIGN_PASSWORD). Otherwise keyless: the
OIDC token in SIGSTORE_ID_TOKEN, or the GitHub Actions job's (needs \`id-token: write\`). With
neither, signing fails and says what to set, unless --on-missing-token says to skip it.

Options:
      --bundle OUT         where to write the bundle (one FILE only)
      --key KEY.pem        sign with this private key (see \`trust-kit generate-key-pair\`)
      --instance NAME      auto (default: by repository visibility, public-good outside Actions),
                           public-good (Fulcio + Rekor), github (Fulcio + TSA, no public log), key
      --fulcio-url URL     Fulcio to use instead of the instance's; with public-good, name its
                           Rekor too (--rekor-url): another CA's certificates never go to the public log
      --rekor-url URL      Rekor to use instead of the instance's (public-good only)
      --rekor-version N    the API --rekor-url speaks: 1 (default) or 2 (Rekor v2, needs --tsa-url)
      --tsa-url URL        RFC 3161 timestamp authority (GitHub's instance has one by default)
      --signing-config FILE
                           a signing config (v0.2, as cosign's --signing-config) naming Fulcio,
                           the logs and the TSA instead of the URLs; of its valid services,
                           the highest API version is used (Rekor v2 over v1), as cosign does
      --on-missing-token WHAT
                           fail (default), warn or skip (exit 0, nothing signed) when keyless
                           signing has no token, as the sign action and release take it
      --timeout TIME       how long each signature's requests to Fulcio, Rekor and the TSA may take
                           together, retries included, from its first: seconds, or minutes or
                           hours (90, 10m, 2h; default 300, up to 6 h); SIGN_TIMEOUT names the request pending
      --trusted-root FILE  trusted root bundles are checked against before they are written
                           (required for custom URLs, a signing config, and GitHub's instance
                           outside github.com; github.com's and public-good's come through TUF;
                           JSON or gh's JSONL)

Every FILE, --key, --signing-config and --trusted-root must exist before anything is fetched or signed: all
missing ones are reported at once (exit 2). --fulcio-url, --rekor-url, --tsa-url, --signing-config,
--trusted-root, --timeout and --on-missing-token are for keyless signing: with --key, which signs
offline, they are a usage error, not ignored.

Exit codes: 0 every file signed (or none, as --on-missing-token asked), 1 a failure (bundles already written are kept), 2 usage error
(also a missing FILE, key or trusted root; nothing was done).`,
  options: {
    bundle: { type: 'string' },
    ...SIGNING_OPTIONS,
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const nameOf = cliNamer({ 'subject-path': 'FILE' });
    const named = [...args.positionals.filter((file) => !mayBeGlob(file)).map((file) => ({ input: 'subject-path', path: file, kind: 'file' as const })), ...rawSigningPaths(args.values)];
    const config = await readWithNamedPaths(() => withEarlierIssues([...args.issues, ...keyedSigningIssues(args.values)], () => signConfig({ ...args.values, 'subject-path': args.positionals }, nameOf)), named, context.cwd, nameOf);
    // A quoted glob reaches sign-blob unexpanded (the sign action expands them, sign-blob does not): said so, not "does not exist".
    const globs = (await Promise.all(config.files.map(async (file) => (mayBeGlob(file) && !(await lstat(resolve(context.cwd, file)).then(() => true, () => false)) ? file : undefined)))).filter((file) => file !== undefined);
    const globIssues = globs.map((glob) => ({ input: nameOf('subject-path'), message: `${glob} is a glob, which sign-blob does not expand: leave it unquoted for the shell to expand, or name each file` }));
    const files = config.files.filter((file) => !globs.includes(file));
    await requireNamedPaths(
      [...files.map((file) => ({ input: 'subject-path', path: file, kind: 'file' as const })), ...signingPaths(config), ...(config.bundle === undefined ? [] : [{ input: 'bundle', path: config.bundle, kind: 'output' as const }])],
      context.cwd,
      nameOf,
      [
        ...globIssues,
        ...(config.bundle === undefined ? files.flatMap((file) => bundleNameTooLong(file) ?? []).map((message) => ({ input: nameOf('subject-path'), message: `${message}, or name its bundle with --bundle` })) : []),
        // verify-blob and cosign take --bundle on one line: a bundle named after such a file could not be given to them.
        ...(config.bundle === undefined ? files.filter((file) => LINE_BREAK.test(file)).map((file) => ({ input: nameOf('subject-path'), message: `${shownFile(file)} holds a line break, and so would its bundle's name, which verify-blob --bundle does not take: rename the file, or name its bundle with --bundle` })) : []),
        ...(await bundlesOverFiles(files.map((file) => ({ file, bundle: config.bundle ?? defaultBundlePath(file) })), (path) => resolve(context.cwd, path))).map((clash) => ({ input: nameOf(config.bundle === undefined ? 'subject-path' : 'bundle'), message: bundleOverFileMessage(clash, 'sign-blob dist/*.tgz, not dist/*') })),
      ],
    );
    const logger = stderrLogger(context.stderr, args.values.verbose === true);
    const opened = await openSigningSession(config, { cwd: context.cwd, env: context.env, run: await readRunContext(context.env), logger });
    if (opened.session === undefined) {
      // on-missing-token warn or skip: the reason has been logged, and not signing is what was asked for. A bundle
      // an earlier run wrote is left as it was, beside a file that may have changed since: said, so it is not taken for this run's.
      const bundles = config.files.map((file) => ({ file, bundle: relative(context.cwd, resolve(context.cwd, config.bundle ?? defaultBundlePath(file))) }));
      for (const earlier of await earlierBundles(bundles, (path) => resolve(context.cwd, path))) logger.warn(earlierBundleWarning(earlier));
      return EXIT.OK;
    }
    logger.info(`signing with ${opened.description}`);
    for (const file of config.files) {
      const path = resolve(context.cwd, file);
      const bundlePath = resolve(context.cwd, config.bundle ?? defaultBundlePath(file));
      await opened.session.signFile(path, bundlePath);
      // A name may hold a line feed or a terminal's escapes: quoted, each bundle stays one line of the list.
      const shownBundle = shownFile(relative(context.cwd, bundlePath));
      logger.info(`signed ${shownFile(file)} -> ${shownBundle}`);
      context.stdout.write(`${shownBundle}\n`);
    }
    // Only after success: on failure the token stays known to the redactor until the error has
    // been printed, and the exit hooks destroy it.
    opened.close();
    return EXIT.OK;
  },
};


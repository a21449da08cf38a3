import { linkSync, lstatSync, renameSync, rmSync } from 'node:fs';
import { access, lstat, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigError, LINE_BREAK, type ConfigIssue } from '../../config/inputs.js';
import { isTrustKitError } from '../../core/errors.js';
import { expectReplaceableOutput, prepareFileAtomic, temporaryBeside, underCommitLock, type PreparedFile } from '../../core/files.js';
import { quoted, shownFile } from '../../core/quote.js';
import { SecretBuffer, onPurge } from '../../secrets/index.js';
import { SignError, generateSigningKeyPair, takePassphrase, type KeyFileFormat } from '../../sigstore/sign/index.js';
import type { Command, CommandArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

const FORMATS: readonly KeyFileFormat[] = ['cosign', 'pkcs8'];

/** The key files' prefix and format as the flags give them (the format undefined when --format names none), and everything wrong with the flags, at once. */
function checkedFlags(args: CommandArgs): { prefix: string; format: KeyFileFormat | undefined; issues: ConfigIssue[] } {
  const issues: ConfigIssue[] = [...args.issues];
  // `generate-key-pair mykey` would otherwise write trust-kit.key, not what was meant.
  if (args.positionals.length > 0) issues.push({ input: 'argument', message: `is ${quoted(args.positionals.join(' '), 200)}, but generate-key-pair takes none: name the key files with --output-key-prefix PREFIX (it writes PREFIX.key and PREFIX.pub)` });
  const given = args.values['output-key-prefix'];
  const prefix = typeof given === 'string' && given.trim() !== '' ? given : 'trust-kit';
  // As every other one-value flag: a file name with a line break breaks every line-based listing of it (and the checksums format).
  if (LINE_BREAK.test(prefix)) issues.push({ input: '--output-key-prefix', message: 'holds a line break; expected one value on one line' });
  // A prefix is a path whose last part names the files: `keys/`, `.` or `..` names a directory, and resolving it would drop that part
  // (`keys/` wrote keys.key, beside the directory, while the message said keys/.key).
  const last = prefix.split(/[\\/]/).at(-1) ?? '';
  if (last === '' || last === '.' || last === '..') {
    issues.push({ input: '--output-key-prefix', message: `is ${quoted(prefix, 200)}, which names a directory, not the files' name: give the name too, as ${quoted(`${last === '' ? prefix : `${prefix}/`}trust-kit`, 210)} (writes trust-kit.key and trust-kit.pub there)` });
  }
  // `--output-key-prefix release.key` means the key file, not release.key.key (cosign writes that without a word).
  const suffix = /\.(key|pub)$/i.exec(prefix);
  if (suffix !== null) {
    issues.push({ input: '--output-key-prefix', message: `is ${quoted(prefix, 200)}, a prefix to which .key and .pub are added: it would write ${quoted(`${prefix}.key`, 210)} and ${quoted(`${prefix}.pub`, 210)}; give it without the suffix: --output-key-prefix ${prefix.slice(0, suffix.index)}` });
  }
  const value = args.values.format;
  // Without regard to case or blanks around it, as every other choice (--algorithm ' SHA512 ').
  const format = value === undefined ? 'cosign' : FORMATS.find((name) => typeof value === 'string' && name === value.trim().toLowerCase());
  if (format === undefined && !(typeof value === 'string' && value.trim() === '')) issues.push({ input: '--format', message: `is ${quoted(String(value), 100)}; expected one of ${FORMATS.join(', ')}` });
  return { prefix, format, issues };
}

/** A hard link to `path` beside it, when it is a regular file: the old file, kept while its replacement may still have to be undone. */
function keptAside(path: string): string | undefined {
  if (lstatSync(path, { throwIfNoEntry: false })?.isFile() !== true) return undefined;
  const aside = temporaryBeside(path);
  linkSync(path, aside);
  return aside;
}

/** `trust-kit generate-key-pair`: a local ECDSA P-256 signing key pair, as cosign makes one. */
export const generateKeyPairCommand: Command = {
  usage: 'trust-kit generate-key-pair [--output-key-prefix PREFIX] [--format cosign|pkcs8] [--force]',
  help: `Writes PREFIX.key (mode 0600) and PREFIX.pub (SubjectPublicKeyInfo PEM, "PUBLIC KEY").

The private key is in cosign's format (ENCRYPTED SIGSTORE PRIVATE KEY: scrypt N=65536 r=8 p=1 and
NaCl secretbox), encrypted with TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD) when set, and
otherwise with an empty passphrase (as cosign with COSIGN_PASSWORD set empty; without it, cosign
asks for one): such a key is as good as unencrypted, so keep it in a secret store. cosign uses the
files as they are: \`cosign sign-blob --key PREFIX.key\`, \`cosign verify-blob --key PREFIX.pub\`
(with the same COSIGN_PASSWORD, empty included).

With --format pkcs8 the private key is PKCS#8 PEM for OpenSSL and other PKCS#8 readers: encrypted
(AES-256-CBC under PBES2, PBKDF2-HMAC-SHA256 at 600,000 iterations) when a passphrase is set, otherwise unencrypted. cosign does not read it.

Sign with \`trust-kit sign-blob --key PREFIX.key FILE\`; verify with
\`trust-kit verify-blob FILE --bundle FILE.sigstore.json --key PREFIX.pub --insecure-ignore-tlog\`
(trust-kit signs with a key offline, without a transparency-log entry, which verifiers, cosign too,
require unless told).

Options:
      --output-key-prefix PREFIX  file name prefix, without .key or .pub (default: trust-kit)
      --format cosign|pkcs8       private key format (default: cosign)
      --force                     overwrite existing files`,
  options: {
    'output-key-prefix': { type: 'string' },
    format: { type: 'string' },
    force: { type: 'boolean' },
  },
  reportsFlagIssues: true,
  async run(args, context) {
    const { prefix, format, issues } = checkedFlags(args);
    if (issues.length > 0 || format === undefined) throw new ConfigError(issues);
    // Suffixes are appended to the resolved prefix, never written into a path.resolve call: ncc's
    // asset relocator mistakes `resolve(dir, \`${x}.key\`)` for a bundled file and rewrites it.
    const base = resolve(context.cwd, prefix);
    const keyPath = `${base}.key`;
    const publicPath = `${base}.pub`;
    // A directory, a link or a device where a key file goes would fail its half of the pair after the other half was put in place.
    for (const path of [keyPath, publicPath]) {
      const there = await lstat(path).catch(() => undefined);
      if (there !== undefined && !there.isFile()) {
        throw new SignError('SIGN_KEY_EXISTS', `${quoted(path)} exists and is not a regular file (${there.isDirectory() ? 'a directory' : there.isSymbolicLink() ? 'a symbolic link' : 'a device, a pipe or a socket'}); a key file is never written in its place, --force or not`, { hint: 'choose another --output-key-prefix, or remove what is there' });
      }
    }
    if (args.values.force !== true) {
      for (const path of [keyPath, publicPath]) {
        if (await exists(path)) {
          throw new SignError('SIGN_KEY_EXISTS', `${quoted(path)} already exists; not overwriting a key`, { hint: 'choose another --output-key-prefix, or pass --force to replace it' });
        }
      }
    }
    const setButEmpty: string[] = [];
    const passphrase = takePassphrase(context.env, setButEmpty);
    let pair;
    try {
      pair = passphrase === undefined ? generateSigningKeyPair(undefined, format, quoted(keyPath)) : passphrase.secret.use((bytes) => generateSigningKeyPair(bytes, format, quoted(keyPath)));
    } finally {
      passphrase?.secret.destroy();
    }
    const overwrite = args.values.force === true;
    const privateKey = SecretBuffer.from(pair.privateKeyPem, { masked: false });
    let keyFile: PreparedFile | undefined;
    let publicFile: PreparedFile | undefined;
    try {
      // Both files are written and flushed before either is put in place: a full disk or an
      // unwritable path replaces neither half of an existing pair.
      // A signal before the key file is in place (the CLI purges on SIGINT and SIGTERM) removes its temporary file too.
      keyFile = await privateKey.useAsync((bytes) => prepareFileAtomic(keyPath, bytes, 0o600, { overwrite, whileTemporary: onPurge }));
      publicFile = await prepareFileAtomic(publicPath, pair.publicKeyPem, 0o644, { overwrite });
      // One right after the other, without yielding: a SIGINT or SIGTERM never leaves the new public key beside the old private one;
      // under the directories' commit lock: another run with --force never puts its half of a pair beside this run's other half.
      const [key, pub] = [keyFile, publicFile];
      await underCommitLock([dirname(keyPath), dirname(publicPath)], async () => {
        // Both looked at first: one that cannot be replaced (a link or a directory put there since) fails before either half is.
        expectReplaceableOutput(keyPath);
        expectReplaceableOutput(publicPath);
        // With --force, the old public key is kept aside (a hard link) until the private key is in place, and goes back if
        // that fails: else the new public key stood beside the old private key, a pair whose signatures never verify.
        const aside = overwrite ? keptAside(publicPath) : undefined;
        pub.commitSync();
        try {
          key.commitSync();
        } catch (error) {
          // Without --force this run created the public key: it goes too, rather than stay without its private key.
          if (aside !== undefined) renameSync(aside, publicPath);
          else await rm(publicPath, { force: true });
          throw error;
        }
        if (aside !== undefined) rmSync(aside, { force: true });
      });
    } catch (error) {
      await Promise.all([keyFile?.discard(), publicFile?.discard()]);
      if (isTrustKitError(error) && error.code === 'FILE_EXISTS') {
        throw new SignError('SIGN_KEY_EXISTS', `${error.message} (created while the key pair was being made)`, { cause: error, hint: 'choose another --output-key-prefix, or pass --force to replace it' });
      }
      throw error;
    } finally {
      privateKey.destroy();
    }
    // Which variable encrypted it, and which was set but not used (cosign reads COSIGN_PASSWORD alone); an empty one named (a misspelt secret is empty).
    const empty = setButEmpty.length === 0 ? [] : [`${setButEmpty.join(' and ')} ${setButEmpty.length === 1 ? 'is' : 'are'} set but empty`];
    const notes = (kind: string, said: readonly string[]): string => (said.length === 0 ? kind : `${kind} (${said.join('; ')})`);
    const what =
      passphrase !== undefined
        ? notes('an encrypted', [`with ${passphrase.variable}`, ...(passphrase.unused.length === 0 ? [] : [`${passphrase.unused.join(' and ')}, also set, not used`])])
        : format === 'cosign'
          ? notes('an UNPROTECTED', ['encrypted with an empty passphrase', ...empty])
          : notes('an UNENCRYPTED', empty);
    context.stderr.write(`trust-kit: wrote ${what} private key (${format === 'cosign' ? "cosign's format" : 'PKCS#8'}) to ${shownFile(`${prefix}.key`)} and the public key to ${shownFile(`${prefix}.pub`)} (hint ${pair.hint})\n`);
    context.stdout.write(`${shownFile(`${prefix}.pub`)}\n`);
    return EXIT.OK;
  },
};

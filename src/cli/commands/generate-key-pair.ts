import { access, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isTrustKitError } from '../../core/errors.js';
import { prepareFileAtomic, type PreparedFile } from '../../core/files.js';
import { SecretBuffer } from '../../secrets/index.js';
import { SignError, generateSigningKeyPair, takePassphrase } from '../../sigstore/sign/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** `trust-kit generate-key-pair`: a local ECDSA P-256 signing key pair, as cosign makes one. */
export const generateKeyPairCommand: Command = {
  usage: 'trust-kit generate-key-pair [--output-key-prefix PREFIX] [--force]',
  help: `Writes PREFIX.key (PKCS#8 PEM, mode 0600) and PREFIX.pub (SubjectPublicKeyInfo PEM). When
TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD) is set, the private key is encrypted with it
(PKCS#8, AES-256-CBC under PBES2); otherwise it is written unencrypted: keep it in a secret store.

Sign with \`trust-kit sign-blob --key PREFIX.key FILE\`; verify with
\`trust-kit verify-blob FILE --bundle FILE.sigstore.json --key PREFIX.pub\`.

Options:
      --output-key-prefix PREFIX  file name prefix (default: trust-kit)
      --force                     overwrite existing files`,
  options: {
    'output-key-prefix': { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(args, context) {
    const prefix = typeof args.values['output-key-prefix'] === 'string' && args.values['output-key-prefix'] !== '' ? args.values['output-key-prefix'] : 'trust-kit';
    // Suffixes are appended to the resolved prefix, never written into a path.resolve call: ncc's
    // asset relocator mistakes `resolve(dir, \`${x}.key\`)` for a bundled file and rewrites it.
    const base = resolve(context.cwd, prefix);
    const keyPath = `${base}.key`;
    const publicPath = `${base}.pub`;
    if (args.values.force !== true) {
      for (const path of [keyPath, publicPath]) {
        if (await exists(path)) {
          throw new SignError('SIGN_KEY_EXISTS', `${path} already exists; not overwriting a key`, { hint: 'choose another --output-key-prefix, or pass --force to replace it' });
        }
      }
    }
    const passphrase = takePassphrase(context.env);
    let pair;
    try {
      pair = passphrase === undefined ? generateSigningKeyPair(undefined) : passphrase.use((bytes) => generateSigningKeyPair(bytes));
    } finally {
      passphrase?.destroy();
    }
    const overwrite = args.values.force === true;
    const privateKey = SecretBuffer.from(pair.privateKeyPem);
    let keyFile: PreparedFile | undefined;
    let publicFile: PreparedFile | undefined;
    try {
      // Both files are written and flushed before either is put in place: a full disk or an
      // unwritable path replaces neither half of an existing pair.
      keyFile = await privateKey.useAsync((bytes) => prepareFileAtomic(keyPath, bytes, 0o600, { overwrite }));
      publicFile = await prepareFileAtomic(publicPath, pair.publicKeyPem, 0o644, { overwrite });
      await publicFile.commit();
      try {
        await keyFile.commit();
      } catch (error) {
        // Without --force this run created the public key: it goes too, rather than stay without its private key.
        if (!overwrite) await rm(publicPath, { force: true });
        throw error;
      }
    } catch (error) {
      await Promise.all([keyFile?.discard(), publicFile?.discard()]);
      if (isTrustKitError(error) && error.code === 'FILE_EXISTS') {
        throw new SignError('SIGN_KEY_EXISTS', `${error.message} (created while the key pair was being made)`, { cause: error, hint: 'choose another --output-key-prefix, or pass --force to replace it' });
      }
      throw error;
    } finally {
      privateKey.destroy();
    }
    context.stderr.write(`trust-kit: wrote ${passphrase === undefined ? 'an UNENCRYPTED' : 'an encrypted'} private key to ${prefix}.key and the public key to ${prefix}.pub (hint ${pair.hint})\n`);
    context.stdout.write(`${prefix}.pub\n`);
    return EXIT.OK;
  },
};

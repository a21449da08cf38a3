export const id = 4909;
export const ids = [4909];
export const modules = {

/***/ 44909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var exists = (async function (path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
});var keyFileFormat = (function (value) {
    if (value === undefined)
        return 'cosign';
    const format = FORMATS.find(((name) => name === value));
    if (format === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TrustKitError */ .T0('CLI_USAGE', `generate-key-pair --format must be cosign or pkcs8, got "${String(value)}"`, { hint: 'run `trust-kit generate-key-pair --help`' });
    }
    return format;
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: (() => (/* binding */ generateKeyPairCommand))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39883);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88927);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);








const FORMATS = ['cosign', 'pkcs8'];

/** `trust-kit generate-key-pair`: a local ECDSA P-256 signing key pair, as cosign makes one. */
const generateKeyPairCommand = {
    usage: 'trust-kit generate-key-pair [--output-key-prefix PREFIX] [--format cosign|pkcs8] [--force]',
    help: `Writes PREFIX.key (mode 0600) and PREFIX.pub (SubjectPublicKeyInfo PEM, "PUBLIC KEY").

The private key is in cosign's format (ENCRYPTED SIGSTORE PRIVATE KEY: scrypt N=65536 r=8 p=1 and
NaCl secretbox), encrypted with TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD) when set, and
otherwise with an empty passphrase, as \`cosign generate-key-pair\` does: such a key is as good as
unencrypted, so keep it in a secret store. cosign uses the files as they are:
\`cosign sign-blob --key PREFIX.key\`, \`cosign verify-blob --key PREFIX.pub\` (with the same
COSIGN_PASSWORD, empty included).

With --format pkcs8 the private key is PKCS#8 PEM for OpenSSL and other PKCS#8 readers: encrypted
(AES-256-CBC under PBES2) when a passphrase is set, otherwise unencrypted. cosign does not read it.

Sign with \`trust-kit sign-blob --key PREFIX.key FILE\`; verify with
\`trust-kit verify-blob FILE --bundle FILE.sigstore.json --key PREFIX.pub\`.

Options:
      --output-key-prefix PREFIX  file name prefix (default: trust-kit)
      --format cosign|pkcs8       private key format (default: cosign)
      --force                     overwrite existing files`,
    options: {
        'output-key-prefix': { type: 'string' },
        format: { type: 'string' },
        force: { type: 'boolean' },
    },
    async run(args, context) {
        const prefix = typeof args.values['output-key-prefix'] === 'string' && args.values['output-key-prefix'] !== '' ? args.values['output-key-prefix'] : 'trust-kit';
        // Suffixes are appended to the resolved prefix, never written into a path.resolve call: ncc's
        // asset relocator mistakes `resolve(dir, \`${x}.key\`)` for a bundled file and rewrites it.
        const format = keyFileFormat(args.values.format);
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.cwd, prefix);
        const keyPath = `${base}.key`;
        const publicPath = `${base}.pub`;
        if (args.values.force !== true) {
            for (const path of [keyPath, publicPath]) {
                if (await exists(path)) {
                    throw new _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .SignError */ .ul('SIGN_KEY_EXISTS', `${path} already exists; not overwriting a key`, { hint: 'choose another --output-key-prefix, or pass --force to replace it' });
                }
            }
        }
        const passphrase = (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .takePassphrase */ .Kh)(context.env);
        let pair;
        try {
            pair = passphrase === undefined ? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .generateSigningKeyPair */ .kZ)(undefined, format, keyPath) : passphrase.use(((bytes) => (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .generateSigningKeyPair */ .kZ)(bytes, format, keyPath)));
        }
        finally {
            passphrase?.destroy();
        }
        const overwrite = args.values.force === true;
        const privateKey = _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .SecretBuffer */ .pP.from(pair.privateKeyPem);
        let keyFile;
        let publicFile;
        try {
            // Both files are written and flushed before either is put in place: a full disk or an
            // unwritable path replaces neither half of an existing pair.
            // A signal before the key file is in place (the CLI purges on SIGINT and SIGTERM) removes its temporary file too.
            keyFile = await privateKey.useAsync(((bytes) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareFileAtomic */ .hN)(keyPath, bytes, 0o600, { overwrite, whileTemporary: _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .onPurge */ .Zp })));
            publicFile = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareFileAtomic */ .hN)(publicPath, pair.publicKeyPem, 0o644, { overwrite });
            await publicFile.commit();
            try {
                await keyFile.commit();
            }
            catch (error) {
                // Without --force this run created the public key: it goes too, rather than stay without its private key.
                if (!overwrite)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(publicPath, { force: true });
                throw error;
            }
        }
        catch (error) {
            await Promise.all([keyFile?.discard(), publicFile?.discard()]);
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTrustKitError */ .Nf)(error) && error.code === 'FILE_EXISTS') {
                throw new _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .SignError */ .ul('SIGN_KEY_EXISTS', `${error.message} (created while the key pair was being made)`, { cause: error, hint: 'choose another --output-key-prefix, or pass --force to replace it' });
            }
            throw error;
        }
        finally {
            privateKey.destroy();
        }
        const what = passphrase !== undefined ? 'an encrypted' : format === 'cosign' ? 'an UNPROTECTED (encrypted with an empty passphrase)' : 'an UNENCRYPTED';
        context.stderr.write(`trust-kit: wrote ${what} private key (${format === 'cosign' ? "cosign's format" : 'PKCS#8'}) to ${prefix}.key and the public key to ${prefix}.pub (hint ${pair.hint})\n`);
        context.stdout.write(`${prefix}.pub\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ })

};

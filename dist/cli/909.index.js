export const id = 909;
export const ids = [909];
export const modules = {

/***/ 44909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateKeyPairCommand: () => (/* binding */ generateKeyPairCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62164);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66433);
/* harmony import */ var _sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45983);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20535);







async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** `trust-kit generate-key-pair`: a local ECDSA P-256 signing key pair, as cosign makes one. */
const generateKeyPairCommand = {
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
            pair = passphrase === undefined ? (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .generateSigningKeyPair */ .kZ)(undefined) : passphrase.use((bytes) => (0,_sigstore_sign_index_js__WEBPACK_IMPORTED_MODULE_5__/* .generateSigningKeyPair */ .kZ)(bytes));
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
            keyFile = await privateKey.useAsync((bytes) => (0,_core_files_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareFileAtomic */ .hN)(keyPath, bytes, 0o600, { overwrite }));
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
        context.stderr.write(`trust-kit: wrote ${passphrase === undefined ? 'an UNENCRYPTED' : 'an encrypted'} private key to ${prefix}.key and the public key to ${prefix}.pub (hint ${pair.hint})\n`);
        context.stdout.write(`${prefix}.pub\n`);
        return _exit_codes_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .d.OK;
    },
};


/***/ })

};

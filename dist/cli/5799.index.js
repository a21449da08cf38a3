export const id = 5799;
export const ids = [5799];
export const modules = {

/***/ 65610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var defaultBundlePath = (function (path) {
    return `${path}${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf}`;
});var bundleNameTooLong = (function (file) {
    const bundle = defaultBundlePath(file);
    if (!(0,_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .nameTooLong */ .W1)(bundle))
        return undefined;
    return `${file}'s bundle would be named ${Buffer.byteLength((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(bundle))} bytes long, more than the ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg} a file name may have: give the file a shorter name (at most ${_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_NAME_BYTES */ .pg - _core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf.length} bytes)`;
});var earlierBundles = (async function (bundles, at) {
    const there = await Promise.all(bundles.map(((entry) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at(entry.bundle)).then((() => true), (() => false)))));
    return bundles.filter(((_entry, index) => there[index] === true));
});var earlierBundleWarning = (function ({ file, bundle }) {
    return `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(bundle)} is an earlier run's, left as it was: nothing was signed now, and it may not sign ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .quoted */ .TL)(file)} as it is`;
});var bundlesOverFiles = (async function (bundles, at) {
    const named = bundles.filter((({ file }) => file.endsWith(_core_files_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_SUFFIX */ .Zf)));
    if (named.length === 0)
        return [];
    const where = (async (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at(path)).catch((() => at(path))));
    const files = new Map((await Promise.all(named.map((async ({ file }) => [await where(file), file])))));
    const landing = await Promise.all(bundles.map((({ bundle }) => where(bundle))));
    return bundles.flatMap((({ file }, index) => {
        const over = files.get(landing[index]);
        return over === undefined ? [] : [{ file, over }];
    }));
});var bundleOverFileMessage = (function ({ file, over }, example) {
    return `${file}'s bundle would be written over ${over}, which is to be signed too: leave out an earlier run's bundles (${example}), or name the files to sign`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: (() => (/* binding */ defaultBundlePath)),
/* harmony export */   Ik: (() => (/* binding */ bundleNameTooLong)),
/* harmony export */   Q1: (() => (/* binding */ bundleOverFileMessage)),
/* harmony export */   Zf: (() => (/* reexport safe */ _core_files_js__WEBPACK_IMPORTED_MODULE_2__.Zf)),
/* harmony export */   e_: (() => (/* binding */ earlierBundles)),
/* harmony export */   pm: (() => (/* binding */ earlierBundleWarning)),
/* harmony export */   v0: (() => (/* binding */ bundlesOverFiles))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62164);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89531);
// Apart from session.ts: code that only names bundles (a release's file names) loads no signing client.





/** The bundle path trust-kit writes for a file: `<file>.sigstore.json`. */

/**
 * What to say of a file whose bundle's name (`<name>.sigstore.json`) would be longer than a file
 * name may be, told before anything is signed (the write failed after the signature was logged);
 * undefined for a file whose bundle's name fits.
 */

/**
 * The bundles that lie where a run that signed nothing (on-missing-token warn or skip) would have
 * written them: an earlier run's, left as they were beside files that may have changed since.
 * `at` resolves a shown path to the one to look at.
 */

/** The warning about one of {@link earlierBundles}, so it is not taken for the run's own. */

/**
 * The files whose default bundle would be written over another file to sign (`bundles` as
 * {@link BundleOf}, `at` resolving a shown path), paired with that file: signing `dist/*` over an
 * earlier run's `app.tgz.sigstore.json` replaced it with app.tgz's bundle, then signed that bundle
 * in its place. Only a file named as a bundle can be one, so a list without any (nearly every one)
 * costs no call; otherwise paths are compared by their real paths, looked up together. A bundle
 * path given by hand (`--bundle`) is compared with the inputs where the flags are checked.
 */

/** What to say of one of {@link bundlesOverFiles}; `example` says how to leave the bundles out where the files came from. */



/***/ }),

/***/ 65799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var pemToDER = (function (pem) {
    return Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
});var bundleBuilders = (function (signer, blobWitnesses, statementWitnesses) {
    return {
        blob: new MessageSignatureV03BundleBuilder({ signer, witnesses: blobWitnesses }),
        statement: new DsseWithoutKeyIdBundleBuilder({ signer, witnesses: statementWitnesses, certificateChain: false }),
    };
});var serializeBundle = (function (bundle) {
    return (0,dist.bundleToJSON)(bundle);
});var binding = (function (source, hint) {
    sodium ??= (0,secrets_native/* loadSodium */.O)();
    if (sodium.binding === undefined) {
        throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is a cosign key, and its cipher (NaCl secretbox) needs libsodium, which did not load: ${sodium.reason}`, { hint });
    }
    return sodium.binding;
});var secretboxOpen = (function (ciphertext, nonce, key, source) {
    const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or sign with a PKCS#8 key from \`trust-kit generate-key-pair --format pkcs8\``);
    if (nonce.length !== sodiumBinding.crypto_secretbox_NONCEBYTES || key.length !== sodiumBinding.crypto_secretbox_KEYBYTES)
        return undefined;
    if (ciphertext.length < sodiumBinding.crypto_secretbox_MACBYTES)
        return undefined;
    const message = Buffer.alloc(ciphertext.length - sodiumBinding.crypto_secretbox_MACBYTES);
    let opened = false;
    try {
        opened = sodiumBinding.crypto_secretbox_open_easy(message, ciphertext, nonce, key);
    }
    finally {
        // Only an opened box's plaintext goes to the caller (who wipes it); whatever else was written is wiped here.
        if (!opened)
            message.fill(0);
    }
    return opened ? message : undefined;
});var secretboxSeal = (function (message, nonce, key, source) {
    const sodiumBinding = binding(source, `${WHERE_SODIUM_LOADS}, or write a PKCS#8 key with \`trust-kit generate-key-pair --format pkcs8\``);
    const ciphertext = Buffer.alloc(message.length + sodiumBinding.crypto_secretbox_MACBYTES);
    sodiumBinding.crypto_secretbox_easy(ciphertext, message, nonce, key);
    return ciphertext;
});var findPemBlock = (function (bytes, from = 0) {
    const begin = bytes.indexOf('-----BEGIN ', from);
    if (begin < 0)
        return undefined;
    const labelStart = begin + '-----BEGIN '.length;
    const labelEnd = bytes.indexOf('-----', labelStart);
    if (labelEnd < 0)
        return undefined;
    const label = bytes.toString('latin1', labelStart, Math.min(labelEnd, labelStart + 65));
    if (!PEM_LABEL.test(label))
        return undefined;
    const bodyStart = labelEnd + '-----'.length;
    if (bytes[bodyStart] !== 0x0a && !(bytes[bodyStart] === 0x0d && bytes[bodyStart + 1] === 0x0a))
        return undefined;
    const endLine = `-----END ${label}-----`;
    const end = bytes.indexOf(endLine, bodyStart);
    if (end < 0)
        return undefined;
    return { label, block: bytes.subarray(begin, end + endLine.length), body: bytes.subarray(bodyStart, end) };
});var bufferView = (function (bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
});var toSigningKey = (function (privateKey, source) {
    const details = privateKey.asymmetricKeyDetails;
    if (privateKey.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
        const type = privateKey.asymmetricKeyType;
        throw unsupportedKey(source, type === 'ec' ? `EC ${details?.namedCurve ?? 'unknown curve'}` : type === undefined ? 'unknown' : (KEY_TYPE_NAMES[type] ?? type));
    }
    const publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    // A key file stores the public point beside the private scalar, and Node takes the point as stored: a damaged file pairing
    // one key's scalar with another's point signed, then failed its own verification, blamed on the Sigstore services.
    if (!(0,external_node_crypto_.verify)('sha256', KEY_CHECK, publicKey, (0,external_node_crypto_.sign)('sha256', KEY_CHECK, privateKey))) {
        throw invalidKey(source, 'its public key does not belong to its private key (the file is damaged or was edited)', undefined, 'use the key file as it was made, or make a new pair with `trust-kit generate-key-pair`');
    }
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        privateKey,
        publicKey,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
    };
});var unsupportedKey = (function (source, found) {
    // Said as the letters are read: an EC, an RSA, an Ed25519, an X25519, an unknown, a DSA, a DH key.
    return new SignError('SIGN_KEY_UNSUPPORTED', `${source} holds ${/^D/.test(found) ? 'a' : 'an'} ${found} key; trust-kit signs with ECDSA P-256 keys`, {
        hint: 'create one with `trust-kit generate-key-pair` (or `openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`)',
    });
});var passphraseRequired = (function (source) {
    return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${source} is encrypted and no passphrase was given`, {
        hint: 'set TRUST_KIT_KEY_PASSPHRASE (or COSIGN_PASSWORD for cosign keys) in the environment, from a secret',
    });
});var wrongPassphrase = (function (source, cause) {
    return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase does not decrypt ${source}`, {
        cause,
        hint: 'check that the passphrase secret belongs to this key file',
    });
});var invalidKey = (function (source, detail, cause, hint = 'give a cosign key file, a PKCS#8 PEM private key (optionally encrypted) or an EC PEM key; `trust-kit generate-key-pair` makes one') {
    return new SignError('SIGN_KEY_INVALID', `${source} is not a usable private key: ${detail}`, { cause, hint });
});var parseCosignEnvelope = (function (body, source) {
    let value;
    try {
        value = JSON.parse(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'));
    }
    catch (error) {
        throw invalidKey(source, 'the cosign key body is not base64 JSON', error);
    }
    const envelope = value;
    const params = envelope?.kdf?.params;
    if (envelope?.kdf?.name !== 'scrypt' ||
        envelope.cipher?.name !== 'nacl/secretbox' ||
        typeof envelope.kdf.salt !== 'string' ||
        typeof envelope.cipher.nonce !== 'string' ||
        typeof envelope.ciphertext !== 'string' ||
        !Number.isInteger(params?.N) ||
        !Number.isInteger(params?.r) ||
        !Number.isInteger(params?.p)) {
        throw invalidKey(source, 'the cosign key is not scrypt + nacl/secretbox encrypted as cosign writes it');
    }
    // Damage to these fields would otherwise only fail to open the box, and be reported as the wrong passphrase.
    fieldBytes(envelope.kdf.salt, 'kdf.salt', 1, source);
    fieldBytes(envelope.cipher.nonce, 'cipher.nonce', SECRETBOX_NONCE_BYTES, source, SECRETBOX_NONCE_BYTES);
    fieldBytes(envelope.ciphertext, 'ciphertext', SECRETBOX_MAC_BYTES + 1, source);
    return envelope;
});var fieldBytes = (function (text, field, least, source, most = Number.POSITIVE_INFINITY) {
    const bytes = Buffer.from(text, 'base64');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || bytes.toString('base64') !== text || bytes.length < least || bytes.length > most) {
        const size = least === most ? `${least} bytes` : `at least ${least} bytes`;
        throw invalidKey(source, `its ${field} is not ${size} of base64, as cosign writes it (the key file is damaged)`, undefined, 'get the key file again from where it is kept; a damaged key cannot be repaired, and the passphrase is not what is wrong');
    }
    return bytes;
});var derElements = (function (bytes) {
    const elements = [];
    for (let offset = 0; offset < bytes.length;) {
        const tag = bytes[offset];
        let length = bytes[offset + 1];
        if (tag === undefined || length === undefined)
            return undefined;
        let start = offset + 2;
        if (length & 0x80) {
            const count = length & 0x7f;
            if (count === 0 || count > 4 || start + count > bytes.length)
                return undefined;
            length = bytes.readUIntBE(start, count);
            start += count;
        }
        if (start + length > bytes.length)
            return undefined;
        elements.push({ tag, content: bytes.subarray(start, start + length) });
        offset = start + length;
    }
    return elements;
});var derInteger = (function (element) {
    if (element?.tag !== DER_INTEGER || element.content.length === 0)
        return Number.NaN;
    const digits = element.content[0] === 0 ? element.content.subarray(1) : element.content;
    return digits.length > 6 ? Number.POSITIVE_INFINITY : digits.length === 0 ? 0 : digits.readUIntBE(0, digits.length);
});var sequenceChildren = (function (element) {
    return element?.tag === DER_SEQUENCE ? derElements(element.content) : undefined;
});var checkPkcs8KeyDerivation = (function (der, source) {
    const unreadable = (() => {
        throw invalidKey(source, 'its encryption parameters are not DER as key tools write it, so the cost of deriving its key cannot be checked');
    });
    const [algorithm] = sequenceChildren(derElements(der)?.[0]) ?? unreadable();
    const [oid, params] = sequenceChildren(algorithm) ?? unreadable();
    if (oid === undefined)
        return unreadable();
    let kdf = sequenceChildren(params) ?? unreadable();
    let kdfOid = '';
    if (oid.content.toString('hex') === OID_PBES2) {
        const [derivationOid, derivationParams] = sequenceChildren(kdf[0]) ?? unreadable();
        kdfOid = derivationOid?.content.toString('hex') ?? '';
        kdf = sequenceChildren(derivationParams) ?? unreadable();
    }
    if (kdfOid === OID_SCRYPT) {
        const [N, r, p] = [derInteger(kdf[1]), derInteger(kdf[2]), derInteger(kdf[3])];
        if ([N, r, p].some(Number.isNaN))
            unreadable();
        if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p)
            throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
        return;
    }
    // PBKDF2 under PBES2, and PBES1 and PKCS#12 schemes alike: a salt, then the iteration count.
    if (kdfOid === OID_PBKDF2 || kdfOid === '') {
        const iterations = derInteger(kdf[1]);
        if (Number.isNaN(iterations))
            unreadable();
        if (iterations > MAX_PBKDF2_ITERATIONS)
            throw kdfTooCostly(source, `${iterations === Number.POSITIVE_INFINITY ? 'more than 2^48' : iterations} key derivation iterations`, `${MAX_PBKDF2_ITERATIONS} iterations`);
    }
});var kdfTooCostly = (function (source, asked, most) {
    return new SignError('SIGN_KEY_KDF_TOO_COSTLY', `${source} asks for ${asked}, more work than any key tool writes (at most ${most}); refused before deriving anything`, {
        hint: 'use a key written by `cosign generate-key-pair`, `openssl pkcs8 -topk8` or `trust-kit generate-key-pair`; a key file demanding more is not one they made',
    });
});var decryptCosignKey = (function (body, passphrase, source) {
    const envelope = parseCosignEnvelope(body, source);
    const { N, r, p } = envelope.kdf.params;
    if (N > MAX_COSIGN_SCRYPT.N || r > MAX_COSIGN_SCRYPT.r || p > MAX_COSIGN_SCRYPT.p)
        throw kdfTooCostly(source, `scrypt parameters N=${N}, r=${r}, p=${p}`, `N=${MAX_COSIGN_SCRYPT.N}, r=${MAX_COSIGN_SCRYPT.r}, p=${MAX_COSIGN_SCRYPT.p}`);
    // Checked here rather than left to OpenSSL: a refused scrypt call leaves an error on OpenSSL's
    // queue that makes the next, unrelated key parse in the process fail.
    if (N < 2 || (N & (N - 1)) !== 0 || r < 1 || p < 1) {
        throw invalidKey(source, `its scrypt parameters (N=${N}, r=${r}, p=${p}) are not valid (N a power of two above 1, r and p at least 1)`);
    }
    const secretKey = (0,external_node_crypto_.scryptSync)(passphrase, Buffer.from(envelope.kdf.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    let plaintext;
    try {
        plaintext = secretboxOpen(Buffer.from(envelope.ciphertext, 'base64'), Buffer.from(envelope.cipher.nonce, 'base64'), secretKey, source);
    }
    finally {
        // Wiped whether the box opened, did not, or could not be tried (libsodium did not load).
        secretKey.fill(0);
    }
    if (plaintext === undefined)
        throw wrongPassphrase(source);
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: plaintext, format: 'der', type: 'pkcs8' });
    }
    catch (error) {
        throw invalidKey(source, 'the decrypted cosign key is not PKCS#8', error);
    }
    finally {
        plaintext.fill(0);
    }
});var loadSigningKey = (function (pem, passphrase, source) {
    const bytes = bufferView(pem);
    let found = findPemBlock(bytes);
    if (found === undefined)
        throw invalidKey(source, 'no PEM block (-----BEGIN ... PRIVATE KEY-----) found');
    // Past the blocks OpenSSL passes over; when nothing follows them, the last is what the file holds.
    while (BLOCKS_BEFORE_KEY.has(found.label)) {
        const after = findPemBlock(bytes, found.block.byteOffset - bytes.byteOffset + found.block.length);
        if (after === undefined)
            break;
        found = after;
    }
    const { label, block, body } = found;
    // The bodies of encrypted keys are ciphertext, so they may be read as text.
    if (COSIGN_LABELS.has(label)) {
        const given = passphrase !== undefined && passphrase.length > 0;
        try {
            // cosign's rule: no passphrase is the empty one, which many cosign keys are encrypted with.
            return toSigningKey(decryptCosignKey(body.toString('latin1').trim(), given ? passphrase : new Uint8Array(0), source), source);
        }
        catch (error) {
            if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                throw passphraseRequired(source);
            throw error;
        }
    }
    if (label === 'ENCRYPTED PRIVATE KEY') {
        checkPkcs8KeyDerivation(Buffer.from(body.toString('latin1').replace(/\s+/g, ''), 'base64'), source);
        const given = passphrase !== undefined && passphrase.length > 0;
        try {
            // As for cosign keys: none given is the empty one, which `openssl pkcs8 -topk8 -passout pass:` encrypts with.
            return decryptedPem(block, given ? passphrase : new Uint8Array(0), source);
        }
        catch (error) {
            if (!given && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                throw passphraseRequired(source);
            throw error;
        }
    }
    const traditional = TRADITIONAL_KEY_TYPES[label];
    if (traditional !== undefined)
        throw unsupportedKey(source, traditional);
    if (label === 'OPENSSH PRIVATE KEY')
        throw invalidKey(source, 'it is an OpenSSH private key (ssh-keygen\'s format), which trust-kit does not read', undefined, 'convert a P-256 key with `ssh-keygen -p -m PKCS8 -f KEY` (it rewrites the file), or make one with `trust-kit generate-key-pair`');
    if (label === 'PUBLIC KEY')
        throw invalidKey(source, 'it is a public key', undefined, 'sign with the private half of the pair (PREFIX.key beside PREFIX.pub); the public key is for verifying');
    if (label !== 'PRIVATE KEY' && label !== 'EC PRIVATE KEY')
        throw invalidKey(source, `a "${label}" PEM block is not a private key trust-kit reads`);
    // A SEC1 key encrypted the old OpenSSL way (`openssl ec -aes256`): its headers say so.
    if (label === 'EC PRIVATE KEY' && /^Proc-Type:\s*4,\s*ENCRYPTED/m.test(block.toString('latin1'))) {
        if (passphrase === undefined || passphrase.length === 0)
            throw passphraseRequired(source);
        return decryptedPem(block, passphrase, source);
    }
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem' });
    }
    catch (error) {
        throw invalidKey(source, 'OpenSSL could not parse it', new Error((0,errors/* messageOf */.bD)(error)));
    }
    return toSigningKey(privateKey, source);
});var decryptedPem = (function (block, passphrase, source) {
    try {
        return toSigningKey((0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem', passphrase: bufferView(passphrase) }), source);
    }
    catch (error) {
        if (error instanceof SignError)
            throw error;
        if (/unsupported/i.test((0,errors/* messageOf */.bD)(error))) {
            throw new SignError('SIGN_KEY_UNSUPPORTED', `${source} is encrypted with a cipher or key derivation OpenSSL 3 no longer reads by default (DES, or PKCS#5 v1.5), whatever the passphrase`, {
                cause: new Error((0,errors/* messageOf */.bD)(error)),
                hint: 'encrypt it again with AES: `openssl pkcs8 -topk8 -v2 aes-256-cbc -provider legacy -provider default -in OLD.key -out NEW.key`, or make a new key with `trust-kit generate-key-pair`',
            });
        }
        throw wrongPassphrase(source, new Error((0,errors/* messageOf */.bD)(error)));
    }
});var pemLines = (function (base64) {
    return base64.replace(/.{1,64}/g, '$&\n');
});var pemOf = (function (label, der) {
    const begin = Buffer.from(`-----BEGIN ${label}-----\n`);
    const end = Buffer.from(`-----END ${label}-----\n`);
    const chars = Math.ceil(der.length / 3) * 4;
    const out = Buffer.alloc(begin.length + chars + Math.ceil(chars / 64) + end.length);
    let at = begin.copy(out);
    let written = 0;
    const put = ((char) => {
        out[at++] = char;
        written += 1;
        if (written % 64 === 0)
            out[at++] = 0x0a;
    });
    for (let index = 0; index < der.length; index += 3) {
        const a = der[index];
        const b = der[index + 1] ?? 0;
        const c = der[index + 2] ?? 0;
        put(BASE64_DIGITS[a >> 2]);
        put(BASE64_DIGITS[((a & 3) << 4) | (b >> 4)]);
        put(index + 1 < der.length ? BASE64_DIGITS[((b & 15) << 2) | (c >> 6)] : 0x3d);
        put(index + 2 < der.length ? BASE64_DIGITS[c & 63] : 0x3d);
    }
    if (written % 64 !== 0)
        out[at++] = 0x0a;
    end.copy(out, at);
    return out;
});var encryptCosignKey = (function (pkcs8, passphrase, source) {
    const salt = (0,external_node_crypto_.randomBytes)(32);
    const nonce = (0,external_node_crypto_.randomBytes)(SECRETBOX_NONCE_BYTES);
    const { N, r, p } = COSIGN_SCRYPT;
    const secretKey = (0,external_node_crypto_.scryptSync)(passphrase, salt, SECRETBOX_KEY_BYTES, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
    let ciphertext;
    try {
        ciphertext = secretboxSeal(pkcs8, nonce, secretKey, source);
    }
    finally {
        secretKey.fill(0);
    }
    const envelope = {
        kdf: { name: 'scrypt', params: { N, r, p }, salt: salt.toString('base64') },
        cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
        ciphertext: ciphertext.toString('base64'),
    };
    const body = Buffer.from(JSON.stringify(envelope)).toString('base64');
    return Buffer.from(`-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n${pemLines(body)}-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n`);
});var derElement = (function (tag, ...contents) {
    const body = Buffer.concat(contents);
    const length = body.length < 0x80 ? [body.length] : body.length < 0x100 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
    return Buffer.concat([Buffer.from([tag, ...length]), body]);
});var derUnsigned = (function (value) {
    const bytes = [];
    for (let rest = value; rest > 0 || bytes.length === 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest % 256);
    if ((bytes[0] ?? 0) & 0x80)
        bytes.unshift(0);
    return derElement(0x02, Buffer.from(bytes));
});var encryptPkcs8 = (function (pkcs8, passphrase) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    const iv = (0,external_node_crypto_.randomBytes)(16);
    const key = (0,external_node_crypto_.pbkdf2Sync)(passphrase, salt, PKCS8_PBKDF2_ITERATIONS, 32, 'sha256');
    let ciphertext;
    try {
        const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-cbc', key, iv);
        ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
    }
    finally {
        key.fill(0);
    }
    const SEQUENCE = 0x30;
    const OCTET_STRING = 0x04;
    const kdf = derElement(SEQUENCE, DER_OID.pbkdf2, derElement(SEQUENCE, derElement(OCTET_STRING, salt), derUnsigned(PKCS8_PBKDF2_ITERATIONS), derElement(SEQUENCE, DER_OID.hmacWithSha256, Buffer.from([0x05, 0x00]))));
    const scheme = derElement(SEQUENCE, DER_OID.aes256Cbc, derElement(OCTET_STRING, iv));
    const info = derElement(SEQUENCE, derElement(SEQUENCE, DER_OID.pbes2, derElement(SEQUENCE, kdf, scheme)), derElement(OCTET_STRING, ciphertext));
    return Buffer.from(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${pemLines(info.toString('base64'))}-----END ENCRYPTED PRIVATE KEY-----\n`);
});var generateSigningKeyPair = (function (passphrase, format = 'cosign', source = 'the new private key') {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    let privateKeyPem;
    if (format === 'cosign') {
        // The plaintext key leaves OpenSSL only into protected memory, and only to be sealed.
        const pkcs8 = secrets/* SecretBuffer */.pP.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use(((bytes) => encryptCosignKey(bytes, passphrase ?? new Uint8Array(0), source)));
        }
        finally {
            pkcs8.destroy();
        }
    }
    else if (passphrase !== undefined && passphrase.length > 0) {
        const pkcs8 = secrets/* SecretBuffer */.pP.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use(((bytes) => encryptPkcs8(bytes, passphrase)));
        }
        finally {
            pkcs8.destroy();
        }
    }
    else {
        // Not export({ format: 'pem' }): that returns the clear key as a JavaScript string, which no one can zero.
        const pkcs8 = secrets/* SecretBuffer */.pP.from(privateKey.export({ type: 'pkcs8', format: 'der' }), { masked: false });
        try {
            privateKeyPem = pkcs8.use(((bytes) => pemOf('PRIVATE KEY', bytes)));
        }
        finally {
            pkcs8.destroy();
        }
    }
    const der = publicKey.export({ type: 'spki', format: 'der' });
    return {
        privateKeyPem,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
    };
});var ephemeralSigningKey = (function () {
    const { privateKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    return toSigningKey(privateKey, 'a key made for this run');
});var policyFor = (function (expected) {
    // A local key signs offline: its bundles have no log entry, and users are told to verify them with --insecure-ignore-tlog.
    if (expected.kind === 'key')
        return { kind: 'key', publicKey: expected.publicKey, source: expected.source, transparencyLog: 'ignored' };
    return {
        kind: 'certificate',
        identity: expected.identity === undefined ? (0,verify/* matching */.wC)('.+') : (0,verify/* exactly */.pV)(expected.identity),
        issuer: (0,verify/* exactly */.pV)(expected.issuer),
        extensions: {},
    };
});var checkBundle = (function (bundle, artifact, expected, name) {
    try {
        (0,verify/* verifyBundle */.IF)(bundle, artifact, policyFor(expected), expected.kind === 'key' ? undefined : expected.trust);
    }
    catch (error) {
        const code = (0,errors/* isTrustKitError */.Nf)(error) ? `${error.code}: ` : '';
        throw new SignError('SIGN_SELF_VERIFY_FAILED', `the bundle made for ${name} does not verify (${code}${(0,errors/* messageOf */.bD)(error)}); it was not written`, {
            cause: error,
            hint: (0,errors/* isTrustKitError */.Nf)(error) && error.code === 'VERIFY_CERTIFICATE_EXPIRED' ? CLOCKS_HINT : SERVICES_HINT,
        });
    }
});var serviceBaseURL = (function (url) {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href.replace(/\/+$/, '');
});var ownError = (function (error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
        if ((0,errors/* isTrustKitError */.Nf)(current))
            return current;
        current = current.cause;
    }
    return undefined;
});var withoutTokens = (function (message) {
    return message.replace(/eyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)*/g, '[redacted token]');
});var serviceMessage = (function (body) {
    const text = body.subarray(0, 64 * 1024).toString('utf8');
    let said = text;
    try {
        const message = JSON.parse(text)?.message;
        if (typeof message === 'string')
            said = message;
    }
    catch {
        // Not JSON (an HTML page, plain text): what it says is quoted as it is, bounded.
    }
    // Redacted before it is cut: cut first, a token the service echoed after padding lost the end the redaction matches.
    return (0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)(withoutTokens(said)), 300);
});var badResponse = (function (service, method, url, problem, cause) {
    return new SigningServiceError(service, method, url, 'bad-response', problem, {
        ...(cause === undefined ? {} : { cause }),
        hint: `${service} answered, but not as ${service} does: check that the URL is the service's (not a proxy, captive portal or another API) and that it is up; files already written are kept`,
    });
});var serviceError = (function (service, method, url, status, detail, options = {}) {
    const retriable = typeof status === 'number' ? (0,retry/* isTransientStatus */.Dm)(status) : status === 'timeout' || status === 'connection';
    const hint = options.hint ??
        (retriable
            ? `${service} kept failing through every retry; check its status page (or the --${service.toLowerCase()}-url you gave) and re-run: files already written are kept`
            : `${service} refused the request; the message above says why. Files already written are kept`);
    return new SigningServiceError(service, method, url, status, detail, { ...(options.cause === undefined ? {} : { cause: options.cause }), hint });
});var serviceFailure = (function (service, method, url, error) {
    const ours = ownError(error);
    if (ours !== undefined)
        return ours;
    const code = error.code;
    if (typeof code === 'string' && code.startsWith('IDENTITY_TOKEN_')) {
        // sigstore-js's own message quotes the token: never pass it on.
        return new SignError('SIGN_TOKEN_INVALID', `the identity token could not be read or used before reaching ${service} (${code})`, {
            hint: 'pass an OIDC token for the audience "sigstore" with a "sub" claim (GitHub Actions: `id-token: write`)',
        });
    }
    // The answer arrived but sigstore-js could not build on it: JSON of another shape than the service's.
    const inner = error.cause ?? error;
    const message = inner instanceof Error ? (0,quote/* boundedText */.LD)((0,secrets/* redact */.E$)(withoutTokens(inner.message))) : '';
    return badResponse(service, method, url, `a body of another shape than the service's${message === '' ? '' : ` (${message})`}`, error);
});var readReply = (async function (response, ok) {
    const body = response.body;
    if (body === null)
        return Buffer.alloc(0);
    if (ok)
        return (0,capped_body/* readCapped */.E)({ chunks: body, declaredLength: response.headers.get('content-length'), close: (() => body.cancel()) }, MAX_SERVICE_REPLY_BYTES, (() => new ReplyTooLarge()));
    const chunks = [];
    let bytes = 0;
    // Leaving the loop cancels the stream, which closes the connection.
    for await (const chunk of body) {
        chunks.push(chunk);
        bytes += chunk.length;
        if (bytes >= MAX_ERROR_BYTES)
            break;
    }
    return Buffer.concat(chunks, bytes).subarray(0, MAX_ERROR_BYTES);
});var classify = (function (error) {
    if (error instanceof StatusFailure) {
        if (!error.transient)
            return 'permanent';
        return error.retryAfterMs === undefined ? 'transient' : { retryAfterMs: error.retryAfterMs };
    }
    // A proxy that did not open a tunnel may next time; one that wants credentials will not.
    if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
        return error.code === 'PROXY_AUTH_REQUIRED' ? 'permanent' : 'transient';
    // A refusal read from the answer, an answer too big: no retry changes them.
    if ((0,errors/* isTrustKitError */.Nf)(error) || error instanceof ReplyTooLarge)
        return 'permanent';
    // No answer, a reset (before or in the middle of the body), a timeout: the next attempt may get through.
    return 'transient';
});var redirectOrigin = (function (location, base) {
    try {
        return new URL(location, base).origin;
    }
    catch {
        return 'an address that is no URL';
    }
});var replaceClient = (function (owner, path, replacement) {
    let holder = owner;
    for (const key of path.slice(0, -1))
        holder = holder?.[key];
    const last = path.at(-1) ?? '';
    // Not a user's error: an upgrade of @sigstore/sign that moved its clients. The signing tests fail on it at once.
    if (typeof holder !== 'object' || holder === null || typeof holder[last] !== 'object') {
        throw new Error(`@sigstore/sign has no client at ${path.join('.')}: trust-kit's signing transport must be fitted to this version`);
    }
    holder[last] = replacement;
});var routeFulcio = (function (signer, baseURL, client) {
    const url = `${baseURL}/api/v2/signingCert`;
    replaceClient(signer, ['ca', 'fulcio'], {
        createSigningCertificate: (async (request) => client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(request) }))),
    });
});var rekorEntry = (function (client, method, url, data) {
    const entries = typeof data === 'object' && data !== null && !Array.isArray(data) ? Object.entries(data) : [];
    const [first] = entries;
    if (entries.length !== 1 || first === undefined || typeof first[1] !== 'object' || first[1] === null) {
        throw badResponse(client.service, method, url, `a body of another shape than the service's (${entries.length} entries where one is expected)`);
    }
    return { ...first[1], uuid: first[0] };
});var routeRekorV1 = (function (witness, baseURL, client) {
    const entries = `${baseURL}/api/v1/log/entries`;
    const getEntry = (async (uuid) => {
        const url = `${entries}/${uuid}`;
        return rekorEntry(client, 'GET', url, client.json('GET', url, await client.send('GET', url)));
    });
    replaceClient(witness, ['tlogV1', 'rekor'], {
        createEntry: (async (proposed) => {
            const reply = await client.send('POST', entries, { body: JSON.stringify(proposed), accepted: [409] });
            if (reply.status !== 409)
                return rekorEntry(client, 'POST', entries, client.json('POST', entries, reply));
            const uuid = reply.location?.split('/').pop() ?? '';
            // Entry UUIDs are hex (64 digits, or 80 with the tree's ID): anything else in the path would reach another URL.
            if (!/^[0-9a-f]{64}(?:[0-9a-f]{16})?$/i.test(uuid))
                throw badResponse(client.service, 'POST', entries, 'a 409 "entry already exists" whose Location names no entry UUID');
            return getEntry(uuid);
        }),
        getEntry,
    });
});var routeRekorV2 = (function (witness, baseURL, client) {
    const url = `${baseURL}/api/v2/log/entries`;
    replaceClient(witness, ['tlogV2', 'rekor'], {
        createEntry: (async (request) => {
            const data = client.json('POST', url, await client.send('POST', url, { body: JSON.stringify(v2.CreateEntryRequest.toJSON(request)) }));
            try {
                return protobuf_specs_dist.TransparencyLogEntry.fromJSON(data);
            }
            catch (error) {
                throw badResponse(client.service, 'POST', url, 'a body of another shape than the service\'s', error);
            }
        }),
    });
});var timestampURL = (function (baseURL) {
    return new URL(baseURL).pathname === '/' ? `${baseURL}/api/v1/timestamp` : baseURL;
});var timeStampRequest = (function (sha256) {
    // MessageImprint: AlgorithmIdentifier { id-sha256 } without parameters (RFC 5754), then the digest.
    const imprint = Buffer.concat([Buffer.from('302f300b0609608648016503040201', 'hex'), Buffer.from([0x04, 0x20]), sha256]);
    return Buffer.concat([Buffer.from([0x30, 0x34, 0x02, 0x01, 0x01]), imprint]);
});var routeTimestampAuthority = (function (witness, baseURL, client) {
    const url = timestampURL(baseURL);
    replaceClient(witness, ['tsa', 'tsa'], {
        createTimestamp: (async (request) => {
            const digest = typeof request.artifactHash === 'string' ? Buffer.from(request.artifactHash, 'base64') : Buffer.alloc(0);
            if (request.hashAlgorithm !== 'sha256' || digest.length !== 32)
                throw new Error(`sigstore-js asked for a timestamp of a ${String(request.hashAlgorithm)} digest of ${digest.length} bytes, where trust-kit sends SHA-256 ones`);
            // Any type: a timestamp authority answers DER whatever it calls it.
            return (await client.send('POST', url, { body: timeStampRequest(digest), contentType: 'application/timestamp-query', accept: '*/*' })).body;
        }),
    });
});var subjectAlternativeName = (function (certificate) {
    // Node lists SANs as `URI:value, email:value`, quoting a value (JSON) when it holds a comma or quote.
    const first = /^(?:URI|email):("(?:[^"\\]|\\.)*"|[^,]*)/.exec(certificate.subjectAltName ?? '')?.[1];
    if (first === undefined || first === '')
        return undefined;
    return first.startsWith('"') ? JSON.parse(first) : first;
});var githubEndpoints = (function (serverURL = 'https://github.com') {
    const host = new URL(serverURL).host;
    const base = host === 'github.com' ? 'githubapp.com' : host;
    return { fulcioURL: `https://fulcio.${base}`, tsaURL: `https://timestamp.${base}` };
});var assertStatement = (function (statement, name) {
    const problems = [];
    if (statement._type !== IN_TOTO_STATEMENT_V1)
        problems.push(`_type is "${String(statement._type)}", expected "${IN_TOTO_STATEMENT_V1}"`);
    if (!Array.isArray(statement.subject) || statement.subject.length === 0)
        problems.push('it has no subject');
    else if (statement.subject.some(((subject) => typeof subject?.name !== 'string' || Object.keys(subject.digest ?? {}).length === 0))) {
        problems.push('a subject lacks a name or a digest');
    }
    if (typeof statement.predicateType !== 'string' || statement.predicateType === '')
        problems.push('predicateType is missing');
    if (problems.length > 0) {
        throw new SignError('SIGN_STATEMENT_INVALID', `the in-toto statement for ${name} is not valid: ${problems.join('; ')}`, {
            hint: 'build statements with the attestation helpers; subjects need a name and a digest',
        });
    }
});var subjectDigest = (function (statement) {
    const digest = statement.subject[0]?.digest ?? {};
    for (const algorithm of ['sha512', 'sha384', 'sha256']) {
        const hex = digest[algorithm];
        if (hex !== undefined)
            return { digest: { algorithm, hex: hex.toLowerCase() } };
    }
    throw new SignError('SIGN_STATEMENT_INVALID', 'the statement\'s first subject has no sha256, sha384 or sha512 digest', {
        hint: 'give every subject a sha256 digest, as gh attestation verify and cosign expect',
    });
});var rekorWitness = (function (rekorURL, entryType, options, majorApiVersion = 1) {
    const base = serviceBaseURL(rekorURL);
    if (majorApiVersion === 2) {
        const retry = { ...options.retry, timeoutMs: Math.max(options.retry.timeoutMs, REKOR_V2_TIMEOUT_MS) };
        const rekor = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: base, majorApiVersion: 2 });
        routeRekorV2(rekor, base, new ServiceClient('Rekor', { ...options, retry }));
        return new ReportingWitness(new RekorV2Witness(rekor), 'Rekor', `${base}/api/v2/log/entries`);
    }
    const rekor = new sign_dist/* RekorWitness */.fU({ rekorBaseURL: base, entryType });
    routeRekorV1(rekor, base, new ServiceClient('Rekor', options));
    return new ReportingWitness(rekor, 'Rekor', `${base}/api/v1/log/entries`);
});var keylessWitnesses = (function (endpoints, instance, options, entryType) {
    const witnesses = [];
    if (instance === 'public-good' && endpoints.rekorURL !== undefined)
        witnesses.push(rekorWitness(endpoints.rekorURL, entryType, options, endpoints.rekorApiVersion));
    if (endpoints.tsaURL !== undefined) {
        const base = serviceBaseURL(endpoints.tsaURL);
        const tsa = new sign_dist/* TSAWitness */.gs({ tsaBaseURL: base });
        routeTimestampAuthority(tsa, base, new ServiceClient('TSA', options));
        witnesses.push(new ReportingWitness(tsa, 'TSA', timestampURL(base)));
    }
    return witnesses;
});var assemble = (function (options) {
    const { backend } = options;
    // One deadline for every service of a signature: the signature's time, not each service's.
    const deadline = options.timeoutMs === undefined ? undefined : new SigningDeadline(options.timeoutMs);
    const services = { retry: options.retry, proxy: options.proxy, deadline };
    if (backend.instance === 'key') {
        const signer = new LocalKeySigner(backend.key);
        return {
            builders: bundleBuilders(signer, [], []),
            expected: (() => ({ kind: 'key', publicKey: backend.key.publicKey, source: 'the signing key' })),
            certificateIdentity: (() => undefined),
            deadline: undefined,
        };
    }
    if (backend.endpoints.rekorApiVersion === 2 && backend.endpoints.rekorURL !== undefined && backend.endpoints.tsaURL === undefined) {
        throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `the Rekor v2 log ${backend.endpoints.rekorURL} records no integration time, and no timestamp authority is named to date the signature`, {
            hint: 'give a timestamp authority as well (--tsa-url, input "tsa-url"; or a signing config listing one in tsaUrls)',
        });
    }
    const signer = new KeylessSigner({
        fulcioURL: serviceBaseURL(backend.endpoints.fulcioURL),
        identity: { getToken: (() => backend.identity.token()) },
        client: new ServiceClient('Fulcio', services),
    });
    return {
        builders: bundleBuilders(signer, keylessWitnesses(backend.endpoints, backend.instance, services, undefined), keylessWitnesses(backend.endpoints, backend.instance, services, 'dsse')),
        expected: (() => ({
            kind: 'certificate',
            identity: backend.identity.expectedIdentity,
            issuer: backend.identity.issuer,
            trust: backend.trust,
        })),
        certificateIdentity: (() => signer.certificateIdentity()),
        deadline,
    };
});var lostRekorV2Entry = (function (error) {
    return error instanceof SigningServiceError && error.service === 'Rekor' && error.status === 409 && error.url.endsWith('/api/v2/log/entries');
});var buildOnce = (async function (create) {
    try {
        return await create();
    }
    catch (error) {
        if (!lostRekorV2Entry(error))
            throw error;
        return create();
    }
});var createSigningSession = (function (options) {
    const { builders, expected, certificateIdentity, deadline } = assemble(options);
    // Each signature, the Rekor v2 re-sign included, within its own deadline.
    const signature = ((create) => (deadline === undefined ? buildOnce(create) : deadline.signature((() => buildOnce(create)))));
    const finish = ((bundle, artifact, name) => {
        const serialized = serializeBundle(bundle);
        checkBundle(serialized, artifact, expected(), name);
        return { bundle: serialized, text: `${JSON.stringify(serialized)}\n` };
    });
    const session = {
        instance: options.backend.instance,
        certificateIdentity,
        async signBlob(data, name) {
            return finish(await signature((() => builders.blob.create({ data }))), { bytes: data }, name);
        },
        async signStatement(statement, name) {
            assertStatement(statement, name);
            const artifact = subjectDigest(statement);
            const data = Buffer.from(JSON.stringify(statement), 'utf8');
            return finish(await signature((() => builders.statement.create({ data, type: IN_TOTO_PAYLOAD_TYPE }))), artifact, name);
        },
        async signFile(path, bundlePath = (0,bundle_path/* defaultBundlePath */.Fq)(path)) {
            let data;
            try {
                data = await (0,files/* readRegularFile */.XF)(path, { maxBytes: files/* INPUT_LIMITS */.Ef.artifactWhole, what: 'artifact', unchanged: true });
            }
            catch (error) {
                if ((0,errors/* isTrustKitError */.Nf)(error))
                    throw error;
                const { why, hint } = (0,errors/* readFailure */.f1)(error, 'the file');
                throw new SignError('SIGN_INPUT_UNREADABLE', `cannot read ${path}: ${why}`, { cause: error, hint });
            }
            const signed = await session.signBlob(data, path);
            await (0,files/* writeFileAtomic */.qD)(bundlePath, signed.text);
            return bundlePath;
        },
    };
    return session;
});var invalid = (function (source, message) {
    throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${source}: ${message}`, {
        hint: `pass a signing configuration with mediaType ${SIGNING_CONFIG_MEDIA_TYPE} (the format of cosign's --signing-config and of the public-good TUF target signing_config.v0.2.json)`,
    });
});var time = (function (value, source, where) {
    const date = typeof value === 'string' ? (0,shape/* parseRfc3339 */.TM)(value) : undefined;
    if (date === undefined)
        invalid(source, `${where} is ${(0,quote/* quoted */.TL)(value ?? null)}, expected an RFC 3339 time with its offset (2025-04-01T00:00:00Z)`);
    return date;
});var services = (function (value, source, field, supported) {
    // null is absent, as protobuf's JSON mapping (cosign, sigstore-go) and trust-kit's bundle reader take it.
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        invalid(source, `${field} is not a list`);
    if (value.length > MAX_SERVICES)
        invalid(source, `${field} lists ${value.length} services; at most ${MAX_SERVICES} are read`);
    return value.map(((entry, index) => {
        const where = `${field}[${index}]`;
        const { url, majorApiVersion: given, validFor, operator } = (typeof entry === 'object' && entry !== null ? entry : {});
        const majorApiVersion = given ?? 0;
        if (typeof majorApiVersion !== 'number' || !Number.isInteger(majorApiVersion) || majorApiVersion < 0)
            invalid(source, `${where}.majorApiVersion is ${(0,quote/* quoted */.TL)(given)}, expected a whole number (0 for a service not yet released)`);
        const { start, end } = (typeof validFor === 'object' && validFor !== null ? validFor : {});
        const times = { validFrom: time(start, source, `${where}.validFor.start`), validTo: end === undefined || end === null ? undefined : time(end, source, `${where}.validFor.end`) };
        if (!supported.includes(majorApiVersion))
            return { url: typeof url === 'string' ? url : '', majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
        let parsed;
        try {
            parsed = typeof url === 'string' ? new URL(url) : undefined;
        }
        catch {
            parsed = undefined;
        }
        // The URL parser drops tabs and newlines silently; what a config spells is what is printed and used, so it may hold none.
        if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || [...url].some(((char) => char <= ' ' || char === '\u007f')))
            invalid(source, `${where}.url is ${(0,quote/* quoted */.TL)(url ?? null)}, expected an http(s) URL (without blanks or control characters)`);
        if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '')
            invalid(source, `${where}.url must carry no credentials, query string or fragment`);
        return { url: url, majorApiVersion, ...times, operator: typeof operator === 'string' ? operator : '' };
    }));
});var selector = (function (value, source, field, listed) {
    if (value === undefined || value === null) {
        if (listed)
            invalid(source, `${field} is missing: say how many of the services listed to use (\`{"selector": "ANY"}\` for one, ALL, or EXACT with a count)`);
        return { selector: 'ANY' };
    }
    const { selector: name, count } = (typeof value === 'object' && value !== null ? value : {});
    if (typeof name !== 'string' || !SELECTORS.has(name))
        invalid(source, `${field}.selector is ${(0,quote/* quoted */.TL)(name ?? null)}, expected ALL, ANY or EXACT`);
    if (name !== 'EXACT')
        return { selector: name };
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        invalid(source, `${field}.count is ${(0,quote/* quoted */.TL)(count ?? null)}, expected a positive integer with selector EXACT`);
    return { selector: 'EXACT', count };
});var parseSigningConfig = (function (json, source) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        invalid(source, 'is not a JSON object');
    const document = json;
    if (document['mediaType'] !== SIGNING_CONFIG_MEDIA_TYPE)
        invalid(source, `${document['mediaType'] === undefined ? 'mediaType is missing' : `mediaType is ${(0,quote/* quoted */.TL)(document['mediaType'])}`}, expected ${SIGNING_CONFIG_MEDIA_TYPE}`);
    const rekorTlogUrls = services(document['rekorTlogUrls'], source, 'rekorTlogUrls', SUPPORTED_API_VERSIONS.tlog);
    const tsaUrls = services(document['tsaUrls'], source, 'tsaUrls', SUPPORTED_API_VERSIONS.tsa);
    return {
        source,
        caUrls: services(document['caUrls'], source, 'caUrls', SUPPORTED_API_VERSIONS.ca),
        rekorTlogUrls,
        tsaUrls,
        rekorTlogConfig: selector(document['rekorTlogConfig'], source, 'rekorTlogConfig', rekorTlogUrls.length > 0),
        tsaConfig: selector(document['tsaConfig'], source, 'tsaConfig', tsaUrls.length > 0),
    };
});var signing_config_select = (function (list, supported, config, now, source, field) {
    const newestFirst = [...list].sort(((a, b) => b.validFrom.getTime() - a.validFrom.getTime()));
    let chosen = [];
    for (const version of [...supported].sort(((a, b) => b - a))) {
        const operators = new Set();
        chosen = newestFirst.filter(((service) => {
            // validFor is a closed range: a service is valid at its end too (the spec; sigstore-go).
            if (service.majorApiVersion !== version || service.validFrom > now || (service.validTo !== undefined && service.validTo < now) || operators.has(service.operator))
                return false;
            operators.add(service.operator);
            return true;
        }));
        if (chosen.length > 0)
            break;
    }
    if (config.selector === 'ALL')
        return chosen;
    if (config.selector === 'ANY')
        return chosen.slice(0, 1);
    if (chosen.length < config.count)
        invalid(source, `${field} selects exactly ${config.count} services, but only ${chosen.length} of API version ${supported.join(' or ')} are valid at ${now.toISOString()}`);
    return chosen.slice(0, config.count);
});var selectServices = (function (config, now) {
    const [ca] = signing_config_select(config.caUrls, SUPPORTED_API_VERSIONS.ca, { selector: 'ANY' }, now, config.source, 'caUrls');
    if (ca === undefined)
        invalid(config.source, `caUrls names no certificate authority of API version ${SUPPORTED_API_VERSIONS.ca.join(', ')} valid at ${now.toISOString()}`);
    const tlogs = signing_config_select(config.rekorTlogUrls, SUPPORTED_API_VERSIONS.tlog, config.rekorTlogConfig, now, config.source, 'rekorTlogUrls');
    if (config.rekorTlogUrls.length > 0 && tlogs.length === 0)
        invalid(config.source, `rekorTlogUrls names no transparency log of API version ${SUPPORTED_API_VERSIONS.tlog.join(' or ')} valid at ${now.toISOString()}`);
    const tsas = signing_config_select(config.tsaUrls, SUPPORTED_API_VERSIONS.tsa, config.tsaConfig, now, config.source, 'tsaUrls');
    if (config.tsaUrls.length > 0 && tsas.length === 0)
        invalid(config.source, `tsaUrls names no timestamp authority of API version ${SUPPORTED_API_VERSIONS.tsa.join(', ')} valid at ${now.toISOString()}`);
    return {
        fulcioURL: ca.url,
        tlogs: tlogs.map(((log) => ({ url: log.url, majorApiVersion: log.majorApiVersion }))),
        // The full endpoint, posted to as it is: a prefix before /api/v1/timestamp (a TSA behind a gateway) was dropped with it.
        tsaURLs: tsas.map(((tsa) => tsa.url)),
    };
});var takePassphrase = (function (env, setButEmpty) {
    let taken;
    try {
        for (const variable of PASSPHRASE_VARIABLES) {
            if (!(variable in env))
                continue;
            try {
                const secret = secrets/* SecretBuffer */.pP.fromEnv(variable, env);
                if (taken === undefined) {
                    taken = { secret, variable, unused: [] };
                }
                else {
                    secret.destroy();
                    taken.unused.push(variable);
                }
            }
            catch (error) {
                // Set but empty: the next variable may hold it.
                if (!((0,errors/* isTrustKitError */.Nf)(error) && (error.code === 'SECRET_ENV_MISSING' || error.code === 'SECRET_EMPTY')))
                    throw error;
                setButEmpty?.push(variable);
            }
        }
    }
    catch (error) {
        taken?.secret.destroy();
        throw error;
    }
    return taken;
});var readKey = (async function (path, env, logger, given) {
    let read = false;
    // As the user gave it (--key, input "key"), quoted as every other path in an error: one with blanks or odd characters is then told whole.
    const shown = (0,quote/* quoted */.TL)(given);
    try {
        const key = await secrets/* SecretBuffer */.pP.useFile(path, { maxBytes: files/* INPUT_LIMITS */.Ef.privateKey, what: 'private key', masked: false }, ((pem, file) => {
            read = true;
            const empty = [];
            const passphrase = takePassphrase(env, empty);
            let loaded;
            try {
                loaded = passphrase === undefined ? loadSigningKey(pem, undefined, shown) : passphrase.secret.use(((pass) => loadSigningKey(pem, pass, shown)));
            }
            catch (error) {
                if (passphrase !== undefined && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_WRONG')
                    throw wrongPassphraseFrom(passphrase, shown, error);
                if (passphrase === undefined && empty.length > 0 && error instanceof SignError && error.code === 'SIGN_KEY_PASSPHRASE_REQUIRED')
                    throw emptyPassphrase(empty, shown, error);
                throw error;
            }
            finally {
                passphrase?.secret.destroy();
            }
            // Once it is known to be a private key: a public key given by mistake is readable by all, as it should be.
            warnIfReadableByOthers(path, file.mode, logger);
            return loaded;
        }));
        return key;
    }
    catch (error) {
        // Coded errors of the read (not a regular file, too large, empty) say what is wrong themselves; the file that could not be opened or read is the key's.
        if (read || ((0,errors/* isTrustKitError */.Nf)(error) && error.code !== 'SECRET_FILE_UNREADABLE'))
            throw error;
        const cause = (0,errors/* isTrustKitError */.Nf)(error) ? (error.cause ?? error) : error;
        throw new SignError('SIGN_KEY_INVALID', `cannot read the key ${shown}: ${(0,errors/* systemErrorCode */.vq)(cause) ?? (0,errors/* messageOf */.bD)(cause)}`, {
            cause: error,
            hint: 'check the --key path (input "key"); `trust-kit generate-key-pair` writes trust-kit.key and trust-kit.pub',
        });
    }
});var wrongPassphraseFrom = (function (taken, shown, cause) {
    const others = taken.unused.join(' and ');
    return new SignError('SIGN_KEY_PASSPHRASE_WRONG', `the passphrase in ${taken.variable} does not decrypt ${shown}`, {
        cause,
        hint: others === ''
            ? `check that the secret in ${taken.variable} belongs to this key file`
            : `${others} is set too, but ${taken.variable} comes first and is the one used: give ${taken.variable} this key's passphrase, or unset it`,
    });
});var emptyPassphrase = (function (empty, shown, cause) {
    return new SignError('SIGN_KEY_PASSPHRASE_REQUIRED', `${shown} is encrypted, and ${empty.join(' and ')} ${empty.length === 1 ? 'is' : 'are'} set but empty`, {
        cause,
        hint: 'an empty value is most often a secret whose name is misspelt, or one a workflow run does not get (a pull request from a fork gets no secrets): check the secret the variable is set from',
    });
});var readGivenTrust = (async function (trustedRoot, context) {
    let text;
    try {
        text = (await (0,files/* readRegularFile */.XF)((0,external_node_path_.resolve)(context.cwd, trustedRoot), { maxBytes: files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'trusted root', shown: trustedRoot })).toString('utf8');
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        // Given, but unreadable: the code verification gives such a file (SIGN_TRUSTED_ROOT_REQUIRED is for none given).
        throw new verify/* VerifyError */.Gz('SIGSTORE_INPUT_UNREADABLE', `cannot read the trusted root ${trustedRoot}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, {
            cause: error,
            hint: 'check the --trusted-root path (input "trusted-root")',
        });
    }
    return (0,verify/* loadTrustMaterial */.ak)(text, trustedRoot);
});var readInstanceTrust = (async function (config, context, instance) {
    if (instance === 'public-good' && config.fulcioURL === undefined && config.rekorURL === undefined && config.signingConfig === undefined)
        return (0,verify/* loadPublicGoodTrustMaterial */.cx)({ proxy: (0,proxy.proxySettingsFrom)(context.env), logger: context.logger, purpose: 'sign' });
    // GitHub's TUF repository vouches for github.com's instance only: custom URLs or a GitHub Enterprise Server are other deployments.
    const githubDotCom = context.github !== undefined || new URL(context.run.serverURL).host === 'github.com';
    if (instance === 'github' && config.fulcioURL === undefined && config.tsaURL === undefined && config.signingConfig === undefined && githubDotCom)
        return (0,verify/* loadGitHubTrustMaterial */.PP)({ ...context.github?.tuf, proxy: (0,proxy.proxySettingsFrom)(context.env), logger: context.logger, purpose: 'sign' });
    const what = config.signingConfig !== undefined
        ? `the services of the signing config ${config.signingConfig}`
        : instance === 'github' ? `GitHub's instance at ${config.fulcioURL === undefined && config.tsaURL === undefined ? context.run.serverURL : 'custom URLs'}` : 'a custom Fulcio';
    throw new SignError('SIGN_TRUSTED_ROOT_REQUIRED', `signing with ${what} needs its trusted root, to verify every bundle before it is written`, {
        hint: instance === 'github'
            ? 'write it with `gh attestation trusted-root > trusted_root.jsonl` (gh is on GitHub\'s runners; it lists GitHub\'s instance) and pass `trusted-root: trusted_root.jsonl` (CLI: --trusted-root)'
            : 'pass the trusted_root.json of your Sigstore deployment with --trusted-root (input "trusted-root")',
    });
});var expectedIdentity = (function (token, serverURL) {
    const { claims } = token;
    if (typeof claims.job_workflow_ref === 'string' && claims.job_workflow_ref !== '')
        return `${serverURL.replace(/\/+$/, '')}/${claims.job_workflow_ref}`;
    if (typeof claims.email === 'string' && claims.email !== '')
        return claims.email;
    return undefined;
});var sourceRepository = (function (token, serverURL) {
    const { repository, iss } = token.claims;
    if (iss !== verify/* GITHUB_ACTIONS_ISSUER */.qQ || serverURL.replace(/\/+$/, '') !== 'https://github.com')
        return undefined;
    return typeof repository === 'string' && /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository) ? repository : undefined;
});var keylessInstance = (function (config, run, insideActions, token, logger) {
    const claimed = token.claims.repository_visibility;
    const stated = [claimed === 'public' || claimed === 'private' || claimed === 'internal' ? claimed : undefined, run.visibility].filter(((value) => value !== undefined));
    const visibility = stated.find(((value) => value !== 'public')) ?? stated[0];
    if (config.instance === 'public-good' && (visibility === 'private' || visibility === 'internal')) {
        logger.warn(`the repository is ${visibility}, and instance "public-good" records its name and workflow in the public transparency log (use instance "github" or "auto" to keep it out)`);
    }
    if (config.instance === 'public-good' || config.instance === 'github')
        return config.instance;
    if (visibility === 'public')
        return 'public-good';
    if (visibility !== undefined || insideActions)
        return 'github';
    return 'public-good';
});var endpointsFor = (function (config, instance, context, fromSigningConfig) {
    if (fromSigningConfig !== undefined)
        return signingConfigEndpoints(fromSigningConfig, instance);
    const defaults = instance === 'public-good' ? PUBLIC_GOOD_ENDPOINTS : (context.github?.endpoints ?? githubEndpoints(context.run.serverURL));
    return {
        fulcioURL: config.fulcioURL ?? defaults.fulcioURL,
        rekorURL: instance === 'public-good' ? (config.rekorURL ?? defaults.rekorURL) : undefined,
        ...(instance === 'public-good' && config.rekorURL !== undefined ? { rekorApiVersion: config.rekorVersion } : {}),
        tsaURL: config.tsaURL ?? defaults.tsaURL,
    };
});var refuseTokenInTheClear = (function (fulcioURL, signingConfig) {
    const url = URL.parse(fulcioURL);
    if (url === null || !(0,proxy.inTheClearOffMachine)(url))
        return;
    throw new SignError('SIGN_SERVICE_INSECURE', `the Fulcio ${url.origin}${signingConfig === undefined ? '' : ` that ${signingConfig} names`} is reached over plain HTTP, and the certificate request would carry the identity token in the clear`, {
        hint: `use the Fulcio's https:// URL${signingConfig === undefined ? ' in --fulcio-url (input "fulcio-url")' : ` in ${signingConfig}`} (plain HTTP is taken only on this machine's loopback, for a test deployment)`,
    });
});var readSigningConfig = (async function (path, context) {
    let text;
    try {
        // A byte order mark (an editor's on Windows) is dropped, as the trusted root's is.
        text = (await (0,files/* readRegularFile */.XF)((0,external_node_path_.resolve)(context.cwd, path), { maxBytes: files/* INPUT_LIMITS */.Ef.trustedRoot, what: 'signing config', shown: path })).toString('utf8').replace(/^\uFEFF/, '');
    }
    catch (error) {
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `cannot read the signing config ${path}: ${(0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'check the --signing-config path (input "signing-config")' });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path}: not JSON: ${(0,core_json/* jsonSyntaxProblem */.F1)(text, error)}`, { cause: error, hint: 'pass a signing config (v0.2 JSON), as cosign\'s --signing-config takes' });
    }
    // JSON.parse keeps the last of two equal keys, cosign's reader (protobuf JSON) refuses them: a config read two ways would sign with other services.
    const fault = (0,core_json/* jsonFault */.xC)(text);
    if (fault !== undefined)
        throw new SignError('SIGN_SIGNING_CONFIG_INVALID', `${path} ${(0,core_json/* describeJsonFault */.at)(fault)}`, { hint: core_json/* JSON_FAULT_HINT */.y0 });
    const selected = selectServices(parseSigningConfig(json, path), new Date());
    if (selected.tlogs.length > 1 || selected.tsaURLs.length > 1) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} selects ${selected.tlogs.length} transparency logs and ${selected.tsaURLs.length} timestamp authorities; trust-kit signs with at most one of each`, {
            hint: 'use the selector ANY (or EXACT with count 1) in rekorTlogConfig and tsaConfig',
        });
    }
    const [tlog] = selected.tlogs;
    if (tlog?.majorApiVersion === 2 && selected.tsaURLs.length === 0) {
        throw new SignError('SIGN_TIMESTAMP_AUTHORITY_REQUIRED', `${path} selects the Rekor v2 log ${tlog.url}, which records no integration time, and names no timestamp authority to date the signature`, {
            hint: 'list a timestamp authority in the signing config\'s tsaUrls',
        });
    }
    return { path, fulcioURL: selected.fulcioURL, tlog, tsaURL: selected.tsaURLs[0] };
});var refuseLogOnGitHub = (function (services, instance) {
    const { path, tlog } = services;
    if (tlog === undefined || instance !== 'github')
        return;
    throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${path} names the transparency log ${tlog.url}, but the instance is GitHub's, which keeps a private repository's name out of public logs`, {
        hint: 'use instance "public-good" to log, or a signing config without rekorTlogUrls',
    });
});var refuseUnverifiableServices = (function (services, trust) {
    // GitHub's instance with a log was refused before (refuseLogOnGitHub): a log selected is one written to.
    const logs = services.tlog !== undefined;
    const hint = 'list a transparency log in the signing config\'s rekorTlogUrls (or verify with the deployment\'s own trusted root, which lists none), and a timestamp authority in tsaUrls';
    if (!logs && services.tsaURL === undefined) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects neither a transparency log nor a timestamp authority: nothing would show the signature was made while its certificate (valid ten minutes) was`, { hint });
    }
    const listed = trust.roots.flatMap(((root) => root.tlogs.map(((log) => log.baseUrl))));
    if (!logs && listed.length > 0) {
        throw new SignError('SIGN_SIGNING_CONFIG_UNSUPPORTED', `${services.path} selects no transparency log, but the trusted root lists ${(0,quote/* boundedList */.Y4)(listed)}: its verifiers want an entry in one, so the bundles would not verify`, { hint });
    }
});var signingConfigEndpoints = (function (services, instance) {
    refuseLogOnGitHub(services, instance);
    const { tlog } = services;
    return { fulcioURL: services.fulcioURL, rekorURL: tlog?.url, rekorApiVersion: tlog?.majorApiVersion, tsaURL: services.tsaURL };
});var deploymentName = (function (config, instance) {
    if (config.signingConfig !== undefined)
        return `the Sigstore deployment of ${config.signingConfig}`;
    if (config.fulcioURL !== undefined || config.rekorURL !== undefined)
        return 'a custom Sigstore deployment';
    const name = instance === 'public-good' ? 'the public-good Sigstore instance' : 'GitHub\'s Sigstore instance';
    return config.tsaURL === undefined ? name : `${name} with a custom timestamp authority`;
});var warnIfReadableByOthers = (function (path, mode, logger) {
    // Windows has no POSIX permission bits: Node reports every readable file as 0666 or 0444 there.
    if (process.platform === 'win32' || (mode & 0o077) === 0)
        return;
    logger.warn(`the private key ${(0,quote/* quoted */.TL)(path)} can be read by other users of this machine (mode 0${(mode & 0o777).toString(8).padStart(3, '0')}); restrict it with \`chmod 600\` on that file`);
});var readSigningKeyFile = (function (keyPath, context) {
    return readKey((0,external_node_path_.resolve)(context.cwd, keyPath), context.env, context.logger, keyPath);
});var openSigningSession = (async function (config, context) {
    if (config.key !== undefined) {
        const key = context.key ?? (await readKey((0,external_node_path_.resolve)(context.cwd, config.key), context.env, context.logger, config.key));
        return {
            session: createSigningSession({ backend: { instance: 'key', key }, retry: config.retry }),
            description: `the local key ${config.key} (hint ${key.hint})`,
            signer: { kind: 'key', hint: key.hint, source: config.key },
            trust: undefined,
            close: (() => { }),
        };
    }
    // What the user gave is read and checked before the token is asked for: a broken file is reported
    // whether or not a token comes, not only once one does (nor never, when on-missing-token skips).
    const fromSigningConfig = config.signingConfig === undefined ? undefined : await readSigningConfig(config.signingConfig, context);
    // The instance the token would choose is known already when it is named.
    if (fromSigningConfig !== undefined && config.instance === 'github')
        refuseLogOnGitHub(fromSigningConfig, 'github');
    const fulcioURL = fromSigningConfig?.fulcioURL ?? config.fulcioURL;
    if (fulcioURL !== undefined)
        refuseTokenInTheClear(fulcioURL, config.signingConfig);
    const givenTrust = config.trustedRoot === undefined ? undefined : await readGivenTrust(config.trustedRoot, context);
    const token = context.token ?? (await (0,oidc.requestIdToken)({ env: context.env, retry: config.retry, renewable: true }));
    if (token === undefined) {
        const error = (0,oidc.missingTokenError)(context.env, context.run.payload);
        if (config.onMissingToken === 'fail')
            throw error;
        // The reason without "nothing was signed": the summaries that show it say so themselves.
        const reason = `${error.message} (on-missing-token: ${config.onMissingToken})`;
        const line = `${error.message}; nothing was signed (on-missing-token: ${config.onMissingToken})`;
        if (config.onMissingToken === 'warn')
            context.logger.warn(line);
        else
            context.logger.info(line);
        return { session: undefined, reason };
    }
    const instance = keylessInstance(config, context.run, context.run.payload !== undefined || context.env.GITHUB_ACTIONS === 'true', token, context.logger);
    // A workflow naming a log for its public repositories signs a private one off it, on purpose: said, not done in silence.
    if (instance === 'github' && config.rekorURL !== undefined) {
        context.logger.warn(`instance "auto" chose GitHub's instance (the repository is not known to be public), which writes no transparency log: the Rekor URL ${config.rekorURL} is not used, so that a private repository's name never reaches a log; set instance "public-good" to log it`);
    }
    let endpoints;
    let trust;
    try {
        endpoints = endpointsFor(config, instance, context, fromSigningConfig);
        // A GitHub Enterprise Server's own Fulcio, found from its URL, may be plain HTTP too.
        refuseTokenInTheClear(endpoints.fulcioURL, config.signingConfig);
        trust = givenTrust ?? (await readInstanceTrust(config, context, instance));
        if (fromSigningConfig !== undefined)
            refuseUnverifiableServices(fromSigningConfig, trust);
    }
    catch (error) {
        token.secret.destroy();
        token.renewal?.forget();
        throw error;
    }
    // A certificate asked for after the runner's token expired (GitHub's live five minutes, Fulcio's ten) takes a new token.
    let current = token;
    const identity = {
        token: (async () => {
            current = await (0,oidc.unexpiredToken)(current, Date.now());
            return current.secret.use(((jwt) => jwt.toString('latin1')));
        }),
        expectedIdentity: expectedIdentity(token, context.run.serverURL),
        issuer: token.claims.iss,
    };
    const name = deploymentName(config, instance);
    const session = createSigningSession({ backend: { instance, endpoints, identity, trust }, retry: config.retry, proxy: (0,proxy.proxySettingsFrom)(context.env), timeoutMs: config.timeoutMs });
    return {
        session,
        get signer() {
            return {
                kind: 'certificate',
                identity: identity.expectedIdentity ?? session.certificateIdentity(),
                issuer: identity.issuer,
                repository: sourceRepository(token, context.run.serverURL),
                sourceRef: sourceRepository(token, context.run.serverURL) !== undefined && typeof token.claims.ref === 'string' && token.claims.ref.startsWith('refs/') ? token.claims.ref : undefined,
                rekorV2: endpoints.rekorURL !== undefined && endpoints.rekorApiVersion === 2,
                unlogged: endpoints.rekorURL === undefined,
            };
        },
        trust,
        claims: token.claims,
        close: (() => {
            current.secret.destroy();
            current.renewal?.forget();
        }),
        description: `${name} (Fulcio ${endpoints.fulcioURL}${endpoints.rekorURL === undefined ? '' : `, Rekor${endpoints.rekorApiVersion === 2 ? ' v2' : ''} ${endpoints.rekorURL}`}${endpoints.tsaURL === undefined ? '' : `, TSA ${endpoints.tsaURL}`}) as ${identity.expectedIdentity ?? token.claims.sub ?? 'the token\'s subject'}`,
    };
});var signStatement = (function (session, statement, name) {
    return session.signStatement(statement, name);
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUNDLE_MEDIA_TYPE: (() => (/* reexport */ BUNDLE_MEDIA_TYPE)),
  BUNDLE_SUFFIX: (() => (/* reexport */ bundle_path/* BUNDLE_SUFFIX */.Zf)),
  IN_TOTO_PAYLOAD_TYPE: (() => (/* reexport */ IN_TOTO_PAYLOAD_TYPE)),
  PASSPHRASE_VARIABLES: (() => (/* reexport */ PASSPHRASE_VARIABLES)),
  PUBLIC_GOOD_ENDPOINTS: (() => (/* reexport */ PUBLIC_GOOD_ENDPOINTS)),
  SignError: (() => (/* reexport */ SignError)),
  SigningServiceError: (() => (/* reexport */ SigningServiceError)),
  bundleNameTooLong: (() => (/* reexport */ bundle_path/* bundleNameTooLong */.Ik)),
  bundleOverFileMessage: (() => (/* reexport */ bundle_path/* bundleOverFileMessage */.Q1)),
  bundlesOverFiles: (() => (/* reexport */ bundle_path/* bundlesOverFiles */.v0)),
  createSigningSession: (() => (/* reexport */ createSigningSession)),
  defaultBundlePath: (() => (/* reexport */ bundle_path/* defaultBundlePath */.Fq)),
  earlierBundleWarning: (() => (/* reexport */ bundle_path/* earlierBundleWarning */.pm)),
  earlierBundles: (() => (/* reexport */ bundle_path/* earlierBundles */.e_)),
  ephemeralSigningKey: (() => (/* reexport */ ephemeralSigningKey)),
  generateSigningKeyPair: (() => (/* reexport */ generateSigningKeyPair)),
  githubEndpoints: (() => (/* reexport */ githubEndpoints)),
  loadSigningKey: (() => (/* reexport */ loadSigningKey)),
  openSigningSession: (() => (/* reexport */ openSigningSession)),
  readSigningKeyFile: (() => (/* reexport */ readSigningKeyFile)),
  signStatement: (() => (/* binding */ signStatement)),
  takePassphrase: (() => (/* reexport */ takePassphrase))
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/sign/dist/index.js
var sign_dist = __webpack_require__(15179);
;// CONCATENATED MODULE: ./lib/sigstore/sign/bundle.js



/** The media type of the bundles trust-kit writes: Sigstore bundle v0.3. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The DSSE payload type of in-toto statements. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/**
 * Builds v0.3 message-signature bundles: sigstore-js's builder always packages a certificate
 * chain (v0.2); a v0.3 bundle holds the leaf alone in `verificationMaterial.certificate`.
 */
class MessageSignatureV03BundleBuilder extends sign_dist/* MessageSignatureBundleBuilder */.z3 {
    async package(artifact, signature) {
        return (0,dist.toMessageSignatureBundle)({
            digest: (0,external_node_crypto_.createHash)('sha256').update(artifact.data).digest(),
            signature: signature.signature,
            certificate: signature.key.$case === 'x509Certificate' ? pemToDER(signature.key.certificate) : undefined,
            keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
            certificateChain: false,
        });
    }
}
/**
 * Builds DSSE bundles whose signature carries no `keyid`. sigstore-js puts the public-key hint
 * there, and cosign (go-securesystemslib) skips a signature whose keyid is not its own id of the
 * key, so `cosign verify-blob-attestation --key` refused every key-signed attestation. The keyid is
 * an unauthenticated hint (cosign writes none); the bundle's `publicKey.hint` still names the key.
 */
class DsseWithoutKeyIdBundleBuilder extends sign_dist/* DSSEBundleBuilder */.VV {
    async package(artifact, signature) {
        const bundle = await super.package(artifact, signature);
        for (const one of bundle.content.dsseEnvelope.signatures)
            one.keyid = '';
        return bundle;
    }
}
/** The two builders over one signer; witnesses differ because Rekor logs blobs and statements as different kinds. */

/** The canonical JSON form of a bundle (protobuf field order, defaults omitted), as written to `.sigstore.json`. */


// EXTERNAL MODULE: ./lib/sigstore/sign/bundle-path.js
var bundle_path = __webpack_require__(65610);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
;// CONCATENATED MODULE: ./lib/sigstore/sign/errors.js

/** A signing failure with a stable code. */
class SignError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options = {}) {
        super(code, message, options);
        this.name = 'SignError';
    }
}
/**
 * A permanent failure of Fulcio, Rekor or the timestamp authority (after the retry budget, or a
 * status that retrying cannot fix), naming the service, the URL and the status:
 * `SIGN_SERVICE_BAD_RESPONSE` when the service answered with something unusable, else
 * `SIGN_SERVICE_FAILED`.
 */
class SigningServiceError extends SignError {
    service;
    url;
    status;
    constructor(service, method, url, status, detail, options = {}) {
        if (status === 'bad-response') {
            super('SIGN_SERVICE_BAD_RESPONSE', `bad response from ${service}: ${method} ${url} answered with ${detail}`, options);
        }
        else {
            const what = typeof status === 'number' ? `HTTP ${status}` : status === 'timeout' ? 'timed out' : 'could not connect';
            super('SIGN_SERVICE_FAILED', `${service} ${method} ${url} failed: ${what}${detail === '' ? '' : ` (${detail})`}`, options);
        }
        this.name = 'SigningServiceError';
        this.service = service;
        this.url = url;
        this.status = status;
    }
}

// EXTERNAL MODULE: ./lib/secrets/index.js + 13 modules
var secrets = __webpack_require__(22331);
// EXTERNAL MODULE: ./lib/secrets/native.js
var secrets_native = __webpack_require__(7602);
;// CONCATENATED MODULE: ./lib/sigstore/sign/secretbox.js


let sodium;
/** libsodium's binding, or a coded error naming the key file when it cannot be loaded. */

const WHERE_SODIUM_LOADS = 'run trust-kit where sodium-native\'s prebuilt libsodium loads (Linux, macOS, Windows on x64 or arm64)';
/**
 * Opens NaCl `crypto_secretbox` (XSalsa20-Poly1305) ciphertext, the cipher cosign encrypts its
 * private keys with; undefined when the key or nonce is wrong or the ciphertext was altered.
 * `source` names the key file if libsodium cannot be loaded.
 */

/** The NaCl secretbox nonce, key and authenticator sizes (XSalsa20-Poly1305), fixed by the construction. */
const SECRETBOX_NONCE_BYTES = 24;
const SECRETBOX_KEY_BYTES = 32;
const SECRETBOX_MAC_BYTES = 16;
/**
 * Seals `message` with NaCl `crypto_secretbox` under a 24-byte nonce and 32-byte key, as cosign
 * encrypts its private keys. `source` names the key file being written if libsodium cannot be loaded.
 */


;// CONCATENATED MODULE: ./lib/sigstore/sign/keys.js





/** A PEM block's label: what the BEGIN line names, which is public (`PRIVATE KEY`, `ENCRYPTED SIGSTORE PRIVATE KEY`). */
const PEM_LABEL = /^[A-Z0-9 ]{1,64}$/;
/**
 * Finds the first PEM block (from `from`) in a key file's bytes without turning them into a string: an
 * unencrypted key's body is the key itself, and a string of it could never be zeroed. Only the
 * label, which is public, is read as text.
 */

/** A Buffer over the same memory, so secret bytes are not copied where nobody can zero them. */

/** Key types as people write them, for messages (Node's are lowercase). */
const KEY_TYPE_NAMES = { rsa: 'RSA', 'rsa-pss': 'RSA-PSS', dsa: 'DSA', dh: 'DH', ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' };
/** PEM labels cosign has written for its passphrase-encrypted keys (it renamed COSIGN to SIGSTORE in v2). */
const COSIGN_LABELS = new Set(['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY']);
/** The public half and hint of a private key. */

/** What a key's pair check signs: any bytes do. */
const KEY_CHECK = Buffer.from('trust-kit: does the public key belong to the private key?');
/** A key of another type than ECDSA P-256 (`found`, as people write it: RSA, EC P-384). */

/** Labels of the PEM blocks a key file may hold before its key, which OpenSSL passes over: `openssl ecparam -genkey` writes the curve first, and a certificate may come with its key. */
const BLOCKS_BEFORE_KEY = new Set(['EC PARAMETERS', 'CERTIFICATE']);
/** The key types of the traditional (not PKCS#8) PEM labels, which name them: none is one trust-kit signs with. */
const TRADITIONAL_KEY_TYPES = { 'RSA PRIVATE KEY': 'RSA', 'DSA PRIVATE KEY': 'DSA' };




/** A base64 field of a cosign key's envelope, of at least `least` (and at most `most`) bytes, or SIGN_KEY_INVALID naming it. */

/**
 * The most scrypt work a cosign key file may ask for: what `cosign generate-key-pair` writes
 * (go-securesystemslib's standard parameters, N=2^16 r=8 p=1: 64 MiB and a fraction of a second;
 * older cosign wrote N=2^15). A hostile file asking for more (N=2^20 r=32 costs 4 GiB and minutes)
 * is refused before any derivation.
 */
const MAX_COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 };
/**
 * The most PBKDF2 iterations an encrypted PKCS#8 key may ask for: 2,500 times what OpenSSL and
 * `trust-kit generate-key-pair --format pkcs8` write (2048), 8 times OWASP's 600,000 for PBKDF2-HMAC-SHA256, and
 * about two seconds of work. OpenSSL derives synchronously, so a hostile count (2^31) would hold
 * the process for a quarter of an hour, deaf even to SIGTERM.
 */
const MAX_PBKDF2_ITERATIONS = 5_000_000;
/** The DER elements that make up `bytes`, one after another; undefined when they do not parse. */

const DER_SEQUENCE = 0x30;
const DER_INTEGER = 0x02;
const OID_PBES2 = '2a864886f70d01050d';
const OID_PBKDF2 = '2a864886f70d01050c';
const OID_SCRYPT = '2b06010401da47040b';
/** The value of a DER INTEGER's content; Infinity when it needs more than 48 bits. */

/** The children of a DER SEQUENCE element's content. */

/**
 * Refuses an encrypted PKCS#8 key whose key derivation asks for more work than
 * {@link MAX_PBKDF2_ITERATIONS} (PBKDF2, or PBES1's iteration count) or {@link MAX_COSIGN_SCRYPT}
 * (scrypt), before OpenSSL is given it. A structure this reader cannot follow is refused too:
 * OpenSSL also reads BER (indefinite lengths), so leaving such a key to it would let any cost through.
 */



/**
 * Loads a private key from PEM bytes: PKCS#8 (`PRIVATE KEY`), passphrase-encrypted PKCS#8
 * (`ENCRYPTED PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`), or cosign's scrypt + secretbox files.
 * `source` names the key in errors; neither the key nor the passphrase ever appears in one.
 */

/**
 * An encrypted PEM key decrypted with `passphrase`: a failure is the wrong passphrase, unless
 * OpenSSL no longer reads the cipher or key derivation it was encrypted with (DES, PKCS#5 v1.5),
 * which no passphrase would change.
 */

/**
 * The scrypt work of the cosign key files trust-kit writes: what `cosign generate-key-pair` 2.x
 * and 3.x write (go-securesystemslib's "standard" parameters, 64 MiB), not its legacy N=2^15.
 */
const COSIGN_SCRYPT = { N: 1 << 16, r: 8, p: 1 };
/** The PEM body's base64 in 64-character lines, as Go's encoding/pem writes it. */

const BASE64_DIGITS = Buffer.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
/**
 * A PEM block of `der` written byte by byte, as OpenSSL writes one (64-character lines), for a
 * clear private key: Buffer#toString('base64') would leave the key in an unwipeable string.
 */

/**
 * Encrypts a PKCS#8 DER private key as cosign does (go-securesystemslib's `encrypted` package):
 * scrypt derives a secretbox key from the passphrase, possibly empty, and the PEM body is base64
 * of `{"kdf":{...},"cipher":{...},"ciphertext":...}` under the `ENCRYPTED SIGSTORE PRIVATE KEY` label.
 */

/**
 * PBKDF2-HMAC-SHA256 iterations for `--format pkcs8` keys: OWASP's figure. OpenSSL's default, which
 * Node's `KeyObject.export` writes and cannot change, is 2,048: a stolen key file would then cost
 * an attacker 300 times less per guessed passphrase. About 70 ms here, as cosign's scrypt.
 */
const PKCS8_PBKDF2_ITERATIONS = 600_000;
/** DER object identifiers of PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC (RFC 8018, NIST), TLV included. */
const DER_OID = {
    pbes2: Buffer.from('06092a864886f70d01050d', 'hex'),
    pbkdf2: Buffer.from('06092a864886f70d01050c', 'hex'),
    hmacWithSha256: Buffer.from('06082a864886f70d0209', 'hex'),
    aes256Cbc: Buffer.from('060960864801650304012a', 'hex'),
};
/** One DER element: the tag, the definite length, the contents. */

/** A non-negative DER INTEGER. */

/**
 * Encrypts a PKCS#8 DER private key into an `ENCRYPTED PRIVATE KEY` PEM (RFC 5958's
 * EncryptedPrivateKeyInfo): PBES2, PBKDF2-HMAC-SHA256 with {@link PKCS8_PBKDF2_ITERATIONS} and a
 * 16-byte salt, AES-256-CBC. Written here because Node writes this structure only with OpenSSL's
 * 2,048 iterations; `openssl pkey` and every PKCS#8 reader open it.
 */

/**
 * Generates an ECDSA P-256 key pair. In cosign's format (the default) the private key is always
 * encrypted, with an empty passphrase when none is given (as `cosign generate-key-pair` with COSIGN_PASSWORD set empty), so
 * `cosign sign-blob --key` reads it as it is. In PKCS#8 it is encrypted with AES-256-CBC under
 * PBES2 ({@link encryptPkcs8}) when a passphrase is given, which `openssl pkey` and every PKCS#8
 * reader open, and written in the clear otherwise. `source` names the key file in errors.
 */

/** A P-256 key made for one run and held only in memory: for rehearsing a release offline, with no identity to sign as. */


// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/sigstore/verify/index.js
var verify = __webpack_require__(54418);
;// CONCATENATED MODULE: ./lib/sigstore/sign/self-check.js




const SERVICES_HINT = 'the services returned material that does not verify against the trusted root, or the identity is not the one expected; check the trusted root and the service URLs given (--trusted-root, --fulcio-url, ...; the inputs of the same names), re-run, and report it if it persists';
/** Every time in a bundle comes from the services, so a certificate not valid at the log's or the timestamp authority's time moments after Fulcio issued it says their clocks disagree. */
const CLOCKS_HINT = "the log's or the timestamp authority's time falls outside the certificate Fulcio issued moments before (or outside the CA's window in the trusted root): the Sigstore services' clocks disagree, or the trusted root is not the current one; check the clocks of a private deployment's Fulcio, Rekor and timestamp authority (NTP) and the trusted root given, then re-run";
/**
 * Verifies a bundle offline with trust-kit's verifier exactly as a user would (signature, chain
 * to the trusted root, log entry or signed timestamp by the instance's thresholds, then the exact
 * identity and issuer) and throws `SIGN_SELF_VERIFY_FAILED` if it does not pass.
 */


// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/core/retry.js
var retry = __webpack_require__(7493);
;// CONCATENATED MODULE: ./lib/sigstore/sign/services.js







/** A base URL without a trailing slash (the clients append `/api/...`) and without credentials. */

/** A trust-kit error anywhere in the cause chain (an identity provider's failure wrapped by sigstore-js). */

/**
 * A service's message with every JWT-shaped run (`eyJ` header, then base64url and dots) replaced:
 * a server or proxy that quotes the request would otherwise put an identity token in the error
 * object itself, which library callers may log before the CLI's or action's redactor sees it.
 */

/** What a service said in a refusal, bounded and printable, from its JSON `message` (as sigstore-js reads it) or its text; never a token it echoed. */

/** What a service's answer is checked for before a bundle is built on it, and what it was found to be. */

/** A failure of a service on the wire, with the hint its status calls for: one retries could not outlast, or a refusal. */

/**
 * Turns whatever signing threw into a coded error: a trust-kit error anywhere in the cause chain
 * (the transport's, naming the service, URL and status; an identity provider's) as it is; an
 * identity token sigstore-js could not read as SIGN_TOKEN_INVALID; anything else as an answer
 * sigstore-js could not use (a body of another shape). It never quotes request bodies (which hold
 * the identity token), and what it quotes of sigstore-js's messages has every token-shaped run removed.
 */

/** A {@link Witness} whose failures name the service, URL and status. */
class ReportingWitness {
    inner;
    service;
    url;
    constructor(inner, service, url) {
        this.inner = inner;
        this.service = service;
        this.url = url;
    }
    async testify(content, publicKey) {
        let material;
        try {
            material = await this.inner.testify(content, publicKey);
        }
        catch (error) {
            throw serviceFailure(this.service, 'POST', this.url, error);
        }
        // sigstore-js passes a timestamp authority's body on as the token unread: read it here, where the TSA can still be named.
        for (const timestamp of material.rfc3161Timestamps ?? []) {
            try {
                core_dist.RFC3161Timestamp.parse(Buffer.from(timestamp.signedTimestamp));
            }
            catch (error) {
                throw badResponse(this.service, 'POST', this.url, `a body that is not a DER RFC 3161 timestamp token (${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))})`, error);
            }
        }
        return material;
    }
}
/** A {@link Signer} whose failures name the service (Fulcio), URL and status. */
class ReportingSigner {
    inner;
    service;
    url;
    constructor(inner, service, url) {
        this.inner = inner;
        this.service = service;
        this.url = url;
    }
    async sign(data) {
        let signature;
        try {
            signature = await this.inner.sign(data);
        }
        catch (error) {
            throw serviceFailure(this.service, 'POST', this.url, error);
        }
        if (signature.key.$case !== 'x509Certificate')
            throw badResponse(this.service, 'POST', this.url, 'no certificate');
        try {
            new external_node_crypto_.X509Certificate(signature.key.certificate);
        }
        catch (error) {
            throw badResponse(this.service, 'POST', this.url, `a certificate that cannot be read (${(0,quote/* boundedText */.LD)(error instanceof Error ? error.message : String(error))})`, error);
        }
        return signature;
    }
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __webpack_require__(16698);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/rekor/v2/index.js
var v2 = __webpack_require__(13835);
// EXTERNAL MODULE: ./lib/core/capped-body.js
var capped_body = __webpack_require__(36911);
// EXTERNAL MODULE: ./lib/core/proxied-fetch.js
var proxied_fetch = __webpack_require__(25643);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/github/http.js
var http = __webpack_require__(48031);
;// CONCATENATED MODULE: ./lib/sigstore/sign/transport.js














/**
 * The most bytes one answer of Fulcio, Rekor or a timestamp authority may hold: real ones are a
 * few KiB (a certificate chain, a log entry with its proof, a timestamp token, an error message).
 */
const MAX_SERVICE_REPLY_BYTES = 1024 * 1024;
/** How much of an error answer is read: enough for any message worth quoting; the rest is never waited for. */
const MAX_ERROR_BYTES = 64 * 1024;
/** A success answer longer than {@link MAX_SERVICE_REPLY_BYTES}, refused as it arrives. */
class ReplyTooLarge extends Error {
}
/** The body of an answer: a success's whole (refused past the cap), an error's first {@link MAX_ERROR_BYTES}. */

/**
 * The time each signature gives all its requests to Fulcio, Rekor and the TSA together, retries and
 * their waits included (cosign's --timeout, which bounds its one signature): each request alone is
 * bounded by the retry policy (about 80 s), but a signature makes several. A period starts with its
 * signature's first request, so what comes before (hashing, reading files) is not counted, and a
 * command making many signatures (a release's bundle per artifact) is not cut off for being long,
 * only for being stuck. Signatures made at once (an attestation's subjects) each have their own
 * period: it follows the signature's calls (AsyncLocalStorage) down through sigstore-js's signer
 * and witnesses, which take no context of their own.
 */
class SigningDeadline {
    ms;
    #periods = new external_node_async_hooks_.AsyncLocalStorage();
    constructor(ms) {
        this.ms = ms;
    }
    /** Makes one signature: its requests share one period, started by the first of them. */
    signature(sign) {
        return this.#periods.run({ signal: undefined }, sign);
    }
    /** The signal that aborts when the current signature's time is up (a request outside any signature has a period of its own). */
    signal() {
        const period = this.#periods.getStore();
        if (period === undefined)
            return AbortSignal.timeout(this.ms);
        period.signal ??= AbortSignal.timeout(this.ms);
        return period.signal;
    }
}
/** An answer whose status is a failure; retried when the status says it may pass. */
class StatusFailure extends Error {
    reply;
    retryAfterMs;
    constructor(reply, retryAfterMs) {
        super(`HTTP ${reply.status}`);
        this.reply = reply;
        this.retryAfterMs = retryAfterMs;
    }
    get transient() {
        return (0,retry/* isTransientStatus */.Dm)(this.reply.status);
    }
}

const REDIRECT_HINT = 'a signing service is never followed to another address (the identity token, or what is logged, would go there): give the service\'s own URL, as its redirect names it';
/**
 * Sends the requests of one signing service: every attempt bounded by the policy's timeout (the
 * answer read whole included, so a trickle is cut off), answers capped at
 * {@link MAX_SERVICE_REPLY_BYTES}, redirects never followed (a Fulcio request carries the identity
 * token in its body, which a 307 would carry to wherever it points), and 408, 429 (after its
 * Retry-After, when that fits the budget), 5xx, dropped connections and timeouts retried within the
 * policy. Failures are {@link SigningServiceError}s naming the service, the method and the URL.
 */
class ServiceClient {
    service;
    options;
    fetch;
    constructor(service, options) {
        this.service = service;
        this.options = options;
        this.fetch = (0,proxied_fetch/* proxiedFetch */.iR)(options.proxy ?? proxy.NO_PROXY_SETTINGS, 0);
    }
    /** One request (a JSON body, or bytes of `contentType`, if any), retried as the policy says; resolves to a 2xx answer, or one of `accepted`. */
    async send(method, url, { body, accepted = [], accept = 'application/json', contentType = 'application/json' } = {}) {
        const policy = this.options.retry;
        const origin = new URL(url).origin;
        const headers = { accept, 'user-agent': `trust-kit/${version/* VERSION */.x}` };
        if (body !== undefined)
            headers['content-type'] = contentType;
        const deadline = this.options.deadline?.signal();
        try {
            if (deadline?.aborted === true)
                throw deadline.reason;
            return await (0,retry/* withRetry */.bD)(policy, (() => (0,http/* timedAttempt */.Hh)(origin, policy.timeoutMs, (async (attempt) => {
                // The answer read whole included: the signature's deadline cuts a request as its own timeout does.
                const signal = deadline === undefined ? attempt : AbortSignal.any([attempt, deadline]);
                const response = await this.fetch(url, { method, headers, body, signal, redirect: 'manual' });
                const ok = (response.status >= 200 && response.status < 300) || accepted.includes(response.status);
                const reply = { status: response.status, location: response.headers.get('location') ?? undefined, body: await readReply(response, ok) };
                if (ok)
                    return reply;
                throw new StatusFailure(reply, (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')));
            }))), ((error) => (deadline?.aborted === true ? 'permanent' : classify(error))), 
            // A wait before a retry ends with the deadline too.
            ((ms) => (0,promises_.setTimeout)(ms, undefined, deadline === undefined ? {} : { signal: deadline })));
        }
        catch (error) {
            if (deadline?.aborted === true)
                throw this.timedOut(method, url, error);
            throw this.failure(method, url, error);
        }
    }
    /** The answer's JSON; an answer that is not JSON is a bad response naming the service. */
    json(method, url, reply) {
        try {
            return JSON.parse(reply.body.toString('utf8'));
        }
        catch (error) {
            throw badResponse(this.service, method, url, 'a body that is not JSON (an HTML page or truncated JSON?)', error);
        }
    }
    /** SIGN_TIMEOUT: the signature's deadline fell while this request was pending (sent, or waiting to be retried). */
    timedOut(method, url, error) {
        const seconds = Number(((this.options.deadline?.ms ?? 0) / 1000).toFixed(1));
        return new SignError('SIGN_TIMEOUT', `a signature did not finish within ${seconds} s: ${this.service} (${method} ${url}) was still pending`, {
            cause: error,
            hint: `the signing services are slow or unreachable: check https://status.sigstore.dev (or your instance's), then run again; give more time with --timeout (the timeout input), ${seconds} s now`,
        });
    }
    failure(method, url, error) {
        // The proxy's own words name it and the host it was asked for; the service and URL go around them.
        if (error instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return serviceError(this.service, method, url, 'connection', error.message, { cause: error, hint: error.hint });
        if ((0,errors/* isTrustKitError */.Nf)(error))
            return error;
        if (error instanceof ReplyTooLarge)
            return badResponse(this.service, method, url, `a body longer than the ${MAX_SERVICE_REPLY_BYTES} bytes an answer of ${this.service} takes`, error);
        if (error instanceof StatusFailure) {
            const { status, location } = error.reply;
            if (status >= 300 && status < 400) {
                const to = location === undefined ? 'nowhere' : redirectOrigin(location, url);
                return serviceError(this.service, method, url, status, `a redirect to ${to}, not followed`, { cause: error, hint: REDIRECT_HINT });
            }
            const said = serviceMessage(error.reply.body);
            const budget = this.options.retry.budgetMs;
            const waited = error.transient && error.retryAfterMs !== undefined && error.retryAfterMs > budget ? `asked to retry after ${Math.ceil(error.retryAfterMs / 1000)} s, past the ${Math.round(budget / 1000)} s the retries may take` : '';
            // A 407 is the runner's proxy (reached in absolute form for http:// services), not the service.
            // Asked to wait past the budget, it was not retried: the hint says so, not that it kept failing through every retry.
            const hint = status === 407 ? proxy_tunnel/* PROXY_AUTH_HINT */.ME : waited !== '' ? `${this.service} asked to wait longer than the retries may take (--timeout bounds them); re-run later: files already written are kept` : undefined;
            return serviceError(this.service, method, url, status, [said, waited].filter(((part) => part !== '')).join('; '), { cause: error, ...(hint === undefined ? {} : { hint }) });
        }
        if (error instanceof http/* AttemptTimedOut */.ji)
            return serviceError(this.service, method, url, 'timeout', `no whole answer within ${error.timeoutMs} ms, the timeout of one attempt`, { cause: error });
        const code = (0,errors/* systemErrorCode */.vq)(error) ?? (0,errors/* systemErrorCode */.vq)(error?.cause);
        return serviceError(this.service, method, url, 'connection', code !== undefined && /^[A-Z][A-Z0-9_]{1,40}$/.test(code) ? code : '', { cause: error });
    }
}
/** Where a redirect points, by origin only: its path or query may carry anything. */

/** The sigstore-js client objects whose requests a {@link ServiceClient} takes over, each at its path in the owner. */

/** Fulcio's signing-certificate API, sent through `client` in place of sigstore-js's own HTTP client. */

/** The one entry a Rekor v1 answer holds, keyed by its UUID, as sigstore-js's client returns it. */

/**
 * Rekor v1's entry API, sent through `client`. A 409 "entry already exists" (a re-run submitting
 * the same signature, or a POST retried after its answer was lost) takes the existing entry from
 * the UUID its Location names, as cosign and sigstore-js do: a log entry is never published twice.
 */

/** Rekor v2's entry API, sent through `client`. */

/** The timestamp URL for a TSA URL: a bare origin takes the API path, a URL with a path (a signing config's) is used as is, as sigstore-js does. */

/**
 * The DER of an RFC 3161 TimeStampReq (version 1, no nonce, no certificates asked for, as sigstore-js
 * asks) of a SHA-256 digest. Written out by hand: one fixed 54-byte shape, for which an ASN.1
 * library would be a dependency of its own.
 */

/**
 * An RFC 3161 timestamp authority, sent through `client`; the token's DER is checked by the caller.
 * sigstore-js asks in JSON, which only sigstore's timestamp-authority reads: the request goes as the
 * TimeStampReq every RFC 3161 service takes (`application/timestamp-query`), as cosign sends it.
 */


;// CONCATENATED MODULE: ./lib/sigstore/sign/signers.js




/** Signs with a local ECDSA P-256 key; bundles carry the key's hint instead of a certificate. */
class LocalKeySigner {
    key;
    constructor(key) {
        this.key = key;
    }
    async sign(data) {
        return {
            signature: (0,external_node_crypto_.sign)('sha256', data, this.key.privateKey),
            key: { $case: 'publicKey', publicKey: this.key.publicKeyPem, hint: this.key.hint },
        };
    }
}
/** The ephemeral key a keyless session signs with; it never leaves the process. */
class EphemeralKeyHolder {
    privateKey;
    publicKeyPem;
    constructor() {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
        this.privateKey = pair.privateKey;
        this.publicKeyPem = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    }
    async sign(data) {
        return { signature: (0,external_node_crypto_.sign)('sha256', data, this.privateKey), key: { $case: 'publicKey', publicKey: this.publicKeyPem } };
    }
}
/**
 * Fulcio-backed signing for a whole release: one identity token and one certificate serve every
 * signature the session makes (checksums, statements), so the services see one request each
 * whatever the artifact count. A new certificate is requested only when the current one is about
 * to expire.
 */
class KeylessSigner {
    /** Renew a certificate this long before its notAfter, so a signature never lands outside it. */
    static RENEW_MARGIN_MS = 60_000;
    keyHolder = new EphemeralKeyHolder();
    fulcio;
    certificate;
    /** The certificate request in flight, shared by concurrent signatures. */
    issuing;
    constructor(options) {
        const url = `${options.fulcioURL}/api/v2/signingCert`;
        const inner = new sign_dist/* FulcioSigner */.$o({
            identityProvider: options.identity,
            fulcioBaseURL: options.fulcioURL,
            keyHolder: this.keyHolder,
        });
        routeFulcio(inner, options.fulcioURL, options.client);
        this.fulcio = new ReportingSigner(inner, 'Fulcio', url);
    }
    async sign(data) {
        if (!this.hasValidCertificate()) {
            if (this.issuing === undefined) {
                // The first signature comes back with the certificate; signatures made meanwhile wait for it.
                this.issuing = this.fulcio
                    .sign(data)
                    .then(((signature) => this.remember(signature)))
                    .finally((() => {
                    this.issuing = undefined;
                }));
                return this.issuing;
            }
            await this.issuing;
        }
        const pem = this.certificate?.pem ?? '';
        const signature = await this.keyHolder.sign(data);
        return { signature: signature.signature, key: { $case: 'x509Certificate', certificate: pem } };
    }
    /** The identity (SAN) of the certificate signatures are made with; undefined before the first one. */
    certificateIdentity() {
        return this.certificate?.identity;
    }
    hasValidCertificate() {
        // Wall time, not the injected Clock: certificate validity is about the real world, and a
        // SOURCE_DATE_EPOCH clock frozen in the past would keep an expired certificate forever.
        return this.certificate !== undefined && this.certificate.notAfter - KeylessSigner.RENEW_MARGIN_MS > Date.now();
    }
    remember(signature) {
        if (signature.key.$case !== 'x509Certificate')
            throw new Error('Fulcio answered without a certificate');
        const pem = signature.key.certificate;
        const certificate = new external_node_crypto_.X509Certificate(pem);
        this.certificate = { pem, notAfter: Date.parse(certificate.validTo), identity: subjectAlternativeName(certificate) };
        return signature;
    }
}
/** The first URI or email SAN of a certificate: the identity Fulcio certified. */


;// CONCATENATED MODULE: ./lib/sigstore/sign/session.js













/** The public-good instance's services (no TSA by default, as sigstore-js and cosign do). */
const PUBLIC_GOOD_ENDPOINTS = { fulcioURL: 'https://fulcio.sigstore.dev', rekorURL: 'https://rekor.sigstore.dev' };
/**
 * GitHub's instance for a GitHub server URL: `fulcio.githubapp.com` and `timestamp.githubapp.com`
 * for github.com, `fulcio.<tenant>.ghe.com` and `timestamp.<tenant>.ghe.com` for GHE.com tenants.
 */

const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** The first subject's strongest digest: a DSSE bundle verifies only for a subject of its statement. */

/** How long a Rekor v2 log may take to answer: it answers once a checkpoint covers the entry (rekor-tiles asks clients for 20 s). */
const REKOR_V2_TIMEOUT_MS = 20_000;
/**
 * Logs DSSE envelopes in Rekor v2 as rekor-tiles takes them: a `hashedrekord` whose digest is the
 * SHA-256 of the envelope's pre-authentication encoding (rekor-tiles 2.1+ has no `dsse` type;
 * sigstore-js 5 still sends one). Message signatures pass through unchanged.
 */
class RekorV2Witness {
    inner;
    constructor(inner) {
        this.inner = inner;
    }
    async testify(content, publicKey) {
        if (content.$case === 'messageSignature')
            return this.inner.testify(content, publicKey);
        const { payloadType, payload, signatures } = content.dsseEnvelope;
        const digest = (0,external_node_crypto_.createHash)('sha256').update(core_dist.dsse.preAuthEncoding(payloadType, payload)).digest();
        const signature = signatures[0]?.sig ?? Buffer.alloc(0);
        return this.inner.testify({ $case: 'messageSignature', messageSignature: { messageDigest: { algorithm: protobuf_specs_dist.HashAlgorithm.SHA2_256, digest }, signature } }, publicKey);
    }
}
/**
 * The Rekor witness. v1: `hashedrekord` entries for message signatures, `dsse` for statements; on
 * 409 "entry already exists" (a re-run submitting the same entry) it fetches the existing entry.
 * v2: `hashedrekord` entries for both (see {@link RekorV2Witness}).
 */


/** Builds the signer, witnesses and self-check of a backend. */

/**
 * Whether a Rekor v2 log refused an entry as one it holds already. The session's signatures are never
 * repeated (ECDSA signs with a fresh nonce), so only a POST retried after its answer was lost meets
 * this; rekor-tiles, unlike Rekor v1, cannot give the entry back by its content.
 */

/**
 * Builds a bundle; when Rekor v2 already holds its entry from an attempt whose answer was lost, signs
 * once more, which makes a new entry (the first stays in the log, unused, as when a job fails after
 * logging). One more time only: the retries inside were the transport's.
 */

/** Starts a signing session over a backend (nothing is requested until the first signature). */


// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/json.js
var core_json = __webpack_require__(3085);
// EXTERNAL MODULE: ./lib/github/oidc.js
var oidc = __webpack_require__(89402);
// EXTERNAL MODULE: ./lib/sigstore/verify/shape.js
var shape = __webpack_require__(90211);
;// CONCATENATED MODULE: ./lib/sigstore/sign/signing-config.js



/** The media type of the signing configurations trust-kit reads (cosign 3, sigstore-python 4 and sigstore-js read the same). */
const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
/** The major API versions trust-kit's clients speak: Fulcio v1 (its v2 signing-certificate endpoint), Rekor v1 and v2, the TSA v1. */
const SUPPORTED_API_VERSIONS = { ca: [1], tlog: [1, 2], tsa: [1] };
const MAX_SERVICES = 64;
const SELECTORS = new Set(['ALL', 'ANY', 'EXACT']);

/** A time as protobuf's JSON writes a Timestamp, RFC 3339 with its offset, read as the trusted root's are: `Date`'s own parser took `1` and `December 17, 1995`, and a time without an offset in the machine's time zone. */

/**
 * The services of one list. A service of an API version trust-kit does not speak (0, "not yet
 * released", also when left out as protobuf's JSON leaves a 0; a later major) is never selected:
 * its URL is not checked, so that a newer client's entry (a `grpc://` log) does not refuse the
 * whole configuration, as cosign 3 and sigstore-go skip it.
 */

/** A list's selector; one left out is refused where the list names services (the spec's SERVICE_SELECTOR_UNDEFINED, which sigstore-go refuses too). */

/** Reads a signing configuration (parsed JSON); `source` names it in errors. */

/**
 * sigstore-go's SelectServices (what cosign signs with): of the services valid at `now`, those of
 * the highest supported API version that has any, newest first, at most one per operator; then
 * the selector's share of them. ANY takes the newest rather than a random one, so that a release
 * re-run signs with the same services.
 */

/** The Fulcio, transparency logs and timestamp authorities to sign with at `now`, as cosign and sigstore-python would choose them. */


;// CONCATENATED MODULE: ./lib/sigstore/sign/setup.js













/** The environment variables a key passphrase is read from, in order (cosign's name last, for its key files). */
const PASSPHRASE_VARIABLES = ['TRUST_KIT_KEY_PASSPHRASE', 'COSIGN_PASSWORD'];
/**
 * The key passphrase from the first of {@link PASSPHRASE_VARIABLES} set to a non-empty value,
 * taken out of the environment by the intake: checked by name only, so no JavaScript string of
 * it is made (the intake reads it from the environment block on Linux). The later variables are
 * taken out too and wiped unused: left set, every child process (git, a docker credential helper)
 * would inherit a passphrase, and /proc/<pid>/environ would show it.
 */

/**
 * Reads the key into protected memory, imports it into OpenSSL and wipes it in one call: the
 * KeyObject is what signs from then on, so the file's bytes need none of a longer-lived secret's
 * bookkeeping.
 */

/** The wrong-passphrase error naming the variable the passphrase came from, and any other one set beside it. */

/** The passphrase-required error when a passphrase variable is set, but empty: most often a secret that is misspelt or not given to this run. */

/** The trusted root the config names, read and parsed. */

/** The instance's own trust material, when no trusted root is given: through TUF for public-good and github.com, refused otherwise. */

/** The certificate identity Fulcio issues for a token, when the claims determine it. */

/**
 * The repository (`owner/name`) a GitHub Actions token on github.com was minted for, which Fulcio
 * writes into the certificate's source repository extensions; undefined for other issuers and servers.
 */

/**
 * The keyless instance for a run: the configured one, or (auto) public-good for public
 * repositories and GitHub's for private and internal ones. The token's claim is minted now, while
 * a re-run replays the event payload of the first run (the repository may have gone private
 * since): any source saying private or internal wins. When visibility is unknown inside Actions,
 * GitHub's: a private repository's name must never reach the public log by accident.
 */


/**
 * Fails with SIGN_SERVICE_INSECURE for a Fulcio reached over plain HTTP on another host than this
 * one: the certificate request carries the job's identity token, which anyone on the way could
 * then sign as the workflow with until it expires. A loopback Fulcio (a test deployment) is
 * allowed, as a loopback registry is.
 */

/**
 * The services a signing configuration selects now, by the rule cosign and sigstore-python follow:
 * the newest valid service of the highest API version trust-kit speaks, so a configuration listing
 * a Rekor v2 log next to a v1 one signs with v2. Whatever the instance, so that a configuration
 * trust-kit cannot follow is refused before the identity token is asked for.
 */

/** Refuses a signing configuration that names a log for GitHub's instance, which keeps a private repository's name out of logs. */

/**
 * Refuses, before any certificate is asked for, a signing configuration whose bundles could not
 * verify: one that selects neither a log nor a timestamp authority (nothing would show the
 * signature was made within the certificate's ten minutes), or no log the instance writes to while
 * the trusted root lists logs (its verifiers want an entry in one). Either failed only at the
 * bundle's self-check, after Fulcio and the TSA had been used.
 */

/** The endpoints of a signing configuration's services, for the instance the token chose. */

/**
 * How logs and summaries name who signs. A Fulcio or Rekor URL replaces the instance's certificate
 * authority or log, so the signature comes from a custom deployment, not the instance; a TSA URL
 * alone only adds (or swaps) the timestamp authority.
 */

/**
 * Warns when other users of the machine may read the key file (group or world permission bits),
 * as ssh refuses such a key: an unencrypted key is theirs to sign with, an encrypted one theirs to
 * attack offline. A warning rather than a refusal, since cosign reads such files without a word.
 */

/**
 * Reads and decrypts the configured key (taking its passphrase out of the environment), so that a
 * run can learn before any work that the key or passphrase is wrong; {@link openSigningSession}
 * then signs with it (`context.key`).
 */

/**
 * Opens the signing session a config asks for: a local key when one is given, keyless otherwise
 * (fetching the identity token once). Without a token, `on-missing-token` decides: fail throws
 * a coded error naming the permission to add, warn and skip return no session. The signing config
 * and trusted root given are read and checked first, whether or not a token comes.
 */


;// CONCATENATED MODULE: ./lib/sigstore/sign/index.js






/** Signs an in-toto statement as a v0.3 DSSE bundle with a session's identity (what attestations are built on). */



/***/ }),

/***/ 54418:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GG: (() => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.GG)),
/* harmony export */   Gz: (() => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.G)),
/* harmony export */   IF: (() => (/* reexport safe */ _verify_js__WEBPACK_IMPORTED_MODULE_7__.p)),
/* harmony export */   Nt: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.Nt)),
/* harmony export */   OT: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.OT)),
/* harmony export */   PP: (() => (/* reexport safe */ _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__.loadGitHubTrustMaterial)),
/* harmony export */   ak: (() => (/* reexport safe */ _trust_js__WEBPACK_IMPORTED_MODULE_4__.ak)),
/* harmony export */   cx: (() => (/* reexport safe */ _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__.cx)),
/* harmony export */   fg: (() => (/* reexport safe */ _key_js__WEBPACK_IMPORTED_MODULE_3__.f)),
/* harmony export */   pV: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.pV)),
/* harmony export */   qQ: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.qQ)),
/* harmony export */   sL: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.sL)),
/* harmony export */   wC: (() => (/* reexport safe */ _policy_js__WEBPACK_IMPORTED_MODULE_2__.wC))
/* harmony export */ });
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91638);
/* harmony import */ var _key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69085);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10132);
/* harmony import */ var _trust_tuf_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42558);
/* harmony import */ var _prehashed_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91966);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17776);










/***/ }),

/***/ 69085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPublicKey = (function (pem, source, transparencyLog) {
    if (!pem.includes('-----BEGIN PUBLIC KEY-----')) {
        // The signing half (PREFIX.key) given for the verifying one (PREFIX.pub): the likeliest mix-up, said as such.
        if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a private key, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: 'verify with the public half of the pair (PREFIX.pub beside PREFIX.key); the private key stays with the signer' });
        }
        // Other forms of a public key, each with the command that writes it as one (SubjectPublicKeyInfo).
        if (pem.includes('-----BEGIN RSA PUBLIC KEY-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is an RSA public key in PKCS#1 form (-----BEGIN RSA PUBLIC KEY-----), not the SubjectPublicKeyInfo form trust-kit reads (-----BEGIN PUBLIC KEY-----)`, { hint: `write it as one: \`openssl rsa -RSAPublicKey_in -in ${source} -pubout\`` });
        }
        if (pem.includes('-----BEGIN CERTIFICATE-----')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is a certificate, not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`, { hint: `give its public key: \`openssl x509 -pubkey -noout -in ${source}\`; a keyless signature's certificate is checked with --certificate-identity and --certificate-oidc-issuer instead` });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source} is not a PEM public key (expected -----BEGIN PUBLIC KEY-----)`);
    }
    try {
        return { kind: 'key', publicKey: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: pem, format: 'pem' }), source, transparencyLog };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G('SIGSTORE_KEY_INVALID', `${source}: the public key cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: (() => (/* binding */ loadPublicKey))
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5447);


/** The policy for bundles signed with a local key: reads a PEM public key (SPKI), naming `source` in errors; whether a transparency-log entry is required is the caller's to say. */



/***/ }),

/***/ 91966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var loadPrehashedVerifier = (async function () {
    const { p256, p384 } = await __webpack_require__.e(/* import() */ 3260).then(__webpack_require__.bind(__webpack_require__, 13260));
    return ((key, digest, signature) => {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        const implementation = curve === 'prime256v1' ? p256 : curve === 'secp384r1' ? p384 : undefined;
        if (key.asymmetricKeyType !== 'ec' || implementation === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', `verification by digest needs an ECDSA P-256 or P-384 signing key, found ${key.asymmetricKeyType ?? 'unknown'} ${curve ?? ''}`.trimEnd(), { hint: 'verify with the artifact file instead of its digest' });
        }
        let raw = rawKeys.get(key);
        if (raw === undefined) {
            const jwk = key.export({ format: 'jwk' });
            raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x ?? '', 'base64url'), Buffer.from(jwk.y ?? '', 'base64url')]);
            rawKeys.set(key, raw);
        }
        try {
            return implementation.verify(signature, digest, raw, { prehash: false, lowS: false, format: 'der' });
        }
        catch {
            return false;
        }
    });
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: (() => (/* binding */ loadPrehashedVerifier))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5447);

const rawKeys = new WeakMap();
/**
 * Loads the verifier of ECDSA signatures over a digest computed elsewhere: Node's crypto verifies
 * only over data it hashes itself, so this is the pure-JavaScript ECDSA of @noble/curves, a
 * quarter of a megabyte of bundled code whose curves are built as it loads (about 3 ms). Only
 * verification by digest (a `sha256:` reference, a file too large to read whole) loads it.
 */



/***/ }),

/***/ 42558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var offlineWay = (function (purpose) {
    return purpose === 'sign' ? 'pass the instance\'s trusted root as --trusted-root FILE (input "trusted-root") to sign without fetching it' : 'pass --trusted-root FILE (input "trusted-root") to verify offline';
});var loadTrustMaterialFromTUF = (async function (options = {}) {
    const label = options.mirrorURL === undefined ? 'public-good (TUF)' : `${options.mirrorURL} (TUF)`;
    try {
        // Loaded only here: the TUF client is most of the verifier's code, and offline verification (--trusted-root) never needs it.
        const { fetchTrustedRootJSON } = await Promise.all(/* import() */[__webpack_require__.e(7335), __webpack_require__.e(3984), __webpack_require__.e(17)]).then(__webpack_require__.bind(__webpack_require__, 80017));
        const json = await fetchTrustedRootJSON({ mirrorURL: options.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR, rootPath: options.rootPath, cachePath: options.cachePath, retries: options.retries ?? 2, timeoutMs: 10000, proxy: options.proxy ?? proxy.NO_PROXY_SETTINGS, notice: noticeTo(options.logger) });
        return (0,trust/* loadTrustMaterial */.ak)(json, label);
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G || error instanceof proxy.ProxyConfigError)
            throw error;
        const offline = offlineWay(options.purpose);
        throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `cannot fetch the trusted root of ${label}: ${causeChain(error)}`, { cause: error, hint: proxyHint(error, offline).hint ?? offline });
    }
});var proxyHint = (function (error, offline) {
    for (let current = error, depth = 0; current instanceof Error && depth < 6; current = current.cause, depth += 1) {
        if (current instanceof proxy_tunnel/* ProxyTunnelError */.Ng)
            return { hint: `${current.hint ?? ''}; or ${offline}` };
    }
    return {};
});var causeChain = (function (error) {
    const messages = [];
    for (let current = error; current !== undefined && messages.length < 4; current = current instanceof Error ? current.cause : undefined) {
        // The TUF client's messages quote what the mirror served (JSON.parse's quotes the body): printable and bounded.
        messages.push((0,quote/* boundedText */.LD)(current instanceof Error ? current.message : String(current), 300));
    }
    return messages.join(': ');
});var noticeTo = (function (logger) {
    if (logger === undefined)
        return undefined;
    return ((message, cacheDir) => {
        let directories = told.get(logger);
        if (directories === undefined)
            told.set(logger, (directories = new Set()));
        if (directories.has(cacheDir))
            return;
        directories.add(cacheDir);
        logger.warn(message);
    });
});var loadPublicGoodTrustMaterial = (function (options = {}) {
    return loadTrustMaterialFromTUF(options);
});var loadGitHubTrustMaterial = (async function (options = {}) {
    const mirrorURL = options.mirrorURL ?? GITHUB_TUF_MIRROR;
    // The TUF client seeds its cache from a root.json path, and the bundled action carries the root as data, not as a file.
    // fs.promises, not node:fs/promises, so that offline verification, bundled, never loads it (see core/files.ts).
    const directory = await (0,files/* makeTemporaryDirectory */.LN)('trust-kit-github-root-');
    try {
        const rootPath = (0,external_node_path_.join)(directory.path, 'root.json');
        await external_node_fs_.promises.writeFile(rootPath, JSON.stringify(options.root ?? github_tuf_root_namespaceObject));
        return await loadTrustMaterialFromTUF({ mirrorURL, rootPath, ...(options.cachePath === undefined ? {} : { cachePath: options.cachePath }), ...(options.retries === undefined ? {} : { retries: options.retries }), ...(options.proxy === undefined ? {} : { proxy: options.proxy }), ...(options.logger === undefined ? {} : { logger: options.logger }), ...(options.purpose === undefined ? {} : { purpose: options.purpose }) });
    }
    catch (error) {
        if (error instanceof errors/* VerifyError */.G && error.code === 'SIGSTORE_TRUSTED_ROOT_UNAVAILABLE') {
            throw new errors/* VerifyError */.G('SIGSTORE_TRUSTED_ROOT_UNAVAILABLE', `GitHub's Sigstore instance: ${error.message}`, {
                cause: error,
                hint: `check that ${mirrorURL} is reachable, or ${GITHUB_OFFLINE}`,
                ...proxyHint(error, GITHUB_OFFLINE),
            });
        }
        throw error;
    }
    finally {
        await directory.remove();
    }
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadGitHubTrustMaterial: (() => (/* binding */ loadGitHubTrustMaterial)),
  cx: (() => (/* binding */ loadPublicGoodTrustMaterial)),
  loadTrustMaterialFromTUF: (() => (/* binding */ loadTrustMaterialFromTUF))
});

// UNUSED EXPORTS: GITHUB_TUF_MIRROR, PUBLIC_GOOD_TUF_MIRROR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/core/proxy-tunnel.js
var proxy_tunnel = __webpack_require__(39002);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
;// CONCATENATED MODULE: ./lib/sigstore/trust-roots/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}');
// EXTERNAL MODULE: ./lib/sigstore/verify/errors.js
var errors = __webpack_require__(5447);
// EXTERNAL MODULE: ./lib/sigstore/verify/trust.js
var trust = __webpack_require__(10132);
;// CONCATENATED MODULE: ./lib/sigstore/verify/trust-tuf.js
// Trust material fetched through a Sigstore instance's TUF repository (public-good's, GitHub's):
// apart from trust.ts, so that offline verification (`--trusted-root`), which never fetches, loads
// neither this nor the proxy support it goes through.









/** The offline way round a failed fetch: the same flag, said for what the run does. */

/** The TUF repository of the public-good instance, whose root ships with @sigstore/tuf. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/**
 * An instance's trust material fetched through its TUF repository, every piece of metadata
 * verified from the pinned root on (the public-good instance's by default).
 */

/** The hint of a proxy that would not open a tunnel, when one is why a fetch failed (what to fix is the proxy setting), with the offline way round it. */

/** An error's message followed by its causes' (TUF errors wrap the failure that says what went wrong). */

/**
 * The cache directories each logger was told cannot be used: a release fetches the trusted root for
 * signing, its verification kit and its gate, and says so once. Kept with the caller's logger, not
 * the process: another call with a logger of its own is told again.
 */
const told = new WeakMap();
/** What tells `logger` of a cache that cannot be used, once for each cache directory. */

/** The public-good instance's trust material, through its TUF repository. */

/** The TUF repository of GitHub's Sigstore instance (Fulcio and TSA for private repositories), as `gh attestation` uses it. */
const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The way round GitHub's TUF repository: its trusted root as `gh` prints it. */
const GITHUB_OFFLINE = 'write GitHub\'s trusted root with `mkdir -p trust-kit-roots && gh attestation trusted-root >| trust-kit-roots/trusted_root.jsonl` (a directory of its own, never among downloaded files) and pass it as trusted-root (CLI: --trusted-root trust-kit-roots/trusted_root.jsonl)';
/**
 * GitHub's instance's trust material, fetched through its TUF repository from the root `gh`
 * embeds; a failure names the mirror and the offline way round it.
 */



/***/ })

};

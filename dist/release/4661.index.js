export const id = 4661;
export const ids = [4661];
export const modules = {

/***/ 94661:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ParsedCertificate),
/* harmony export */   Sm: () => (/* binding */ abbreviate),
/* harmony export */   bo: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   cJ: () => (/* binding */ CODE_SIGNING_EKU),
/* harmony export */   qs: () => (/* binding */ TIME_STAMPING_EKU)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83913);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89531);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5447);
/* harmony import */ var _sct_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52324);





/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md) that policies and reports name. */
const FULCIO_OIDS = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    /** GitHub Workflow Repository (deprecated, raw bytes): `owner/repo`, which cosign's --certificate-github-workflow-repository reads. */
    githubWorkflowRepositoryV1: '1.3.6.1.4.1.57264.1.5',
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSignerURI: '1.3.6.1.4.1.57264.1.9',
    buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
    runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
    sourceRepositoryURI: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    sourceRepositoryOwnerURI: '1.3.6.1.4.1.57264.1.16',
    buildConfigURI: '1.3.6.1.4.1.57264.1.18',
    buildTrigger: '1.3.6.1.4.1.57264.1.20',
    runInvocationURI: '1.3.6.1.4.1.57264.1.21',
    sourceRepositoryVisibility: '1.3.6.1.4.1.57264.1.22',
};
/** The extended key usage of Fulcio's certificates, leaves and CAs. */
const CODE_SIGNING_EKU = '1.3.6.1.5.5.7.3.3';
/** The extended key usage of a timestamp authority's signing certificate (RFC 3161 2.3). */
const TIME_STAMPING_EKU = '1.3.6.1.5.5.7.3.8';
const ANY_EKU = '2.5.29.37.0';
const EKU_OID = '2.5.29.37';
const BASIC_CONSTRAINTS_OID = '2.5.29.19';
const BOOLEAN = 0x01;
const INTEGER = 0x02;
const KEY_USAGE_OID = '2.5.29.15';
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const SAN_OID = '2.5.29.17';
/** The GeneralName tags of an otherName, a URI and an email address (RFC 5280 4.2.1.6). */
const OTHER_NAME = 0xa0;
const URI_NAME = 0x86;
/** The otherName type of Fulcio's username identity ("<user>!<issuer host>", a UTF8String): https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. */
const FULCIO_USERNAME_OID = '1.3.6.1.4.1.57264.1.7';
const OID_TAG = 0x06;
const EMAIL_NAME = 0x81;
const SCT_OID = '1.3.6.1.4.1.11129.2.4.2';
const UTF8_STRING = 0x0c;
/** Key usage, extended key usage, subject alternative name, basic constraints, key identifiers: what a leaf's checks read. */
const PROCESSED_EXTENSIONS = new Set(['2.5.29.15', EKU_OID, SAN_OID, BASIC_CONSTRAINTS_OID, '2.5.29.14', '2.5.29.35']);
/**
 * An X.509 certificate parsed once: OpenSSL's parse for its key, validity and signature checks,
 * its extensions, serial number, issuer and key info read straight from the DER on demand, so a
 * certificate seen again (in the trusted root, or the same Fulcio leaf across a release's bundles)
 * costs nothing more.
 */
class ParsedCertificate {
    der;
    publicKey;
    notBefore;
    notAfter;
    isCA;
    native;
    fields;
    rawExtensions;
    constructor(der) {
        this.der = der;
        this.native = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
        this.publicKey = this.native.publicKey;
        this.notBefore = this.native.validFromDate;
        this.notAfter = this.native.validToDate;
        this.isCA = this.native.ca;
    }
    /** Parses DER bytes, turning any parse failure into a coded error naming `what`. */
    static parse(der, what) {
        try {
            // OpenSSL reads the first element and ignores what follows; Go's x509 (cosign, sigstore-go) refuses trailing data.
            (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derNode */ .eG)(der);
            const certificate = new ParsedCertificate(der);
            const oids = certificate.extensions.map((extension) => extension.oid);
            const repeated = oids.find((oid, index) => oids.indexOf(oid) !== index);
            // RFC 5280 4.2: one instance per extension; with two, readers disagree on which one counts (a second SAN, a second issuer).
            if (repeated !== undefined)
                throw new Error(`extension ${repeated} appears more than once`);
            return certificate;
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `${what} is not a valid X.509 certificate: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
    }
    /** The serial number INTEGER's content bytes, as a timestamp's signer identifier gives it. */
    get serialNumber() {
        return this.derFields.serialNumber;
    }
    /** The issuer name's DER bytes (the Name SEQUENCE's content). */
    get issuer() {
        return this.derFields.issuer;
    }
    /** The SubjectPublicKeyInfo element's DER bytes, exactly as the certificate holds them. */
    get subjectPublicKeyInfo() {
        return this.derFields.subjectPublicKeyInfo;
    }
    get derFields() {
        this.fields ??= (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .certificateFields */ .TV)(this.der);
        return this.fields;
    }
    /** Whether `issuer` issued this certificate: names chain and `issuer`'s key signed it. */
    signedBy(issuer) {
        try {
            return this.native.checkIssued(issuer.native) && this.native.verify(issuer.publicKey);
        }
        catch {
            return false;
        }
    }
    /** Whether the certificate was valid at `time`. */
    validAt(time) {
        return this.notBefore <= time && time <= this.notAfter;
    }
    /** Subject and issuer distinguished names as OpenSSL prints them, for messages. */
    get displayNames() {
        return { subject: distinguishedName(this.native.subject), issuer: distinguishedName(this.native.issuer) };
    }
    /** The certificate's extensions, read from its DER on first use. */
    get extensions() {
        this.rawExtensions ??= (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .readExtensions */ .HW)(this.der);
        return this.rawExtensions;
    }
    /** The extension with `oid`, if present. */
    extension(oid) {
        return this.extensions.find((extension) => extension.oid === oid);
    }
    /**
     * The names of the subject alternative name extension, URIs, email addresses and Fulcio's username
     * otherName as text (other kinds as empty text, so they still count): Fulcio puts exactly one identity there.
     */
    get subjectAltNames() {
        const names = this.extension(SAN_OID);
        const list = names === undefined ? [] : (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(names.value);
        if (list === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s subject alternative name extension is malformed');
        return list.map((name) => {
            if (name.tag === OTHER_NAME)
                return fulcioUsername(name.content);
            if (name.tag !== URI_NAME && name.tag !== EMAIL_NAME)
                return '';
            // Both are IA5Strings (ASCII), and Go's x509 (Fulcio, cosign) refuses anything else, and a URI with a control character: read as UTF-8 here, they would be look-alikes no other verifier accepts.
            if (name.content.some((byte) => byte >= 0x80))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(name.content.toString('utf8'), 200)} is not an IA5String (ASCII)`);
            if (name.tag === URI_NAME && name.content.some((byte) => byte < 0x20 || byte === 0x7f))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `the certificate's subject alternative name URI ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(name.content.toString('latin1'), 200)} holds a control character`);
            return name.content.toString('ascii');
        });
    }
    /**
     * Whether the extended key usage names code signing. An absent EKU counts as no: RFC 5280 reads it
     * as any usage, but Fulcio always names code signing, so a leaf without it was issued for something else.
     */
    get allowsCodeSigning() {
        return this.extendedKeyUsages?.includes(CODE_SIGNING_EKU) ?? false;
    }
    /**
     * Whether a chain certificate's extended key usage allows `usage`: as Go's x509 (cosign,
     * sigstore-go) reads a chain, a certificate without the extension allows any, one with it must
     * name the usage or anyExtendedKeyUsage.
     */
    allowsExtendedKeyUsage(usage) {
        const usages = this.extendedKeyUsages;
        return usages === undefined || usages.includes(usage) || usages.includes(ANY_EKU);
    }
    /** The OIDs the extended key usage extension names (none when it cannot be read); undefined when it is absent. */
    get extendedKeyUsages() {
        const ext = this.extension(EKU_OID);
        if (ext === undefined)
            return undefined;
        return ((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(ext.value) ?? []).flatMap((entry) => (entry.tag === 0x06 ? [(0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidText */ .ch)(entry.content)] : []));
    }
    /** The extended key usage extension as a leaf's profile is checked on: its usages and whether it is critical; undefined when absent. */
    get extendedKeyUsage() {
        const usages = this.extendedKeyUsages;
        return usages === undefined ? undefined : { usages, critical: this.extension(EKU_OID)?.critical === true };
    }
    /** Whether the key may sign certificates: a key usage extension, when present, sets keyCertSign (bit 5), as Go's x509 requires of every issuer. */
    get allowsCertSign() {
        const ext = this.extension(KEY_USAGE_OID);
        if (ext === undefined)
            return true;
        const bits = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(ext.value, BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x04) !== 0;
    }
    /**
     * Whether basic constraints say CA, whatever the key usage says: OpenSSL's `ca` (Node's
     * X509Certificate#ca) also asks for keyCertSign, so a leaf claiming CA:TRUE without it read as
     * no CA. An extension that cannot be read counts as a claim.
     */
    get claimsCA() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return false;
        const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(ext.value);
        if (fields === undefined)
            return true;
        const flag = fields.find((field) => field.tag === BOOLEAN)?.content;
        return flag !== undefined && (flag.length !== 1 || flag[0] !== 0);
    }
    /**
     * The basic constraints' pathLenConstraint: how many CA certificates may follow this one towards
     * a leaf. Undefined without one; -1 for an extension that cannot be read, which no chain passes.
     */
    get pathLengthConstraint() {
        const ext = this.extension(BASIC_CONSTRAINTS_OID);
        if (ext === undefined)
            return undefined;
        const fields = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .sequenceOf */ .nD)(ext.value);
        if (fields === undefined)
            return -1;
        const length = fields.find((field) => field.tag === INTEGER)?.content;
        if (length === undefined)
            return undefined;
        // A non-negative INTEGER small enough to mean anything: one content byte, or two for 128..255.
        if (length.length === 0 || length.length > 2 || length[0] >= 0x80 || (length.length === 2 && length[0] !== 0))
            return -1;
        return length.readUIntBE(0, length.length);
    }
    /**
     * The first critical extension outside those a signing certificate is read by (RFC 5280 4.2: a
     * certificate with a critical extension the reader does not process must be refused), such as
     * the CT precertificate poison.
     */
    get unprocessedCriticalExtension() {
        return this.extensions.find((extension) => extension.critical && !PROCESSED_EXTENSIONS.has(extension.oid))?.oid;
    }
    /** Whether the key usage extension is present and sets digitalSignature (bit 0), as Fulcio's leaves do. */
    get allowsDigitalSignature() {
        const bits = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(this.extension(KEY_USAGE_OID)?.value ?? Buffer.alloc(0), BIT_STRING);
        return bits !== undefined && bits.length >= 2 && (bits[1] & 0x80) !== 0;
    }
    /**
     * The value of a Fulcio extension as text: v1 extensions hold raw bytes, v2 ones a DER
     * UTF8String; a v2 one holding anything else is refused (VERIFY_CERTIFICATE_INVALID), as Go's
     * readers (cosign, sigstore-go) refuse it, rather than read as raw text.
     */
    fulcioExtension(oid) {
        const ext = this.extension(oid);
        if (ext === undefined)
            return undefined;
        if (oid === FULCIO_OIDS.issuerV1 || oid === FULCIO_OIDS.githubWorkflowRepositoryV1)
            return ext.value.toString('utf8');
        const text = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(ext.value, UTF8_STRING);
        if (text === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', `the certificate's Fulcio extension ${oid} is not a DER UTF8String, as Fulcio writes it`, { hint: 'the certificate was not issued by a Fulcio that follows its own profile: do not trust it' });
        return text.toString('utf8');
    }
    /** The embedded signed certificate timestamps (RFC 6962 3.3: a TLS-encoded list in a DER OCTET STRING), parsed from their extension alone. */
    get signedCertificateTimestamps() {
        const ext = this.extension(SCT_OID);
        if (ext === undefined)
            return undefined;
        const list = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .contentOf */ .$E)(ext.value, OCTET_STRING);
        if (list === undefined)
            throw new Error('the SCT list extension does not hold an OCTET STRING');
        return (0,_sct_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSctList */ .y)(list);
    }
}
/** Node reports an empty name (Fulcio leaves have one) as undefined, despite its types. */
function distinguishedName(name) {
    return (name ?? '').replaceAll('\n', ', ');
}
/** The first `length` characters of a long value (a digest, a key), for messages. */
function abbreviate(value, length = 16) {
    return value.length <= length ? value : `${value.slice(0, length)}\u2026`;
}
/**
 * The text of an otherName SAN (its type id and [0] EXPLICIT value) when it is Fulcio's username
 * identity, as sigstore-go, cosign and sigstore-python match it; empty text for another type.
 */
function fulcioUsername(content) {
    try {
        const [type, explicit, ...rest] = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derChildren */ .v0)({ tag: OTHER_NAME, whole: content, content });
        if (type?.tag !== OID_TAG || explicit?.tag !== OTHER_NAME || rest.length > 0)
            throw new Error('not a type id and a value');
        if ((0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .oidText */ .ch)(type.content) !== FULCIO_USERNAME_OID)
            return '';
        const value = (0,_der_js__WEBPACK_IMPORTED_MODULE_1__/* .derNode */ .eG)(explicit.content);
        if (value.tag !== UTF8_STRING)
            throw new Error('not a UTF8String');
        return new TextDecoder('utf-8', { fatal: true }).decode(value.content);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_CERTIFICATE_INVALID', 'the certificate\'s otherName subject alternative name is not an OID and a UTF-8 UTF8String, as Fulcio writes it');
    }
}


/***/ }),

/***/ 83913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ contentOf),
/* harmony export */   EQ: () => (/* binding */ organizationsOf),
/* harmony export */   HW: () => (/* binding */ readExtensions),
/* harmony export */   TV: () => (/* binding */ certificateFields),
/* harmony export */   ch: () => (/* binding */ oidText),
/* harmony export */   eG: () => (/* binding */ derNode),
/* harmony export */   iL: () => (/* binding */ expectWholeElements),
/* harmony export */   nD: () => (/* binding */ sequenceOf),
/* harmony export */   po: () => (/* binding */ tbsWithoutExtension),
/* harmony export */   v0: () => (/* binding */ derChildren)
/* harmony export */ });
/**
 * The element at `offset`, strictly DER as @sigstore/core reads it: one-byte tags other than the
 * universal tag 0, and lengths in their shortest form (a long form only from 128, without
 * leading zero bytes), so one encoding has one reading.
 */
function readElement(bytes, offset, limit) {
    if (offset + 2 > limit)
        throw new Error('truncated DER element');
    const tag = bytes[offset];
    if ((tag & 0x1f) === 0x1f || (tag & 0xdf) === 0)
        throw new Error(`unsupported DER tag 0x${tag.toString(16)}`);
    let length = bytes[offset + 1];
    let contentStart = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        if (count === 0 || count > 4 || contentStart + count > limit)
            throw new Error('unsupported DER length');
        if (bytes[contentStart] === 0)
            throw new Error('non-minimal DER length');
        length = 0;
        for (let i = 0; i < count; i++)
            length = length * 256 + bytes[contentStart + i];
        if (length < 0x80)
            throw new Error('non-minimal DER length');
        contentStart += count;
    }
    const end = contentStart + length;
    if (end > limit)
        throw new Error('DER element overruns its parent');
    return { tag, start: offset, contentStart, end };
}
function childrenOf(bytes, parent) {
    const children = [];
    for (let offset = parent.contentStart; offset < parent.end;) {
        const child = readElement(bytes, offset, parent.end);
        children.push(child);
        offset = child.end;
    }
    return children;
}
function header(tag, length) {
    if (length < 0x80)
        return Buffer.from([tag, length]);
    const octets = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        octets.unshift(rest % 256);
    return Buffer.from([tag, 0x80 | octets.length, ...octets]);
}
function wrap(tag, content) {
    return Buffer.concat([header(tag, content.length), content]);
}
const SEQUENCE = 0x30;
/** A certificate's bytes as a Buffer, its TBSCertificate and the TBSCertificate's fields. */
function tbsOf(certificate) {
    const bytes = Buffer.from(certificate.buffer, certificate.byteOffset, certificate.byteLength);
    const tbs = childrenOf(bytes, readElement(bytes, 0, bytes.length))[0];
    if (tbs === undefined || tbs.tag !== SEQUENCE)
        throw new Error('not a certificate');
    return { bytes, tbs, fields: childrenOf(bytes, tbs) };
}
const EXTENSIONS_TAG = 0xa3;
/**
 * The DER of a certificate's TBSCertificate with one extension removed (RFC 6962's precertificate
 * TBS, without the SCT list), cut out of the original bytes: re-encoding a parsed tree costs more
 * than the rest of a verification. `oidDer` is the extension's OID content bytes.
 */
function tbsWithoutExtension(certificate, oidDer) {
    const { bytes, tbs, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return bytes.subarray(tbs.start, tbs.end);
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    const kept = childrenOf(bytes, list).filter((extension) => {
        const oid = childrenOf(bytes, extension)[0];
        return oid === undefined || !bytes.subarray(oid.contentStart, oid.end).equals(oidDer);
    });
    const extensions = wrap(EXTENSIONS_TAG, wrap(SEQUENCE, Buffer.concat(kept.map((extension) => bytes.subarray(extension.start, extension.end)))));
    return wrap(SEQUENCE, Buffer.concat([bytes.subarray(tbs.contentStart, explicit.start), extensions, bytes.subarray(explicit.end, tbs.end)]));
}
const INTEGER = 0x02;
const EXPLICIT_VERSION = 0xa0;
/**
 * A certificate's serial number, issuer and public key info, read from its TBSCertificate without
 * building an ASN.1 tree (a v1 certificate has no version field before them).
 */
function certificateFields(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const [serial, , issuer, , , key] = fields[0]?.tag === EXPLICIT_VERSION ? fields.slice(1) : fields;
    if (serial?.tag !== INTEGER || issuer?.tag !== SEQUENCE || key?.tag !== SEQUENCE)
        throw new Error('malformed TBSCertificate');
    return { serialNumber: bytes.subarray(serial.contentStart, serial.end), issuer: bytes.subarray(issuer.contentStart, issuer.end), subjectPublicKeyInfo: bytes.subarray(key.start, key.end) };
}
/** Dotted OID text; an empty OID, a component padded with a leading 0x80 or one cut short is refused, so one encoding has one reading. */
function decodeOid(bytes) {
    if (bytes.length === 0 || (bytes.at(-1) & 0x80) !== 0)
        throw new Error('malformed OBJECT IDENTIFIER');
    const parts = [];
    let value = 0;
    // An indexed loop: entries() makes an [index, byte] pair per byte, most of what reading a certificate's extensions allocated.
    for (let index = 0; index < bytes.length; index++) {
        const byte = bytes[index];
        if (byte === 0x80 && (index === 0 || (bytes[index - 1] & 0x80) === 0))
            throw new Error('malformed OBJECT IDENTIFIER');
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
            if (parts.length === 0)
                parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
            else
                parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const OBJECT_IDENTIFIER = 0x06;
/**
 * A certificate's extensions read straight from its DER, without building an ASN.1 tree: a
 * Fulcio certificate carries a dozen, and the tree costs more than the rest of a verification.
 */
function readExtensions(certificate) {
    const { bytes, fields } = tbsOf(certificate);
    const explicit = fields.find((field) => field.tag === EXTENSIONS_TAG);
    if (explicit === undefined)
        return [];
    const list = childrenOf(bytes, explicit)[0];
    if (list === undefined || list.tag !== SEQUENCE)
        throw new Error('malformed extensions');
    return childrenOf(bytes, list).map((extension) => {
        const [oid, second, third] = childrenOf(bytes, extension);
        const value = third ?? second;
        if (oid?.tag !== OBJECT_IDENTIFIER || value?.tag !== OCTET_STRING || (third !== undefined && second?.tag !== BOOLEAN))
            throw new Error('malformed extension');
        return {
            oid: decodeOid(bytes.subarray(oid.contentStart, oid.end)),
            critical: third !== undefined && bytes[second?.contentStart ?? 0] !== 0,
            value: bytes.subarray(value.contentStart, value.end),
            element: bytes.subarray(extension.start, extension.end),
        };
    });
}
/** The content of a DER element that is exactly `bytes`, when its tag is `tag`. */
function contentOf(bytes, tag) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        return element.tag === tag && element.end === bytes.length ? bytes.subarray(element.contentStart, element.end) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The elements of a DER SEQUENCE that is exactly `bytes`, as tag and content. */
function sequenceOf(bytes) {
    try {
        const element = readElement(bytes, 0, bytes.length);
        if (element.tag !== SEQUENCE || element.end !== bytes.length)
            return undefined;
        return childrenOf(bytes, element).map((child) => ({ tag: child.tag, content: bytes.subarray(child.contentStart, child.end) }));
    }
    catch {
        return undefined;
    }
}
/** Dotted OID text from an OBJECT IDENTIFIER's content bytes. */
function oidText(content) {
    return decodeOid(content);
}
const OID = 0x06;
const ORGANIZATION_OID = '2.5.4.10';
/** The organization (O) values of a DER X.501 Name given by its content (its RDN sets, as ParsedCertificate.issuer has it), in order. */
function organizationsOf(nameContent) {
    try {
        const organizations = [];
        const whole = { tag: SEQUENCE, start: 0, contentStart: 0, end: nameContent.length };
        for (const relativeName of childrenOf(nameContent, whole)) {
            for (const attribute of childrenOf(nameContent, relativeName)) {
                const [type, value] = childrenOf(nameContent, attribute);
                if (type?.tag === OID && value !== undefined && decodeOid(nameContent.subarray(type.contentStart, type.end)) === ORGANIZATION_OID) {
                    organizations.push(nameContent.subarray(value.contentStart, value.end).toString('utf8'));
                }
            }
        }
        return organizations;
    }
    catch {
        return [];
    }
}
/** The single DER element that `bytes` is (nothing may follow it). */
function derNode(bytes) {
    const element = readElement(bytes, 0, bytes.length);
    if (element.end !== bytes.length)
        throw new Error('bytes after a DER element');
    return { tag: element.tag, whole: bytes.subarray(element.start, element.end), content: bytes.subarray(element.contentStart, element.end) };
}
/**
 * Throws unless every constructed element within `node` holds a whole number of DER elements, each
 * at most `maxDepth` levels down (`tooDeep` the message otherwise): read by offsets alone, without
 * making a Buffer per element, since a timestamp carries its authority's certificates (hundreds of
 * elements).
 */
function expectWholeElements(node, maxDepth, tooDeep) {
    const bytes = node.whole;
    const check = (element, depth) => {
        if (depth > maxDepth)
            throw new Error(tooDeep);
        if ((element.tag & 0x20) === 0)
            return;
        for (let offset = element.contentStart; offset < element.end;) {
            const child = readElement(bytes, offset, element.end);
            check(child, depth + 1);
            offset = child.end;
        }
    };
    check(readElement(bytes, 0, bytes.length), 0);
}
/** Each node's children, read once: a reader that checks a whole tree and then walks it (an RFC 3161 timestamp) reads each element once. */
const childrenRead = new WeakMap();
/** The elements a constructed DER element holds, in order (the same array for the same node). */
function derChildren(node) {
    let children = childrenRead.get(node);
    if (children === undefined) {
        const whole = { tag: node.tag, start: 0, contentStart: 0, end: node.content.length };
        children = childrenOf(node.content, whole).map((child) => ({
            tag: child.tag,
            whole: node.content.subarray(child.start, child.end),
            content: node.content.subarray(child.contentStart, child.end),
        }));
        childrenRead.set(node, children);
    }
    return children;
}


/***/ }),

/***/ 5447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** Why a bundle did not verify: the code says which check failed, the message what was expected and what was found. */
class VerifyError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(code, message, options = {}) {
        super(code, message, { hint: options.hint ?? DEFAULT_HINTS[code], ...(options.cause === undefined ? {} : { cause: options.cause }), ...(options.place === undefined ? {} : { place: options.place }) });
        this.name = 'VerifyError';
    }
}
const TAMPERED = 'do not trust this artifact: the bundle or the artifact was altered, or they do not belong together';
const DEFAULT_HINTS = {
    VERIFY_BUNDLE_INVALID: 'give the Sigstore bundle (.sigstore.json) that was published with the artifact',
    VERIFY_BUNDLE_UNSUPPORTED: 'trust-kit verifies Sigstore bundles v0.1 to v0.3 holding a message signature or a DSSE in-toto statement',
    VERIFY_ARTIFACT_MISMATCH: TAMPERED,
    VERIFY_SUBJECT_MISMATCH: 'this attestation is about other artifacts: check that you downloaded the artifact the bundle was made for',
    VERIFY_PREDICATE_TYPE_MISMATCH: 'the attestation says something else about the artifact: pass the --predicate-type (input "predicate-type") it was made with (SLSA provenance is https://slsa.dev/provenance/v1), or the bundle holding that kind of attestation',
    VERIFY_PROVENANCE_MISMATCH: 'the provenance claims another source, commit, workflow, trigger or runner than its signing certificate, which GitHub\'s token vouched for: do not trust what it says about the build',
    VERIFY_SIGNATURE_INVALID: TAMPERED,
    VERIFY_KEY_MISMATCH: 'verify key-signed bundles with --key PUB.pem (input "key") and keyless bundles with --certificate-identity and --certificate-oidc-issuer (the inputs of the same names)',
    VERIFY_CERTIFICATE_INVALID: TAMPERED,
    VERIFY_CERTIFICATE_UNTRUSTED: 'the signing certificate was not issued by a CA of the trusted root: pass the right --trusted-root (input "trusted-root"; e.g. `gh attestation trusted-root` for GitHub\'s instance)',
    VERIFY_CERTIFICATE_EXPIRED: 'the signature was not made while its certificate was valid: do not trust this artifact',
    VERIFY_SCT_MISSING: 'the certificate carries no proof of certificate-transparency logging the trusted root requires',
    VERIFY_SCT_INVALID: TAMPERED,
    VERIFY_TLOG_MISSING: 'this instance requires a transparency-log entry in the bundle: sign again with a transparency log, or verify with the trusted root of the instance that signed it',
    VERIFY_TLOG_UNTRUSTED: 'the bundle was logged by a transparency log the trusted root does not list (with a certificate, the log must be of the instance whose CA issued it): pass the right --trusted-root (input "trusted-root")',
    VERIFY_TLOG_INCLUSION_INVALID: TAMPERED,
    VERIFY_TLOG_BODY_MISMATCH: TAMPERED,
    VERIFY_TIMESTAMP_MISSING: 'this instance requires a signed timestamp in the bundle: sign again with a timestamp authority',
    VERIFY_TIMESTAMP_INVALID: 'the timestamp was not signed by a timestamp authority of the trusted root, or does not cover this signature',
    VERIFY_POLICY_IDENTITY_MISMATCH: 'the artifact was signed by someone else: check --certificate-identity (input "certificate-identity"; exact match) or --repo/--signer-workflow (inputs "repo", "signer-workflow")',
    VERIFY_POLICY_ISSUER_MISMATCH: 'the signer\'s identity was vouched for by another OIDC issuer: check --certificate-oidc-issuer (input "certificate-oidc-issuer")',
    VERIFY_POLICY_EXTENSION_MISMATCH: 'the certificate was issued for another repository or workflow run: check --repo (input "repo")',
    VERIFY_POLICY_SIGNER_WORKFLOW_MISMATCH: 'another workflow signed the attestation: check --signer-workflow (input "signer-workflow": the reusable workflow that signs, [host/]owner/repo/path[@ref])',
    VERIFY_POLICY_REPOSITORY_MISMATCH: 'the attestation was made in another repository: check --repo/--owner (inputs "repo", "owner"); when a reusable workflow of another repository signs, pass it as --signer-workflow (input "signer-workflow")',
    VERIFY_POLICY_SOURCE_MISMATCH: 'the attestation was made from another ref or commit: check --source-ref (e.g. refs/tags/v1.2.3) and --source-digest (the commit SHA), the inputs of the same names',
    VERIFY_POLICY_SELF_HOSTED_RUNNER: 'the attestation was made on a self-hosted runner, which --deny-self-hosted-runners (input "deny-self-hosted-runners: true") refuses: its build environment is not GitHub\'s to vouch for',
    SIGSTORE_TRUSTED_ROOT_INVALID: 'give a trusted_root.json (or the JSONL `gh attestation trusted-root` prints)',
    SIGSTORE_TRUSTED_ROOT_UNAVAILABLE: 'pass --trusted-root FILE (input "trusted-root") to verify offline',
    SIGSTORE_KEY_INVALID: 'give the PEM public key (-----BEGIN PUBLIC KEY-----) made by `trust-kit generate-key-pair` or cosign',
    SIGSTORE_INPUT_UNREADABLE: 'check the path',
};


/***/ }),

/***/ 52324:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ verifySct),
/* harmony export */   y: () => (/* binding */ parseSctList)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

/** Reads TLS-encoded fields one after another, refusing any read past the end. */
class TlsReader {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    get done() {
        return this.offset === this.bytes.length;
    }
    block(length) {
        if (this.offset + length > this.bytes.length)
            throw new Error('truncated signed certificate timestamp list');
        const block = this.bytes.subarray(this.offset, this.offset + length);
        this.offset += length;
        return block;
    }
    uint8() {
        return this.block(1)[0];
    }
    uint16() {
        return this.block(2).readUInt16BE(0);
    }
}
/**
 * The SCTs of a SignedCertificateTimestampList (RFC 6962 3.3: a two-byte length, then each SCT
 * behind its own two-byte length), read without building an ASN.1 tree; any length that does not
 * add up, or a byte left over, is an error.
 */
function parseSctList(list) {
    const outer = new TlsReader(list);
    const entries = new TlsReader(outer.block(outer.uint16()));
    if (!outer.done)
        throw new Error('bytes after the signed certificate timestamp list');
    const scts = [];
    while (!entries.done) {
        const sct = new TlsReader(entries.block(entries.uint16()));
        const version = sct.uint8();
        const logId = sct.block(32);
        const timestamp = sct.block(8);
        const extensions = sct.block(sct.uint16());
        const hashAlgorithm = sct.uint8();
        sct.uint8(); // the signature algorithm: the log's key decides how the signature is checked
        const signature = sct.block(sct.uint16());
        if (!sct.done)
            throw new Error('bytes after a signed certificate timestamp');
        scts.push({ version, logId, timestamp, time: new Date(Number(timestamp.readBigUInt64BE(0))), extensions, hashAlgorithm, signature });
    }
    return scts;
}
const HASHES = { 4: 'sha256', 5: 'sha384', 6: 'sha512' };
/**
 * Whether a log's key signed the SCT over a precertificate entry (RFC 6962 3.2: version,
 * certificate_timestamp, the time, precert_entry, `preCert` = issuer key hash, 24-bit length and
 * TBS without the SCT list, then the extensions); an SCT with an unknown hash never verifies.
 */
function verifySct(sct, preCert, key) {
    const hash = HASHES[sct.hashAlgorithm];
    if (hash === undefined)
        return false;
    const extensionsLength = Buffer.alloc(2);
    extensionsLength.writeUInt16BE(sct.extensions.length);
    const signed = Buffer.concat([Buffer.from([sct.version, 0]), sct.timestamp, Buffer.from([0, 1]), preCert, extensionsLength, sct.extensions]);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(hash, signed, key, sct.signature);
    }
    catch {
        return false;
    }
}


/***/ })

};

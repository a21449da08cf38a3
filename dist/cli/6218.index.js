export const id = 6218;
export const ids = [6218,3408,6446,3871,6327];
export const modules = {

/***/ 98294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var registryUsernameProblem = (function (username, env) {
    if (username.includes(':'))
        return 'holds a colon, which HTTP Basic authentication cannot carry in a user name (it separates the name from the password)';
    // eslint-disable-next-line no-control-regex -- what a header cannot carry
    if (/[\u0000-\u001f\u007f]/.test(username))
        return 'holds a control character, which an Authorization header cannot carry';
    return _images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env ? undefined : `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`;
});var readImageArguments = (function (reader, images, input, env) {
    const username = reader.string('registry-username');
    const problem = username === undefined ? undefined : registryUsernameProblem(username, env);
    if (problem !== undefined)
        reader.report('registry-username', problem);
    const references = [];
    for (const image of images) {
        try {
            references.push((0,_oci_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image));
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTrustKitError */ .Nf)(error))
                throw error;
            reader.report(input, error.message);
        }
    }
    return references;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: (() => (/* binding */ readImageArguments)),
/* harmony export */   CA: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.CA)),
/* harmony export */   Qn: (() => (/* reexport safe */ _images_registry_js__WEBPACK_IMPORTED_MODULE_1__.Qn)),
/* harmony export */   dS: (() => (/* binding */ registryUsernameProblem)),
/* harmony export */   im: (() => (/* binding */ REGISTRY_HELP)),
/* harmony export */   zc: (() => (/* binding */ REGISTRY_OPTIONS))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _images_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34703);
/* harmony import */ var _oci_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49103);




/** The registry flags of the image commands, named as cosign names them. */
const REGISTRY_OPTIONS = {
    'registry-username': { type: 'string' },
    'allow-http-registry': { type: 'boolean' },
    'allow-insecure-registry': { type: 'boolean' },
};
/** The help lines of {@link REGISTRY_OPTIONS} and where credentials come from. */
const REGISTRY_HELP = `Registry credentials, the first that has some for a registry: --registry-username with the
password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL} (for the registries of the IMAGEs), GITHUB_TOKEN for
ghcr.io, docker's config.json ($DOCKER_CONFIG or ~/.docker: auths, credsStore, credHelpers).
      --registry-username USER    log in to the IMAGEs' registries as USER (password: ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL})
      --allow-http-registry       reach registries over plain HTTP (testing only)
      --allow-insecure-registry   accept any TLS certificate from registries (testing only)`;
/**
 * What is wrong with a registry user name, if anything: HTTP Basic authentication (RFC 7617)
 * joins it to the password with a colon, so a name holding one logs in as someone else, or as no one.
 */

/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username (see {@link registryUsernameProblem}). */



/***/ }),

/***/ 41724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parsePlatform = (function (text) {
    const parts = text.split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some(((part) => !/^[a-z0-9_.-]+$/i.test(part)))) {
        throw new ImageSbomError('IMAGE_SOURCE_INVALID', `--platform "${text.slice(0, 100)}" is not os/arch[/variant]`, { hint: 'give a platform such as linux/amd64 or linux/arm64/v8' });
    }
    const [os, architecture, variant] = parts;
    return variant === undefined ? { os, architecture } : { os, architecture, variant };
});var platformText = (function (platform) {
    return [platform.os, platform.architecture, ...(platform.variant === undefined ? [] : [platform.variant])].join('/');
});var checkedDigest = (function (value, where) {
    if (typeof value !== 'string' || !DIGEST.test(value)) {
        const what = typeof value === 'string' ? `"${(0,logger/* printable */.g$)(value.slice(0, 100))}" is not a sha256 digest` : value === undefined ? 'names no digest' : `its digest is ${(0,logger/* printable */.g$)(String(JSON.stringify(value)).slice(0, 100))}, not a sha256 digest`;
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: ${what}`, { hint: 'the image metadata is damaged or uses a digest algorithm trust-kit does not read (only sha256)' });
    }
    return value;
});var invalidDescriptor = (function (where, what) {
    return new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: ${what}`, { hint: 'the image metadata is damaged; save or pull the image again' });
});var checkDigest = (function (bytes, digest, where) {
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (actual !== digest)
        throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the content hashes to ${actual}, not ${digest}`, { hint: 'the layout or archive was altered or damaged; save the image again' });
});var isJsonObject = (function (value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
});var notAnObject = (function (where) {
    return new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not a JSON object`, { hint: 'the image metadata is damaged; save or pull the image again' });
});var objectOf = (function (bytes, where) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not JSON: ${(0,logger/* printable */.g$)(error.message)}`, { cause: error, hint: 'the image metadata is damaged; save or pull the image again' });
    }
    if (!isJsonObject(value))
        throw notAnObject(where);
    return value;
});var descriptorOf = (function (value, where) {
    const record = (typeof value === 'object' && value !== null ? value : {});
    // The OCI spec requires both; a size that is no byte count would be compared with the blob's, and printed, as a number.
    if (record.mediaType !== undefined && typeof record.mediaType !== 'string')
        throw invalidDescriptor(where, `its mediaType is ${(0,logger/* printable */.g$)(JSON.stringify(record.mediaType).slice(0, 100))}, not a string`);
    if (typeof record.size !== 'number' || !Number.isSafeInteger(record.size) || record.size < 0)
        throw invalidDescriptor(where, `its size is ${(0,logger/* printable */.g$)(String(JSON.stringify(record.size)).slice(0, 100))}, not a byte count`);
    const descriptor = {
        mediaType: typeof record.mediaType === 'string' ? record.mediaType : '',
        digest: checkedDigest(record.digest, where),
        size: record.size,
    };
    const platform = record.platform;
    if (typeof platform?.os === 'string' && typeof platform.architecture === 'string') {
        descriptor.platform = { os: platform.os, architecture: platform.architecture, ...(typeof platform.variant === 'string' ? { variant: platform.variant } : {}) };
    }
    // buildx marks them so, and gives them the platform unknown/unknown; a hand-made index may keep only one of the two.
    const annotations = record.annotations;
    if (annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'))
        descriptor.attestation = true;
    return descriptor;
});var isIndex = (function (mediaType, document) {
    return mediaType.endsWith('image.index.v1+json') || mediaType.endsWith('manifest.list.v2+json') || (mediaType === '' && Array.isArray(document.manifests) && !Array.isArray(document.layers));
});var entriesOf = (function (document, where) {
    if (!Array.isArray(document.manifests))
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no manifests list`, { hint: 'the index is damaged; save or pull the image again' });
    return document.manifests.map(((entry, index) => descriptorOf(entry, `${where}: manifests[${index}]`)));
});var platformMatches = (function (entry, wanted, defaults = true) {
    if (entry.os !== wanted.os || entry.architecture !== wanted.architecture)
        return false;
    const want = wanted.variant ?? (defaults ? DEFAULT_VARIANTS[wanted.architecture] : undefined);
    const have = entry.variant ?? (defaults ? DEFAULT_VARIANTS[entry.architecture] : undefined);
    return want === undefined || have === undefined || want === have;
});var selectPlatform = (function (entries, wanted, where) {
    const images = entries.filter(((entry) => entry.attestation !== true));
    const found = platformEntry(images, wanted, images.length === 1, where);
    if (found !== undefined)
        return found;
    throw notFound(where, wanted, offeredPlatforms(entries), unnamedImages(images));
});var platformEntry = (function (images, wanted, sole, where = 'the index') {
    const matches = images.filter(((entry) => entry.platform !== undefined && platformMatches(entry.platform, wanted)));
    const digests = [...new Set(matches.map(((entry) => entry.digest)))];
    if (digests.length > 1) {
        throw new ImageSbomError('IMAGE_PLATFORM_AMBIGUOUS', `${where} has ${digests.length} images for ${platformText(wanted)} (${(0,logger/* printable */.g$)(digests.slice(0, 5).join(', '))}${digests.length > 5 ? ', ...' : ''}): which one is meant is not said`, {
            hint: 'name the image by its digest (registry:REPOSITORY@sha256:..., or an index or layout holding that one image), or a platform with its variant',
        });
    }
    const [match] = matches;
    if (match !== undefined)
        return match;
    const [only] = images;
    return sole && images.length === 1 && only?.platform === undefined ? only : undefined;
});var offeredPlatforms = (function (entries) {
    return entries.flatMap(((entry) => (entry.platform === undefined || entry.attestation === true ? [] : [platformText(entry.platform)])));
});var unnamedImages = (function (images) {
    return images.flatMap(((entry) => (entry.platform === undefined && !isIndex(entry.mediaType, {}) ? [entry.digest] : [])));
});var notFound = (function (where, wanted, offered, unnamed) {
    const shownUnnamed = [...new Set(unnamed)];
    const unnamedText = shownUnnamed.length === 0 ? '' : `${offered.length === 0 ? ' (' : '; '}${shownUnnamed.length === 1 ? 'an image that names' : `${shownUnnamed.length} images that name`} no platform: ${(0,logger/* printable */.g$)(shownUnnamed.slice(0, 5).join(', '))}${shownUnnamed.length > 5 ? ', ...' : ''}`;
    const offeredText = offered.length === 0 ? '' : ` (it has ${(0,logger/* printable */.g$)([...new Set(offered)].join(', ').slice(0, 500))}`;
    const closing = offeredText !== '' || unnamedText !== '' ? ')' : '';
    return new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${where} has no image for ${platformText(wanted)}${offeredText}${unnamedText}${closing}`, {
        hint: shownUnnamed.length === 0 ? 'choose one of its platforms with --platform os/arch[/variant]' : `${offered.length === 0 ? '' : 'choose one of its platforms with --platform os/arch[/variant], or '}name an image without a platform by its digest (registry:REPOSITORY@sha256:...)`,
    });
});var platformManifest = (async function (name, top, read, platform) {
    const wanted = platform ?? DEFAULT_PLATFORM;
    const walked = new Set();
    const offered = [];
    const unnamed = [];
    let reads = 0;
    const readEntry = (async (entry) => {
        if (++reads > MAX_INDEX_MANIFESTS) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${name}: finding the ${platformText(wanted)} image would read more than ${MAX_INDEX_MANIFESTS} manifests under its index`, { hint: 'the index lists more indexes than an image has; name the platform image by digest' });
        }
        return { ...(await read(entry, `${name}: manifest ${entry.digest}`)), digest: entry.digest };
    });
    const walk = (async (current, depth) => {
        const listed = indexDocumentEntries(current);
        if (listed === undefined)
            return current;
        if (depth > MAX_NESTED_INDEXES) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${name}: indexes nest more than ${MAX_NESTED_INDEXES} deep under its index (at ${current.where})`, { hint: 'the index is damaged or hostile; name the platform image by digest' });
        }
        const entries = listed.filter(((entry) => entry.attestation !== true));
        offered.push(...offeredPlatforms(entries));
        unnamed.push(...unnamedImages(entries));
        const indexes = entries.filter(((entry) => isIndex(entry.mediaType, {})));
        const image = platformEntry(entries.filter(((entry) => !isIndex(entry.mediaType, {}))), wanted, entries.length === 1, current.where);
        // An entry named an image may still be served as an index: walked, what it is decides, not what its index calls it.
        if (image !== undefined) {
            const found = await walk(await readEntry(image), depth + 1);
            if (found !== undefined)
                return found;
        }
        for (const entry of indexes) {
            if (walked.has(entry.digest) || (entry.platform !== undefined && !platformMatches(entry.platform, wanted)))
                continue;
            walked.add(entry.digest);
            const found = await walk(await readEntry(entry), depth + 1);
            if (found !== undefined)
                return found;
        }
        return undefined;
    });
    const found = await walk(top, 0);
    if (found === undefined)
        throw notFound(name, wanted, offered, unnamed);
    return found;
});var indexDocumentEntries = (function (manifest) {
    let parsed;
    try {
        parsed = JSON.parse(manifest.bytes.toString('utf8'));
    }
    catch {
        // Not JSON: not an index; reading it as an image manifest says what is wrong with it.
        return undefined;
    }
    const document = isJsonObject(parsed) ? parsed : undefined;
    const mediaType = manifest.mediaType !== '' ? manifest.mediaType : typeof document?.mediaType === 'string' ? document.mediaType : '';
    if (!isIndex(mediaType, document ?? {}))
        return undefined;
    if (document === undefined)
        throw notAnObject(manifest.where);
    return entriesOf(document, manifest.where);
});var imageManifest = (function (bytes, where) {
    const document = objectOf(bytes, where);
    if (!Array.isArray(document.layers))
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no layers list (is it an image manifest?)`, { hint: 'give an image, not an artifact or signature manifest' });
    return { config: descriptorOf(document.config, `${where}: config`), layers: document.layers.map(((layer, index) => descriptorOf(layer, `${where}: layers[${index}]`))) };
});var imageConfig = (function (bytes, layerCount, where) {
    const document = objectOf(bytes, where);
    const rootfs = document.rootfs;
    const diffIds = Array.isArray(rootfs?.diff_ids) ? rootfs.diff_ids.map(((id, index) => checkedDigest(id, `${where}: rootfs.diff_ids[${index}]`))) : undefined;
    if (diffIds?.length !== layerCount) {
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} names ${diffIds?.length ?? 'no'} layer diff IDs for ${layerCount} layers`, { hint: 'the config does not belong to this manifest, or is damaged; save or pull the image again' });
    }
    const os = typeof document.os === 'string' ? document.os : '';
    const architecture = typeof document.architecture === 'string' ? document.architecture : '';
    return { platform: { os, architecture, ...(typeof document.variant === 'string' ? { variant: document.variant } : {}) }, diffIds };
});var checkPlatform = (function (config, wanted, where) {
    // A config that names no variant is taken at its word for any (many arm images' configs leave it out).
    if (wanted === undefined || config.platform.os === '' || platformMatches(config.platform, wanted, false))
        return;
    throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${where} is an image for ${platformText(config.platform)}, not ${platformText(wanted)}`, { hint: `leave out --platform, or give --platform ${platformText(config.platform)}` });
});var registryImageSource = (async function (client, text, platform) {
    const reference = (0,oci_reference/* parseImageReference */.o_)(text);
    const name = `registry:${text}`;
    const resolved = await client.resolve(reference);
    const pinned = resolved.reference;
    // Indexes under the index are walked too: each entry fetched by its digest, checked by the client.
    const found = await platformManifest(name, { bytes: resolved.bytes, mediaType: resolved.mediaType, where: `${name}: index ${pinned.digest}` }, (async (entry) => {
        const fetched = await client.getManifest({ ...pinned, digest: entry.digest });
        return { bytes: fetched.bytes, mediaType: fetched.mediaType, where: (0,oci_reference/* formatImageReference */.my)(fetched.reference) };
    }), platform);
    const digest = found.digest ?? pinned.digest;
    const where = (0,oci_reference/* formatImageReference */.my)({ ...pinned, digest });
    const manifest = imageManifest(found.bytes, where);
    const config = imageConfig(await client.readBlob(reference, manifest.config.digest, MAX_METADATA_BYTES), manifest.layers.length, `${where}: config`);
    checkPlatform(config, platform, where);
    return {
        name,
        digest,
        platform: config.platform,
        // No more than the manifest declares (its digest is checked, so its sizes are the image's): a registry streaming past that
        // (an endless body just above the slowest rate accepted) was read until 64 GiB, for days.
        layers: manifest.layers.map(((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index], open: (() => client.openBlob(reference, layer.digest, layer.size >= 0 ? Math.min(layer.size, MAX_LAYER_BYTES) : MAX_LAYER_BYTES, layer.size >= 0 && layer.size <= MAX_LAYER_BYTES ? 'declared' : 'limit')) }))),
    };
});var sequenceLength = (function (bytes, at) {
    const lead = bytes[at];
    if (lead < 0x80)
        return 1;
    let length;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead === 0xe0)
            low = 0xa0;
        else if (lead === 0xed)
            high = 0x9f;
    }
    else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead === 0xf0)
            low = 0x90;
        else if (lead === 0xf4)
            high = 0x8f;
    }
    else
        return 0;
    if (at + length > bytes.length)
        return 0;
    const second = bytes[at + 1];
    if (second < low || second > high)
        return 0;
    for (let index = 2; index < length; index++) {
        const next = bytes[at + index];
        if (next < 0x80 || next > 0xbf)
            return 0;
    }
    return length;
});var decodeName = (function (bytes) {
    let ascii = true;
    for (let index = 0; index < bytes.length && ascii; index++)
        ascii = bytes[index] < 0x80;
    if (ascii)
        return bytes.toString('latin1');
    let out = '';
    let run = 0;
    let at = 0;
    while (at < bytes.length) {
        const length = sequenceLength(bytes, at);
        if (length > 0) {
            at += length;
            continue;
        }
        out += `${bytes.toString('utf8', run, at)}${String.fromCharCode(ESCAPE_BASE + bytes[at])}`;
        at++;
        run = at;
    }
    return out + bytes.toString('utf8', run, at);
});var nameBytes = (function (name) {
    const bytes = Buffer.byteLength(name);
    if (bytes === name.length)
        return bytes;
    // An escape is a lone low surrogate, which Buffer writes as U+FFFD's three bytes.
    return bytes - 2 * (name.match(/(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g)?.length ?? 0);
});var tar_text = (function (block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return decodeName(field.subarray(0, end === -1 ? field.length : end));
});var numeric = (function (block, start, length, what, where) {
    const field = block.subarray(start, start + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++) {
            value = value * 256 + (field[i] ?? 0);
            if (value > Number.MAX_SAFE_INTEGER)
                throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar ${what} field is too large`, { hint: 'the layer is damaged or hostile; rebuild the image' });
        }
        return value;
    }
    // Go's reader trims NULs and spaces at both ends (unused fields are NUL-filled).
    const digits = field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar ${what} field "${(0,logger/* printable */.g$)(digits.slice(0, 20))}" is not an octal number`, { hint: 'the layer is not a tar archive or is damaged; rebuild the image' });
    return Number.parseInt(digits, 8);
});var isZeroBlock = (function (block) {
    for (let i = 0; i < block.length; i++)
        if (block[i] !== 0)
            return false;
    return true;
});var isNumeric = (function (block, start, length) {
    const field = block.subarray(start, start + length);
    if (((field[0] ?? 0) & 0x80) !== 0)
        return true;
    return /^[0-7]*$/.test(field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, ''));
});var prefixOf = (function (block) {
    const magic = block.toString('latin1', 257, 263);
    if (magic === 'ustar\0')
        return block.toString('latin1', 508, 512) === 'tar\0' ? tar_text(block, 345, 131) : tar_text(block, 345, 155);
    if (magic !== 'ustar ' || block.toString('latin1', 263, 265) !== ' \0')
        return '';
    const times = [345, 357].every(((start) => block[start] === 0 || isNumeric(block, start, 12)));
    const prefix = tar_text(block, 345, 155);
    // eslint-disable-next-line no-control-regex -- ASCII is what is tested
    return !times && /^[\x00-\x7f]*$/.test(prefix) ? prefix : '';
});var parseHeader = (function (block, where) {
    const stored = numeric(block, 148, 8, 'checksum', where);
    // Some old tars summed the bytes as signed; Go (the runtime's reader) accepts either sum.
    let sum = 0;
    let signed = 0;
    for (let i = 0; i < BLOCK; i++) {
        const byte = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
        sum += byte;
        signed += byte > 127 ? byte - 256 : byte;
    }
    if (sum !== stored && signed !== stored)
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a tar header's checksum does not match (not a tar archive, or a damaged one)`, { hint: 'check that the blob is an image layer (tar, tar+gzip or tar+zstd) and rebuild the image if it is damaged' });
    const name = tar_text(block, 0, 100);
    const prefix = prefixOf(block);
    return {
        name: prefix === '' ? name : `${prefix}/${name}`,
        mode: numeric(block, 100, 8, 'mode', where),
        size: numeric(block, 124, 12, 'size', where),
        typeflag: String.fromCharCode(block[156] ?? 0),
        linkName: tar_text(block, 157, 100),
    };
});var parsePax = (function (data, where) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        const length = space === -1 ? Number.NaN : Number(data.subarray(offset, space).toString('latin1'));
        if (!Number.isSafeInteger(length) || length <= space - offset || offset + length > data.length) {
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a PAX extended header record is malformed`, { hint: 'the layer is damaged or hostile; rebuild the image' });
        }
        const record = decodeName(data.subarray(space + 1, offset + length - 1));
        const equals = record.indexOf('=');
        if (equals > 0)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        offset += length;
    }
    return records;
});var kindOf = (function (typeflag) {
    if (typeflag === '0' || typeflag === '\0' || typeflag === '7')
        return 'file';
    if (typeflag === '5')
        return 'directory';
    if (typeflag === '2')
        return 'symlink';
    if (typeflag === '1')
        return 'hardlink';
    return 'other';
});var padding = (function (size) {
    return (BLOCK - (size % BLOCK)) % BLOCK;
});var readTar = (async function (source, where, onEntry) {
    const reader = new ChunkReader(source);
    const pending = new PendingExtensions();
    for (;;) {
        // Where the header starts in the uncompressed layer: errors about it say so, to find it with `tar` or a hex dump.
        const at = `${where} at byte ${reader.position}`;
        const block = await reader.read(BLOCK);
        if (block.length === 0)
            return;
        if (block.length < BLOCK)
            throw truncated(at);
        if (isZeroBlock(block)) {
            const next = await reader.read(BLOCK);
            if (next.length === 0 || isZeroBlock(next))
                return;
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${at}: a zero block is followed by more of the archive instead of a second zero block (the container runtime refuses such a layer)`, { hint: 'the layer is damaged or hostile; rebuild the image' });
        }
        const header = parseHeader(block, at);
        if (PendingExtensions.isExtension(header.typeflag)) {
            PendingExtensions.checkSize(header.size, at);
            const data = await reader.read(header.size);
            if (data.length < header.size)
                throw truncated(at);
            await reader.skip(padding(header.size));
            pending.add(header.typeflag, data, at);
            continue;
        }
        const entry = pending.entry(header, at);
        const start = reader.position;
        await onEntry(entry, reader.chunks(entry.size));
        const left = entry.size - (reader.position - start);
        await reader.skip(left);
        if (reader.position - start < entry.size)
            throw truncated(at, entry.name);
        await reader.skip(padding(entry.size));
    }
});var usedPaxRecords = (function (records) {
    const used = new Map();
    for (const key of ['path', 'linkpath', 'size']) {
        const value = records.get(key);
        if (value !== undefined && value !== '')
            used.set(key, value);
    }
    if (SPARSE_RECORDS.some(((key) => records.has(key))))
        used.set('sparse', '');
    return used;
});var truncated = (function (where, name) {
    const entry = name === undefined ? 'an entry' : `the entry "${(0,logger/* printable */.g$)(name.slice(0, 300))}"`;
    return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar archive ends inside ${entry} (truncated)`, { hint: 'the layer is incomplete; pull or save the image again' });
});var headerAt = (function (block, where) {
    return parseHeader(block, where);
});var tooLong = (function (where, name, what) {
    return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the entry "${(0,logger/* printable */.g$)(name.slice(0, 300))}" has ${what}, longer than Linux allows; the runtime cannot extract this layer`, { hint: 'the layer is hostile or damaged; rebuild the image' });
});var checkLinkName = (function (name, linkName, where) {
    const bytes = nameBytes(linkName);
    if (bytes > MAX_PATH_BYTES)
        throw tooLong(where, name, `a link target of ${bytes} bytes (at most ${MAX_PATH_BYTES})`);
});var segmentsOf = (function (name, where) {
    const segments = name.split('/').filter(((segment) => segment !== '' && segment !== '.'));
    if (segments.length > MAX_PATH_SEGMENTS) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: an entry's path has ${segments.length} segments, more than the ${MAX_PATH_SEGMENTS} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
    }
    const bytes = nameBytes(name);
    if (bytes > MAX_PATH_BYTES)
        throw tooLong(where, name, `a path of ${bytes} bytes (at most ${MAX_PATH_BYTES})`);
    for (const segment of segments) {
        const length = nameBytes(segment);
        if (length > MAX_NAME_BYTES)
            throw tooLong(where, name, `a path segment of ${length} bytes (at most ${MAX_NAME_BYTES})`);
    }
    if (segments.includes('..')) {
        throw new ImageSbomError('IMAGE_LAYER_UNSAFE_PATH', `${where}: the entry "${(0,logger/* printable */.g$)(name.slice(0, 300))}" climbs out of the image root with ".."`, { hint: 'the layer is hostile or was built wrongly; do not run this image, rebuild it from a trusted base' });
    }
    return segments;
});var chunkedFile = (function (chunks, size) {
    const starts = [];
    let at = 0;
    for (const chunk of chunks) {
        starts.push(at);
        at += chunk.length;
    }
    return {
        size,
        read(offset, length) {
            const end = Math.min(size, offset + length);
            if (offset >= end)
                return Promise.resolve(Buffer.alloc(0));
            // The last chunk starting at or before `offset`.
            let low = 0;
            let high = chunks.length - 1;
            while (low < high) {
                const middle = (low + high + 1) >> 1;
                if (starts[middle] <= offset)
                    low = middle;
                else
                    high = middle - 1;
            }
            const parts = [];
            for (let index = low; index < chunks.length && starts[index] < end; index++) {
                const chunk = chunks[index];
                const start = starts[index];
                parts.push(chunk.subarray(Math.max(0, offset - start), Math.min(chunk.length, end - start)));
            }
            return Promise.resolve(parts.length === 1 ? parts[0] : Buffer.concat(parts));
        },
    };
});var isZstdMagic = (function (head) {
    if (head.length < 4)
        return false;
    const magic = head.readUInt32LE(0);
    return magic === ZSTD_FRAME || (magic & 0xfffffff0) >>> 0 === ZSTD_SKIPPABLE;
});var compressionOf = (function (head) {
    if (head.subarray(0, 2).equals(GZIP_MAGIC))
        return { name: 'gzip', tool: 'gunzip' };
    if (isZstdMagic(head))
        return { name: 'zstd', tool: 'unzstd' };
    if (head.subarray(0, 6).equals(XZ_MAGIC))
        return { name: 'xz', tool: 'unxz' };
    if (head.subarray(0, 3).toString('latin1') === 'BZh')
        return { name: 'bzip2', tool: 'bunzip2' };
    return undefined;
});var decompressed = (async function* (source, where, frames) {
    const iterator = source[Symbol.asyncIterator]();
    // Chunks are as the source cut them (a network read can be a byte): the magic numbers are looked for in the first 4 bytes, however many chunks hold them.
    const firsts = [];
    let have = 0;
    while (have < 4) {
        const next = await iterator.next();
        if (next.done === true)
            break;
        firsts.push(next.value);
        have += next.value.length;
    }
    if (have === 0)
        return;
    const head = firsts.length === 1 ? firsts[0] : Buffer.concat(firsts);
    const all = (async function* () {
        yield head;
        for (;;) {
            const next = await iterator.next();
            if (next.done === true)
                return;
            yield next.value;
        }
    });
    // Output in chunks of 256 KiB rather than zlib's 16 KiB: a layer of hundreds of MiB passes through the tar reader in fewer, larger steps.
    const compression = compressionOf(head)?.name;
    if (compression === 'gzip')
        yield* decoded(all(), external_node_zlib_.createGunzip({ chunkSize: 256 * 1024 }), where);
    else if (compression === 'zstd') {
        if (typeof external_node_zlib_.createZstdDecompress !== 'function') {
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} is zstd-compressed and this Node.js has no zstd decoder`, { hint: 'run trust-kit on Node.js 22.15 or later (zstd is built in there), or push the image with gzip layers' });
        }
        yield* zstdFrames(all(), where, frames);
    }
    else
        yield* all();
});var decoded = (async function* (source, decoder, where) {
    const input = external_node_stream_.Readable.from(source, { objectMode: false });
    // pipeline carries an error of the source into the decoder, so the loop below sees it.
    const output = (0,external_node_stream_.pipeline)(input, decoder, (() => undefined));
    try {
        for await (const chunk of output)
            yield chunk;
    }
    catch (error) {
        // A coded error of the source (the registry stalled, the blob's digest) says what went wrong better than the decoder that carried it.
        if ((0,errors/* isTrustKitError */.Nf)(error))
            throw error;
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} cannot be decompressed: ${(0,logger/* printable */.g$)(error.message)}`, { cause: error, hint: 'the layer is damaged or not what its media type says; pull or save the image again' });
    }
    finally {
        input.destroy();
        decoder.destroy();
    }
});var cutShort = (function (where) {
    return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the zstd stream ends inside a frame (truncated)`, { hint: 'the layer is incomplete; pull or save the image again' });
});var zstdFrames = (async function* (source, where, frames) {
    const reader = new ChunkReader(source);
    const exact = (async (length) => {
        const bytes = await reader.read(length);
        if (bytes.length < length)
            throw cutShort(where);
        return bytes;
    });
    for (;;) {
        const magicBytes = await reader.read(4);
        if (magicBytes.length === 0)
            return;
        if (magicBytes.length < 4)
            throw cutShort(where);
        if (--frames.left < 0) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's zstd layers hold more than ${frames.limit} frames`, { hint: 'the image is hostile or unusually built; raise the limit only for an image you trust' });
        }
        const magic = magicBytes.readUInt32LE(0);
        if ((magic & 0xfffffff0) >>> 0 === ZSTD_SKIPPABLE) {
            const size = (await exact(4)).readUInt32LE(0);
            const before = reader.position;
            await reader.skip(size);
            if (reader.position - before < size)
                throw cutShort(where);
            continue;
        }
        if (magic !== ZSTD_FRAME)
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: what follows a zstd frame is not another frame`, { hint: 'the layer is damaged or hostile; pull or save the image again' });
        const frame = (async function* () {
            yield magicBytes;
            const descriptor = await exact(1);
            yield descriptor;
            // The frame header's optional fields: window descriptor, dictionary ID, content size (RFC 8878, 3.1.1.1).
            const flags = descriptor[0];
            const singleSegment = (flags & 0x20) !== 0;
            const length = (singleSegment ? 0 : 1) + [0, 1, 2, 4][flags & 3] + [singleSegment ? 1 : 0, 2, 4, 8][flags >> 6];
            if (length > 0)
                yield await exact(length);
            for (;;) {
                const header = await exact(3);
                yield header;
                const value = header[0] | (header[1] << 8) | (header[2] << 16);
                const type = (value >> 1) & 3;
                if (type === 3)
                    throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a zstd block has the reserved type`, { hint: 'the layer is damaged or hostile; pull or save the image again' });
                // An RLE block stores its one byte, the others their size (RFC 8878, 3.1.1.2).
                const size = type === 1 ? 1 : value >>> 3;
                let read = 0;
                for await (const chunk of reader.chunks(size)) {
                    read += chunk.length;
                    yield chunk;
                }
                if (read < size)
                    throw cutShort(where);
                if ((value & 1) === 1)
                    break;
            }
            if ((flags & 0x04) !== 0)
                yield await exact(4);
        });
        // A small frame is decoded at once: a decoder's stream costs ten times what the frame does, and a million tiny frames took minutes.
        const parts = frame();
        const head = [];
        let headBytes = 0;
        let ended = false;
        while (headBytes < SMALL_ZSTD_FRAME.bytes) {
            const next = await parts.next();
            if (next.done === true) {
                ended = true;
                break;
            }
            head.push(next.value);
            headBytes += next.value.length;
        }
        if (ended) {
            const whole = Buffer.concat(head, headBytes);
            const output = decodedAtOnce(whole, where);
            if (output === undefined)
                yield* decoded(joined([whole], parts), external_node_zlib_.createZstdDecompress({ chunkSize: 256 * 1024 }), where);
            else if (output.length > 0)
                yield output;
            continue;
        }
        yield* decoded(batched(joined(head, parts)), external_node_zlib_.createZstdDecompress({ chunkSize: 256 * 1024 }), where);
    }
});var decodedAtOnce = (function (frame, where) {
    try {
        return external_node_zlib_.zstdDecompressSync(frame, { maxOutputLength: SMALL_ZSTD_FRAME.output });
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            return undefined;
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} cannot be decompressed: ${(0,logger/* printable */.g$)(error.message)}`, { cause: error, hint: 'the layer is damaged or not what its media type says; pull or save the image again' });
    }
});var joined = (async function* (head, rest) {
    yield* head;
    for (let next = await rest.next(); next.done !== true; next = await rest.next())
        yield next.value;
});var batched = (async function* (source) {
    let parts = [];
    let size = 0;
    for await (const part of source) {
        parts.push(part);
        size += part.length;
        if (size >= 1024 * 1024) {
            yield parts.length === 1 ? parts[0] : Buffer.concat(parts, size);
            parts = [];
            size = 0;
        }
    }
    if (size > 0)
        yield Buffer.concat(parts, size);
});var measured = (async function* (source, hash, budget, where) {
    for await (const chunk of source) {
        budget.left -= chunk.length;
        if (budget.left < 0) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers hold more than ${budget.limit} bytes uncompressed`, { hint: 'the image is hostile (a compression bomb) or unusually large; raise the limit only for an image you trust' });
        }
        hash.update(chunk);
        yield chunk;
    }
});var hashed = (async function* (source, hash, budget, where) {
    for await (const chunk of source) {
        budget.left -= chunk.length;
        if (budget.left < 0) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers are more than ${budget.limit} bytes stored`, { hint: 'the image is hostile or unusually large; raise the limit only for an image you trust' });
        }
        hash.update(chunk);
        yield chunk;
    }
});var squashLayers = (async function (layers, interest, limits = DEFAULT_IMAGE_LIMITS) {
    const fs = new SquashedFilesystem(limits.maxEntries, limits.maxNameCharacters);
    const budget = { left: limits.maxUncompressedBytes, limit: limits.maxUncompressedBytes };
    const storedBudget = { left: limits.maxUncompressedBytes, limit: limits.maxUncompressedBytes };
    const frames = { left: limits.maxZstdFrames, limit: limits.maxZstdFrames };
    let kept = 0;
    // Every tar entry read, whiteouts and overwrites included, which make no node the entry bound counts: 8 million whiteouts took
    // 27 s and would take minutes before the byte budget. Four times the entries an image may hold is far past any real image's.
    const maxRead = limits.maxEntries * 4;
    let read = 0;
    for (const [layerIndex, layer] of layers.entries()) {
        const where = `layer ${layerIndex + 1} (${layer.diffId})`;
        const storedHash = (0,external_node_crypto_.createHash)('sha256');
        const diffHash = (0,external_node_crypto_.createHash)('sha256');
        const stored = await layer.open();
        const uncompressed = measured(decompressed(hashed(stored, storedHash, storedBudget, where), where, frames), diffHash, budget, where);
        try {
            await readTar(uncompressed, where, (async (header, body) => {
                if (++read > maxRead) {
                    throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers hold more than ${maxRead} tar entries (whiteouts and overwritten files included)`, { hint: 'the image is hostile or unusually large; raise the entry limit only for an image you trust' });
                }
                let entry = header;
                const segments = segmentsOf(entry.name, where);
                checkLinkName(entry.name, entry.linkName, where);
                if (entry.kind === 'hardlink') {
                    const target = fs.linked(segmentsOf(entry.linkName, where));
                    // A hard link to a symbolic link or a special file is one too (link(2) links what is there): it is recorded as that, so a database there is the same unknown.
                    if (target?.kind === 'symlink' || target?.kind === 'other')
                        entry = { ...entry, kind: target.kind, linkName: target.linkName, size: 0 };
                    else {
                        const applied = fs.apply(segments, { ...entry, kind: target?.kind === 'file' ? 'file' : 'hardlink', size: target?.size ?? 0 }, layer.diffId, layerIndex, where);
                        if (applied === undefined)
                            return;
                        // Asked of where the file lands, not of its name: written through a linked directory, a database lands where the link leads.
                        const { node, path } = applied;
                        if (target?.kind !== 'file') {
                            if (interest.keep(path, entry) === 'content')
                                node.unread = `${where}: a hard link to ${(0,logger/* printable */.g$)(entry.linkName.slice(0, 300))}, which is not a regular file of the image; not cataloged`;
                            return;
                        }
                        copyFound(node, target);
                        // The target's bytes were kept only if its own path was wanted: a database linked from elsewhere would otherwise vanish without a word.
                        if (node.content === undefined && node.unread === undefined && interest.keep(path, entry) === 'content') {
                            node.unread = `${where}: a hard link to ${(0,logger/* printable */.g$)(entry.linkName.slice(0, 300))}, whose bytes were not kept (only the paths catalogers read are); not cataloged`;
                        }
                        return;
                    }
                }
                const applied = fs.apply(segments, entry, layer.diffId, layerIndex, where);
                if (applied === undefined)
                    return;
                const { node, path } = applied;
                if (entry.kind === 'symlink' && interest.keep(path, entry) === 'content') {
                    node.unread = `${where}: a symbolic link to ${(0,logger/* printable */.g$)(entry.linkName.slice(0, 300))} (links are not followed); not cataloged`;
                    return;
                }
                // A pipe, a device or a socket where a database or lockfile is read has no bytes to read, and the runtime puts it there: an unknown, as the directory SBOM records it.
                if (entry.kind === 'other' && interest.keep(path, entry) === 'content') {
                    node.unread = `${where}: not a regular file (a device, a pipe or a socket); not cataloged`;
                    return;
                }
                if (entry.kind !== 'file')
                    return;
                const decision = interest.keep(path, entry);
                if (decision === 'content') {
                    if (entry.size > limits.maxFileBytes || kept + entry.size > limits.maxKeptBytes) {
                        node.unread = `${where}: ${entry.size} bytes, more than the ${Math.min(limits.maxFileBytes, limits.maxKeptBytes - kept)} bytes that may be kept; not cataloged`;
                        return;
                    }
                    const chunks = [];
                    for await (const chunk of body)
                        chunks.push(chunk);
                    node.content = Buffer.concat(chunks);
                    kept += entry.size;
                    return;
                }
                if (decision !== 'inspect' || entry.size < SNIFF_BYTES)
                    return;
                if (entry.size > limits.maxFileBytes) {
                    // Too large to inspect: its head says whether it is a binary a cataloger would have read (a Go binary over the
                    // bound), which is then an unknown, as a wanted file past the bounds is; the rest is skipped unread.
                    const head = [];
                    let headBytes = 0;
                    for await (const chunk of body) {
                        head.push(chunk);
                        headBytes += chunk.length;
                        if (headBytes >= SNIFF_BYTES)
                            break;
                    }
                    if (interest.sniff(Buffer.concat(head).subarray(0, SNIFF_BYTES)))
                        node.unread = `${where}: an executable of ${entry.size} bytes, more than the ${limits.maxFileBytes} bytes inspected; not cataloged`;
                    return;
                }
                const chunks = [];
                let have = 0;
                let sniffed = false;
                for await (const chunk of body) {
                    chunks.push(chunk);
                    have += chunk.length;
                    if (!sniffed && have >= SNIFF_BYTES) {
                        if (!interest.sniff(Buffer.concat(chunks).subarray(0, SNIFF_BYTES)))
                            return;
                        sniffed = true;
                    }
                }
                if (sniffed)
                    node.found = await interest.inspect(path, chunkedFile(chunks, have));
            }));
            // The rest of the stream after the end-of-archive blocks still counts for the digests.
            for await (const chunk of uncompressed)
                void chunk;
        }
        finally {
            stored.destroy();
        }
        const diffId = `sha256:${diffHash.digest('hex')}`;
        if (diffId !== layer.diffId.toLowerCase()) {
            throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the uncompressed layer hashes to ${diffId}, not the diff ID the image config names`, { hint: 'the layer or config was altered or damaged; pull or save the image again' });
        }
        const storedDigest = `sha256:${storedHash.digest('hex')}`;
        if (layer.digest.startsWith('sha256:') && storedDigest !== layer.digest.toLowerCase()) {
            throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the stored blob hashes to ${storedDigest}, not ${layer.digest} as the manifest names it`, { hint: 'the blob was altered or damaged; pull or save the image again' });
        }
    }
    // Read from the final filesystem: a file a later layer replaced or deleted is no unknown of the image.
    return { fs, unknowns: fs.unread().map(((file) => ({ path: file.path, reason: file.node.unread }))) };
});var copyFound = (function (node, target) {
    if (target.content !== undefined)
        node.content = target.content;
    if (target.found !== undefined)
        node.found = target.found;
    if (target.unread !== undefined)
        node.unread = target.unread;
});var unreadable = (function (what, error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new ImageSbomError('IMAGE_SOURCE_INVALID', `cannot read ${what}: ${code === 'ENOENT' ? 'it does not exist' : (0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'give an OCI layout directory (oci-dir:PATH), a `docker save` archive (docker-archive:FILE) or an image reference (registry:REF)' });
});var openRegular = (async function (path, what, hint) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        if (!(await handle.stat()).isFile())
            throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is not a regular file`, { hint });
        return handle;
    }
    catch (error) {
        await handle?.close();
        if (error instanceof ImageSbomError)
            throw error;
        throw unreadable(what, error);
    }
});var insideLayout = (async function (realRoot, path, what) {
    let real;
    try {
        real = await (0,promises_.realpath)(path);
    }
    catch (error) {
        throw unreadable(what, error);
    }
    if ((0,core_paths/* pathInside */._)(realRoot, real) === undefined) {
        throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is a symbolic link to a file outside the layout`, { hint: 'the layout is damaged or hostile; save the image again, with its blobs inside the layout directory' });
    }
    return real;
});var readBounded = (async function (path, maxBytes, what) {
    const handle = await openRegular(path, what, 'the layout is damaged; save the image again');
    try {
        const info = await handle.stat();
        if (info.size > maxBytes)
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${what} is ${info.size} bytes, more than the ${maxBytes} allowed`, { hint: 'the layout is damaged or hostile; save the image again' });
        const buffer = Buffer.alloc(info.size);
        const { bytesRead } = await handle.read(buffer, 0, info.size, 0);
        return buffer.subarray(0, bytesRead);
    }
    catch (error) {
        if (error instanceof ImageSbomError)
            throw error;
        throw unreadable(what, error);
    }
    finally {
        await handle.close();
    }
});var resolveImage = (async function (name, top, blob, layerOpener, platform) {
    const found = await platformManifest(name, top, (async (entry, where) => ({ bytes: await blob(entry.digest, where), mediaType: entry.mediaType, where })), platform);
    const manifest = imageManifest(found.bytes, found.where);
    const config = imageConfig(await blob(manifest.config.digest, `${name}: config ${manifest.config.digest}`), manifest.layers.length, `${name}: config`);
    checkPlatform(config, platform, name);
    const layers = manifest.layers.map(((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index], open: layerOpener(layer) })));
    return { name, ...(found.digest === undefined ? {} : { digest: found.digest }), platform: config.platform, layers };
});var parseJson = (function (bytes, where) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not JSON: ${(0,logger/* printable */.g$)(error.message)}`, { cause: error, hint: 'the image metadata is damaged; save the image again' });
    }
});var ociLayoutSource = (async function (dir, platform, cwd = '.') {
    const root = (0,external_node_path_.resolve)(cwd, dir);
    const info = await (0,promises_.stat)(root).catch(((error) => {
        throw unreadable(`the OCI layout ${root}`, error);
    }));
    if (!info.isDirectory())
        throw new ImageSbomError('IMAGE_SOURCE_INVALID', `the OCI layout ${root} is not a directory`, { hint: 'oci-dir: takes the directory holding index.json and blobs/' });
    const realRoot = await (0,promises_.realpath)(root).catch(((error) => {
        throw unreadable(`the OCI layout ${root}`, error);
    }));
    const blobPath = ((digest) => (0,external_node_path_.join)(realRoot, 'blobs', 'sha256', digest.slice('sha256:'.length)));
    const blob = (async (digest, where) => {
        const bytes = await readBounded(await insideLayout(realRoot, blobPath(checkedDigest(digest, where)), where), MAX_METADATA_BYTES, where);
        checkDigest(bytes, digest, where);
        return bytes;
    });
    const where = `oci-dir:${dir}: index.json`;
    const index = await readBounded(await insideLayout(realRoot, (0,external_node_path_.join)(realRoot, 'index.json'), where), MAX_METADATA_BYTES, where);
    const opener = ((descriptor) => (async () => {
        const what = `oci-dir:${dir}: layer ${descriptor.digest}`;
        const handle = await openRegular(await insideLayout(realRoot, blobPath(descriptor.digest), what), what, 'the layout is damaged; save the image again');
        // The (digest-checked) manifest says how large the blob is: another size is known before a byte is read, not after gigabytes.
        const { size } = await handle.stat();
        if (descriptor.size !== undefined && size !== descriptor.size) {
            await handle.close();
            throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${what}: the blob is ${size} bytes, not the ${descriptor.size} its manifest declares`, { hint: 'the blob was altered or damaged; save the image again' });
        }
        return handle.createReadStream({ highWaterMark: 1024 * 1024 });
    }));
    return { ...(await resolveImage(`oci-dir:${dir}`, { bytes: index, mediaType: 'application/vnd.oci.image.index.v1+json', where }, blob, opener, platform)), label: `oci-dir:${(0,external_node_path_.basename)(root)}` };
});var indexArchive = (async function (path, what) {
    const members = new Map();
    const links = new Map();
    let handle;
    try {
        handle = await openRegular(path, what, 'give the file `docker save` wrote');
        const { size: total } = await handle.stat();
        const pending = new PendingExtensions();
        // Headers of every kind are counted: each costs a read, and directories or links are as cheap to write as files.
        let headers = 0;
        let offset = 0;
        const block = Buffer.alloc(BLOCK);
        while (offset + BLOCK <= total) {
            await handle.read(block, 0, BLOCK, offset);
            // `docker save | gzip` (docker load takes it): said for what it is, not as a tar header that does not add up.
            const compressed = offset === 0 ? compressionOf(block) : undefined;
            if (compressed !== undefined) {
                throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is ${compressed.name}-compressed, not the tar archive \`docker save\` writes`, { hint: `decompress it first (with ${compressed.tool}), or give \`docker save\`'s output as it is` });
            }
            if (isZeroBlock(block))
                break;
            if (++headers > MAX_ARCHIVE_MEMBERS) {
                throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${what} holds more than ${MAX_ARCHIVE_MEMBERS} entries`, { hint: 'an image archive holds a few entries per layer; the archive is not one `docker save` wrote, or is hostile' });
            }
            const header = headerAt(block, what);
            const body = offset + BLOCK;
            const size = PendingExtensions.isExtension(header.typeflag) ? header.size : undefined;
            const entry = size === undefined ? pending.entry(header, what) : undefined;
            const length = size ?? entry?.size ?? 0;
            if (body + length > total)
                throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} ends inside the entry ${(0,logger/* printable */.g$)((entry?.name ?? header.name).slice(0, 200))} (truncated)`, { hint: 'save the image again' });
            if (size !== undefined) {
                PendingExtensions.checkSize(size, what);
                const data = Buffer.alloc(size);
                await handle.read(data, 0, size, body);
                pending.add(header.typeflag, data, what);
            }
            else if (entry?.kind === 'file') {
                members.set(entry.name.replace(/^\.\//, ''), { offset: body, size: entry.size });
            }
            else if (entry?.kind === 'symlink') {
                links.set(entry.name.replace(/^\.\//, ''), entry.linkName);
            }
            offset = body + length + padding(length);
        }
        for (const [name, linkName] of links) {
            const member = linkedMember(name, linkName, members, links);
            if (member !== undefined && !members.has(name))
                members.set(name, member);
        }
    }
    catch (error) {
        // The archive's headers are read by the layers' tar reader, whose code is about a layer: the archive is the source here.
        if (error instanceof ImageSbomError && error.code === 'IMAGE_LAYER_INVALID') {
            const detail = error.message.startsWith(`${what}: `) ? error.message.slice(what.length + 2) : error.message;
            throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is not a tar archive as \`docker save\` writes: ${detail}`, { cause: error, hint: 'give the file `docker save` wrote, or save the image again' });
        }
        if (error instanceof ImageSbomError)
            throw error;
        throw unreadable(what, error);
    }
    finally {
        await handle?.close();
    }
    return members;
});var linkedMember = (function (name, linkName, members, links) {
    let at = name;
    let target = linkName;
    for (let hop = 0; hop < MAX_ARCHIVE_LINK_HOPS; hop++) {
        if (target.startsWith('/'))
            return undefined;
        const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(at), target));
        if (joined === '..' || joined.startsWith('../'))
            return undefined;
        const member = members.get(joined);
        if (member !== undefined)
            return member;
        const next = links.get(joined);
        if (next === undefined)
            return undefined;
        at = joined;
        target = next;
    }
    return undefined;
});var dockerArchiveSource = (async function (file, platform, cwd = '.') {
    const path = (0,external_node_path_.resolve)(cwd, file);
    const name = `docker-archive:${file}`;
    const members = await indexArchive(path, name);
    const readMember = (async (member, where, maxBytes = MAX_METADATA_BYTES) => {
        const found = members.get(member);
        if (found === undefined)
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: the archive has no ${(0,logger/* printable */.g$)(member.slice(0, 200))}`, { hint: 'give an archive written by `docker save`' });
        if (found.size > maxBytes)
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: ${(0,logger/* printable */.g$)(member.slice(0, 200))} is ${found.size} bytes, more than the ${maxBytes} allowed`, { hint: 'the archive is damaged or hostile' });
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const buffer = Buffer.alloc(found.size);
            await handle.read(buffer, 0, found.size, found.offset);
            return buffer;
        }
        finally {
            await handle.close();
        }
    });
    const manifestWhere = `${name}: manifest.json`;
    const manifest = parseJson(await readMember('manifest.json', manifestWhere), manifestWhere);
    if (!Array.isArray(manifest) || manifest.length === 0)
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${manifestWhere} lists no image`, { hint: 'give an archive written by `docker save`' });
    const wanted = platform ?? DEFAULT_PLATFORM;
    let chosen;
    if (manifest.length > MAX_ARCHIVE_IMAGES) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${manifestWhere} lists ${manifest.length} images, more than the ${MAX_ARCHIVE_IMAGES} read`, { hint: 'save fewer images in one archive (each is read in turn until one is for the platform)' });
    }
    const offered = [];
    // Every image for the platform, by its tags: more than one, and which one is meant is not said.
    const matching = [];
    // A config read once is not read again: entries naming the same big config would each cost a read and a parse.
    const passed = new Set();
    for (const [index, entry] of manifest.entries()) {
        const record = (typeof entry === 'object' && entry !== null ? entry : {});
        const where = `${manifestWhere}[${index}]`;
        if (typeof record.Config !== 'string' || !Array.isArray(record.Layers) || !record.Layers.every(((layer) => typeof layer === 'string'))) {
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no Config and Layers`, { hint: 'give an archive written by `docker save`' });
        }
        // Members are named without a leading `./` (see indexArchive), and so are the paths the manifest gives them.
        const configName = record.Config.replace(/^\.\//, '');
        if (passed.has(configName))
            continue;
        passed.add(configName);
        const config = await readMember(configName, where);
        const parsed = imageConfig(config, record.Layers.length, `${name}: ${(0,logger/* printable */.g$)(configName.slice(0, 200))}`);
        offered.push(`${parsed.platform.os}/${parsed.platform.architecture}`);
        if (manifest.length === 1 || (parsed.platform.os === wanted.os && parsed.platform.architecture === wanted.architecture)) {
            chosen ??= { config, layers: record.Layers.map(((layer) => layer.replace(/^\.\//, ''))), configName };
            const tags = Array.isArray(record.RepoTags) ? record.RepoTags.filter(((tag) => typeof tag === 'string')) : [];
            matching.push(tags.length > 0 ? tags.join(' ') : configName);
        }
    }
    if (matching.length > 1) {
        throw new ImageSbomError('IMAGE_PLATFORM_AMBIGUOUS', `${name} holds ${matching.length} images for ${wanted.os}/${wanted.architecture} (${(0,logger/* printable */.g$)(matching.slice(0, 5).join(', ').slice(0, 500))}${matching.length > 5 ? ', ...' : ''}): which one is meant is not said`, {
            hint: 'save the image alone (`docker save IMAGE -o image.tar`), or give another platform with --platform os/arch',
        });
    }
    if (chosen === undefined)
        throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${name} has no image for ${wanted.os}/${wanted.architecture} (it has ${(0,logger/* printable */.g$)(offered.join(', ').slice(0, 500))})`, { hint: 'choose one of its platforms with --platform os/arch' });
    const config = imageConfig(chosen.config, chosen.layers.length, `${name}: ${(0,logger/* printable */.g$)(chosen.configName.slice(0, 200))}`);
    checkPlatform(config, platform, name);
    // Named by its digest (`blobs/sha256/<hex>` since Docker 25, `sha256:<hex>` as crane writes it): checked against it.
    const configDigest = /^(?:blobs\/sha256\/|sha256:)([a-f0-9]{64})$/.exec(chosen.configName);
    if (configDigest?.[1] !== undefined)
        checkDigest(chosen.config, `sha256:${configDigest[1]}`, `${name}: ${chosen.configName}`);
    const layers = chosen.layers.map(((layer, index) => {
        const member = members.get(layer);
        const where = `${name}: layer ${(0,logger/* printable */.g$)(layer.slice(0, 200))}`;
        if (member === undefined)
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not in the archive`, { hint: 'give an archive written by `docker save`' });
        // OCI blobs since Docker 25; `<hex>.tar.gz` as crane (go-containerregistry's tarball) writes them, gzip-compressed, named by the compressed digest.
        const match = /^(?:blobs\/sha256\/([a-f0-9]{64})|([a-f0-9]{64})\.tar\.gz)$/.exec(layer);
        const blobDigest = match?.[1] ?? match?.[2];
        const diffId = config.diffIds[index];
        return {
            // Older archives name layers `<id>/layer.tar`, uncompressed: the diff ID is then the stored digest too.
            digest: blobDigest === undefined ? diffId : `sha256:${blobDigest}`,
            diffId,
            open: (() => Promise.resolve(member.size === 0 ? external_node_stream_.Readable.from([]) : (0,external_node_fs_.createReadStream)(path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 }))),
        };
    }));
    return { name, label: `docker-archive:${(0,external_node_path_.basename)(path)}`, platform: config.platform, layers };
});var parseErrorReason = (function (error) {
    const prefix = `${error.path}${error.line === undefined ? '' : `:${error.line}`}: `;
    return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
});var personOf = (function (field) {
    if (field === undefined)
        return undefined;
    const open = field.indexOf('<');
    if (open !== -1 && field.indexOf('>', open) !== field.length - 1)
        return undefined;
    const name = (open === -1 ? field : field.slice(0, open)).trimEnd();
    return name === '' ? undefined : name;
});var locationProperties = (function (files) {
    return files.flatMap(((file, index) => [
        { name: `syft:location:${index}:layerID`, value: file.node.layer },
        { name: `syft:location:${index}:path`, value: file.path },
    ]));
});var paragraphs = (function (text) {
    const out = [];
    let current = { fields: new Map(), line: 1 };
    let started = false;
    let last;
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '') {
            if (started)
                out.push(current);
            current = { fields: new Map(), line: index + 2 };
            started = false;
            last = undefined;
            continue;
        }
        if (!started) {
            current.line = index + 1;
            started = true;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (last !== undefined)
                current.fields.set(last, `${current.fields.get(last) ?? ''}\n${line.trim()}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0) {
            current.damaged ??= { line: index + 1, text: line };
            last = undefined;
            continue;
        }
        last = line.slice(0, colon).toLowerCase();
        current.fields.set(last, line.slice(colon + 1).trim());
    }
    if (started)
        out.push(current);
    return out;
});var copyrightLicenses = (function (text) {
    const found = new Set();
    for (const match of text.matchAll(/^License:[ \t]*([^\s,][^\n]*)$/gm)) {
        const name = (match[1] ?? '').trim();
        // `License: GPL-2+ or Artistic`: each name of an expression counts.
        // The lookbehind tries ` or ` only where a run of blanks starts: from every blank of a long run it was quadratic.
        for (const part of name.split(/(?<!\s)\s+(?:or|and)\s+|,\s*/i))
            if (/^[A-Za-z0-9][A-Za-z0-9.+_-]*$/.test(part))
                found.add(part);
    }
    for (const match of text.matchAll(/\/usr\/share\/common-licenses\/([A-Za-z0-9][A-Za-z0-9.+_-]*[A-Za-z0-9+])/g))
        found.add(match[1]);
    return [...found].sort();
});var sourceOf = (function (field) {
    if (field === undefined || field === '')
        return undefined;
    const match = /^(\S+)(?:\s+\(([^)]+)\))?$/.exec(field);
    if (match === null)
        return undefined;
    return match[2] === undefined ? { name: match[1] } : { name: match[1], version: match[2] };
});var dependencyNames = (function (field) {
    if (field === undefined || field === '')
        return [];
    return field.split(',').map(((group) => group.split('|').map(((alternative) => (alternative.trim().split(/[\s(]/)[0] ?? '').replace(/:\w+$/, ''))).filter(((name) => name !== ''))));
});var splitLocations = (function (properties) {
    const byIndex = new Map();
    const others = [];
    for (const property of properties) {
        const match = LOCATION_PROPERTY.exec(property.name);
        if (match === null) {
            others.push(property);
            continue;
        }
        const pair = byIndex.get(match[1]) ?? { layer: '', path: '' };
        if (match[2] === 'path')
            pair.path = property.value;
        else
            pair.layer = property.value;
        byIndex.set(match[1], pair);
    }
    return { pairs: [...byIndex.values()], others };
});var distroOf = (function (text, debianVersion) {
    const fields = new Map();
    for (const line of text.split('\n')) {
        const match = /^([A-Z_]+)=(?:"([^"]*)"|'([^']*)'|(\S*))\s*$/.exec(line.trim());
        if (match !== null)
            fields.set(match[1], match[2] ?? match[3] ?? match[4] ?? '');
    }
    const id = fields.get('ID');
    if (id === undefined || id === '')
        return undefined;
    const versionId = fields.get('VERSION_ID');
    if (versionId === undefined || versionId === '')
        return { id };
    const point = debianVersion?.trim();
    return id === 'debian' && point !== undefined && /^\d+(?:\.\d+)+$/.test(point) && point.startsWith(`${versionId}.`) ? { id, versionId: point } : { id, versionId };
});var insideSkippedDirectory = (function (path) {
    return path.split('/').some(((segment) => catalog/* SKIPPED_DIRECTORIES */.j8.has(segment)));
});var imageRoot = (function (source, imageName) {
    const qualifiers = { arch: source.platform.architecture };
    const version = source.digest ?? '';
    return { purl: (0,sbom_purl.purlOf)('oci', imageName, version, undefined, version === '' ? undefined : qualifiers), ecosystem: 'oci', name: imageName, version, hashes: [], locations: [{ path: source.label ?? source.name }], scope: 'required' };
});var imageNameOf = (function (source) {
    const withoutPrefix = (source.label ?? source.name).replace(/^[a-z-]+:/, '');
    const withoutTag = withoutPrefix.replace(/@sha256:[a-f0-9]+$/, '').replace(/:[\w.-]+$/, '');
    const base = external_node_path_.posix.basename(withoutTag.replace(/\/+$/, '').replace(/\.tar$/, '')).toLowerCase().replace(/[^a-z0-9._-]/g, '-');
    return base === '' ? 'image' : base;
});var withLayer = (function (result, file) {
    const mark = ((pkg) => ({ ...pkg, properties: (0,model/* sortProperties */.Oi)([...(pkg.properties ?? []), ...locationProperties([file])]) }));
    return { ...result, packages: result.packages.map(mark), ...(result.root === undefined ? {} : { root: mark(result.root) }) };
});var imageSbom = (async function (source, options = {}) {
    const osCatalogers = options.osCatalogers ?? OS_CATALOGERS;
    const parsers = options.parsers ?? sbom_parsers/* PARSERS */.n;
    const named = parsers.filter(((parser) => parser.sniff === undefined));
    const sniffers = parsers.filter(((parser) => parser.sniff !== undefined));
    const includeDev = options.includeDev ?? false;
    const interest = {
        keep(path, entry) {
            // A link or special file where a database or lockfile is read hides it (an unknown); os-release and the files read beside a database are commonly links, and matter less.
            if (entry.kind !== 'file') {
                if (osCatalogers.some(((cataloger) => cataloger.wants(path) && cataloger.isDatabase(path))))
                    return 'content';
                return !insideSkippedDirectory(path) && named.some(((parser) => parser.matches(external_node_path_.posix.basename(path), path))) ? 'content' : undefined;
            }
            if (OS_RELEASE.includes(path) || path === DEBIAN_VERSION || osCatalogers.some(((cataloger) => cataloger.wants(path))))
                return 'content';
            // An executable is inspected wherever it is: a Go binary under node_modules (esbuild's) or a vendor directory ships in
            // the image, while a lockfile there is a dependency's own or a fixture, not the image's. By its content, as syft reads
            // them, whatever its mode when its name could be an executable's: a Go shared library (-buildmode=c-shared) is 0644.
            const name = external_node_path_.posix.basename(path);
            const executable = sniffers.length > 0 && ((entry.mode & 0o111) !== 0 || (0,catalog/* mayBeExecutable */.Vl)(name) !== undefined);
            if (insideSkippedDirectory(path))
                return executable ? 'inspect' : undefined;
            if (SIBLING_NAMES.has(name) || CONSTRAINTS_FILE.test(name) || named.some(((parser) => parser.matches(name, path))))
                return 'content';
            return executable ? 'inspect' : undefined;
        },
        sniff: ((head) => sniffers.some(((parser) => parser.sniff?.(head) === true))),
        async inspect(path, file) {
            const head = await file.read(0, 64);
            const parser = sniffers.find(((candidate) => candidate.sniff?.(head) === true));
            if (parser === undefined)
                return undefined;
            try {
                return { parser: parser.name, result: await parser.parse({ path, content: Buffer.alloc(0), file, readSibling: (() => Promise.resolve(undefined)), includeDev }) };
            }
            catch (error) {
                return { parser: parser.name, unknown: error instanceof sbom_errors/* SbomParseError */.J ? parseErrorReason(error) : `${parser.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}` };
            }
        },
    };
    const { fs, unknowns: layerUnknowns } = await squashLayers(source.layers, interest, options.limits ?? DEFAULT_IMAGE_LIMITS);
    // A database the container reaches through a linked directory (an Alpine with /lib merged into /usr/lib) is not at its path in the squashed tree: say so rather than leave it out.
    for (const path of osCatalogers.flatMap(((cataloger) => cataloger.databasePaths))) {
        if (fs.get(path) !== undefined)
            continue;
        const reached = fs.resolve(path);
        if (reached !== undefined && (reached.node.kind === 'file' || (reached.node.children?.size ?? 0) > 0)) {
            layerUnknowns.push({ path, reason: `reached through a symbolic link, at ${reached.path} (links are not followed); not cataloged` });
        }
    }
    // An rpm database is not read (its formats are Berkeley DB, NDB or SQLite): said, so that --strict does not pass an rpm-based image whose packages are all left out.
    for (const path of RPM_DATABASES) {
        if (fs.get(path)?.kind === 'file')
            layerUnknowns.push({ path, reason: 'an rpm database, which trust-kit does not read: the packages rpm installed are not listed' });
    }
    const files = fs.files();
    const kept = new Map(files.filter(((file) => file.node.content !== undefined)).map(((file) => [file.path, file])));
    const osRelease = OS_RELEASE.map(((path) => kept.get(path))).find(((file) => file !== undefined));
    const distro = osRelease?.node.content === undefined ? undefined : distroOf(osRelease.node.content.toString('utf8'), kept.get(DEBIAN_VERSION)?.node.content?.toString('utf8'));
    const results = [];
    // Package databases and lockfiles share one budget: what either parses stays in memory until the SBOM is written.
    const budget = new parse_budget/* ParseBudget */.Z(options.parseBudgetBytes);
    for (const cataloger of osCatalogers) {
        const wanted = files.filter(((file) => file.node.content !== undefined && cataloger.wants(file.path)));
        for (const database of wanted.filter(((file) => cataloger.isDatabase(file.path)))) {
            const content = database.node.content;
            const refused = budget.take(content.length, (0,parse_budget/* lineCost */.S)(content, DATABASE_COST_PER_LINE));
            if (refused !== undefined) {
                results.push({ path: database.path, parser: cataloger.name, unknown: { path: database.path, reason: refused }, os: true });
                continue;
            }
            try {
                results.push({ path: database.path, parser: cataloger.name, result: cataloger.catalog(database, { files: wanted, file: ((path) => kept.get(path)), distro }), os: true });
            }
            catch (error) {
                const reason = error instanceof sbom_errors/* SbomParseError */.J ? parseErrorReason(error) : `${cataloger.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}`;
                results.push({ path: database.path, parser: cataloger.name, unknown: { path: database.path, ...(error instanceof sbom_errors/* SbomParseError */.J && error.line !== undefined ? { line: error.line } : {}), reason }, os: true });
            }
        }
    }
    // What many lockfiles of the image include (a requirements file's `-r common.txt`) is parsed once for this image.
    const shared = (0,parser/* sharedWork */.Dz)(parser/* SHARED_WORK_BYTES */.sT);
    for (const file of files) {
        const name = external_node_path_.posix.basename(file.path);
        const parser = insideSkippedDirectory(file.path) ? undefined : named.find(((candidate) => candidate.matches(name, file.path)));
        if (parser !== undefined && file.node.content !== undefined) {
            const readSibling = ((sibling) => Promise.resolve(kept.get(external_node_path_.posix.join(external_node_path_.posix.dirname(file.path), sibling))?.node.content));
            const refused = budget.take(file.node.content.length);
            try {
                if (refused !== undefined)
                    results.push({ path: file.path, parser: parser.name, unknown: { path: file.path, reason: refused }, os: false });
                else
                    results.push({ path: file.path, parser: parser.name, result: withLayer(await parser.parse({ path: file.path, content: file.node.content, readSibling, includeDev, shared }), file), os: false });
            }
            catch (error) {
                const reason = error instanceof sbom_errors/* SbomParseError */.J ? parseErrorReason(error) : `${parser.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}`;
                results.push({ path: file.path, parser: parser.name, unknown: { path: file.path, ...(error instanceof sbom_errors/* SbomParseError */.J && error.line !== undefined ? { line: error.line } : {}), reason }, os: false });
            }
        }
        const found = file.node.found;
        if (found?.unknown !== undefined)
            results.push({ path: file.path, parser: found.parser, unknown: { path: file.path, reason: found.unknown }, os: false });
        else if (found?.result !== undefined && (found.result.root !== undefined || found.result.packages.length > 0))
            results.push({ path: file.path, parser: found.parser, result: withLayer(found.result, file), os: false });
    }
    // A requirements/ file another names with -c is constraints, read where it is named.
    results.splice(0, results.length, ...(0,catalog/* withoutConstraintFiles */.F9)(results));
    const root = imageRoot(source, imageNameOf(source));
    const packages = new Map();
    const relationships = new Map();
    const relate = ((relationship) => {
        if (relationship.from !== relationship.to)
            relationships.set(`${relationship.type}\u0000${relationship.from}\u0000${relationship.to}`, relationship);
    });
    // Packages found more than once; their properties are sorted once all are in (sorting at each find was quadratic: 8,000 status.d files of one package took 10 s).
    const merged = new Set();
    // The (layer, path) pairs of each package found more than once.
    const locations = new Map();
    const add = ((pkg) => {
        const existing = packages.get(pkg.purl);
        if (existing === undefined) {
            packages.set(pkg.purl, { ...pkg, locations: [...pkg.locations], hashes: [...pkg.hashes], ...(pkg.properties === undefined ? {} : { properties: [...pkg.properties] }) });
            return;
        }
        existing.locations.push(...pkg.locations);
        existing.scope = (0,model/* strongerScope */.TI)(existing.scope, pkg.scope);
        existing.license ??= pkg.license;
        if (pkg.properties !== undefined) {
            // Each find numbers its files from 0: kept as pairs, numbered again once all are in, so each layer stays with its path.
            let pairs = locations.get(existing);
            if (pairs === undefined) {
                const first = splitLocations(existing.properties ?? []);
                existing.properties = first.others;
                locations.set(existing, (pairs = first.pairs));
            }
            const found = splitLocations(pkg.properties);
            for (const pair of found.pairs)
                pairs.push(pair);
            for (const property of found.others)
                existing.properties?.push(property);
            merged.add(existing);
        }
    });
    for (const { result } of results) {
        if (result === undefined)
            continue;
        for (const pkg of result.packages)
            add(pkg);
        for (const relationship of result.relationships)
            relate(relationship);
        if (result.root !== undefined) {
            add(result.root);
            relate({ from: root.purl, to: result.root.purl, type: 'contains' });
        }
        else {
            for (const pkg of result.packages)
                relate({ from: root.purl, to: pkg.purl, type: 'contains' });
        }
    }
    for (const pkg of merged) {
        const pairs = [...new Map((locations.get(pkg) ?? []).map(((pair) => [`${pair.path}\u0000${pair.layer}`, pair]))).values()].sort(((a, b) => (0,catalog/* compareText */.n6)(a.path, b.path) || (0,catalog/* compareText */.n6)(a.layer, b.layer)));
        pkg.properties = (0,model/* sortProperties */.Oi)([...(pkg.properties ?? []), ...pairs.flatMap((({ layer, path }, index) => [{ name: `syft:location:${index}:layerID`, value: layer }, { name: `syft:location:${index}:path`, value: path }]))]);
    }
    const keptPackages = [...packages.values()].filter(((pkg) => includeDev || pkg.scope !== 'dev'));
    const keptPurls = new Set([root.purl, ...keptPackages.map(((pkg) => pkg.purl))]);
    const sortedPackages = keptPackages.sort(((a, b) => (0,catalog/* compareText */.n6)(a.purl, b.purl)));
    for (const pkg of sortedPackages)
        pkg.locations = [...new Map(pkg.locations.map(((location) => [`${location.path}\u0000${location.entry ?? ''}`, location]))).values()].sort(((a, b) => (0,catalog/* compareText */.n6)(a.path, b.path) || (0,catalog/* compareText */.n6)(a.entry ?? '', b.entry ?? '')));
    const sortedRelationships = [...relationships.entries()].filter((([, relationship]) => keptPurls.has(relationship.from) && keptPurls.has(relationship.to))).sort((([a], [b]) => (0,catalog/* compareText */.n6)(a, b))).map((([, relationship]) => relationship));
    const unknowns = [
        ...layerUnknowns,
        ...results.flatMap(((entry) => (entry.unknown === undefined ? (entry.result?.unknowns ?? []) : [entry.unknown]))),
    ];
    const summaries = results.map(((entry) => {
        const found = entry.result?.packages.filter(((pkg) => keptPurls.has(pkg.purl))) ?? [];
        return {
            path: entry.path,
            parser: entry.parser,
            packages: found.length,
            edges: entry.result?.relationships.filter(((relationship) => relationship.type === 'depends-on')).length ?? 0,
            licensed: found.filter(((pkg) => pkg.license !== undefined)).length,
            hashed: found.filter(((pkg) => pkg.hashes.length > 0)).length,
            unknowns: entry.unknown === undefined ? 0 : 1,
            unresolved: entry.result?.unknownCount ?? entry.result?.unknowns?.length ?? 0,
        };
    }));
    const sbom = {
        root,
        packages: sortedPackages,
        relationships: sortedRelationships,
        unknowns,
        files: [],
        created: (options.clock ?? core_clock/* systemClock */.ml).now(),
        tool: `trust-kit-${version/* VERSION */.x}`,
    };
    if (options.organization !== undefined)
        sbom.organization = options.organization;
    return { sbom, lockfiles: summaries };
});var openImageSource = (async function (argument, platform, registry, cwd = '.') {
    const [prefix, rest] = [argument.slice(0, argument.indexOf(':') + 1), argument.slice(argument.indexOf(':') + 1)];
    if (rest === '')
        throw new ImageSbomError('IMAGE_SOURCE_INVALID', `"${argument.slice(0, 200)}" names no image after ${prefix}`, { hint: 'write registry:REF, oci-dir:PATH or docker-archive:FILE' });
    if (prefix === 'oci-dir:')
        return ociLayoutSource(rest, platform, cwd);
    if (prefix === 'docker-archive:')
        return dockerArchiveSource(rest, platform, cwd);
    if (prefix === 'registry:')
        return registry(rest, platform);
    throw new ImageSbomError('IMAGE_SOURCE_INVALID', `"${argument.slice(0, 200)}" has no image source prefix trust-kit reads`, { hint: `write ${image_argument/* IMAGE_SOURCE_PREFIXES */.v.map(((known) => `${known}...`)).join(', ')}` });
});var runImageSbom = (async function (source, config, ports) {
    const committed = ports.clock === undefined ? await (0,lib_sbom.commitTime)(ports.cwd) : undefined;
    const clock = ports.clock ?? (committed === undefined ? undefined : (0,core_clock/* fixedClock */.No)(committed));
    const result = await imageSbom(source, { includeDev: config.includeDev, ...(clock === undefined ? {} : { clock }), ...(config.organization === undefined ? {} : { organization: config.organization }) });
    if (config.strict && result.sbom.unknowns.length > 0) {
        // Paths and reasons come from the image: quoted without the control characters a terminal would obey.
        const listed = result.sbom.unknowns.map(((unknown) => (0,logger/* printable */.g$)(`${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`)));
        throw new sbom_errors/* SbomError */.S('SBOM_UNKNOWNS', `${source.name}: ${listed.length} file${listed.length === 1 ? '' : 's'} could not be cataloged: ${listed.join('; ')}`, {
            hint: 'run without --strict to record them as unknowns in the SBOM',
        });
    }
    const outputs = [];
    let failedWrite;
    for (const format of config.formats) {
        const encoder = (0,formats/* encoderFor */.Eq)(format);
        // In the chunks it is made in, never one string: an image's packages may make a document longer than one string can be.
        const chunks = [...encoder.chunks(result.sbom)];
        const path = config.output !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.output) : config.outputDir !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.outputDir, encoder.fileName) : undefined;
        if (path === undefined) {
            outputs.push({ format, path, chunks });
            continue;
        }
        try {
            await (0,files/* writeFileAtomic */.qD)(path, chunks);
        }
        catch (error) {
            failedWrite ??= { error };
        }
        outputs.push({ format, path });
    }
    if (failedWrite !== undefined)
        throw failedWrite.error;
    return { ...result, outputs, stale: (0,sbom_run/* staleDocuments */.gh)(config, ports.cwd, outputs) };
});var runImageSbomCommand = (async function (image, args, context) {
    const { platform: platformText, 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, 'registry-username': username, ...values } = args.values;
    // Bad flags and a bad IMAGE are usage errors, reported together before anything is read.
    const issues = [...args.issues, ...DIRECTORY_ONLY.filter(((name) => values[name] !== undefined)).map(((name) => ({ input: `--${name}`, message: 'applies to a directory, not to an image' })))];
    let platform;
    if (typeof platformText === 'string') {
        try {
            platform = parsePlatform(platformText);
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            issues.push({ input: '--platform', message: `is ${(0,quote/* quoted */.TL)(platformText, 100)}, not os/arch[/variant] (such as linux/amd64 or linux/arm64/v8)` });
        }
    }
    const pulled = image.startsWith('registry:');
    for (const [name, given] of [['allow-http-registry', allowHttp === true], ['allow-insecure-registry', allowInsecure === true], ['registry-username', username !== undefined]]) {
        if (given && !pulled)
            issues.push({ input: `--${name}`, message: 'applies to a registry: image, which is pulled; an oci-dir: or docker-archive: image is read from disk' });
    }
    if (pulled && typeof username === 'string') {
        const problem = (0,registry/* registryUsernameProblem */.dS)(username, context.env);
        if (problem !== undefined)
            issues.push({ input: '--registry-username', message: problem });
    }
    const rest = image.slice(image.indexOf(':') + 1);
    if (rest === '')
        issues.push({ input: 'argument IMAGE', message: `${(0,quote/* quoted */.TL)(image, 200)} names no image after ${image}` });
    else if (image.startsWith('registry:')) {
        try {
            (0,oci/* parseImageReference */.o_)(rest);
        }
        catch (error) {
            if (!(0,errors/* isTrustKitError */.Nf)(error))
                throw error;
            issues.push({ input: 'argument IMAGE', message: error.message });
        }
    }
    // The directory's flags are refused above, not read a second time.
    const imageValues = Object.fromEntries(Object.entries(values).filter((([name]) => !DIRECTORY_ONLY.includes(name))));
    const config = (0,inputs/* withEarlierIssues */.ZB)(issues, (() => (0,sbom/* sbomConfig */.y)({ ...imageValues, path: '.' }, (0,inputs/* cliNamer */.qy)({ path: 'IMAGE' }), { path: '.', format: 'spdx-json' })));
    // Before the image is pulled or read.
    await (0,paths.requireNamedPaths)((0,paths.sbomOutputPaths)(config), context.cwd, (0,inputs/* cliNamer */.qy)({}));
    const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
    const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : (0,core_clock/* clockFromSourceDateEpoch */.vv)(sourceDateEpoch);
    let client;
    let run;
    try {
        const source = await openImageSource(image, platform, (async (reference, wanted) => {
            // The image commands' client: with their total budget, so a registry answering slowly call after call cannot hold the run.
            client = await (0,registry/* registryClientFor */.CA)({ 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, 'registry-username': username }, context.env, [(0,oci/* parseImageReference */.o_)(reference)]);
            return registryImageSource(client, reference, wanted);
        }), context.cwd);
        run = await runImageSbom(source, config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }) });
    }
    finally {
        // The layers are read: the registry's tokens and the credentials looked up for it are wiped, and its connections closed.
        client?.close();
    }
    context.stderr.write((0,sbom_run/* summaryText */.g5)(run));
    for (const output of run.outputs) {
        if (output.path === undefined)
            for (const chunk of output.chunks)
                context.stdout.write(chunk);
        else
            context.stderr.write(`trust-kit: wrote ${output.format} to ${output.path}\n`);
    }
    return exit_codes/* EXIT */.d.OK;
});

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImageSbomCommand: (() => (/* binding */ runImageSbomCommand))
});

// EXTERNAL MODULE: ./lib/config/inputs.js
var inputs = __webpack_require__(66097);
// EXTERNAL MODULE: ./lib/config/paths.js
var paths = __webpack_require__(56446);
// EXTERNAL MODULE: ./lib/config/sbom.js
var sbom = __webpack_require__(37405);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/quote.js
var quote = __webpack_require__(89531);
// EXTERNAL MODULE: ./lib/oci/index.js + 6 modules
var oci = __webpack_require__(49103);
// EXTERNAL MODULE: ./lib/oci/reference.js
var oci_reference = __webpack_require__(23940);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/logger.js
var logger = __webpack_require__(25403);
;// CONCATENATED MODULE: ./lib/sbom/image/errors.js

/** An image could not be read for an SBOM; the code says why, the message names the image, layer and entry. */
class ImageSbomError extends errors/* TrustKitError */.T0 {
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ImageSbomError';
    }
}

;// CONCATENATED MODULE: ./lib/sbom/image/manifest.js



/** The most bytes of an index, manifest or config read from a layout or archive (as the registry client bounds them). */
const MAX_METADATA_BYTES = 4 * 1024 * 1024;
/** How many indexes may nest under the one an image is named by (an OCI layout's index.json, a registry's manifest): registries and buildx nest one, rarely two. */
const MAX_NESTED_INDEXES = 4;
/** The most manifests (indexes and the image's) read to find an image's platform manifest under its index. */
const MAX_INDEX_MANIFESTS = 64;
/** syft's default: images are read for linux/amd64 unless told otherwise. */
const DEFAULT_PLATFORM = { os: 'linux', architecture: 'amd64' };
/** `os/arch[/variant]` as `--platform` takes it. */

/** `os/arch[/variant]`. */

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Checks a digest before it becomes part of a path: only sha256, lowercase hex. */


/** Throws unless `bytes` hash to `digest`. */





/** Whether a media type (or a document without one, but with `manifests`) is an index or manifest list. */

/** The entries of an index or manifest list. */

/** The variant an architecture means without one, as containerd's platforms package normalizes it: `arm` is `v7`, `arm64` is `v8`. */
const DEFAULT_VARIANTS = { arm: 'v7', arm64: 'v8' };
/**
 * Whether an entry serves the platform, variants compared as docker, containerd and syft compare
 * them: an absent variant is the architecture's default (`linux/arm` asks for `v7`, not whichever
 * arm image an index lists first, `v6` in alpine's and busybox's), and any where there is none.
 */

/**
 * The index entry for the platform: the matching one; when the index has a single entry without
 * a platform, that one. Attestation manifests are never images, whatever platform is asked for.
 */

/**
 * The matching entry of an index's images, or (`sole`: the index lists nothing else) its one image
 * when that has no platform. Two different images for the platform are IMAGE_PLATFORM_AMBIGUOUS:
 * the first was taken without a word, where syft and go-containerregistry refuse.
 */


/** The digests of an index's images that name no platform, which no --platform can pick. */


/**
 * The platform's image manifest under `top` (an image manifest is its own answer). In each index, a
 * listed image for the platform (or the index's one image without a platform) is taken first, then
 * the indexes it lists are walked in order (an index whose own platform is another is skipped, one
 * walked once however often it is listed). Attestation manifests are passed over. At most
 * MAX_NESTED_INDEXES indexes nest under `top` and MAX_INDEX_MANIFESTS manifests are read: an index
 * can list tens of thousands of entries in its 4 MiB, each a read.
 */

/**
 * The entries of a read manifest that is an index (by the media type it came with, else its own,
 * else its shape), from one parse of it; undefined for any other document.
 */

/** An image manifest's config and layer descriptors. */

/** Reads an image config, checking that it names one diff ID per layer. */

/** Throws when the image's config is for another platform than the one asked for explicitly. */


;// CONCATENATED MODULE: ./lib/oci/image-source.js


/** The largest layer pulled for an SBOM: the uncompressed budget of the image reader bounds the rest. */
const MAX_LAYER_BYTES = 64 * 1024 ** 3;
/**
 * An image in a registry (`registry:REF`) as the image SBOM reads it: the tag resolved once to a
 * digest, an index (and the indexes it lists) narrowed to the platform's manifest, the config read
 * whole and each layer streamed from the registry when its turn comes (checked against its digest
 * by the client).
 */


// EXTERNAL MODULE: ./lib/sbom/image/argument.js
var image_argument = __webpack_require__(48832);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/core/paths.js
var core_paths = __webpack_require__(64539);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/sbom/image/tar.js


/** The size of a tar block: headers are one block, file bodies are padded to whole blocks. */
const BLOCK = 512;
/** The most bytes of PAX extended headers or GNU long names one entry may carry: real ones are a few hundred bytes. */
const MAX_TAR_METADATA_BYTES = 1024 * 1024;
/** The length of the well-formed UTF-8 sequence at `at`, or 0 when the byte there starts none (RFC 3629's table: no overlong forms, surrogates or code points past U+10FFFF). */

/** The first escaped byte: a byte that is not UTF-8 is read as U+DC80 to U+DCFF, a lone surrogate. */
const ESCAPE_BASE = 0xdc00;
/**
 * A name's bytes as text: UTF-8 where they are UTF-8, and each other byte as a lone surrogate
 * (U+DC80 to U+DCFF, Python's surrogateescape), which no UTF-8 decodes to. Names are bytes to the
 * runtime: `\xff` and `\xfe` are two files, which U+FFFD for both made one (the other lost without
 * a word).
 */

/** The bytes of a name as the archive spelled it: its UTF-8 length, each escaped byte counted as the one byte it was. */


/** An octal field, or GNU's base-256 form (high bit set) for sizes of 8 GiB and more. */

/** Whether a block is all zeros: two of them end an archive. */

/** Whether a numeric field parses as Go's reader parses it (base-256, or octal between NULs and spaces). */

/**
 * The name prefix of a header, where Go's archive/tar finds one: USTAR and PAX headers (`ustar\0`)
 * have 155 bytes of it (131 in star's); GNU headers (`ustar  \0`) have access and change times
 * there instead, read as a prefix only when they do not parse as numbers and are ASCII (what Go
 * did before 1.8 and still accepts). Old (v7) headers have none.
 */

/** Parses one 512-byte header block, checking its checksum; `where` names the layer in errors. */

/** The `path`, `linkpath` and `size` records of a PAX extended header (`<length> <key>=<value>\n` each). */


/** The padding after a body of `size` bytes. */

/** Reads exact byte counts from a stream of chunks, without copying when a chunk holds them. */
class ChunkReader {
    #chunks;
    #current = Buffer.alloc(0);
    #done = false;
    /** Bytes handed out so far. */
    position = 0;
    constructor(source) {
        this.#chunks = source[Symbol.asyncIterator]();
    }
    async #fill() {
        while (this.#current.length === 0) {
            if (this.#done)
                return false;
            const next = await this.#chunks.next();
            if (next.done === true) {
                this.#done = true;
                return false;
            }
            this.#current = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        }
        return true;
    }
    /** Exactly `length` bytes, or fewer only at the end of the stream. */
    async read(length) {
        if (!(await this.#fill()))
            return Buffer.alloc(0);
        if (this.#current.length >= length) {
            const out = this.#current.subarray(0, length);
            this.#current = this.#current.subarray(length);
            this.position += length;
            return out;
        }
        const parts = [];
        let missing = length;
        while (missing > 0 && (await this.#fill())) {
            const part = this.#current.subarray(0, missing);
            this.#current = this.#current.subarray(part.length);
            parts.push(part);
            missing -= part.length;
        }
        this.position += length - missing;
        return Buffer.concat(parts);
    }
    /** The next `length` bytes as they arrive, chunk by chunk; fewer only at the end of the stream. */
    async *chunks(length) {
        let missing = length;
        while (missing > 0 && (await this.#fill())) {
            const part = this.#current.subarray(0, missing);
            this.#current = this.#current.subarray(part.length);
            this.position += part.length;
            missing -= part.length;
            yield part;
        }
    }
    /** Drops the next `length` bytes (fewer at the end of the stream). */
    async skip(length) {
        for await (const chunk of this.chunks(length))
            void chunk;
    }
}
/** Types whose size field is not a body's: Go's archive/tar (which container runtimes extract layers with) reads none after them. */
const HEADER_ONLY_TYPES = new Set(['1', '2', '3', '4', '5', '6']);
/** PAX records of GNU's sparse formats (0.0, 0.1, 1.0): Go's archive/tar expands such a file, under the name `GNU.sparse.name` gives it. */
const SPARSE_RECORDS = ['GNU.sparse.major', 'GNU.sparse.minor', 'GNU.sparse.map', 'GNU.sparse.offset', 'GNU.sparse.numbytes'];
/**
 * What the extension headers before an entry said (PAX `x`, GNU long names `L` and `K`, PAX global
 * `g`), applied as Go's archive/tar (which container runtimes extract layers with) applies them, so
 * the SBOM sees the files the runtime extracts, not others an archive could show another reader:
 * a PAX header applies to the next entry only, a later one in a row replaces it, its empty values
 * change nothing and its `size` never applies to another extension header; a GNU long name
 * overrides the PAX path; a global header ends what the headers before it said; links,
 * directories, devices and FIFOs (and old-style entries named with a trailing `/`) have no body
 * whatever their size says. Sparse files, which it would expand under another name, are refused.
 */
class PendingExtensions {
    #pax = new Map();
    #longName;
    #longLink;
    /** Whether a header is an extension header, whose data (at most {@link MAX_TAR_METADATA_BYTES}) goes to {@link add}. */
    static isExtension(typeflag) {
        return typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K';
    }
    /** Throws unless an extension header's data may be read whole. */
    static checkSize(size, where) {
        if (size > MAX_TAR_METADATA_BYTES) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: a tar extension header of ${size} bytes is larger than the ${MAX_TAR_METADATA_BYTES} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
        }
    }
    /** Takes in one extension header's data. */
    add(typeflag, data, where) {
        if (typeflag === 'x')
            this.#pax = usedPaxRecords(parsePax(data, where));
        else if (typeflag === 'L')
            this.#longName = tar_text(data, 0, data.length);
        else if (typeflag === 'K')
            this.#longLink = tar_text(data, 0, data.length);
        // Go's reader returns a global header as an entry of its own (the runtime skips it): what came before it applied to it.
        else
            this.#clear();
    }
    /** The entry a (non-extension) header describes, the pending extensions applied; they are cleared. */
    entry(header, where) {
        const pax = this.#pax;
        const name = this.#longName !== undefined && this.#longName !== '' ? this.#longName : (pax.get('path') ?? header.name);
        const linkName = this.#longLink !== undefined && this.#longLink !== '' ? this.#longLink : (pax.get('linkpath') ?? header.linkName);
        this.#clear();
        if (header.typeflag === 'S' || pax.has('sparse')) {
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the entry "${(0,logger/* printable */.g$)(name.slice(0, 300))}" is a sparse file, which trust-kit does not read`, { hint: 'rebuild the layer without sparse files (docker and BuildKit never write them)' });
        }
        const paxSize = pax.get('size');
        const size = paxSize === undefined ? header.size : /^\+?\d+$/.test(paxSize) ? Number(paxSize) : Number.NaN;
        if (!Number.isSafeInteger(size))
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a PAX size "${(0,logger/* printable */.g$)(String(paxSize).slice(0, 30))}" is not a size`, { hint: 'the layer is damaged or hostile; rebuild the image' });
        // Old archives mark a directory with a trailing slash alone.
        const typeflag = header.typeflag === '\0' && name.endsWith('/') ? '5' : header.typeflag;
        return { name, kind: kindOf(typeflag), size: HEADER_ONLY_TYPES.has(typeflag) ? 0 : size, mode: header.mode, linkName };
    }
    #clear() {
        this.#pax = new Map();
        this.#longName = undefined;
        this.#longLink = undefined;
    }
}
/**
 * The entries of a tar stream, each handed to `onEntry` with a reader of exactly its body; what
 * `onEntry` does not read is skipped. Extension headers are applied as {@link PendingExtensions}
 * says. The archive ends at two zero blocks or at the end of the stream; a zero block followed by
 * anything else (Go refuses it), or a truncated entry, is an error.
 */

/**
 * The PAX records an entry is read with, as Go merges them (an empty value keeps the header's);
 * the others (times, owners, xattrs) are dropped as soon as they are parsed. `sparse` marks GNU's
 * sparse records.
 */


/** A header parsed from a block (checksum checked), for callers that index an archive by offsets instead of streaming it. */


;// CONCATENATED MODULE: ./lib/sbom/image/filesystem.js



const OPAQUE = '.wh..wh..opq';
/** The most segments a path may have: Linux's PATH_MAX is 4096 bytes, so real paths stay far below; the tree is walked recursively. */
const MAX_PATH_SEGMENTS = 1024;
/** The path segments walks through links may step through, per entry the image may have (see SquashedFilesystem's link-walk limit). */
const LINK_WALK_STEPS_PER_ENTRY = 16;
const WHITEOUT = '.wh.';
/**
 * Linux's NAME_MAX and PATH_MAX (bytes): the runtime cannot extract a longer name or link target
 * (ENAMETOOLONG), so a layer that has one is refused; kept, 6,000 distinct PAX paths of 1 MB ran
 * the heap out.
 */
const MAX_NAME_BYTES = 255;
const MAX_PATH_BYTES = 4096;

/** Refuses a link target longer than PATH_MAX, as symlink(2) does. */

/**
 * An entry name as path segments under the image root: `./` and `/` prefixes and empty or `.`
 * segments dropped (an absolute name is read as rooted at the image, as the container runtime
 * extracts it); a `..` segment is refused, since only a hostile layer writes one.
 */

/**
 * The union filesystem of an image's layers, applied bottom first: a later entry replaces an earlier
 * one, `.wh.<name>` deletes `<name>` (and everything under it) of lower layers, and `.wh..wh..opq`
 * empties its directory of what lower layers put there, at any depth, keeping the layer's own
 * entries whatever their order. Directories form a tree, so a whiteout of a lower layer's path
 * costs one map deletion however much it removes. Links are recorded; an entry below a linked
 * directory is written through it, as the runtime writes it.
 */
class SquashedFilesystem {
    maxEntries;
    maxNameCharacters;
    root = { kind: 'directory', layer: '', layerIndex: -1, size: 0, mode: 0o755, linkName: '', children: new Map() };
    /** Entries added, for the entry limit. */
    entries = 0;
    /** Directories already emptied of lower layers' entries by the layer being applied: a repeated marker costs nothing. */
    #opaque = new WeakSet();
    #opaqueLayer = -1;
    /** Characters of names and link targets held, for the name limit. */
    #nameCharacters = 0;
    /**
     * Path segments stepped through by walks that follow links, for the link-walk limit: a chain of 40
     * links of 1,000 segments each cost every later entry below it 40,000 steps (about 2 ms), hours
     * for a layer of a few megabytes of repeated entries.
     */
    #linkWalkSteps = 0;
    constructor(maxEntries, maxNameCharacters = Number.POSITIVE_INFINITY) {
        this.maxEntries = maxEntries;
        this.maxNameCharacters = maxNameCharacters;
    }
    /**
     * The directory node at `segments`, made (as an implicit directory of this layer) where missing or
     * replaced by a non-directory; a linked directory on the way is written through, and then the
     * names of where it lies come with it (else it lies where `segments` spell).
     */
    #directory(segments, layer, layerIndex, where) {
        // Most entries' directories are all there: walked without the link-following walk's arrays.
        let node = this.root;
        for (const segment of segments) {
            const child = node.children.get(segment);
            if (child?.children === undefined)
                return this.#lookup(segments, true, { layer, layerIndex, where });
            this.#touch(child, layer, layerIndex);
            node = child;
        }
        return { node };
    }
    /**
     * Walks `segments` from the root, following symbolic links as the container's kernel does (rooted
     * at the image, `..` stops at the root, at most 40 links per walk as Linux allows); undefined when
     * the walk leads nowhere. With `make`, a missing directory or a non-directory in the way is made an
     * implicit directory of that layer, and a link that loops or leads out of bounds is replaced by one:
     * the runtime writes through a linked directory (containerd resolves each entry's path inside the
     * image's root), so the link stays and what is below it lands where it leads.
     */
    #lookup(segments, followLast, make) {
        // A stack, last segment first, so a link's target is pushed in front of what is left.
        const pending = [...segments].reverse();
        const names = [];
        const nodes = [this.root];
        let hops = 0;
        while (pending.length > 0) {
            const segment = pending.pop();
            if (++this.#linkWalkSteps > this.maxEntries * LINK_WALK_STEPS_PER_ENTRY) {
                throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `walking the image's paths through its symbolic links took more than ${this.maxEntries * LINK_WALK_STEPS_PER_ENTRY} steps (${LINK_WALK_STEPS_PER_ENTRY} per entry allowed)`, { hint: 'the image is hostile (chains of long links) or unusually built; raise the entry limit only for an image you trust' });
            }
            if (segment === '..') {
                if (names.length > 0) {
                    names.pop();
                    nodes.pop();
                }
                continue;
            }
            const children = nodes.at(-1).children;
            if (children === undefined)
                return undefined;
            let child = children.get(segment);
            if (child?.kind === 'symlink' && (followLast || pending.length > 0)) {
                const target = child.linkName.split('/').filter(((part) => part !== '' && part !== '.'));
                if (hops < 40 && pending.length + target.length <= MAX_PATH_SEGMENTS) {
                    hops++;
                    if (child.linkName.startsWith('/')) {
                        names.length = 0;
                        nodes.length = 1;
                    }
                    for (let index = target.length - 1; index >= 0; index--)
                        pending.push(target[index]);
                    continue;
                }
                if (make === undefined)
                    return undefined;
            }
            if (make !== undefined && child?.children === undefined) {
                // Through a link the runtime cannot make a directory where a file is (ENOTDIR), and replacing the file would hide what the link leads to (a database).
                if (child !== undefined && child.kind !== 'symlink' && hops > 0) {
                    throw new ImageSbomError('IMAGE_LAYER_INVALID', `${make.where} is written through a symbolic link into ${(0,logger/* printable */.g$)(`/${[...names, segment].join('/')}`.slice(0, 300))}, which is not a directory; the runtime cannot extract it`, { hint: 'the layer is hostile or damaged; rebuild the image' });
                }
                child = { kind: 'directory', layer: make.layer, layerIndex: make.layerIndex, size: 0, mode: 0o755, linkName: '', children: new Map() };
                children.set(segment, child);
                this.#count(segment);
            }
            else if (make !== undefined && child !== undefined)
                this.#touch(child, make.layer, make.layerIndex);
            if (child === undefined)
                return undefined;
            // Each link may lead deeper than a path may be written: made so, the tree would be deeper than any walk of it is bounded for.
            if (make !== undefined && names.length >= MAX_PATH_SEGMENTS) {
                throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${make.where} is written through symbolic links more than ${MAX_PATH_SEGMENTS} directories deep, more than a path may have`, { hint: 'the layer is hostile or damaged; rebuild the image' });
            }
            names.push(segment);
            nodes.push(child);
        }
        return { names, node: nodes.at(-1) };
    }
    /** Marks a directory as written by this layer: the layer's own directory holds what it writes there, so an opaque marker or whiteout of this layer keeps it. */
    #touch(directory, layer, layerIndex) {
        directory.layer = layer;
        directory.layerIndex = layerIndex;
    }
    /**
     * Removes what lower layers put under `directory`, at any depth, and keeps what layer `layerIndex`
     * wrote there, whatever the order of the layer's entries (moby, containerd and overlayfs keep the
     * layer's own paths). Directories done in this layer are skipped: each node is visited once per layer.
     */
    #prune(directory, layerIndex) {
        if (this.#opaqueLayer !== layerIndex) {
            this.#opaque = new WeakSet();
            this.#opaqueLayer = layerIndex;
        }
        const stack = [directory];
        while (stack.length > 0) {
            const node = stack.pop();
            if (this.#opaque.has(node))
                continue;
            this.#opaque.add(node);
            const children = node.children;
            for (const [name, child] of children) {
                if (child.layerIndex < layerIndex)
                    children.delete(name);
                else if (child.children !== undefined)
                    stack.push(child);
            }
        }
    }
    #count(name, linkName = '') {
        this.#nameCharacters += name.length + linkName.length;
        // Each name stays as a map key, each link target on its node: their total is bounded as the entries are.
        if (this.#nameCharacters > this.maxNameCharacters) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `the image's names and link targets hold more than ${this.maxNameCharacters} characters`, { hint: 'the image is hostile or unusually large; raise the limit only for an image you trust' });
        }
        this.entries++;
        if (this.entries > this.maxEntries) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `the image has more than ${this.maxEntries} filesystem entries`, { hint: 'the image is hostile or unusually large; raise the entry limit only for an image you trust' });
        }
    }
    /**
     * Applies one entry of layer `layerIndex`; returns the node made for a file, link or special file
     * (so the caller can attach what it keeps) with the path it lies at, which differs from the
     * entry's name when a linked directory on the way was written through; undefined for whiteouts
     * and directories.
     */
    apply(segments, entry, layer, layerIndex, where = `layer ${layerIndex + 1}`) {
        const name = segments.at(-1);
        if (name === undefined)
            return undefined;
        const directory = this.#directory(segments.slice(0, -1), layer, layerIndex, `${where}: the entry "${(0,logger/* printable */.g$)(entry.name.slice(0, 300))}"`);
        const parent = directory.node;
        const children = parent.children;
        if (name === OPAQUE) {
            this.#prune(parent, layerIndex);
            return undefined;
        }
        if (name.startsWith(WHITEOUT)) {
            const hidden = children.get(name.slice(WHITEOUT.length));
            if (hidden !== undefined && hidden.layerIndex < layerIndex)
                children.delete(name.slice(WHITEOUT.length));
            // A directory this layer wrote into loses only what lower layers put there.
            else if (hidden?.children !== undefined)
                this.#prune(hidden, layerIndex);
            return undefined;
        }
        const existing = children.get(name);
        if (entry.kind === 'directory') {
            // A directory entry over a directory keeps what lower layers put in it, and is this layer's from now on.
            if (existing?.children !== undefined) {
                existing.mode = entry.mode;
                this.#touch(existing, layer, layerIndex);
                return undefined;
            }
            children.set(name, { kind: 'directory', layer, layerIndex, size: 0, mode: entry.mode, linkName: '', children: new Map() });
            this.#count(name);
            return undefined;
        }
        const node = { kind: entry.kind, layer, layerIndex, size: entry.size, mode: entry.mode, linkName: entry.linkName };
        children.set(name, node);
        this.#count(name, entry.linkName);
        return { node, path: directory.names === undefined ? `/${segments.join('/')}` : `/${[...directory.names, name].join('/')}` };
    }
    /** The node at an absolute path, without following links. */
    get(path) {
        let node = this.root;
        for (const segment of path.split('/')) {
            if (segment === '')
                continue;
            node = node?.children?.get(segment);
            if (node === undefined)
                return undefined;
        }
        return node;
    }
    /** The node a hard link's target names: its parent directories' links followed as the runtime follows them, the last segment not (link(2) links a symbolic link itself). */
    linked(segments) {
        return this.#lookup(segments, false)?.node;
    }
    /**
     * Where an absolute path leads once symbolic links are followed as the container's kernel follows
     * them, rooted at the image (`..` stops at the root; at most 40 links, as Linux allows), and what
     * is there; undefined when it leads nowhere. Only for saying where something is: catalogers read
     * paths as they are.
     */
    resolve(path) {
        const found = this.#lookup(path.split('/').filter(((segment) => segment !== '' && segment !== '.')), true);
        return found === undefined ? undefined : { path: `/${found.names.join('/')}`, node: found.node };
    }
    /** Every regular file (hard links resolved to the file they name), sorted by path. */
    files() {
        return this.#walk(((node) => node.kind === 'file'));
    }
    /** Every file or link a cataloger wanted and could not read, sorted by path. */
    unread() {
        return this.#walk(((node) => node.unread !== undefined));
    }
    #walk(wanted) {
        const out = [];
        const walk = ((node, prefix) => {
            const names = [...node.children.keys()].sort();
            for (const name of names) {
                const child = node.children.get(name);
                const path = `${prefix}/${name}`;
                if (child.children !== undefined)
                    walk(child, path);
                else if (wanted(child))
                    out.push({ path, node: child });
            }
        });
        walk(this.root, '');
        return out;
    }
}

;// CONCATENATED MODULE: ./lib/sbom/image/layers.js








/** Limits that fit the biggest real images (tens of GiB uncompressed, a few million files). */
const DEFAULT_IMAGE_LIMITS = {
    maxEntries: 4_000_000,
    maxUncompressedBytes: 64 * 1024 ** 3,
    maxFileBytes: 256 * 1024 ** 2,
    maxKeptBytes: 1024 ** 3,
    maxZstdFrames: 1024 * 1024,
    // Millions of files of names a few dozen characters long stay far below.
    maxNameCharacters: 256 * 1024 ** 2,
};

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/** zstd's frame magic number, and the one of its skippable frames (the low four bits free), read little-endian. */
const ZSTD_FRAME = 0xfd2fb528;
const ZSTD_SKIPPABLE = 0x184d2a50;

const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]);
/** The compression a file's first bytes show (gzip, zstd, xz, bzip2), with the command that undoes it; undefined for anything else (a plain tar). */

/** The layer's bytes uncompressed (gzip and zstd recognised by their magic numbers; anything else is read as a plain tar). */

/** What a decoder makes of its input; a failure of the decoder is IMAGE_LAYER_INVALID, a coded failure of the input keeps its code. */


/**
 * A zstd stream decoded frame by frame, each with a decoder of its own: Node's decoder stops at the
 * end of the first frame and drops the rest, where Go's (the runtime's) reads every frame and skips
 * skippable ones, which zstd:chunked layers are made of. Frames are found from their headers and
 * block headers, without decoding; their number over the image is bounded.
 */

/** A zstd frame decoded at once when it is at most `bytes` (compressed) and makes at most `output` bytes; others are streamed. */
const SMALL_ZSTD_FRAME = { bytes: 256 * 1024, output: 16 * 1024 * 1024 };
/** A whole small frame decoded, or undefined when it makes more than {@link SMALL_ZSTD_FRAME}'s output (a bomb is streamed, within the image's budget). */

/** The pieces already taken, then the rest of the source. */

/** Pieces joined into writes of at least 1 MiB: each write to a decoder is a trip to the thread pool, and blocks are 128 KiB at most. */

/** A stream's chunks, hashed and counted as they pass, failing once the image's uncompressed budget is spent. */

/**
 * A stored blob's chunks, hashed and counted as they pass, failing once the image's stored bytes pass
 * the byte limit: compressed data that decompresses to little or nothing (empty gzip members) never
 * reaches the uncompressed budget, and a registry could stream it for as long as the layer cap allows.
 */

/** The size of the head handed to `FileInterest.sniff`. */
const SNIFF_BYTES = 64;
/**
 * Reads every layer bottom first into one squashed filesystem, streaming: each layer is
 * decompressed, its stored digest and diff ID checked as it is read, whiteouts applied, and only the
 * files `interest` wants kept (bounded by `limits`). Executables are sniffed from their first bytes
 * and, if `interest` wants them, inspected whole and dropped.
 */



;// CONCATENATED MODULE: ./lib/sbom/image/sources.js












/**
 * Opens a regular file for reading without waiting on it: a FIFO would block `open` until a writer
 * came, so it is opened non-blocking (which regular files ignore) and refused after `fstat`, as are
 * devices and directories.
 */

/**
 * The real path of a file of an OCI layout, refused when a symbolic link leads out of the layout's
 * directory (`realRoot`, already real): a layout from elsewhere (a repository, an archive) could
 * otherwise have trust-kit read, and quote in its errors, any file the user can read.
 */

/** A regular file's bytes, at most `maxBytes` (FIFOs, devices and oversized files refused). */

/** Reads a named image out of an index or manifest, descending nested indexes to the platform's image manifest. */


/**
 * An image from an OCI image layout directory (`oci-dir:PATH`): `index.json`, then the platform's
 * manifest, config and layers from `blobs/sha256/`, each checked against its digest.
 */

/** The most images a `docker save` archive's manifest.json may list (`docker save` writes one per image saved). */
const MAX_ARCHIVE_IMAGES = 1024;
/** The most entries (headers of any kind) an image archive may hold: `docker save` writes a few per layer, and docker allows at most 127 layers. */
const MAX_ARCHIVE_MEMBERS = 65_536;
/** The most symbolic links followed to find one member of an image archive. */
const MAX_ARCHIVE_LINK_HOPS = 8;
/**
 * The regular files of a tar archive by name, from its headers alone (bodies are skipped, not
 * read), extension headers applied as the layers' reader applies them (a layer over 8 GiB has its
 * size in a PAX record). A symbolic link to another member inside the archive names that member:
 * `docker save` before Docker 25 writes a layer an image repeats as a link to its first copy.
 */

/** The member a link of the archive leads to, relative to the link's directory; undefined when it leads out of the archive, nowhere, or round. */

/**
 * An image from a `docker save` archive (`docker-archive:FILE`): `manifest.json` names the config
 * and the layers (uncompressed tars in older Docker, OCI blobs since Docker 25); the first image
 * for the platform is read. Members are read in place, by offset, never extracted.
 */


// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/sbom/catalog.js + 1 modules
var catalog = __webpack_require__(25022);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var sbom_errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/model.js
var model = __webpack_require__(55256);
// EXTERNAL MODULE: ./lib/sbom/parser.js
var parser = __webpack_require__(22386);
// EXTERNAL MODULE: ./lib/sbom/parsers/index.js
var sbom_parsers = __webpack_require__(47530);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var sbom_purl = __webpack_require__(73408);
;// CONCATENATED MODULE: ./lib/sbom/image/cataloger.js
/** What a parse error says, without the path and line its message starts with (an Unknown names them apart). */

/**
 * The person of a `Name <email>` maintainer field (the supplier syft writes): the text before `<`
 * without trailing blanks, when what follows is one `<...>` or nothing. Read by index, not with a
 * regular expression: `^([^<]+?)\s*(?:<[^>]*>)?$` backtracks quadratically over a long run of
 * blanks, and a database field can be hundreds of MiB.
 */

/** syft's location properties: the layer (diff ID) and the absolute path of the file a package was found in. */


// EXTERNAL MODULE: ./lib/sbom/parsers/unknowns.js
var parsers_unknowns = __webpack_require__(15415);
;// CONCATENATED MODULE: ./lib/sbom/image/catalogers/apk.js




const INSTALLED = '/lib/apk/db/installed';
/**
 * apk's database, `lib/apk/db/installed`: one paragraph per package of one-letter fields (`P:`
 * name, `V:` version, `A:` arch, `L:` license, `o:` origin, `m:` maintainer, `C:` `Q1`+base64 SHA-1
 * of the control data, `D:` dependencies, `p:` provides). Each is
 * `pkg:apk/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<origin>` as syft writes
 * it (no `upstream` when the origin is the package itself), with `D:` edges to the installed packages that provide what it names.
 * A paragraph that cannot be read (a line that is no field, no name or version) is an unknown at
 * its line; the others are read.
 */
const apkCataloger = {
    name: 'apk-db',
    wants: ((path) => path === INSTALLED),
    isDatabase: ((path) => path === INSTALLED),
    databasePaths: [INSTALLED],
    catalog(database, input) {
        const text = (database.node.content ?? Buffer.alloc(0)).toString('utf8');
        const namespace = input.distro?.id ?? 'alpine';
        const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
        const packages = [];
        const provides = new Map();
        const depends = [];
        const unknowns = new parsers_unknowns/* LockfileUnknowns */.dF(database.path);
        let fields = new Map();
        let start = 1;
        /** The first line of the paragraph that is no `X:value`: it is damaged, and its package not listed. */
        let damaged;
        const flush = (() => {
            // Blank lines between paragraphs: nothing to read.
            if (fields.size === 0 && damaged === undefined)
                return;
            const name = fields.get('P');
            const version = fields.get('V');
            const which = name === undefined ? 'a package' : `the package ${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(name, 80))}`;
            // One damaged paragraph costs its own package, said, never the database's others.
            if (damaged !== undefined)
                unknowns.add(`${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(damaged.text, 80))} is not an "X:value" line: ${which} of this paragraph is not listed (the database was damaged or edited)`, damaged.line);
            else if (name === undefined)
                unknowns.add('a paragraph names no package (P:): what it describes is not listed (the database was damaged or edited)', start);
            else if (!/^[^\s/]+$/.test(name))
                unknowns.add(`${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(name, 80))} is not an apk package name: it is not listed (the database was damaged or edited)`, start);
            else if (version === undefined)
                unknowns.add(`${which} has no version (V:): it is not listed (the database was damaged or edited)`, start);
            else {
                const qualifiers = {};
                const arch = fields.get('A');
                if (arch !== undefined && arch !== '')
                    qualifiers.arch = arch;
                const origin = fields.get('o');
                // syft names the origin only when it is another package than this one.
                if (origin !== undefined && origin !== '' && origin !== name)
                    qualifiers.upstream = origin;
                if (distro !== undefined)
                    qualifiers.distro = distro;
                const purl = (0,sbom_purl.purlOf)('apk', name, version, namespace, qualifiers);
                const pkg = { purl, ecosystem: 'apk', name, version, hashes: [], locations: [{ path: database.path, entry: name }], scope: 'required', properties: locationProperties([database]) };
                const license = fields.get('L');
                if (license !== undefined && license !== '')
                    pkg.license = license;
                const checksum = /^Q1([A-Za-z0-9+/]{27}=)$/.exec(fields.get('C') ?? '');
                if (checksum?.[1] !== undefined)
                    pkg.hashes = [{ algorithm: 'SHA1', hex: Buffer.from(checksum[1], 'base64').toString('hex') }];
                const url = fields.get('U');
                if (url !== undefined && /^https?:\/\//.test(url))
                    pkg.downloadLocation = url;
                const maintainer = personOf(fields.get('m'));
                if (maintainer !== undefined)
                    pkg.supplier = { type: 'Person', name: maintainer };
                packages.push(pkg);
                provides.set(name, purl);
                for (const provided of (fields.get('p') ?? '').split(/\s+/)) {
                    const providedName = provided.split('=')[0];
                    if (providedName !== undefined && providedName !== '' && !provides.has(providedName))
                        provides.set(providedName, purl);
                }
                depends.push({ from: purl, names: (fields.get('D') ?? '').split(/\s+/).filter(((dep) => dep !== '' && !dep.startsWith('!'))).map(((dep) => dep.split(/[<>=~]/)[0])) });
            }
            fields = new Map();
            damaged = undefined;
        });
        for (const [index, raw] of text.split('\n').entries()) {
            const line = raw.replace(/\r$/, '');
            if (line === '') {
                flush();
                start = index + 2;
                continue;
            }
            if (line.length < 2 || line[1] !== ':') {
                damaged ??= { line: index + 1, text: line };
                continue;
            }
            // A repeated field's last value wins, as apk-tools and syft read it (the repeated `F:`/`R:` file lists are not needed).
            fields.set(line[0], line.slice(2));
        }
        flush();
        const relationships = [];
        for (const { from, names } of depends) {
            for (const name of names) {
                const to = provides.get(name);
                if (to !== undefined && to !== from)
                    relationships.push({ from, to, type: 'depends-on' });
            }
        }
        return unknowns.into({ packages, relationships });
    },
};

;// CONCATENATED MODULE: ./lib/sbom/image/catalogers/dpkg.js




const STATUS = '/var/lib/dpkg/status';
const STATUS_D = /^\/var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^\/usr\/share\/doc\/[^/]+\/copyright$/;
/** The dpkg states of a package installed and configured (triggers pending or awaited included). */
const INSTALLED_STATES = new Set(['installed', 'triggers-pending', 'triggers-awaited']);
/** The property of a package dpkg has not finished installing (`unpacked`, `half-configured`, `half-installed`): its state. */
const DPKG_STATUS_PROPERTY = 'trust-kit:dpkg:status';
/**
 * The fields of each paragraph of a deb822 file (`Key: value`, continuation lines folded in), by
 * lowercase name (deb822 field names are case-insensitive, as dpkg and syft read them), with the
 * line each starts on. A line that is no field marks its paragraph damaged and is skipped: the
 * paragraphs around it are read as they are.
 */

/**
 * The licenses a Debian copyright file names: the `License:` fields of a machine-readable
 * (DEP-5) file, and the `/usr/share/common-licenses/<name>` it points to otherwise, as syft reads
 * them; unique, sorted, as Debian spells them (`GPL-2+`), not guessed into SPDX ids.
 */

/** `Source: glibc (2.36-9)`: the source package name and, when it differs from the binary's, its version. */

/** The name a `Depends:` alternative names (`libc6 (>= 2.34)`, `foo:any`). */

/**
 * dpkg's database: `var/lib/dpkg/status` (and the one-package files of `status.d/`, as distroless
 * images keep them). Every paragraph of a package whose files are there is a package (installed,
 * triggers pending or awaited; unpacked, half-configured or half-installed with the
 * {@link DPKG_STATUS_PROPERTY} saying so; not the removed ones, `config-files` and `not-installed`)
 * (`pkg:deb/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<source>` as syft
 * writes it), licensed from `/usr/share/doc/<name>/copyright`, with `Depends`/`Pre-Depends` edges to
 * the installed packages they name. A paragraph that cannot be read (a line that is no field, no
 * name or version) is an unknown at its line; the others are read.
 */
const dpkgCataloger = {
    name: 'dpkg-db',
    wants: ((path) => path === STATUS || (STATUS_D.test(path) && !path.endsWith('.md5sums')) || COPYRIGHT.test(path)),
    isDatabase: ((path) => path === STATUS || STATUS_D.test(path)),
    databasePaths: [STATUS, '/var/lib/dpkg/status.d'],
    catalog(database, input) {
        const entries = paragraphs((database.node.content ?? Buffer.alloc(0)).toString('utf8'));
        const unknowns = new parsers_unknowns/* LockfileUnknowns */.dF(database.path);
        const namespace = input.distro?.id ?? 'debian';
        const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
        const packages = [];
        const byName = new Map();
        const depends = [];
        for (const { fields, line, damaged } of entries) {
            const name = fields.get('package');
            const version = fields.get('version');
            const status = fields.get('status');
            const which = name === undefined ? 'a package' : `the package ${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(name, 80))}`;
            // One damaged paragraph costs its own package, said, never the database's others.
            if (damaged !== undefined) {
                unknowns.add(`${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(damaged.text, 80))} is not a "Field: value" line: ${which} of this paragraph is not listed (the database was damaged or edited)`, damaged.line);
                continue;
            }
            // Its three words are split at any run of blanks, as dpkg splits them: `install  ok  installed` is installed.
            const state = status?.split(/\s+/)[2];
            // Removed, its configuration files alone left: no package's files are there. status.d files carry no Status: dpkg is not there to have removed anything.
            if (state === 'not-installed' || state === 'config-files')
                continue;
            if (name === undefined) {
                unknowns.add('a paragraph names no Package: what it describes is not listed (the database was damaged or edited)', line);
                continue;
            }
            if (!/^[^\s/]+$/.test(name)) {
                unknowns.add(`${(0,quote/* quoted */.TL)((0,quote/* boundedText */.LD)(name, 80))} is not a dpkg package name: it is not listed (the database was damaged or edited)`, line);
                continue;
            }
            if (version === undefined) {
                unknowns.add(`${which} has no Version: it is not listed (the database was damaged or edited)`, line);
                continue;
            }
            const qualifiers = {};
            const arch = fields.get('architecture');
            if (arch !== undefined && arch !== '')
                qualifiers.arch = arch;
            const source = sourceOf(fields.get('source'));
            if (source !== undefined)
                qualifiers.upstream = source.version === undefined ? source.name : `${source.name}@${source.version}`;
            if (distro !== undefined)
                qualifiers.distro = distro;
            const purl = (0,sbom_purl.purlOf)('deb', name, version, namespace, qualifiers);
            const copyright = input.file(`/usr/share/doc/${name}/copyright`);
            const licenses = copyright?.node.content === undefined ? [] : copyrightLicenses(copyright.node.content.toString('utf8'));
            const evidence = [database, ...(licenses.length === 0 || copyright === undefined ? [] : [copyright])];
            // Installed but not configured yet, or half unpacked (a build that failed midway): its files are in the image, and the SBOM says in what state.
            const unsettled = state !== undefined && !INSTALLED_STATES.has(state) ? [{ name: DPKG_STATUS_PROPERTY, value: state }] : [];
            const pkg = { purl, ecosystem: 'deb', name, version, hashes: [], locations: [{ path: database.path, entry: name }], scope: 'required', properties: [...locationProperties(evidence), ...unsettled] };
            if (licenses.length > 0)
                pkg.license = licenses.join(' AND ');
            const person = personOf(fields.get('maintainer'));
            if (person !== undefined)
                pkg.supplier = { type: 'Person', name: person };
            packages.push(pkg);
            byName.set(name, purl);
            for (const provided of (fields.get('provides') ?? '').split(',')) {
                const providedName = provided.trim().split(/[\s(]/)[0];
                if (providedName !== undefined && providedName !== '' && !byName.has(providedName))
                    byName.set(providedName, purl);
            }
            depends.push({ from: purl, names: [...dependencyNames(fields.get('pre-depends')), ...dependencyNames(fields.get('depends'))] });
        }
        const relationships = [];
        for (const { from, names } of depends) {
            for (const alternatives of names) {
                const to = alternatives.map(((name) => byName.get(name))).find(((purl) => purl !== undefined));
                if (to !== undefined && to !== from)
                    relationships.push({ from, to, type: 'depends-on' });
            }
        }
        return unknowns.into({ packages, relationships });
    },
};

;// CONCATENATED MODULE: ./lib/sbom/image/catalogers/index.js


/**
 * The OS package databases an image SBOM reads, one line each. rpm is not among them: its
 * database is SQLite (or Berkeley DB before RHEL 9) of rpm header blobs, and no maintained pure
 * JavaScript reader of it exists (see docs/sbom.md).
 */
const OS_CATALOGERS = [dpkgCataloger, apkCataloger];

// EXTERNAL MODULE: ./lib/sbom/parse-budget.js
var parse_budget = __webpack_require__(74990);
;// CONCATENATED MODULE: ./lib/sbom/image/image.js














/** Where the distribution names itself. */
const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'];
/** Debian's point release (`12.8`), which syft writes in the `distro` qualifier instead of os-release's `12`. */
const DEBIAN_VERSION = '/etc/debian_version';
/** Files lockfile parsers read beside a lockfile; kept wherever a lockfile may be. */
const SIBLING_NAMES = new Set(['package.json', 'go.sum', 'Cargo.toml', 'pyproject.toml']);
/** pip constraints files (`constraints.txt`, `constraints-3.12.txt`), which requirements files name with `-c`: kept wherever they are. */
const CONSTRAINTS_FILE = /constraints.*\.txt$/i;
/** syft's location properties, `syft:location:<n>:layerID` and `syft:location:<n>:path`. */
const LOCATION_PROPERTY = /^syft:location:(\d+):(layerID|path)$/;
/** A find's properties as its (layer, path) pairs, by their number, and the rest. */

/**
 * `ID` and `VERSION_ID` of an os-release file; for Debian, the point release of
 * `/etc/debian_version` when it extends VERSION_ID (`12.8` for `12`), as syft reads it.
 */

/** Where rpm keeps its database: Berkeley DB (`Packages`), NDB (`Packages.db`) or SQLite (`rpmdb.sqlite`), in the old place or the new. */
const RPM_DATABASES = ['/var/lib/rpm/Packages', '/var/lib/rpm/Packages.db', '/var/lib/rpm/rpmdb.sqlite', '/usr/lib/sysimage/rpm/Packages', '/usr/lib/sysimage/rpm/Packages.db', '/usr/lib/sysimage/rpm/rpmdb.sqlite'];

/** The image as the SBOM's described package: `pkg:oci/<name>@<digest>?arch=...` when the manifest digest is known. */

/** A short lowercase image name for the root purl, from how the user named the image (a local one by its path's last component). */

/**
 * What a line of a package database costs, in ParseBudget's lockfile bytes (16 bytes of heap
 * each): a package takes two lines at least and, measured, 650 bytes of heap once found and as
 * much again while its paragraph is read and the SBOM written: 250 MiB of tiny dpkg paragraphs ran
 * the heap out where the same bytes of lockfile fit.
 */
const DATABASE_COST_PER_LINE = 128;
/** Adds the file's layer and path to each package a file-based parser found in it. */

/**
 * An SBOM of a container image: the layers squashed (whiteouts applied, bounded), then the OS
 * package databases (dpkg, apk), the lockfiles and the Go binaries found in the final filesystem,
 * each package with the layer and path it was found in (syft's `syft:location:N:layerID`/`path`
 * properties). The image is the described package and contains what was found; a database or
 * lockfile that cannot be read is an Unknown.
 */


;// CONCATENATED MODULE: ./lib/sbom/image/index.js










/**
 * Opens an image named with a source prefix (paths relative to `cwd`); `registry:` images come
 * through `registry`, which the caller wires to a registry client.
 */


// EXTERNAL MODULE: ./lib/core/files.js
var files = __webpack_require__(62164);
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 3 modules
var formats = __webpack_require__(95587);
// EXTERNAL MODULE: ./lib/sbom/index.js + 1 modules
var lib_sbom = __webpack_require__(45759);
// EXTERNAL MODULE: ./lib/sbom/run.js + 1 modules
var sbom_run = __webpack_require__(67307);
;// CONCATENATED MODULE: ./lib/sbom/image/run.js









/**
 * The image SBOM use case: catalog the image once, fail on unknowns with `strict`, encode each
 * asked-for format and write it atomically (a failed write does not stop the other formats). Without
 * a clock it is dated as a directory's SBOM is: by the last commit of the working directory's
 * repository, else now.
 */


// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/commands/registry.js
var registry = __webpack_require__(98294);
;// CONCATENATED MODULE: ./lib/cli/commands/sbom-image.js













/** A directory's options, refused for an image. */
const DIRECTORY_ONLY = ['exclude', 'default-excludes', 'allow-empty', 'artifacts', 'base'];
/** `trust-kit sbom IMAGE`: an image named with a source prefix, pulled or read in place. */



/***/ }),

/***/ 56446:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var sbomOutputPaths = (function (config) {
    return [...(config.output === undefined ? [] : [{ input: 'output', path: config.output, kind: 'output' }]), ...(config.outputDir === undefined ? [] : [{ input: 'output-dir', path: config.outputDir, kind: 'output-directory' }])];
});var outputProblem = (async function (given, path, cwd, directory) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given);
    if (!directory) {
        // Written as a new file renamed into place: a link, a device or a pipe there would be replaced, not written to.
        const there = (0,_core_files_js__WEBPACK_IMPORTED_MODULE_4__/* .unreplaceableKind */ .Ej)(target);
        if (there === 'a symbolic link')
            return `${path} is a symbolic link; an output is written as a new file in its place, which would replace the link: give the path of the file itself, or remove the link`;
        if (there !== undefined)
            return `${path} is not a regular file (${there}), which an output written in its place would replace; give the path of a regular file`;
    }
    try {
        const isDirectory = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).isDirectory();
        if (directory)
            return isDirectory ? undefined : `${path} is not a directory`;
        return isDirectory ? `${path} is a directory; name the file to write in it` : undefined;
    }
    catch (error) {
        const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return `${path} ${problem(error)}`;
    }
    // The nearest ancestor that exists must be a directory, for the missing ones to be made in it.
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target); dir !== (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir); dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory() ? undefined : `${path} cannot be written: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, dir) || dir} is not a directory`;
        }
        catch (error) {
            if ((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOENT' && (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) !== 'ENOTDIR')
                return `${path} ${problem(error)}`;
        }
    }
    return undefined;
});var problem = (function (error) {
    const code = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error);
    if (code === 'ENOENT')
        return 'does not exist';
    if (code === 'EACCES' || code === 'EPERM')
        return 'cannot be read (permission denied)';
    if (code === 'ENOTDIR')
        return 'is not under a directory';
    return `cannot be read (${code ?? 'unknown error'})`;
});var requireNamedPaths = (async function (paths, cwd, nameOf, earlier = []) {
    // Problems found before (inputs that do not go together) are reported with the missing paths.
    const issues = [...earlier, ...(await namedPathIssues(paths, cwd, nameOf))];
    if (issues.length > 0)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL(issues);
});var readWithNamedPaths = (async function (read, paths, cwd, nameOf) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL))
            throw error;
        const said = new Set(error.issues.map(((issue) => `${issue.input}\u0000${issue.message}`)));
        const missing = (await namedPathIssues(paths, cwd, nameOf)).filter(((issue) => !said.has(`${issue.input}\u0000${issue.message}`)));
        throw missing.length === 0 ? error : new _inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL([...error.issues, ...missing]);
    }
});var looksLikeKeyMaterial = (function (value) {
    return /-----BEGIN|PRIVATE KEY|[\r\n]/.test(value) || (value.length >= 64 && /^[A-Za-z0-9+/=]+$/.test(value));
});var namedPathIssues = (async function (paths, cwd, nameOf) {
    const found = await Promise.all(paths.map((async ({ input, path: given, kind }) => {
        if (kind === 'read')
            return undefined;
        // Shown as it is when plain, else quoted and bounded: a name under a checkout may hold terminal escapes.
        const path = (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .shownFile */ .G)(given);
        if (kind === 'output' || kind === 'output-directory') {
            const message = await outputProblem(given, path, cwd, kind === 'output-directory');
            return message === undefined ? undefined : { input: nameOf(input), message };
        }
        let info;
        try {
            info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given));
        }
        catch (error) {
            // No such file, and the value looks like the key itself: never repeated (a long path of a real file is read as any other).
            if (KEY_INPUTS.has(input) && looksLikeKeyMaterial(given)) {
                return { input: nameOf(input), message: 'is not the path of a key file: the value given looks like key material, so it is not repeated here; write the key to a file only you can read (chmod 600) and give its path' };
            }
            // A link whose target is gone is there in a listing: said as such, not as a typo.
            const dangling = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .systemErrorCode */ .vq)(error) === 'ENOENT' && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given)).then(((link) => link.isSymbolicLink()), (() => false)));
            return { input: nameOf(input), message: dangling ? `${path} is a symbolic link to nothing (its target does not exist)` : `${path} ${problem(error)}` };
        }
        if (kind === 'file' && !info.isFile())
            return { input: nameOf(input), message: `${path} is not a file` };
        if (kind === 'directory' && !info.isDirectory())
            return { input: nameOf(input), message: `${path} is not a directory` };
        return undefined;
    })));
    return [...found.filter(((issue) => issue !== undefined)), ...(await outputsThatAreInputs(paths, cwd, nameOf))];
});var outputsThatAreInputs = (async function (paths, cwd, nameOf) {
    const outputs = paths.filter(((entry) => entry.kind === 'output'));
    if (outputs.length === 0)
        return [];
    const identity = (async (path) => {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path)).catch((() => undefined));
        return info?.isFile() === true ? `${info.dev}:${info.ino}` : undefined;
    });
    const inputs = await Promise.all(paths.filter(((entry) => entry.kind === 'file' || entry.kind === 'any' || entry.kind === 'read')).map((async (entry) => ({ entry, identity: await identity(entry.path) }))));
    const issues = [];
    for (const output of outputs) {
        const written = await identity(output.path);
        const read = written === undefined ? undefined : inputs.find(((input) => input.identity === written));
        if (read !== undefined)
            issues.push({ input: nameOf(output.input), message: `${output.path} is the file ${nameOf(read.entry.input)} names (${read.entry.path}); writing there would replace it: give another path` });
    }
    return issues;
});var subjectPaths = (function (input, subjects) {
    return subjects.filter(((subject) => !(0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(subject))).map(((path) => ({ input, path, kind: 'any' })));
});var rawSigningPaths = (function (values) {
    return ['key', 'signing-config', 'trusted-root'].flatMap(((input) => {
        const path = values[input];
        return typeof path === 'string' && path.trim() !== '' && path !== '-' ? [{ input, path, kind: 'file' }] : [];
    }));
});var signingPaths = (function (config) {
    return rawSigningPaths({ key: config.key, 'signing-config': config.signingConfig, 'trusted-root': config.trustedRoot });
});var releasePaths = (function (config) {
    return [
        { input: 'base', path: config.base, kind: 'directory' },
        ...(config.sign === undefined ? [] : signingPaths(config.sign)),
        ...(config.sbom === undefined ? [] : [{ input: 'sbom-path', path: config.sbom.path, kind: 'directory' }]),
        ...subjectPaths('subject-path', config.subjects),
    ];
});var misplacedExcludes = (async function (patterns, dir, cwd, input) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, dir);
    const exists = ((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).then((() => true), (() => false)));
    const issues = await Promise.all(patterns.map((async (pattern) => {
        if ((0,_checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .mayBeGlob */ .jb)(pattern))
            return undefined;
        const meant = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, pattern);
        const inside = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .pathInside */ ._)(root, meant);
        if (inside === undefined)
            return undefined;
        // As a pattern, a leading / anchors at the cataloged directory: join, not resolve.
        if ((await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, pattern))) || !(await exists(meant)))
            return undefined;
        return { input, message: `${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(pattern)} names ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? 'a path' : 'a path from the working directory'} inside ${dir}, but patterns are relative to that directory: give ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)(inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'))}` };
    })));
    return issues.filter(((issue) => issue !== undefined));
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   misplacedExcludes: (() => (/* binding */ misplacedExcludes)),
/* harmony export */   rawSigningPaths: (() => (/* binding */ rawSigningPaths)),
/* harmony export */   readWithNamedPaths: (() => (/* binding */ readWithNamedPaths)),
/* harmony export */   releasePaths: (() => (/* binding */ releasePaths)),
/* harmony export */   requireNamedPaths: (() => (/* binding */ requireNamedPaths)),
/* harmony export */   sbomOutputPaths: (() => (/* binding */ sbomOutputPaths)),
/* harmony export */   signingPaths: (() => (/* binding */ signingPaths)),
/* harmony export */   subjectPaths: (() => (/* binding */ subjectPaths))
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _checksums_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90522);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64539);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(89531);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66097);








/** The output file or directory an SBOM run names (`--output`, `--output-dir`), to check before any work as {@link requireNamedPaths} does. */

/** Why a file (or directory) cannot be written at `given` (shown as `path`), known before any work: something of the other kind is there, or an existing ancestor is no directory. */


/**
 * Checks that every path the inputs name exists and is of the right kind, before anything is
 * hashed, fetched or written, and throws one {@link ConfigError} listing every missing one after the
 * `earlier` problems of other inputs.
 * A file that goes away later still fails where it is read, with that step's code.
 */

/**
 * The config `read` makes; when its inputs are refused (ConfigError), the paths they name are
 * checked as well and reported with them, so that one run names every problem: a bad flag used
 * to hide the missing files until it was fixed.
 */

/** Inputs that name a private key's file: the value given may be the key itself, pasted where its path goes (`--key "$KEY"`). */
const KEY_INPUTS = new Set(['key']);
/**
 * Whether a value given for a key's path looks like the key itself: PEM, a line break, or a long
 * run of base64 (a key kept base64-encoded in a CI variable); a file name is never repeated then.
 */

/** What is wrong with each path the inputs name (see {@link requireNamedPaths}). */

/**
 * Outputs that are the very file an input names (the artifact given as the bundle, the key as the
 * bundle, the predicate as the bundle): writing one would replace what the run reads, and the user's
 * file would be lost. Told apart by device and inode, so that another spelling of a path, or a link
 * to the file, is the same file.
 */

/**
 * The subjects of a list input that name a path rather than a glob, each of which must exist: a
 * typo, or a YAML comment line taken for a path, is then named under its input with every other
 * one, before anything is hashed. A glob that matches nothing is reported where it is expanded.
 */

/** The files signing reads as its flags or inputs name them, before they are read into a config: for {@link readWithNamedPaths}. */

/** The files signing reads besides its subjects: the key and the trusted root, when given. */

/** What a release reads (the base directory, the signing key and trusted root, the SBOM's project, the subjects that are no glob), to be checked before its first step. */

/**
 * Exclude patterns are relative to the cataloged directory: one written from the working directory
 * (`--exclude app/vendor` for `sbom app`) or as an absolute path matches nothing there, silently.
 * Such a pattern (no glob) that names an existing path inside the directory, which the pattern as
 * written does not, is reported with the pattern to give.
 */



/***/ }),

/***/ 36911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var cappedChunks = (async function* (body, maxBytes, tooLarge) {
    const declared = Number(body.declaredLength ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
        await body.close();
        throw tooLarge(declared);
    }
    let bytes = 0;
    for await (const chunk of body.chunks) {
        bytes += chunk.length;
        if (bytes > maxBytes)
            throw tooLarge(undefined);
        yield chunk;
    }
});var readCapped = (async function (body, maxBytes, tooLarge) {
    const chunks = [];
    let bytes = 0;
    for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
        chunks.push(chunk);
        bytes += chunk.length;
    }
    return Buffer.concat(chunks, bytes);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: (() => (/* binding */ cappedChunks)),
/* harmony export */   E: (() => (/* binding */ readCapped))
/* harmony export */ });
/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */



/***/ }),

/***/ 53871:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var isDigestAlgorithm = (function (value) {
    return DIGEST_ALGORITHMS.includes(value);
});var hexLength = (function (algorithm) {
    return HEX_LENGTH[algorithm];
});var isHexDigest = (function (algorithm, hex) {
    return hex.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(hex);
});var digestBytes = (function (algorithm, bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(bytes).digest('hex');
});var digestChunks = (function (algorithm, chunks) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm);
    for (const chunk of chunks)
        hash.update(chunk);
    return hash.digest('hex');
});var digestArgument = (function (value) {
    const algorithm = /^sha\d*:/i.exec(value)?.[0];
    return algorithm === undefined ? undefined : `${algorithm.toLowerCase()}${value.slice(algorithm.length)}`;
});var parseDigestReference = (function (value) {
    // A library caller in plain JavaScript: a number or undefined failed on `slice` with a TypeError.
    if (typeof value !== 'string')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `the digest is ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .typeName */ .go)(value)}, not a string of the form sha256:<64 hex> or sha512:<128 hex>`, { hint: 'give the digest as a string algorithm:hex, e.g. sha256:e3b0c442...' });
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms, named = {}) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const opened = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .ZU)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: named.what ?? 'file', ...(named.shown === undefined ? {} : { shown: named.shown }), ...(named.noFollow === true ? { noFollow: true } : {}) });
    const { handle, size: expected } = opened;
    let size = 0;
    try {
        const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(expected, 64 * 1024)));
        let sinceTurn = 0;
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(handle.fd, buffer)) {
            const bytes = buffer.subarray(0, read);
            for (const [, hash] of hashes)
                hash.update(bytes);
            size += read;
            sinceTurn += read;
            if (sinceTurn >= BYTES_PER_TURN) {
                sinceTurn = 0;
                await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_2__.setImmediate)();
            }
        }
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .changedWhileRead */ .a4)(opened, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(handle.fd), size))
            throw (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .fileChanged */ .J8)(named.what ?? 'file', named.shown ?? path, size, expected);
    }
    finally {
        await handle.close();
    }
    const digest = {};
    for (const [algorithm, hash] of hashes)
        digest[algorithm] = hash.digest('hex');
    return { digest, size };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: (() => (/* binding */ digestChunks)),
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm)),
/* harmony export */   er: (() => (/* binding */ digestArgument))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);






/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. Frozen: a caller pushing 'md5' onto it got past the algorithm check, to a crash inside. */
const DIGEST_ALGORITHMS = Object.freeze(['sha256', 'sha512']);
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

/** The digest of a text in memory in chunks (as UTF-8), without joining them: a text may be longer than one string can be. */

/**
 * An artifact argument that names a digest rather than a file (`sha256:<hex>`, `sha512:<hex>`, the
 * algorithm in any case, as cosign reads it), with the algorithm in lower case; undefined for a path.
 * Any `sha<digits>:` is taken for one (`sha384:<hex>`, `sha:`), so that an algorithm trust-kit does
 * not take is refused as the argument it is, not looked for as a file.
 */

/** Parses `sha256:<hex>` (the OCI and in-toto reference form) into its parts. */

/**
 * Bytes per read: small enough that a chunk is still in the CPU's cache when it is hashed, big
 * enough that calls cost little. On 1 GiB, 256 KiB reads hash at openssl's speed; 64 KiB reads
 * cost 3% more, 4 MiB reads about 5% (the chunk no longer fits the cache).
 */
const READ_CHUNK = 256 * 1024;
/** Bytes hashed between two turns of the event loop: a few milliseconds, so signals and timers are never held up for long. */
const BYTES_PER_TURN = 16 * 1024 * 1024;
/**
 * Streams a file through one or more hashes without holding it in memory, returning the digests
 * and the number of bytes read. Reads are synchronous into one buffer, in runs of
 * {@link BYTES_PER_TURN} with a turn of the event loop between them: reads handed to the thread
 * pool, with two buffers taking turns, were 5% slower and noisier on 1 GiB (each chunk is copied
 * on one core and hashed on another, and no longer fits either's cache). A file written to while
 * it is read (grown, shrunk, rewritten in place) is refused (FILE_CHANGED): its digest would be of
 * bytes it never held at one moment. `named` words a refusal (FILE_NOT_REGULAR, FILE_CHANGED) as
 * the user knows the file: what it is, and the path as they wrote it.
 */



/***/ }),

/***/ 25643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var headersOf = (function (message) {
    const headers = new Headers();
    for (let index = 0; index + 1 < message.rawHeaders.length; index += 2)
        headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
    return headers;
});var toResponse = (function (message) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status)) {
        message.resume();
        return new Response(null, { status, headers: headersOf(message) });
    }
    return new Response(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.toWeb(message), { status, headers: headersOf(message) });
});var toCappedResponse = (async function (message, maxBytes, what) {
    const status = message.statusCode ?? 500;
    if (NO_BODY.has(status))
        return toResponse(message);
    const body = await (0,_capped_body_js__WEBPACK_IMPORTED_MODULE_8__/* .readCapped */ .E)({ chunks: message, declaredLength: message.headers['content-length'], close: (() => message.destroy()) }, maxBytes, ((declared) => new ResponseTooLargeError(`${what} answered ${declared === undefined ? 'more' : `with a Content-Length of ${declared}, more`} than the ${maxBytes} bytes its reply may hold`)));
    return new Response(body, { status, headers: headersOf(message) });
});var discard = (function (message) {
    let left = MAX_DISCARDED_BYTES;
    message.on('error', (() => { }));
    message.on('data', ((chunk) => {
        left -= chunk.length;
        if (left < 0)
            message.destroy();
    }));
});var abortError = (function (signal, message) {
    return Object.assign(new Error(message, { cause: signal.reason }), { name: 'AbortError', code: 'ABORT_ERR' });
});var setHeaders = (function (outgoing, headers) {
    for (const [name, value] of Object.entries(headers))
        outgoing.setHeader(name, value);
});var throughProxy = (function (error, proxy) {
    if (proxy === undefined || error instanceof _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .ProxyTunnelError */ .Ng)
        return error;
    return Object.assign(new Error(`${error.message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`, { cause: error }), { name: error.name, code: error.code });
});var send = (function (target, init, headers, agents) {
    const request = target.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const agent = agents.agentFor(target);
    const body = init.body;
    const whole = typeof body === 'string' ? Buffer.from(body) : body instanceof Uint8Array ? body : undefined;
    // A body known whole goes with its length; a stream with the Content-Length the caller set, or chunked.
    const sent = whole === undefined || Object.keys(headers).some(((name) => name.toLowerCase() === 'content-length')) ? headers : { ...headers, 'content-length': String(whole.length) };
    // A failure through a proxy names it (by origin, never credentials): the proxy may be what failed.
    const proxy = agent === undefined ? undefined : (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__.proxyFor)(target, agents.settings);
    const via = ((message) => (proxy === undefined ? message : `${message} (through the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)})`));
    return new Promise(((resolve, reject) => {
        const signal = init.signal ?? undefined;
        const outgoing = request(target, { method: init.method ?? 'GET', agent: agent ?? agents.directAgentFor(target), ...(signal === undefined ? {} : { signal }) }, resolve);
        setHeaders(outgoing, sent);
        outgoing.on('error', ((error) => reject(throughProxy(error, proxy))));
        if (signal !== undefined) {
            // Node aborts a request only once it has a socket: one still waiting for its proxy tunnel is given up here (the tunnel ends at its own deadline).
            const abort = (() => {
                reject(abortError(signal, proxy !== undefined && outgoing.socket === null ? `the proxy ${(0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__/* .proxyOrigin */ .Pj)(proxy)} had not opened a tunnel to ${target.host} when the request was aborted` : via('The operation was aborted')));
            });
            signal.addEventListener('abort', abort, { once: true });
            outgoing.once('close', (() => signal.removeEventListener('abort', abort)));
        }
        if (body === undefined || body === null)
            outgoing.end();
        else if (whole !== undefined)
            outgoing.end(whole);
        else
            (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.from(body), outgoing).catch(reject);
    }));
});var proxiedFetch = (function (proxy = _proxy_js__WEBPACK_IMPORTED_MODULE_6__.NO_PROXY_SETTINGS, maxRedirects = DEFAULT_MAX_REDIRECTS, responseCap) {
    const agents = proxy instanceof _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents ? proxy : new _proxy_js__WEBPACK_IMPORTED_MODULE_6__.ProxyAgents(proxy);
    return (async (url, init = {}) => {
        let target = new URL(url);
        let headers = init.headers ?? {};
        const method = (init.method ?? 'GET').toUpperCase();
        for (let redirects = 0;; redirects += 1) {
            const message = await send(target, init, headers, agents);
            const location = message.headers.location;
            const follow = REDIRECTS.has(message.statusCode ?? 0) && location !== undefined && (method === 'GET' || method === 'HEAD') && init.redirect !== 'manual';
            if (!follow) {
                // A reply to HEAD has no body, whatever length its Content-Length names.
                const cap = method === 'HEAD' ? undefined : responseCap?.(init, message.statusCode ?? 500);
                const response = cap === undefined ? toResponse(message) : await toCappedResponse(message, cap, `${method} ${target.origin}${target.pathname}`);
                // Where the answer came from, as fetch's own `url` says after redirects: an error then names the host that answered.
                if (redirects > 0)
                    Object.defineProperty(response, 'url', { value: target.href });
                return response;
            }
            discard(message);
            if (init.redirect === 'error')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected, and may not be`);
            if (redirects === maxRedirects)
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected more than ${maxRedirects} times`);
            let next;
            try {
                next = new URL(location, target);
            }
            catch {
                // Not quoted: what a server puts in a Location is its own to choose.
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to an address that is no URL`);
            }
            if (next.protocol !== 'https:' && next.protocol !== 'http:')
                throw new RedirectRefusedError(`${method} ${target.origin}${target.pathname} was redirected to a ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_5__/* .boundedText */ .LD)(next.protocol, 40)} URL`);
            if (target.protocol === 'https:' && next.protocol === 'http:')
                throw new InsecureRedirectError(`${method} ${target.origin}${target.pathname} was redirected to plain HTTP (${next.origin}), which is not followed`);
            if (next.origin !== target.origin)
                headers = Object.fromEntries(Object.entries(headers).filter((([name]) => name.toLowerCase() !== 'authorization')));
            target = next;
        }
    });
});var redirectedFrom = (function (requested, response) {
    if (response.url === undefined || response.url === '')
        return '';
    const answered = new URL(response.url).origin;
    return answered === new URL(requested).origin ? '' : ` (redirected to ${answered}, which answered)`;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: (() => (/* binding */ redirectedFrom)),
/* harmony export */   EU: (() => (/* binding */ throughProxy)),
/* harmony export */   iR: (() => (/* binding */ proxiedFetch)),
/* harmony export */   jw: (() => (/* binding */ RedirectRefusedError)),
/* harmony export */   lL: (() => (/* binding */ setHeaders)),
/* harmony export */   vQ: (() => (/* binding */ InsecureRedirectError)),
/* harmony export */   zv: (() => (/* binding */ RESPONSE_TOO_LARGE_HINT))
/* harmony export */ });
/* unused harmony export ResponseTooLargeError */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _capped_body_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(36911);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(89531);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(16327);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39002);









/** What to do about a {@link ResponseTooLargeError}, which no retry changes. */
const RESPONSE_TOO_LARGE_HINT = 'the server answered far more than this request takes: check the URL it was sent to (GITHUB_API_URL) and any proxy in between';
/** A response refused for holding more bytes than its request's cap (see {@link ResponseCap}). */
class ResponseTooLargeError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_RESPONSE_TOO_LARGE', message, { hint: RESPONSE_TOO_LARGE_HINT });
        this.name = 'ResponseTooLargeError';
    }
}
/** A redirect from HTTPS to plain HTTP, never followed: what comes back could be read and changed on the way. */
class InsecureRedirectError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_INSECURE', message, { hint: 'the server (or a proxy in front of it) redirects to plain HTTP, leaving TLS: use the HTTPS address it should serve, and report the redirect to its operator' });
        this.name = 'InsecureRedirectError';
    }
}
/**
 * A redirect not followed for another reason than leaving TLS: more of them than a request takes (a
 * loop), one to a scheme other than http(s), or one to a request that may not be redirected. The
 * server did answer, and asking again meets the same answer: not a connection failure to retry.
 */
class RedirectRefusedError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 {
    constructor(message) {
        super('HTTP_REDIRECT_REFUSED', message, { hint: 'the server (or a proxy in front of it) answers with redirects that lead nowhere trust-kit follows: check the URL it was sent to and the proxy (HTTPS_PROXY), and report the redirect to its operator' });
        this.name = 'RedirectRefusedError';
    }
}
/** Statuses whose response has no body, which `Response` refuses one for. */
const NO_BODY = new Set([101, 103, 204, 205, 304]);
/** Redirect statuses followed for GET and HEAD. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** As many redirects as a download takes (GitHub sends one, to its asset host), with room to spare, and no loop. */
const DEFAULT_MAX_REDIRECTS = 10;


/**
 * The response read whole, refused past `maxBytes`: a Content-Length above it before a byte is read,
 * else as soon as the bytes read pass it, closing the connection. It is read here rather than handed
 * on as a stream because Octokit turns an error while it reads a body into an empty body, silently.
 */

/** A redirect's body is read this far, so its connection can serve again; one that goes on is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024;
/** Drops a response nobody reads: drained up to {@link MAX_DISCARDED_BYTES} (a redirect's few bytes), then the connection is closed rather than read on without end. */

/** The error Node's own requests fail with when their signal aborts them, with a message saying what it was waiting for. */

/**
 * Sets a request's headers on the request itself, never in the options it is made with: an agent
 * keeps those options, Authorization included, in the listeners of the keep-alive connection the
 * request opens, for as long as that connection lives (measured: a registry password, the runner's request
 * token, in the heap until the connection closes). Set here, they go with the request when it is done.
 */

/**
 * The error of a request sent through `proxy`, its message naming the proxy by its origin (never its
 * credentials): the proxy may be what failed (a tunnel it closed, a connection it dropped). Its name
 * and code are kept, so it is classified as before; a tunnel's own errors name the proxy already.
 */

/** One request, without following redirects: a streamed body is piped, so it is read no faster than the socket takes it. */

/**
 * A `fetch` for Octokit, trust-kit's other requests to GitHub and its TUF client, over node:http(s):
 * - a streamed request body is sent with backpressure (Node's own fetch reads a streamed body far
 *   ahead of the socket: a 2 GiB upload was measured holding the whole file in memory);
 * - every request, redirects included, goes through the proxy `proxy` names for its URL, with the
 *   rules of @actions/http-client (as Octokit in `@actions/github` does on a runner behind a proxy);
 * - GET and HEAD follow redirects (an asset download is sent to GitHub's asset host), without the
 *   Authorization header once the origin changes, as fetch does, at most `maxRedirects` times (a
 *   loop, or a redirect to another scheme or to no URL, is a {@link RedirectRefusedError}), and never from HTTPS
 *   to plain HTTP ({@link InsecureRedirectError});
 * - with `responseCap`, a response is read whole before it is returned and refused past its request's
 *   cap with a {@link ResponseTooLargeError}, so a hostile or broken server cannot fill the memory.
 * Given agents (rather than settings), the caller owns them and destroys them when done.
 */

/** ` (redirected to <origin>)` when `response` came from another origin than `requested` (see {@link proxiedFetch}); empty otherwise. */



/***/ }),

/***/ 39002:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var proxyOrigin = (function (proxy) {
    return `${proxy.protocol}//${proxy.host}`;
});var proxyAuthorization = (function (proxy) {
    if (proxy.username === '' && proxy.password === '')
        return undefined;
    return `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}`;
});var shownReason = (function (reason) {
    const printable = reason.replace(/[^\x21-\x7e]+/g, ' ').trim();
    return printable.length > 100 ? `${printable.slice(0, 100)}…` : printable;
});var unbracketed = (function (host) {
    return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
});var openTunnel = (function (proxy, target, deadlineMs, proxyTls) {
    const net = process.getBuiltinModule('node:net');
    const tls = process.getBuiltinModule('node:tls');
    const origin = proxyOrigin(proxy);
    const endpoint = `${net.isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
    return new Promise(((resolve, reject) => {
        const proxyHost = unbracketed(proxy.hostname);
        const proxyPort = proxy.port === '' ? (proxy.protocol === 'https:' ? 443 : 80) : Number(proxy.port);
        const raw = proxy.protocol === 'https:'
            ? tls.connect({ ...proxyTls, host: proxyHost, port: proxyPort, ...(net.isIP(proxyHost) === 0 ? { servername: proxyHost } : {}) })
            : net.connect({ host: proxyHost, port: proxyPort });
        let secured;
        let settled = false;
        const fail = ((error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            secured?.destroy();
            raw.destroy();
            reject(error);
        });
        const timer = setTimeout((() => {
            fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} did not open a tunnel to ${endpoint} within ${deadlineMs} ms`, { hint: PROXY_FAILED_HINT }));
        }), deadlineMs);
        raw.on('error', fail);
        const ended = (() => fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} closed the connection before opening a tunnel to ${endpoint}`, { hint: PROXY_FAILED_HINT })));
        raw.on('end', ended);
        raw.on('close', ended);
        const chunks = [];
        let received = 0;
        const onData = ((chunk) => {
            chunks.push(chunk);
            received += chunk.length;
            const answer = Buffer.concat(chunks, received);
            const end = answer.indexOf('\r\n\r\n');
            if (end === -1) {
                if (received > MAX_CONNECT_ANSWER_BYTES)
                    fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with more than ${MAX_CONNECT_ANSWER_BYTES} bytes of headers`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            raw.removeListener('data', onData);
            raw.removeListener('end', ended);
            raw.removeListener('close', ended);
            raw.pause();
            const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?\r\n/.exec(answer.subarray(0, end + 2).toString('latin1'));
            if (status === null) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} answered the CONNECT to ${endpoint} with something that is not HTTP/1`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            const code = Number(status[1]);
            const said = `HTTP ${code}${status[2] === undefined || shownReason(status[2]) === '' ? '' : ` ${shownReason(status[2])}`}`;
            if (code === 407) {
                fail(new ProxyTunnelError('PROXY_AUTH_REQUIRED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_AUTH_HINT, statusCode: code }));
                return;
            }
            if (code < 200 || code > 299) {
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} refused a tunnel to ${endpoint}: ${said}`, { hint: PROXY_FAILED_HINT, statusCode: code }));
                return;
            }
            if (answer.length > end + 4) {
                // The target speaks first after a TLS ClientHello: bytes before it are the proxy's, not the target's.
                fail(new ProxyTunnelError('PROXY_TUNNEL_FAILED', `the proxy ${origin} sent data after opening the tunnel to ${endpoint}, before the TLS handshake`, { hint: PROXY_FAILED_HINT }));
                return;
            }
            // `host` is what the certificate is checked against (without it, an IP target would be checked as "localhost"); SNI takes names only.
            secured = tls.connect({ ...target.tls, socket: raw, host: target.host, ...(net.isIP(target.host) === 0 ? { servername: target.tls.servername ?? target.host } : {}) });
            secured.once('error', fail);
            secured.once('secureConnect', (() => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                secured?.removeListener('error', fail);
                raw.removeListener('error', fail);
                resolve(secured);
            }));
        });
        raw.on('data', onData);
        raw.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', (() => {
            const authorization = proxyAuthorization(proxy);
            raw.write(`CONNECT ${endpoint} HTTP/1.1\r\nHost: ${endpoint}\r\n${authorization === undefined ? '' : `Proxy-Authorization: ${authorization}\r\n`}\r\n`);
        }));
    }));
});var targetTls = (function (request) {
    const options = request;
    const { ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session } = options;
    return Object.fromEntries(Object.entries({ ca, cert, key, pfx, passphrase, ciphers, rejectUnauthorized, servername, minVersion, maxVersion, checkServerIdentity, session }).filter((([, value]) => value !== undefined)));
});var tunnelingAgent = (function (proxy, options) {
    const { tunnelTimeoutMs, ...agentOptions } = options;
    const https = process.getBuiltinModule('node:https');
    // The proxy is always verified: skipping the target's check (a registry's --allow-insecure-registry) would send the proxy's credentials to whoever answers on the way.
    const proxyTls = agentOptions.ca === undefined ? {} : { ca: agentOptions.ca };
    const agent = new https.Agent(agentOptions);
    agent.createConnection = ((request, callback) => {
        const host = unbracketed(request.host ?? request.hostname ?? 'localhost');
        const port = Number(request.port ?? 443);
        openTunnel(proxy, { host, port, tls: targetTls(request) }, tunnelTimeoutMs, proxyTls).then(((socket) => callback?.(null, socket)), ((error) => callback?.(error, undefined)));
        return undefined;
    });
    return agent;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ME: (() => (/* binding */ PROXY_AUTH_HINT)),
/* harmony export */   Ng: (() => (/* binding */ ProxyTunnelError)),
/* harmony export */   Pj: (() => (/* binding */ proxyOrigin)),
/* harmony export */   YI: (() => (/* binding */ tunnelingAgent))
/* harmony export */ });
/* unused harmony export proxyAuthorization */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);

/** A CONNECT tunnel the runner's proxy did not open; the message names the proxy by its origin, never by its credentials. */
class ProxyTunnelError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The status the proxy answered the CONNECT with, if it answered one. */
    statusCode;
    constructor(code, message, options) {
        super(code, message, options);
        this.name = 'ProxyTunnelError';
        this.statusCode = options.statusCode;
    }
}
/** What to do when the proxy wants credentials. */
const PROXY_AUTH_HINT = 'the proxy in HTTPS_PROXY/HTTP_PROXY asks for credentials: give them in its URL (http://user:password@proxy:3128), or list the host in NO_PROXY if the runner reaches it directly';
const PROXY_FAILED_HINT = 'check that HTTPS_PROXY names the runner\'s proxy and that the proxy reaches the host, or list the host in NO_PROXY if the runner reaches it directly';
/** A proxy's answer to CONNECT is a status line and a few headers: Node's own limit on a response's headers. */
const MAX_CONNECT_ANSWER_BYTES = 16 * 1024;
/** The proxy as a message shows it: scheme, host and port, without credentials. */

/** The Proxy-Authorization header for the credentials in the proxy's URL (percent-decoded, as curl and Node read them). */

/** A proxy's reason phrase as a message may quote it: printable ASCII, bounded (it is the proxy's to choose). */

/** A host name without the brackets a URL puts around an IPv6 literal. */

/**
 * A TLS connection to `target` through an HTTP CONNECT tunnel of `proxy`. Every step (reaching the
 * proxy, its answer, the TLS handshake through it) ends within `deadlineMs`, and the proxy's answer
 * is read up to {@link MAX_CONNECT_ANSWER_BYTES}: Node's own tunnel has no deadline past the CONNECT
 * and reads an answer without bound. Only the proxy sees the Proxy-Authorization header.
 */

/** The TLS options of a request the https agent hands its `createConnection`, for the handshake with the target. */

/**
 * An https agent whose connections are CONNECT tunnels through `proxy` (see {@link openTunnel}),
 * with the agent's TLS options for the target (and its trusted CAs for an https:// proxy).
 */



/***/ }),

/***/ 16327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var nonEmpty = (function (value) {
    return value === undefined || value === '' ? undefined : value;
});var proxySettingsFrom = (function (env) {
    const httpsProxy = nonEmpty(env.https_proxy) ?? nonEmpty(env.HTTPS_PROXY);
    const httpProxy = nonEmpty(env.http_proxy) ?? nonEmpty(env.HTTP_PROXY);
    const noProxy = nonEmpty(env.no_proxy) ?? nonEmpty(env.NO_PROXY);
    return { ...(httpsProxy === undefined ? {} : { httpsProxy }), ...(httpProxy === undefined ? {} : { httpProxy }), ...(noProxy === undefined ? {} : { noProxy }) };
});var isLoopbackHostname = (function (hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
});var inTheClearOffMachine = (function (url) {
    return url.protocol === 'http:' && !isLoopbackHostname(url.hostname);
});var canonicalEntry = (function (entry) {
    const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(entry);
    const address = bracketed === null ? entry : bracketed[1];
    if (!address.includes(':'))
        return entry;
    try {
        return `${new URL(`http://[${address}]/`).hostname}${bracketed?.[2] ?? ''}`;
    }
    catch {
        return entry;
    }
});var bypassesProxy = (function (url, noProxy) {
    if (url.hostname === '')
        return false;
    if (isLoopbackHostname(url.hostname))
        return true;
    if (noProxy === undefined || noProxy === '')
        return false;
    const port = url.port !== '' ? Number(url.port) : url.protocol === 'http:' ? 80 : url.protocol === 'https:' ? 443 : undefined;
    const host = url.hostname.toUpperCase();
    const hosts = port === undefined ? [host] : [host, `${host}:${port}`];
    return noProxy
        .split(',')
        .map(((entry) => canonicalEntry(entry.trim()).toUpperCase()))
        .filter(((entry) => entry !== ''))
        .some(((entry) => entry === '*' || hosts.some(((candidate) => candidate === entry || candidate.endsWith(`.${entry}`) || (entry.startsWith('.') && candidate.endsWith(entry))))));
});var urlWithoutCredentials = (function (value) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    const rest = value.slice(scheme.length);
    // Everything up to the last @ may be credentials, a / or : in a password included.
    const at = rest.lastIndexOf('@');
    if (at !== -1)
        return `${scheme}…@${rest.slice(at + 1)}`.slice(0, 200);
    // Without an @, `user:password` (the host forgotten) reads as host and port: only a port of digits is shown.
    return /^[^:/?#]*(?::\d*)?(?:[/?#].*)?$/s.test(rest) ? value.slice(0, 200) : `${scheme}…`;
});var percentDecodable = (function (text) {
    try {
        decodeURIComponent(text);
        return true;
    }
    catch {
        return false;
    }
});var parseProxy = (function (variable, value) {
    let proxy;
    try {
        proxy = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        proxy = undefined;
    }
    if (proxy === undefined || (proxy.protocol !== 'http:' && proxy.protocol !== 'https:') || proxy.hostname === '') {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${urlWithoutCredentials(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
});var checkProxySettings = (function (settings) {
    for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
        if (value !== undefined && value !== '')
            parseProxy(variable, value);
});var proxyFor = (function (url, settings) {
    if (bypassesProxy(url, settings.noProxy))
        return undefined;
    const [variable, value] = url.protocol === 'https:' ? ['HTTPS_PROXY', settings.httpsProxy] : ['HTTP_PROXY', settings.httpProxy];
    return value === undefined || value === '' ? undefined : parseProxy(variable, value);
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NO_PROXY_SETTINGS: (() => (/* binding */ NO_PROXY_SETTINGS)),
/* harmony export */   ProxyAgents: (() => (/* binding */ ProxyAgents)),
/* harmony export */   ProxyConfigError: (() => (/* binding */ ProxyConfigError)),
/* harmony export */   bypassesProxy: (() => (/* binding */ bypassesProxy)),
/* harmony export */   checkProxySettings: (() => (/* binding */ checkProxySettings)),
/* harmony export */   inTheClearOffMachine: (() => (/* binding */ inTheClearOffMachine)),
/* harmony export */   isLoopbackHostname: (() => (/* binding */ isLoopbackHostname)),
/* harmony export */   proxyFor: (() => (/* binding */ proxyFor)),
/* harmony export */   proxySettingsFrom: (() => (/* binding */ proxySettingsFrom)),
/* harmony export */   urlWithoutCredentials: (() => (/* binding */ urlWithoutCredentials))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39002);


/** No proxy: every request connects directly. */
const NO_PROXY_SETTINGS = {};
/** A proxy variable that names no usable proxy. */
class ProxyConfigError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    constructor(message, hint) {
        super('PROXY_URL_INVALID', message, { hint });
        this.name = 'ProxyConfigError';
    }
}

/**
 * The proxy settings in an environment, read as @actions/http-client reads them (and so as
 * Octokit in `@actions/github` does): the lower-case variable first, an empty one as unset.
 */

/**
 * Loopback hosts, which @actions/http-client never sends through a proxy, whatever NO_PROXY says.
 * Its test is a prefix (`127.`), which also takes a name such as `127.attacker.example` (one a
 * redirect can name) round the proxy: here only an address in 127.0.0.0/8 is (a URL's host is
 * already in canonical form: `0x7f.1` is `127.0.0.1`, `[0:0::1]` is `[::1]`).
 */

/**
 * Whether a request to `url` would carry what it is sent with (a token, a password) in the clear to
 * another machine: plain HTTP anywhere but this machine's loopback. The one rule every sender of a
 * credential follows (Fulcio, GitHub's API, the runner's token endpoint); loopback is a test server.
 */

/**
 * A NO_PROXY entry naming an IPv6 address in the form a URL's host has it: in brackets and
 * canonical (`fd00:0::1`, as curl takes it, is `[fd00::1]`), a port kept; any other entry as it is.
 */

/**
 * Whether a request to `url` bypasses the proxy: @actions/http-client's `checkBypass`. Loopback
 * hosts always; otherwise a NO_PROXY entry that is `*`, the host, `host:port` (the scheme's default
 * port when the URL has none), or a domain the host is under (`example.com` and `.example.com`
 * both cover `api.example.com`), compared without case; beyond it, an IPv6 entry written bare or
 * not canonical, as curl takes it.
 */

/** A URL (or what was meant as one: it need not parse) without its credentials, fit for a message. */

/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */

/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */

/**
 * Checks the proxy variables: one that is no http(s) URL is a PROXY_URL_INVALID. Called before the
 * GitHub toolkit is first loaded, which reads them from the process environment then and throws a
 * bare error (a crash, to the user) on such a value.
 */

/**
 * The proxy a request to `url` goes through, or undefined to connect directly: HTTPS_PROXY for
 * https://, HTTP_PROXY for http://, unless NO_PROXY (or loopback) bypasses it, as
 * @actions/http-client's `getProxyUrl` decides (where it would go on with a proxy that is no
 * http(s) URL, this is a PROXY_URL_INVALID).
 */

/** Opening a tunnel takes a round trip or three: a proxy silent this long is not going to answer (the time a request to a public service may take, DEFAULT_RETRY_POLICY's). */
const DEFAULT_TUNNEL_TIMEOUT_MS = 20_000;
/** Agents that send requests through one proxy, by target protocol and proxy, shared by the requests of one client. */
class ProxyAgents {
    settings;
    #agents = new Map();
    #options;
    /** Checks both proxy URLs at once: a bad one is a PROXY_URL_INVALID before any request (a request would take it for a connection failure and retry). */
    constructor(settings, options = {}) {
        this.settings = settings;
        this.#options = options;
        checkProxySettings(settings);
    }
    /**
     * The agent for a request to `url`: undefined when no proxy applies (connect directly, with the
     * caller's own agent or {@link directAgentFor}); else one that tunnels https:// through the proxy with CONNECT (ours: Node's
     * own tunnel waits forever on a proxy that goes silent after its CONNECT, and reads its answer
     * without bound) and sends http:// to it in absolute form (Node's own proxy support, told only
     * this proxy: the bypass was decided above, with @actions/http-client's rules).
     */
    agentFor(url) {
        const proxy = proxyFor(url, this.settings);
        if (proxy === undefined)
            return undefined;
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // Built-ins loaded on first use: offline verification imports this module (for the TUF loads it may skip) and never needs node:http(s) or TLS.
            agent = url.protocol === 'https:' ? (0,_proxy_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .tunnelingAgent */ .YI)(proxy, { keepAlive: true, ...this.#options.https, tunnelTimeoutMs: this.#options.tunnelTimeoutMs ?? DEFAULT_TUNNEL_TIMEOUT_MS }) : new (process.getBuiltinModule('node:http').Agent)({ keepAlive: true, ...this.#options.http, proxyEnv: { HTTP_PROXY: proxy.href } });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /**
     * An agent that connects directly, for a request no proxy applies to ({@link agentFor} gave none):
     * not Node's global agent, which NODE_USE_ENV_PROXY=1 sends through the environment's proxy by
     * Node's own rules, loopback included, where these rules reach the host directly.
     */
    directAgentFor(url) {
        const key = `${url.protocol} direct`;
        let agent = this.#agents.get(key);
        if (agent === undefined) {
            // As Node's global agent is made: an idle connection is closed after 5 s, not kept until the server drops it.
            const base = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
            agent = url.protocol === 'https:' ? new (process.getBuiltinModule('node:https').Agent)({ ...base, ...this.#options.https }) : new (process.getBuiltinModule('node:http').Agent)({ ...base, ...this.#options.http });
            this.#agents.set(key, agent);
        }
        return agent;
    }
    /** Closes the connections of every agent made so far. */
    destroy() {
        for (const agent of this.#agents.values())
            agent.destroy();
        this.#agents.clear();
    }
}


/***/ }),

/***/ 7493:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var backoffDelay = (function (policy, retry, random = Math.random) {
    const base = Math.max(policy.minDelayMs, 1) * policy.factor ** retry;
    return Math.min(Math.round((1 + random()) * base), policy.maxDelayMs);
});var isTransientStatus = (function (status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501);
});var retryAfterMs = (function (header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
});var pastBudget = (function (waitMs, budgetMs) {
    return waitMs === undefined || waitMs <= budgetMs ? '' : `; it asked to wait ${Math.ceil(waitMs / 1000)} s, longer than the ${Math.round(budgetMs / 1000)} s the retries may take`;
});var withRetry = (async function (policy, attempt, classify, sleep = ((ms) => new Promise(((resolve) => setTimeout(resolve, ms))))) {
    const started = Date.now();
    for (let retry = 0;; retry += 1) {
        try {
            return await attempt(retry + 1);
        }
        catch (error) {
            const kind = classify(error);
            if (kind === 'permanent' || retry >= policy.retries)
                throw error;
            // Retrying before the server's Retry-After only meets the same refusal (and feeds a storm).
            const delay = Math.max(backoffDelay(policy, retry), typeof kind === 'object' ? kind.retryAfterMs : 0);
            if (Date.now() - started + delay > policy.budgetMs)
                throw error;
            await sleep(delay);
        }
    }
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: (() => (/* binding */ isTransientStatus)),
/* harmony export */   Vs: (() => (/* binding */ retryAfterMs)),
/* harmony export */   bD: (() => (/* binding */ withRetry)),
/* harmony export */   cO: (() => (/* binding */ DEFAULT_RETRY_POLICY)),
/* harmony export */   uQ: (() => (/* binding */ pastBudget))
/* harmony export */ });
/* unused harmony export backoffDelay */
/**
 * The policy for public services (Sigstore, GitHub): about a minute of patience, enough to ride
 * out a deploy or a rate-limit window, short enough that a real outage fails the job promptly.
 */
const DEFAULT_RETRY_POLICY = {
    retries: 5,
    minDelayMs: 1000,
    maxDelayMs: 16_000,
    factor: 2,
    budgetMs: 60_000,
    timeoutMs: 20_000,
};
/**
 * The delay before retry number `retry` (0-based): `minDelayMs * factor^retry`, stretched by a
 * random factor in [1, 2) so that many clients failing together do not retry in lockstep.
 */

/** Whether an HTTP status may pass on another try: a timeout (408), a rate limit (429), a server error but 501 (not implemented stays so). */

/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */

/**
 * Why a failure was not retried when its server asked to wait `waitMs` (its `Retry-After`), longer
 * than `budgetMs`, the time the retries may take, in words to end its message; empty otherwise.
 */

/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */



/***/ }),

/***/ 99118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: (() => (/* binding */ OciError))
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22331);


/**
 * An error parsing an image reference or talking to a registry. Its message and hint are redacted
 * as it is made: they may quote what a registry chose (a redirect's path, a challenge's realm),
 * which may echo the password, and by the time the error is printed the client is closed and the
 * password wiped, so the redaction at printing no longer knows it.
 */
class OciError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustKitError */ .T0 {
    /** The HTTP status the registry answered with, when the error comes from one. */
    status;
    /** The wait the registry asked for (`Retry-After`) before trying again, in milliseconds. */
    retryAfterMs;
    constructor(code, message, options = {}) {
        super(code, (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message), options.hint === undefined ? options : { ...options, hint: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(options.hint) });
        this.name = 'OciError';
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
    }
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseImageReference = (function (input) {
    // A reference written as a URL's authority with a password (user:password@host/..., the password holding a / or an @ too) would be
    // quoted back in every error and log line. In a reference an @ comes only before a digest (algorithm:hex).
    const authority = input.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const firstAt = authority.indexOf('@');
    if (firstAt !== -1 && !/^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[^/@:]*$/i.test(authority.slice(firstAt + 1))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', 'an image reference holds an @ that no digest follows, as credentials would (user:password@ before the registry): references carry none, and it is not quoted here', {
            hint: 'name the image as registry/repository[:tag][@sha256:<hex>], and log in with --registry-username and the password in TRUST_KIT_REGISTRY_PASSWORD (or docker login)',
        });
    }
    const shown = JSON.stringify(input.length > 200 ? `${input.slice(0, 200)}...` : input);
    const invalid = ((why, hint = 'write it as [registry[:port]/]repository[:tag][@sha256:<hex>], e.g. ghcr.io/acme/app:v1') => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${why}`, { hint }));
    if (input.length === 0 || input.length > MAX_REFERENCE_LENGTH)
        throw invalid(`its length must be between 1 and ${MAX_REFERENCE_LENGTH}`);
    if (/\s/.test(input))
        throw invalid('it contains white space');
    let rest = input;
    let digest;
    const at = rest.indexOf('@');
    if (at !== -1) {
        try {
            const parsed = (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigestReference */ .Dn)(rest.slice(at + 1));
            digest = `${parsed.algorithm}:${parsed.hex}`;
        }
        catch (error) {
            if (!(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isTrustKitError */ .Nf)(error))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OciError */ .M('OCI_REFERENCE_INVALID', `image reference ${shown} is invalid: ${error.message}`, { cause: error, hint: error.hint });
        }
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon !== -1) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(`tag "${tag.slice(0, 140)}" must be 1-128 letters, digits, _, . or -, not starting with . or -`);
    }
    const firstSlash = rest.indexOf('/');
    const first = firstSlash === -1 ? '' : rest.slice(0, firstSlash);
    const namesRegistry = firstSlash !== -1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
    let registry = namesRegistry ? first.toLowerCase() : DOCKER_HUB;
    let repository = namesRegistry ? rest.slice(firstSlash + 1) : rest;
    if (namesRegistry)
        checkRegistry(registry, invalid);
    if (DOCKER_HUB_ALIASES.has(registry))
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (repository.length === 0)
        throw invalid('it names no repository');
    if (repository !== repository.toLowerCase()) {
        throw invalid('repository names must be lowercase', `write the repository as "${repository.toLowerCase()}"`);
    }
    if (repository.length > MAX_REPOSITORY_LENGTH)
        throw invalid(`the repository is longer than ${MAX_REPOSITORY_LENGTH} characters`);
    for (const component of repository.split('/')) {
        if (!PATH_COMPONENT.test(component)) {
            throw invalid(`repository component "${component.slice(0, 140)}" must be lowercase letters and digits, separated by ., _, __ or -`);
        }
    }
    return { registry, repository, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
});var checkRegistry = (function (registry, invalid) {
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/.exec(registry);
    const plain = /^([^:]+)(?::(\d+))?$/.exec(registry);
    const port = bracketed?.[2] ?? plain?.[2];
    if (port !== undefined && (Number(port) < 1 || Number(port) > 65535 || port !== String(Number(port)))) {
        throw invalid(`registry port "${port}" must be a number from 1 to 65535`);
    }
    if (bracketed)
        return;
    const host = plain?.[1];
    if (host === undefined || host.length > 253 || !host.split('.').every(((label) => HOST_LABEL.test(label)))) {
        throw invalid(`registry "${registry.slice(0, 140)}" is not a host name with an optional port`);
    }
});var registryApiHost = (function (registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry;
});var formatImageReference = (function (reference) {
    return `${reference.registry}/${reference.repository}${reference.tag === undefined ? '' : `:${reference.tag}`}${reference.digest === undefined ? '' : `@${reference.digest}`}`;
});var withDigest = (function (reference, digest) {
    return { registry: reference.registry, repository: reference.repository, digest };
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: (() => (/* binding */ registryApiHost)),
/* harmony export */   Xb: (() => (/* binding */ DOCKER_HUB)),
/* harmony export */   hQ: (() => (/* binding */ withDigest)),
/* harmony export */   my: (() => (/* binding */ formatImageReference)),
/* harmony export */   o_: (() => (/* binding */ parseImageReference))
/* harmony export */ });
/* unused harmony export DOCKER_HUB_API_HOST */
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99118);



/** Docker Hub under its canonical name; `index.docker.io` and `registry-1.docker.io` are aliases of it. */
const DOCKER_HUB = 'docker.io';
/** The host that serves Docker Hub's registry API. */
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', DOCKER_HUB_API_HOST]);
// The distribution spec's grammar (distribution/reference): lowercase components joined by ., _, __ or dashes.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAX_REFERENCE_LENGTH = 4096;
const MAX_REPOSITORY_LENGTH = 255;
/**
 * Parses an image reference as docker does: a first path component that has a dot or a port, or is
 * `localhost`, names the registry, otherwise Docker Hub; Docker Hub's one-component names live under
 * `library/`. Repositories must be lowercase (a registry would store `Alpine` and `alpine` apart).
 */


/** The host (and port) to send registry API requests to for a registry name. */

/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */

/** The same repository pinned to `digest`, without the tag: what trust-kit signs. */



/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var purlOf = (function (ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, ((_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`)));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: (() => (/* binding */ purlOf))
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */



/***/ })

};

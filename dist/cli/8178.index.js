export const id = 8178;
export const ids = [8178,3408,3871,6327];
export const modules = {

/***/ 98294:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var readImageArguments = (function (reader, images, input, env) {
    const username = reader.string('registry-username');
    if (username !== undefined && !(_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL in env))
        reader.report('registry-username', `needs the password in ${_images_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .PASSWORD_VARIABLE */ .HL}`);
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
/** Parses IMAGE arguments, reporting each bad one against `input`; checks --registry-username has its password. */



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
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: "${String(value).slice(0, 100)}" is not a sha256 digest`, { hint: 'the image metadata is damaged or uses a digest algorithm trust-kit does not read (only sha256)' });
    }
    return value;
});var checkDigest = (function (bytes, digest, where) {
    const actual = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    if (actual !== digest)
        throw new ImageSbomError('IMAGE_DIGEST_MISMATCH', `${where}: the content hashes to ${actual}, not ${digest}`, { hint: 'the layout or archive was altered or damaged; save the image again' });
});var objectOf = (function (bytes, where) {
    let value;
    try {
        value = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not JSON: ${error.message}`, { cause: error, hint: 'the image metadata is damaged; save or pull the image again' });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not a JSON object`, { hint: 'the image metadata is damaged; save or pull the image again' });
    return value;
});var descriptorOf = (function (value, where) {
    const record = (typeof value === 'object' && value !== null ? value : {});
    const descriptor = {
        mediaType: typeof record.mediaType === 'string' ? record.mediaType : '',
        digest: checkedDigest(record.digest, where),
        size: typeof record.size === 'number' && Number.isSafeInteger(record.size) && record.size >= 0 ? record.size : -1,
    };
    const platform = record.platform;
    if (typeof platform?.os === 'string' && typeof platform.architecture === 'string') {
        descriptor.platform = { os: platform.os, architecture: platform.architecture, ...(typeof platform.variant === 'string' ? { variant: platform.variant } : {}) };
    }
    return descriptor;
});var isIndex = (function (mediaType, document) {
    return mediaType.endsWith('image.index.v1+json') || mediaType.endsWith('manifest.list.v2+json') || (mediaType === '' && Array.isArray(document.manifests) && !Array.isArray(document.layers));
});var indexEntries = (function (bytes, where) {
    const document = objectOf(bytes, where);
    if (!Array.isArray(document.manifests))
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no manifests list`, { hint: 'the index is damaged; save or pull the image again' });
    return document.manifests.map(((entry, index) => descriptorOf(entry, `${where}: manifests[${index}]`)));
});var platformMatches = (function (entry, wanted) {
    if (entry.os !== wanted.os || entry.architecture !== wanted.architecture)
        return false;
    if (wanted.variant === undefined || entry.variant === undefined)
        return true;
    return entry.variant === wanted.variant;
});var selectPlatform = (function (entries, wanted, where) {
    const match = entries.find(((entry) => entry.platform !== undefined && platformMatches(entry.platform, wanted)));
    if (match !== undefined)
        return match;
    const unplatformed = entries.filter(((entry) => entry.platform === undefined));
    if (unplatformed.length === 1 && entries.length === 1)
        return unplatformed[0];
    const offered = entries.flatMap(((entry) => (entry.platform === undefined ? [] : [platformText(entry.platform)])));
    throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${where} has no image for ${platformText(wanted)}${offered.length === 0 ? '' : ` (it has ${offered.join(', ')})`}`, { hint: 'choose one of its platforms with --platform os/arch[/variant]' });
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
    if (wanted === undefined || config.platform.os === '' || platformMatches(config.platform, wanted))
        return;
    throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${where} is an image for ${platformText(config.platform)}, not ${platformText(wanted)}`, { hint: `leave out --platform, or give --platform ${platformText(config.platform)}` });
});var registryImageSource = (async function (client, text, platform) {
    const reference = (0,oci_reference/* parseImageReference */.o_)(text);
    const name = `registry:${text}`;
    let fetched = await client.resolve(reference);
    if (fetched.manifest.kind === 'index') {
        const entry = selectPlatform(indexEntries(fetched.bytes, `${name}: index ${fetched.reference.digest}`), platform ?? DEFAULT_PLATFORM, (0,oci_reference/* formatImageReference */.my)(fetched.reference));
        fetched = await client.getManifest({ ...fetched.reference, digest: entry.digest });
    }
    const where = (0,oci_reference/* formatImageReference */.my)(fetched.reference);
    const manifest = imageManifest(fetched.bytes, where);
    const config = imageConfig(await client.readBlob(reference, manifest.config.digest, MAX_METADATA_BYTES), manifest.layers.length, `${where}: config`);
    checkPlatform(config, platform, where);
    return {
        name,
        digest: fetched.reference.digest,
        platform: config.platform,
        layers: manifest.layers.map(((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index], open: (() => client.openBlob(reference, layer.digest, MAX_LAYER_BYTES)) }))),
    };
});var tar_text = (function (block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
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
    const digits = field.toString('latin1').replace(/[\0 ]+$/, '').replace(/^ +/, '');
    if (digits === '')
        return 0;
    if (!/^[0-7]+$/.test(digits))
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar ${what} field "${digits.slice(0, 20)}" is not an octal number`, { hint: 'the layer is not a tar archive or is damaged; rebuild the image' });
    return Number.parseInt(digits, 8);
});var isZeroBlock = (function (block) {
    for (let i = 0; i < block.length; i++)
        if (block[i] !== 0)
            return false;
    return true;
});var parseHeader = (function (block, where) {
    const stored = numeric(block, 148, 8, 'checksum', where);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    if (sum !== stored)
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a tar header's checksum does not match (the layer is not a tar archive, or is damaged)`, { hint: 'check that the blob is an image layer (tar, tar+gzip or tar+zstd) and rebuild the image if it is damaged' });
    const magic = block.subarray(257, 262).toString('latin1');
    const name = tar_text(block, 0, 100);
    const prefix = magic === 'ustar' ? tar_text(block, 345, 155) : '';
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
        const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
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
    let pax = new Map();
    let longName;
    let longLink;
    for (;;) {
        const block = await reader.read(BLOCK);
        if (block.length === 0)
            return;
        if (block.length < BLOCK)
            throw truncated(where);
        if (isZeroBlock(block))
            return;
        const header = parseHeader(block, where);
        const size = pax.has('size') ? Number(pax.get('size')) : header.size;
        if (!Number.isSafeInteger(size) || size < 0)
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: a PAX size "${String(pax.get('size')).slice(0, 30)}" is not a size`, { hint: 'the layer is damaged or hostile; rebuild the image' });
        if (header.typeflag === 'x' || header.typeflag === 'g' || header.typeflag === 'L' || header.typeflag === 'K') {
            if (size > MAX_TAR_METADATA_BYTES) {
                throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: a tar extension header of ${size} bytes is larger than the ${MAX_TAR_METADATA_BYTES} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
            }
            const data = await reader.read(size);
            if (data.length < size)
                throw truncated(where);
            await reader.skip(padding(size));
            if (header.typeflag === 'x')
                pax = new Map([...pax, ...parsePax(data, where)]);
            else if (header.typeflag === 'L')
                longName = tar_text(data, 0, data.length);
            else if (header.typeflag === 'K')
                longLink = tar_text(data, 0, data.length);
            continue;
        }
        const entry = {
            name: pax.get('path') ?? longName ?? header.name,
            kind: kindOf(header.typeflag),
            size: header.typeflag === '5' || header.typeflag === '1' || header.typeflag === '2' ? 0 : size,
            mode: header.mode,
            linkName: pax.get('linkpath') ?? longLink ?? header.linkName,
        };
        pax = new Map();
        longName = undefined;
        longLink = undefined;
        const start = reader.position;
        await onEntry(entry, reader.chunks(entry.size));
        const left = entry.size - (reader.position - start);
        await reader.skip(left);
        if (reader.position - start < entry.size)
            throw truncated(where);
        await reader.skip(padding(entry.size));
    }
});var truncated = (function (where) {
    return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the tar archive ends inside an entry (truncated)`, { hint: 'the layer is incomplete; pull or save the image again' });
});var headerAt = (function (block, where) {
    return parseHeader(block, where);
});var paxRecords = (function (data, where) {
    return parsePax(data, where);
});var unreadable = (function (what, error) {
    const code = (0,errors/* systemErrorCode */.vq)(error);
    return new ImageSbomError('IMAGE_SOURCE_INVALID', `cannot read ${what}: ${code === 'ENOENT' ? 'it does not exist' : (0,errors/* messageOf */.bD)(error)}`, { cause: error, hint: 'give an OCI layout directory (oci-dir:PATH), a `docker save` archive (docker-archive:FILE) or an image reference (registry:REF)' });
});var readBounded = (async function (path, maxBytes, what) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
        const info = await handle.stat();
        if (!info.isFile())
            throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} is not a regular file`, { hint: 'the layout is damaged; save the image again' });
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
        await handle?.close();
    }
});var resolveImage = (async function (name, top, blob, layerOpener, platform) {
    let current = top;
    let digest;
    for (let depth = 0;; depth++) {
        const parsed = parseJson(current.bytes, current.where);
        const document = (typeof parsed === 'object' && parsed !== null ? parsed : {});
        const mediaType = current.mediaType !== '' ? current.mediaType : typeof document.mediaType === 'string' ? document.mediaType : '';
        if (!isIndex(mediaType, document))
            break;
        if (depth === MAX_INDEX_DEPTH)
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${name}: indexes nest more than ${MAX_INDEX_DEPTH} deep`, { hint: 'the layout is damaged or hostile' });
        const entry = selectPlatform(indexEntries(current.bytes, current.where), platform ?? DEFAULT_PLATFORM, current.where);
        const where = `${name}: manifest ${entry.digest}`;
        current = { bytes: await blob(entry.digest, where), mediaType: entry.mediaType, where };
        digest = entry.digest;
    }
    const manifest = imageManifest(current.bytes, current.where);
    const config = imageConfig(await blob(manifest.config.digest, `${name}: config ${manifest.config.digest}`), manifest.layers.length, `${name}: config`);
    checkPlatform(config, platform, name);
    const layers = manifest.layers.map(((layer, index) => ({ digest: layer.digest, diffId: config.diffIds[index], open: layerOpener(layer) })));
    return { name, ...(digest === undefined ? {} : { digest }), platform: config.platform, layers };
});var parseJson = (function (bytes, where) {
    try {
        return JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not JSON: ${error.message}`, { cause: error, hint: 'the image metadata is damaged; save the image again' });
    }
});var ociLayoutSource = (async function (dir, platform, cwd = '.') {
    const root = (0,external_node_path_.resolve)(cwd, dir);
    const info = await (0,promises_.stat)(root).catch(((error) => {
        throw unreadable(`the OCI layout ${root}`, error);
    }));
    if (!info.isDirectory())
        throw new ImageSbomError('IMAGE_SOURCE_INVALID', `the OCI layout ${root} is not a directory`, { hint: 'oci-dir: takes the directory holding index.json and blobs/' });
    const blobPath = ((digest) => (0,external_node_path_.join)(root, 'blobs', 'sha256', digest.slice('sha256:'.length)));
    const blob = (async (digest, where) => {
        const bytes = await readBounded(blobPath(checkedDigest(digest, where)), MAX_METADATA_BYTES, where);
        checkDigest(bytes, digest, where);
        return bytes;
    });
    const where = `oci-dir:${dir}: index.json`;
    const index = await readBounded((0,external_node_path_.join)(root, 'index.json'), MAX_METADATA_BYTES, where);
    const opener = ((descriptor) => (async () => {
        const path = blobPath(descriptor.digest);
        const blobInfo = await (0,promises_.stat)(path).catch(((error) => {
            throw unreadable(`oci-dir:${dir}: layer ${descriptor.digest}`, error);
        }));
        if (!blobInfo.isFile())
            throw new ImageSbomError('IMAGE_SOURCE_INVALID', `oci-dir:${dir}: layer ${descriptor.digest} is not a regular file`, { hint: 'the layout is damaged; save the image again' });
        return (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 });
    }));
    return resolveImage(`oci-dir:${dir}`, { bytes: index, mediaType: 'application/vnd.oci.image.index.v1+json', where }, blob, opener, platform);
});var indexArchive = (async function (path, what) {
    const members = new Map();
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
        const { size: total } = await handle.stat();
        let offset = 0;
        let longName;
        let paxPath;
        const block = Buffer.alloc(BLOCK);
        while (offset + BLOCK <= total) {
            await handle.read(block, 0, BLOCK, offset);
            if (isZeroBlock(block))
                break;
            const header = headerAt(block, what);
            const body = offset + BLOCK;
            if (body + header.size > total)
                throw new ImageSbomError('IMAGE_SOURCE_INVALID', `${what} ends inside the entry ${header.name.slice(0, 200)} (truncated)`, { hint: 'save the image again' });
            if (header.typeflag === 'x' || header.typeflag === 'L') {
                if (header.size > MAX_TAR_METADATA_BYTES)
                    throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${what}: a tar extension header of ${header.size} bytes`, { hint: 'the archive is damaged or hostile' });
                const data = Buffer.alloc(header.size);
                await handle.read(data, 0, header.size, body);
                if (header.typeflag === 'L')
                    longName = data.toString('utf8').replace(/\0.*$/s, '');
                else
                    paxPath = paxRecords(data, what).get('path');
            }
            else {
                const name = (paxPath ?? longName ?? header.name).replace(/^\.\//, '');
                if (header.typeflag === '0' || header.typeflag === '\0')
                    members.set(name, { offset: body, size: header.size });
                longName = undefined;
                paxPath = undefined;
            }
            offset = body + header.size + padding(header.size);
        }
    }
    catch (error) {
        if (error instanceof ImageSbomError)
            throw error;
        throw unreadable(what, error);
    }
    finally {
        await handle?.close();
    }
    return members;
});var dockerArchiveSource = (async function (file, platform, cwd = '.') {
    const path = (0,external_node_path_.resolve)(cwd, file);
    const name = `docker-archive:${file}`;
    const members = await indexArchive(path, name);
    const readMember = (async (member, where, maxBytes = MAX_METADATA_BYTES) => {
        const found = members.get(member);
        if (found === undefined)
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where}: the archive has no ${member.slice(0, 200)}`, { hint: 'give an archive written by `docker save`' });
        if (found.size > maxBytes)
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: ${member.slice(0, 200)} is ${found.size} bytes, more than the ${maxBytes} allowed`, { hint: 'the archive is damaged or hostile' });
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
    const offered = [];
    for (const [index, entry] of manifest.entries()) {
        const record = (typeof entry === 'object' && entry !== null ? entry : {});
        const where = `${manifestWhere}[${index}]`;
        if (typeof record.Config !== 'string' || !Array.isArray(record.Layers) || !record.Layers.every(((layer) => typeof layer === 'string'))) {
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} has no Config and Layers`, { hint: 'give an archive written by `docker save`' });
        }
        const config = await readMember(record.Config, where);
        const parsed = imageConfig(config, record.Layers.length, `${name}: ${record.Config}`);
        offered.push(`${parsed.platform.os}/${parsed.platform.architecture}`);
        if (manifest.length === 1 || (parsed.platform.os === wanted.os && parsed.platform.architecture === wanted.architecture)) {
            chosen = { config, layers: record.Layers, configName: record.Config };
            break;
        }
    }
    if (chosen === undefined)
        throw new ImageSbomError('IMAGE_PLATFORM_NOT_FOUND', `${name} has no image for ${wanted.os}/${wanted.architecture} (it has ${offered.join(', ')})`, { hint: 'choose one of its platforms with --platform os/arch' });
    const config = imageConfig(chosen.config, chosen.layers.length, `${name}: ${chosen.configName}`);
    checkPlatform(config, platform, name);
    const configDigest = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(chosen.configName);
    if (configDigest?.[1] !== undefined)
        checkDigest(chosen.config, `sha256:${configDigest[1]}`, `${name}: ${chosen.configName}`);
    const layers = chosen.layers.map(((layer, index) => {
        const member = members.get(layer);
        const where = `${name}: layer ${layer.slice(0, 200)}`;
        if (member === undefined)
            throw new ImageSbomError('IMAGE_MANIFEST_INVALID', `${where} is not in the archive`, { hint: 'give an archive written by `docker save`' });
        const blobDigest = /^blobs\/sha256\/([a-f0-9]{64})$/.exec(layer)?.[1];
        const diffId = config.diffIds[index];
        return {
            // Older archives name layers `<id>/layer.tar`, uncompressed: the diff ID is then the stored digest too.
            digest: blobDigest === undefined ? diffId : `sha256:${blobDigest}`,
            diffId,
            open: (() => Promise.resolve(member.size === 0 ? external_node_stream_.Readable.from([]) : (0,external_node_fs_.createReadStream)(path, { start: member.offset, end: member.offset + member.size - 1, highWaterMark: 1024 * 1024 }))),
        };
    }));
    return { name, platform: config.platform, layers };
});var locationProperties = (function (files) {
    return files.flatMap(((file, index) => [
        { name: `syft:location:${index}:layerID`, value: file.node.layer },
        { name: `syft:location:${index}:path`, value: file.path },
    ]));
});var paragraphs = (function (text) {
    const out = [];
    let fields = new Map();
    let start = 1;
    let last;
    const lines = text.split('\n');
    for (const [index, raw] of lines.entries()) {
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '') {
            if (fields.size > 0)
                out.push({ fields, line: start });
            fields = new Map();
            last = undefined;
            continue;
        }
        if (fields.size === 0 && last === undefined)
            start = index + 1;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (last !== undefined)
                fields.set(last, `${fields.get(last) ?? ''}\n${line.trim()}`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            throw new sbom_errors/* SbomParseError */.J('', `"${line.slice(0, 80)}" is not a "Field: value" line`, index + 1);
        last = line.slice(0, colon);
        fields.set(last, line.slice(colon + 1).trim());
    }
    if (fields.size > 0)
        out.push({ fields, line: start });
    return out;
});var copyrightLicenses = (function (text) {
    const found = new Set();
    for (const match of text.matchAll(/^License:[ \t]*([^\s,][^\n]*)$/gm)) {
        const name = (match[1] ?? '').trim();
        // `License: GPL-2+ or Artistic`: each name of an expression counts.
        for (const part of name.split(/\s+(?:or|and)\s+|,\s*/i))
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
});var segmentsOf = (function (name, where) {
    const segments = name.split('/').filter(((segment) => segment !== '' && segment !== '.'));
    if (segments.length > MAX_PATH_SEGMENTS) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: an entry's path has ${segments.length} segments, more than the ${MAX_PATH_SEGMENTS} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
    }
    if (segments.includes('..')) {
        throw new ImageSbomError('IMAGE_LAYER_UNSAFE_PATH', `${where}: the entry "${name.slice(0, 300)}" climbs out of the image root with ".."`, { hint: 'the layer is hostile or was built wrongly; do not run this image, rebuild it from a trusted base' });
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
});var decompressed = (async function* (source, where) {
    const iterator = source[Symbol.asyncIterator]();
    const first = await iterator.next();
    if (first.done === true)
        return;
    const head = first.value;
    const all = (async function* () {
        yield head;
        for (;;) {
            const next = await iterator.next();
            if (next.done === true)
                return;
            yield next.value;
        }
    });
    let decoder;
    // Output in chunks of 256 KiB rather than zlib's 16 KiB: a layer of hundreds of MiB passes through the tar reader in fewer, larger steps.
    if (head.subarray(0, 2).equals(GZIP_MAGIC))
        decoder = external_node_zlib_.createGunzip({ chunkSize: 256 * 1024 });
    else if (head.subarray(0, 4).equals(ZSTD_MAGIC)) {
        if (typeof external_node_zlib_.createZstdDecompress !== 'function') {
            throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} is zstd-compressed and this Node.js has no zstd decoder`, { hint: 'run trust-kit on Node.js 22.15 or later (zstd is built in there), or push the image with gzip layers' });
        }
        decoder = external_node_zlib_.createZstdDecompress({ chunkSize: 256 * 1024 });
    }
    if (decoder === undefined) {
        yield* all();
        return;
    }
    const input = external_node_stream_.Readable.from(all(), { objectMode: false });
    // pipeline carries an error of the source into the decoder, so the loop below sees it.
    const output = (0,external_node_stream_.pipeline)(input, decoder, (() => undefined));
    try {
        for await (const chunk of output)
            yield chunk;
    }
    catch (error) {
        if (error instanceof ImageSbomError)
            throw error;
        throw new ImageSbomError('IMAGE_LAYER_INVALID', `${where} cannot be decompressed: ${error.message}`, { cause: error, hint: 'the layer is damaged or not what its media type says; pull or save the image again' });
    }
    finally {
        input.destroy();
        decoder.destroy();
    }
});var measured = (async function* (source, hash, budget, where) {
    for await (const chunk of source) {
        budget.left -= chunk.length;
        if (budget.left < 0) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: the image's layers hold more than ${budget.limit} bytes uncompressed`, { hint: 'the image is hostile (a compression bomb) or unusually large; raise the limit only for an image you trust' });
        }
        hash.update(chunk);
        yield chunk;
    }
});var hashed = (async function* (source, hash) {
    for await (const chunk of source) {
        hash.update(chunk);
        yield chunk;
    }
});var squashLayers = (async function (layers, interest, limits = DEFAULT_IMAGE_LIMITS) {
    const fs = new SquashedFilesystem(limits.maxEntries);
    const budget = { left: limits.maxUncompressedBytes, limit: limits.maxUncompressedBytes };
    let kept = 0;
    const unknowns = [];
    for (const [layerIndex, layer] of layers.entries()) {
        const where = `layer ${layerIndex + 1} (${layer.diffId})`;
        const storedHash = (0,external_node_crypto_.createHash)('sha256');
        const diffHash = (0,external_node_crypto_.createHash)('sha256');
        const stored = await layer.open();
        const uncompressed = measured(decompressed(hashed(stored, storedHash), where), diffHash, budget, where);
        try {
            await readTar(uncompressed, where, (async (entry, body) => {
                const segments = segmentsOf(entry.name, where);
                const path = `/${segments.join('/')}`;
                if (entry.kind === 'hardlink') {
                    const target = fs.get(`/${segmentsOf(entry.linkName, where).join('/')}`);
                    const node = fs.apply(segments, { ...entry, kind: target?.kind === 'file' ? 'file' : 'hardlink', size: target?.size ?? 0 }, layer.diffId, layerIndex);
                    if (node !== undefined && target?.kind === 'file')
                        copyFound(node, target);
                    return;
                }
                const node = fs.apply(segments, entry, layer.diffId, layerIndex);
                if (node === undefined || entry.kind !== 'file')
                    return;
                const decision = interest.keep(path, entry);
                if (decision === 'content') {
                    if (entry.size > limits.maxFileBytes || kept + entry.size > limits.maxKeptBytes) {
                        unknowns.push({ path, reason: `${where}: ${entry.size} bytes, more than the ${Math.min(limits.maxFileBytes, limits.maxKeptBytes - kept)} bytes that may be kept; not cataloged` });
                        return;
                    }
                    const chunks = [];
                    for await (const chunk of body)
                        chunks.push(chunk);
                    node.content = Buffer.concat(chunks);
                    kept += entry.size;
                    return;
                }
                if (decision !== 'inspect' || entry.size < SNIFF_BYTES || entry.size > limits.maxFileBytes)
                    return;
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
    return { fs, unknowns };
});var copyFound = (function (node, target) {
    if (target.content !== undefined)
        node.content = target.content;
    if (target.found !== undefined)
        node.found = target.found;
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
    return { purl: (0,sbom_purl.purlOf)('oci', imageName, version, undefined, version === '' ? undefined : qualifiers), ecosystem: 'oci', name: imageName, version, hashes: [], locations: [{ path: source.name }], scope: 'required' };
});var imageNameOf = (function (source) {
    const withoutPrefix = source.name.replace(/^[a-z-]+:/, '');
    const withoutTag = withoutPrefix.replace(/@sha256:[a-f0-9]+$/, '').replace(/:[\w.-]+$/, '');
    const base = external_node_path_.posix.basename(withoutTag.replace(/\/+$/, '').replace(/\.tar$/, '')).toLowerCase().replace(/[^a-z0-9._-]/g, '-');
    return base === '' ? 'image' : base;
});var withLayer = (function (result, file) {
    const mark = ((pkg) => ({ ...pkg, properties: (0,model/* sortProperties */.O)([...(pkg.properties ?? []), ...locationProperties([file])]) }));
    return { ...result, packages: result.packages.map(mark), ...(result.root === undefined ? {} : { root: mark(result.root) }) };
});var imageSbom = (async function (source, options = {}) {
    const osCatalogers = options.osCatalogers ?? OS_CATALOGERS;
    const parsers = options.parsers ?? sbom_parsers/* PARSERS */.n;
    const named = parsers.filter(((parser) => parser.sniff === undefined));
    const sniffers = parsers.filter(((parser) => parser.sniff !== undefined));
    const includeDev = options.includeDev ?? false;
    const interest = {
        keep(path, entry) {
            if (OS_RELEASE.includes(path) || path === DEBIAN_VERSION || osCatalogers.some(((cataloger) => cataloger.wants(path))))
                return 'content';
            if (insideSkippedDirectory(path))
                return undefined;
            const name = external_node_path_.posix.basename(path);
            if (SIBLING_NAMES.has(name) || named.some(((parser) => parser.matches(name))))
                return 'content';
            return sniffers.length > 0 && (entry.mode & 0o111) !== 0 ? 'inspect' : undefined;
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
                return { parser: parser.name, unknown: error instanceof sbom_errors/* SbomParseError */.J ? error.message.replace(`${path}: `, '') : `${parser.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}` };
            }
        },
    };
    const { fs, unknowns: layerUnknowns } = await squashLayers(source.layers, interest, options.limits ?? DEFAULT_IMAGE_LIMITS);
    const files = fs.files();
    const kept = new Map(files.filter(((file) => file.node.content !== undefined)).map(((file) => [file.path, file])));
    const osRelease = OS_RELEASE.map(((path) => kept.get(path))).find(((file) => file !== undefined));
    const distro = osRelease?.node.content === undefined ? undefined : distroOf(osRelease.node.content.toString('utf8'), kept.get(DEBIAN_VERSION)?.node.content?.toString('utf8'));
    const results = [];
    for (const cataloger of osCatalogers) {
        const wanted = files.filter(((file) => file.node.content !== undefined && cataloger.wants(file.path)));
        for (const database of wanted.filter(((file) => cataloger.isDatabase(file.path)))) {
            try {
                results.push({ path: database.path, parser: cataloger.name, result: cataloger.catalog(database, { files: wanted, file: ((path) => kept.get(path)), distro }), os: true });
            }
            catch (error) {
                const reason = error instanceof sbom_errors/* SbomParseError */.J ? error.message.replace(/^[^:]*(?::\d+)?: /, '') : `${cataloger.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}`;
                results.push({ path: database.path, parser: cataloger.name, unknown: { path: database.path, ...(error instanceof sbom_errors/* SbomParseError */.J && error.line !== undefined ? { line: error.line } : {}), reason }, os: true });
            }
        }
    }
    for (const file of files) {
        const name = external_node_path_.posix.basename(file.path);
        const parser = insideSkippedDirectory(file.path) ? undefined : named.find(((candidate) => candidate.matches(name)));
        if (parser !== undefined && file.node.content !== undefined) {
            const readSibling = ((sibling) => Promise.resolve(kept.get(external_node_path_.posix.join(external_node_path_.posix.dirname(file.path), sibling))?.node.content));
            try {
                results.push({ path: file.path, parser: parser.name, result: withLayer(await parser.parse({ path: file.path, content: file.node.content, readSibling, includeDev }), file), os: false });
            }
            catch (error) {
                const reason = error instanceof sbom_errors/* SbomParseError */.J ? error.message.replace(/^[^:]*(?::\d+)?: /, '') : `${parser.name} could not read it: ${(0,errors/* messageOf */.bD)(error)}`;
                results.push({ path: file.path, parser: parser.name, unknown: { path: file.path, ...(error instanceof sbom_errors/* SbomParseError */.J && error.line !== undefined ? { line: error.line } : {}), reason }, os: false });
            }
        }
        const found = file.node.found;
        if (found?.unknown !== undefined)
            results.push({ path: file.path, parser: found.parser, unknown: { path: file.path, reason: found.unknown }, os: false });
        else if (found?.result !== undefined && (found.result.root !== undefined || found.result.packages.length > 0))
            results.push({ path: file.path, parser: found.parser, result: withLayer(found.result, file), os: false });
    }
    const root = imageRoot(source, imageNameOf(source));
    const packages = new Map();
    const relationships = new Map();
    const relate = ((relationship) => {
        if (relationship.from !== relationship.to)
            relationships.set(`${relationship.type}\u0000${relationship.from}\u0000${relationship.to}`, relationship);
    });
    const add = ((pkg) => {
        const existing = packages.get(pkg.purl);
        if (existing === undefined) {
            packages.set(pkg.purl, { ...pkg, locations: [...pkg.locations], hashes: [...pkg.hashes] });
            return;
        }
        existing.locations.push(...pkg.locations);
        existing.scope = (0,model/* strongerScope */.T)(existing.scope, pkg.scope);
        existing.license ??= pkg.license;
        if (pkg.properties !== undefined)
            existing.properties = (0,model/* sortProperties */.O)([...(existing.properties ?? []), ...pkg.properties]);
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
            unresolved: entry.result?.unknowns?.length ?? 0,
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
    const result = await imageSbom(source, { includeDev: config.includeDev, ...(ports.clock === undefined ? {} : { clock: ports.clock }), ...(config.organization === undefined ? {} : { organization: config.organization }) });
    if (config.strict && result.sbom.unknowns.length > 0) {
        const listed = result.sbom.unknowns.map(((unknown) => `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`));
        throw new sbom_errors/* SbomError */.S('SBOM_UNKNOWNS', `${source.name}: ${listed.length} file${listed.length === 1 ? '' : 's'} could not be cataloged: ${listed.join('; ')}`, {
            hint: 'run without --strict to record them as unknowns in the SBOM',
        });
    }
    const outputs = [];
    let failedWrite;
    for (const format of config.formats) {
        const encoder = (0,formats/* encoderFor */.Eq)(format);
        const text = encoder.encode(result.sbom);
        const path = config.output !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.output) : config.outputDir !== undefined ? (0,external_node_path_.resolve)(ports.cwd, config.outputDir, encoder.fileName) : undefined;
        if (path !== undefined) {
            try {
                await (0,files/* writeFileAtomic */.Zf)(path, text);
            }
            catch (error) {
                failedWrite ??= { error };
            }
        }
        outputs.push({ format, path, text });
    }
    if (failedWrite !== undefined)
        throw failedWrite.error;
    return { ...result, outputs };
});var runImageSbomCommand = (async function (image, args, context) {
    const { platform: platformText, 'allow-http-registry': allowHttp, 'allow-insecure-registry': allowInsecure, ...values } = args.values;
    const misplaced = DIRECTORY_ONLY.filter(((name) => values[name] !== undefined));
    if (misplaced.length > 0)
        throw new inputs/* ConfigError */.xL(misplaced.map(((name) => ({ input: `--${name}`, message: 'applies to a directory, not to an image' }))));
    const config = (0,sbom/* sbomConfig */.y)({ ...values, path: '.' }, (0,inputs/* cliNamer */.qy)({ path: 'IMAGE' }), { path: '.', format: 'spdx-json' });
    const platform = typeof platformText === 'string' ? parsePlatform(platformText) : undefined;
    const sourceDateEpoch = context.env.SOURCE_DATE_EPOCH;
    const clock = sourceDateEpoch === undefined || sourceDateEpoch === '' ? undefined : (0,core_clock/* clockFromSourceDateEpoch */.vv)(sourceDateEpoch);
    const source = await openImageSource(image, platform, (async (reference, wanted) => {
        const registry = (0,oci/* parseImageReference */.o_)(reference).registry;
        const client = new oci/* RegistryClient */.bP({ credentials: await (0,commands_registry/* registryCredentials */.Qn)(context.env, new Set([registry]), undefined), plainHttp: allowHttp === true, skipTlsVerify: allowInsecure === true, proxy: (0,proxy.proxySettingsFrom)(context.env) });
        return registryImageSource(client, reference, wanted);
    }), context.cwd);
    const run = await runImageSbom(source, config, { cwd: context.cwd, ...(clock === undefined ? {} : { clock }) });
    context.stderr.write((0,sbom_run/* summaryText */.g)(run));
    for (const output of run.outputs) {
        if (output.path === undefined)
            context.stdout.write(output.text);
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
// EXTERNAL MODULE: ./lib/config/sbom.js
var sbom = __webpack_require__(37405);
// EXTERNAL MODULE: ./lib/core/clock.js
var core_clock = __webpack_require__(91601);
// EXTERNAL MODULE: ./lib/core/proxy.js
var proxy = __webpack_require__(16327);
// EXTERNAL MODULE: ./lib/oci/index.js + 6 modules
var oci = __webpack_require__(49103);
// EXTERNAL MODULE: ./lib/oci/reference.js
var oci_reference = __webpack_require__(23940);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
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
/** syft's default: images are read for linux/amd64 unless told otherwise. */
const DEFAULT_PLATFORM = { os: 'linux', architecture: 'amd64' };
/** `os/arch[/variant]` as `--platform` takes it. */

/** `os/arch[/variant]`. */

const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Checks a digest before it becomes part of a path: only sha256, lowercase hex. */

/** Throws unless `bytes` hash to `digest`. */



/** Whether a media type (or a document without one, but with `manifests`) is an index or manifest list. */

/** The entries of an index or manifest list. */

/** Whether an entry serves the platform: an `arm64` without variant matches `v8`, as docker and syft match. */

/**
 * The index entry for the platform: the matching one; when the index has a single entry without
 * a platform, that one. Attestation manifests (`unknown/unknown`) never match.
 */

/** An image manifest's config and layer descriptors. */

/** Reads an image config, checking that it names one diff ID per layer. */

/** Throws when the image's config is for another platform than the one asked for explicitly. */


;// CONCATENATED MODULE: ./lib/oci/image-source.js


/** The largest layer pulled for an SBOM: the uncompressed budget of the image reader bounds the rest. */
const MAX_LAYER_BYTES = 64 * 1024 ** 3;
/**
 * An image in a registry (`registry:REF`) as the image SBOM reads it: the tag resolved once to a
 * digest, an index narrowed to the platform's manifest, the config read whole and each layer
 * streamed from the registry when its turn comes (checked against its digest by the client).
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
;// CONCATENATED MODULE: ./lib/sbom/image/tar.js

/** The size of a tar block: headers are one block, file bodies are padded to whole blocks. */
const BLOCK = 512;
/** The most bytes of PAX extended headers or GNU long names one entry may carry: real ones are a few hundred bytes. */
const MAX_TAR_METADATA_BYTES = 1024 * 1024;

/** An octal field, or GNU's base-256 form (high bit set) for sizes of 8 GiB and more. */

/** Whether a block is all zeros: two of them end an archive. */

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
/**
 * The entries of a tar stream, each handed to `onEntry` with a reader of exactly its body; what
 * `onEntry` does not read is skipped. PAX (`x`) and GNU long name (`L`, `K`) headers are applied to
 * the entry they precede and bounded by {@link MAX_TAR_METADATA_BYTES}; global PAX headers are ignored.
 * The archive ends at two zero blocks or at the end of the stream; a truncated entry is an error.
 */


/** A header parsed from a block, for callers that index an archive by offsets instead of streaming it. */

/** The PAX records of an extended header's data. */


;// CONCATENATED MODULE: ./lib/sbom/image/sources.js








/** How deep indexes may nest (an index of indexes of manifests is already unusual). */
const MAX_INDEX_DEPTH = 4;

/** A regular file's bytes, at most `maxBytes` (links to devices and oversized files refused). */

/** Reads a named image out of an index or manifest, descending nested indexes to the platform's image manifest. */


/**
 * An image from an OCI image layout directory (`oci-dir:PATH`): `index.json`, then the platform's
 * manifest, config and layers from `blobs/sha256/`, each checked against its digest.
 */

/** The regular files of a tar archive by name, from its headers alone (bodies are skipped, not read). */

/**
 * An image from a `docker save` archive (`docker-archive:FILE`): `manifest.json` names the config
 * and the layers (uncompressed tars in older Docker, OCI blobs since Docker 25); the first image
 * for the platform is read. Members are read in place, by offset, never extracted.
 */


// EXTERNAL MODULE: ./lib/core/version.js
var version = __webpack_require__(18067);
// EXTERNAL MODULE: ./lib/sbom/catalog.js + 2 modules
var catalog = __webpack_require__(40856);
// EXTERNAL MODULE: ./lib/sbom/errors.js
var sbom_errors = __webpack_require__(26898);
// EXTERNAL MODULE: ./lib/sbom/model.js
var model = __webpack_require__(55256);
// EXTERNAL MODULE: ./lib/sbom/parsers/index.js
var sbom_parsers = __webpack_require__(47530);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var sbom_purl = __webpack_require__(73408);
;// CONCATENATED MODULE: ./lib/sbom/image/cataloger.js
/** syft's location properties: the layer (diff ID) and the absolute path of the file a package was found in. */


;// CONCATENATED MODULE: ./lib/sbom/image/catalogers/apk.js



const INSTALLED = '/lib/apk/db/installed';
/**
 * apk's database, `lib/apk/db/installed`: one paragraph per package of one-letter fields (`P:`
 * name, `V:` version, `A:` arch, `L:` license, `o:` origin, `m:` maintainer, `C:` `Q1`+base64 SHA-1
 * of the control data, `D:` dependencies, `p:` provides). Each is
 * `pkg:apk/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<origin>` as syft writes
 * it (no `upstream` when the origin is the package itself), with `D:` edges to the installed packages that provide what it names.
 */
const apkCataloger = {
    name: 'apk-db',
    wants: ((path) => path === INSTALLED),
    isDatabase: ((path) => path === INSTALLED),
    catalog(database, input) {
        const text = (database.node.content ?? Buffer.alloc(0)).toString('utf8');
        const namespace = input.distro?.id ?? 'alpine';
        const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
        const packages = [];
        const provides = new Map();
        const depends = [];
        let fields = new Map();
        let start = 1;
        const flush = (() => {
            const name = fields.get('P');
            const version = fields.get('V');
            if (name !== undefined && version !== undefined) {
                if (!/^[^\s/]+$/.test(name))
                    throw new sbom_errors/* SbomParseError */.J(database.path, `"${name.slice(0, 80)}" is not an apk package name`, start);
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
                const maintainer = /^([^<]+?)\s*(?:<[^>]*>)?$/.exec(fields.get('m') ?? '')?.[1];
                if (maintainer !== undefined && maintainer !== '')
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
        });
        for (const [index, raw] of text.split('\n').entries()) {
            const line = raw.replace(/\r$/, '');
            if (line === '') {
                flush();
                start = index + 2;
                continue;
            }
            if (line.length < 2 || line[1] !== ':')
                throw new sbom_errors/* SbomParseError */.J(database.path, `"${line.slice(0, 80)}" is not an "X:value" line`, index + 1);
            // Repeated keys (the `F:`/`R:` file lists) are not needed; the first of the package fields wins.
            if (!fields.has(line[0]))
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
        return { packages, relationships };
    },
};

;// CONCATENATED MODULE: ./lib/sbom/image/catalogers/dpkg.js



const STATUS = '/var/lib/dpkg/status';
const STATUS_D = /^\/var\/lib\/dpkg\/status\.d\/[^/]+$/;
const COPYRIGHT = /^\/usr\/share\/doc\/[^/]+\/copyright$/;
/** The fields of each paragraph of a deb822 file (`Key: value`, continuation lines folded in), with the line each starts on. */

/**
 * The licenses a Debian copyright file names: the `License:` fields of a machine-readable
 * (DEP-5) file, and the `/usr/share/common-licenses/<name>` it points to otherwise, as syft reads
 * them; unique, sorted, as Debian spells them (`GPL-2+`), not guessed into SPDX ids.
 */

/** `Source: glibc (2.36-9)`: the source package name and, when it differs from the binary's, its version. */

/** The name a `Depends:` alternative names (`libc6 (>= 2.34)`, `foo:any`). */

/**
 * dpkg's database: `var/lib/dpkg/status` (and the one-package files of `status.d/`, as distroless
 * images keep them). Every paragraph whose status is `installed` is a package
 * (`pkg:deb/<distro>/<name>@<version>?arch=...&distro=<id>-<version>&upstream=<source>` as syft
 * writes it), licensed from `/usr/share/doc/<name>/copyright`, with `Depends`/`Pre-Depends` edges to
 * the installed packages they name.
 */
const dpkgCataloger = {
    name: 'dpkg-db',
    wants: ((path) => path === STATUS || (STATUS_D.test(path) && !path.endsWith('.md5sums')) || COPYRIGHT.test(path)),
    isDatabase: ((path) => path === STATUS || STATUS_D.test(path)),
    catalog(database, input) {
        let entries;
        try {
            entries = paragraphs((database.node.content ?? Buffer.alloc(0)).toString('utf8'));
        }
        catch (error) {
            if (error instanceof sbom_errors/* SbomParseError */.J)
                throw new sbom_errors/* SbomParseError */.J(database.path, error.message.replace(/^: /, ''), error.line);
            throw error;
        }
        const namespace = input.distro?.id ?? 'debian';
        const distro = input.distro?.versionId === undefined ? undefined : `${input.distro.id}-${input.distro.versionId}`;
        const packages = [];
        const byName = new Map();
        const depends = [];
        for (const { fields } of entries) {
            const name = fields.get('Package');
            const version = fields.get('Version');
            const status = fields.get('Status');
            if (name === undefined || version === undefined)
                continue;
            // status.d files carry no Status: dpkg is not there to have removed anything.
            if (status !== undefined && status.split(' ')[2] !== 'installed')
                continue;
            const qualifiers = {};
            const arch = fields.get('Architecture');
            if (arch !== undefined && arch !== '')
                qualifiers.arch = arch;
            const source = sourceOf(fields.get('Source'));
            if (source !== undefined)
                qualifiers.upstream = source.version === undefined ? source.name : `${source.name}@${source.version}`;
            if (distro !== undefined)
                qualifiers.distro = distro;
            const purl = (0,sbom_purl.purlOf)('deb', name, version, namespace, qualifiers);
            const copyright = input.file(`/usr/share/doc/${name}/copyright`);
            const licenses = copyright?.node.content === undefined ? [] : copyrightLicenses(copyright.node.content.toString('utf8'));
            const evidence = [database, ...(licenses.length === 0 || copyright === undefined ? [] : [copyright])];
            const pkg = { purl, ecosystem: 'deb', name, version, hashes: [], locations: [{ path: database.path, entry: name }], scope: 'required', properties: locationProperties(evidence) };
            if (licenses.length > 0)
                pkg.license = licenses.join(' AND ');
            const maintainer = fields.get('Maintainer');
            const person = maintainer === undefined ? undefined : /^([^<]+?)\s*(?:<[^>]*>)?$/.exec(maintainer)?.[1];
            if (person !== undefined && person !== '')
                pkg.supplier = { type: 'Person', name: person };
            packages.push(pkg);
            byName.set(name, purl);
            for (const provided of (fields.get('Provides') ?? '').split(',')) {
                const providedName = provided.trim().split(/[\s(]/)[0];
                if (providedName !== undefined && providedName !== '' && !byName.has(providedName))
                    byName.set(providedName, purl);
            }
            depends.push({ from: purl, names: [...dependencyNames(fields.get('Pre-Depends')), ...dependencyNames(fields.get('Depends'))] });
        }
        const relationships = [];
        for (const { from, names } of depends) {
            for (const alternatives of names) {
                const to = alternatives.map(((name) => byName.get(name))).find(((purl) => purl !== undefined));
                if (to !== undefined && to !== from)
                    relationships.push({ from, to, type: 'depends-on' });
            }
        }
        return { packages, relationships };
    },
};

;// CONCATENATED MODULE: ./lib/sbom/image/catalogers/index.js


/**
 * The OS package databases an image SBOM reads, one line each. rpm is not among them: its
 * database is SQLite (or Berkeley DB before RHEL 9) of rpm header blobs, and no maintained pure
 * JavaScript reader of it exists (see docs/sbom.md).
 */
const OS_CATALOGERS = [dpkgCataloger, apkCataloger];

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/sbom/image/filesystem.js

const OPAQUE = '.wh..wh..opq';
/** The most segments a path may have: Linux's PATH_MAX is 4096 bytes, so real paths stay far below; the tree is walked recursively. */
const MAX_PATH_SEGMENTS = 1024;
const WHITEOUT = '.wh.';
/**
 * An entry name as path segments under the image root: `./` and `/` prefixes and empty or `.`
 * segments dropped (an absolute name is read as rooted at the image, as the container runtime
 * extracts it); a `..` segment is refused, since only a hostile layer writes one.
 */

/**
 * The union filesystem of an image's layers, applied bottom first: a later entry replaces an earlier
 * one, `.wh.<name>` deletes `<name>` (and everything under it) of lower layers, and `.wh..wh..opq`
 * empties its directory of what lower layers put there. Directories form a tree, so a whiteout
 * costs one map deletion however much it removes. Links are recorded, never followed.
 */
class SquashedFilesystem {
    maxEntries;
    root = { kind: 'directory', layer: '', layerIndex: -1, size: 0, mode: 0o755, linkName: '', children: new Map() };
    /** Entries added, for the entry limit. */
    entries = 0;
    /** Directories already made opaque by the layer being applied: a repeated marker costs nothing. */
    #opaque = new WeakSet();
    #opaqueLayer = -1;
    constructor(maxEntries) {
        this.maxEntries = maxEntries;
    }
    /** The directory node at `segments`, made (as an implicit directory of this layer) where missing or replaced by a non-directory. */
    #directory(segments, layer, layerIndex) {
        let node = this.root;
        for (const segment of segments) {
            const children = node.children;
            let child = children.get(segment);
            if (child?.children === undefined) {
                child = { kind: 'directory', layer, layerIndex, size: 0, mode: 0o755, linkName: '', children: new Map() };
                children.set(segment, child);
                this.#count();
            }
            node = child;
        }
        return node;
    }
    #count() {
        this.entries++;
        if (this.entries > this.maxEntries) {
            throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `the image has more than ${this.maxEntries} filesystem entries`, { hint: 'the image is hostile or unusually large; raise the entry limit only for an image you trust' });
        }
    }
    /**
     * Applies one entry of layer `layerIndex`; returns the node made for a regular file (so the caller
     * can attach what it keeps), undefined for whiteouts and other kinds.
     */
    apply(segments, entry, layer, layerIndex) {
        const name = segments.at(-1);
        if (name === undefined)
            return undefined;
        const parent = this.#directory(segments.slice(0, -1), layer, layerIndex);
        const children = parent.children;
        if (name === OPAQUE) {
            if (this.#opaqueLayer !== layerIndex) {
                this.#opaque = new WeakSet();
                this.#opaqueLayer = layerIndex;
            }
            if (this.#opaque.has(parent))
                return undefined;
            this.#opaque.add(parent);
            for (const [childName, child] of children)
                if (child.layerIndex < layerIndex)
                    children.delete(childName);
            return undefined;
        }
        if (name.startsWith(WHITEOUT)) {
            const hidden = children.get(name.slice(WHITEOUT.length));
            if (hidden !== undefined && hidden.layerIndex < layerIndex)
                children.delete(name.slice(WHITEOUT.length));
            return undefined;
        }
        const existing = children.get(name);
        if (entry.kind === 'directory') {
            // A directory entry over a directory keeps what lower layers put in it.
            if (existing?.children !== undefined) {
                existing.mode = entry.mode;
                return undefined;
            }
            children.set(name, { kind: 'directory', layer, layerIndex, size: 0, mode: entry.mode, linkName: '', children: new Map() });
            this.#count();
            return undefined;
        }
        const node = { kind: entry.kind, layer, layerIndex, size: entry.size, mode: entry.mode, linkName: entry.linkName };
        children.set(name, node);
        this.#count();
        return node;
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
    /** Every regular file (hard links resolved to the file they name), sorted by path. */
    files() {
        const out = [];
        const walk = ((node, prefix) => {
            const names = [...node.children.keys()].sort();
            for (const name of names) {
                const child = node.children.get(name);
                const path = `${prefix}/${name}`;
                if (child.children !== undefined)
                    walk(child, path);
                else if (child.kind === 'file')
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
};

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
/** The layer's bytes uncompressed (gzip and zstd recognised by their magic numbers; anything else is read as a plain tar). */

/** A stream's chunks, hashed and counted as they pass, failing once the image's uncompressed budget is spent. */

/** A stream's chunks, hashed as they pass. */

/** The size of the head handed to `FileInterest.sniff`. */
const SNIFF_BYTES = 64;
/**
 * Reads every layer bottom first into one squashed filesystem, streaming: each layer is
 * decompressed, its stored digest and diff ID checked as it is read, whiteouts applied, and only the
 * files `interest` wants kept (bounded by `limits`). Executables are sniffed from their first bytes
 * and, if `interest` wants them, inspected whole and dropped.
 */



;// CONCATENATED MODULE: ./lib/sbom/image/image.js












/** Where the distribution names itself. */
const OS_RELEASE = ['/etc/os-release', '/usr/lib/os-release'];
/** Debian's point release (`12.8`), which syft writes in the `distro` qualifier instead of os-release's `12`. */
const DEBIAN_VERSION = '/etc/debian_version';
/** Files lockfile parsers read beside a lockfile; kept wherever a lockfile may be. */
const SIBLING_NAMES = new Set(['package.json', 'go.sum', 'Cargo.toml', 'pyproject.toml']);
/**
 * `ID` and `VERSION_ID` of an os-release file; for Debian, the point release of
 * `/etc/debian_version` when it extends VERSION_ID (`12.8` for `12`), as syft reads it.
 */


/** The image as the SBOM's described package: `pkg:oci/<name>@<digest>?arch=...` when the manifest digest is known. */

/** A short lowercase image name for the root purl, from how the user named the image. */

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
// EXTERNAL MODULE: ./lib/sbom/formats/index.js + 4 modules
var formats = __webpack_require__(88298);
;// CONCATENATED MODULE: ./lib/sbom/image/run.js





/**
 * The image SBOM use case: catalog the image once, fail on unknowns with `strict`, encode each
 * asked-for format and write it atomically (a failed write does not stop the other formats).
 */


// EXTERNAL MODULE: ./lib/sbom/run.js + 1 modules
var sbom_run = __webpack_require__(67307);
// EXTERNAL MODULE: ./lib/cli/exit-codes.js
var exit_codes = __webpack_require__(20535);
// EXTERNAL MODULE: ./lib/cli/commands/registry.js
var commands_registry = __webpack_require__(98294);
;// CONCATENATED MODULE: ./lib/cli/commands/sbom-image.js











/** A directory's options, refused for an image. */
const DIRECTORY_ONLY = ['exclude', 'default-excludes', 'allow-empty', 'artifacts', 'base'];
/** `trust-kit sbom IMAGE`: an image named with a source prefix, pulled or read in place. */



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
});var parseDigestReference = (function (value) {
    const match = /^([a-z0-9]+):([0-9a-fA-F]+)$/.exec(value);
    const algorithm = match?.[1];
    const hex = match?.[2];
    if (algorithm === undefined || hex === undefined || !isDigestAlgorithm(algorithm) || !isHexDigest(algorithm, hex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TrustKitError */ .T0('DIGEST_INVALID', `"${value.slice(0, 160)}" is not a digest of the form sha256:<64 hex> or sha512:<128 hex>`, {
            hint: 'give the digest as algorithm:hex, e.g. sha256:e3b0c442...',
        });
    }
    return { algorithm, hex: hex.toLowerCase() };
});var hashFile = (async function (path, algorithms) {
    const hashes = algorithms.map(((algorithm) => [algorithm, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm)]));
    // Never a pipe or a device: one would block the open or never end.
    const { handle, size: expected } = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegularFile */ .qg)(path, { maxBytes: Number.MAX_SAFE_INTEGER, what: 'file' });
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
/* harmony export */   DC: (() => (/* binding */ hashFile)),
/* harmony export */   Dn: (() => (/* binding */ parseDigestReference)),
/* harmony export */   E6: (() => (/* binding */ hexLength)),
/* harmony export */   MF: (() => (/* binding */ DIGEST_ALGORITHMS)),
/* harmony export */   QN: (() => (/* binding */ digestBytes)),
/* harmony export */   Wb: (() => (/* binding */ isDigestAlgorithm))
/* harmony export */ });
/* unused harmony export isHexDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62164);





/** The digest algorithms trust-kit produces; in-toto and the checksums tools share these names. */
const DIGEST_ALGORITHMS = ['sha256', 'sha512'];
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/** Whether a string names a supported digest algorithm. */

/** The length in hex characters of a digest made with `algorithm`. */

/** Whether `hex` is a well-formed lowercase-or-uppercase hex digest for `algorithm`. */

/** The digest of bytes already in memory. */

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
 * on one core and hashed on another, and no longer fits either's cache).
 */



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
    const proxyTls = Object.fromEntries(Object.entries({ ca: agentOptions.ca, rejectUnauthorized: agentOptions.rejectUnauthorized }).filter((([, value]) => value !== undefined)));
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
 * with the agent's TLS options for the target (and for an https:// proxy).
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
});var isLoopback = (function (hostname) {
    const host = hostname.toLowerCase();
    return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
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
    if (isLoopback(url.hostname))
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
});var shown = (function (value) {
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
        throw new ProxyConfigError(`${variable} (${shown(value)}) is not an http(s) proxy URL`, `set ${variable} to the proxy's URL, e.g. http://proxy.example.com:3128, or unset it to connect directly`);
    }
    if (!percentDecodable(proxy.username) || !percentDecodable(proxy.password)) {
        throw new ProxyConfigError(`${variable} (${shown(value)}) has credentials that are not percent-encoded`, `set ${variable} to the proxy's URL with the user name and password percent-encoded (a % as %25, an @ as %40)`);
    }
    return proxy;
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
/* harmony export */   proxyFor: (() => (/* binding */ proxyFor)),
/* harmony export */   proxySettingsFrom: (() => (/* binding */ proxySettingsFrom))
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

/** The proxy URL without its credentials, fit for a message. */

/** Whether URL credentials decode (a lone `%` does not): they are sent decoded, as curl sends them. */

/** The proxy URL in `value` (of `variable`): `host:port` is `http://host:port`, as curl takes it; anything but an http(s) URL is a PROXY_URL_INVALID, never quoting its credentials. */

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
        for (const [variable, value] of [['HTTPS_PROXY', settings.httpsProxy], ['HTTP_PROXY', settings.httpProxy]])
            if (value !== undefined && value !== '')
                parseProxy(variable, value);
    }
    /**
     * The agent for a request to `url`: undefined (Node's default agent, a direct connection) when
     * no proxy applies; else one that tunnels https:// through the proxy with CONNECT (ours: Node's
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
});var retryAfterMs = (function (header, now = Date.now()) {
    const value = header?.trim() ?? '';
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    // An HTTP date names its day and month; Date.parse alone would take "-5" for a year.
    const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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
/* harmony export */   Vs: (() => (/* binding */ retryAfterMs)),
/* harmony export */   bD: (() => (/* binding */ withRetry)),
/* harmony export */   cO: (() => (/* binding */ DEFAULT_RETRY_POLICY))
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

/** The wait a `Retry-After` header asks for (delta-seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */

/**
 * Runs `attempt` until it succeeds, a failure is permanent, the retries are used up or the budget
 * is spent; the last failure is thrown as it was. `attempt` receives its 1-based number. A
 * server's `Retry-After` lengthens the delay; when it reaches past the budget, no retry starts.
 */



/***/ }),

/***/ 73408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var purlOf = (function (ecosystem, name, version, namespace, qualifiers) {
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return purl.replace(/@([^?#]*)/, ((_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: (() => (/* binding */ purlOf))
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87091);

/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, so purls compare equal across tools.
 */



/***/ })

};

export const id = 7310;
export const ids = [7310];
export const modules = {

/***/ 7310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var statementOf = (function (bundle) {
    const payload = bundle.dsseEnvelope?.payload;
    if (typeof payload !== 'string')
        return undefined;
    try {
        return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
});var releaseStatementGaps = (function (statement, tag, digests, expected = {}) {
    const record = (typeof statement === 'object' && statement !== null ? statement : {});
    const subjects = Array.isArray(record.subject) ? record.subject : [];
    const listed = new Set(subjects.flatMap(((subject) => {
        const hex = subject?.digest?.sha256;
        return typeof hex === 'string' ? [`sha256:${hex.toLowerCase()}`] : [];
    })));
    const gaps = digests.filter(((digest) => !listed.has(digest))).map(((digest) => `no subject ${digest}`));
    return [...(0,_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .releaseStatementProblems */ .td)(statement, { ...expected, tag }), ...gaps];
});var checkReleaseAttestation = (async function (ports, tag, assets, expected = {}) {
    const digests = assets.map(((asset) => asset.digest));
    const waits = ports.attestationWaitsMs ?? [2000, 5000, 10_000];
    const sleep = ports.sleep ?? ((ms) => new Promise(((resolve) => setTimeout(resolve, ms))));
    const first = digests[0];
    if (first === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_RELEASE_ATTESTATION_MISSING', `release ${tag} has no asset for GitHub to attest`, { hint: 'publish at least one asset' });
    for (let look = 0;; look += 1) {
        for (const predicateType of RELEASE_PREDICATE_TYPES) {
            const bundles = await ports.releases.listAttestations(first, predicateType);
            const candidates = bundles.filter(((bundle) => releaseStatementGaps(statementOf(bundle), tag, digests, expected).length === 0));
            const bundle = candidates[0];
            if (bundle === undefined) {
                const gaps = bundles.length === 0 ? [] : releaseStatementGaps(statementOf(bundles[0]), tag, digests, expected);
                if (gaps.length > 0)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's release attestation (${predicateType}) for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'the release is published and immutable: check its assets on GitHub (`gh release verify`) and report the mismatch' });
                continue;
            }
            if (ports.verifyReleaseAttestation === undefined)
                return { predicateType, signatureVerified: false };
            const signed = await ports.verifyReleaseAttestation(bundle, first.slice('sha256:'.length));
            // The verified bytes are what counts: the statement read before verifying only chose the bundle.
            const gaps = releaseStatementGaps(signed, tag, digests, expected);
            if (gaps.length > 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_RELEASE_ATTESTATION_INVALID', `GitHub's signed release attestation for ${tag} does not match what was published: ${gaps.slice(0, 5).join('; ')}`, { hint: 'report this: the release is immutable and its attestation names other files' });
            return { predicateType, signatureVerified: true };
        }
        const wait = waits[look];
        if (wait === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_RELEASE_ATTESTATION_MISSING', `GitHub made no release attestation for the immutable release ${tag} (looked ${look + 1} times)`, { hint: 'the release is published; check it with `gh release verify` once GitHub has attested it' });
        }
        await sleep(wait);
    }
});var contentTypeOf = (function (name) {
    if (name.endsWith('.json'))
        return 'application/json';
    if (name.endsWith('.jsonl'))
        return 'application/jsonl';
    if (/(^|\.)(md|txt|pem|pub)$/.test(name) || /SUMS$/.test(name))
        return 'text/plain; charset=utf-8';
    return 'application/octet-stream';
});var releaseNotes = (function (notes, block, tag) {
    const full = withVerificationBlock(notes, block);
    if (full.length <= MAX_RELEASE_NOTES_CHARACTERS)
        return full;
    const pointing = withVerificationBlock(notes, POINTER_BLOCK);
    if (pointing.length <= MAX_RELEASE_NOTES_CHARACTERS)
        return pointing;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_NOTES_TOO_LONG', `the notes of release ${tag} are ${notes.length} characters long: with the verification block they would pass the ${MAX_RELEASE_NOTES_CHARACTERS} GitHub keeps`, {
        hint: 'shorten the release notes on GitHub (they are kept as they are, with the block added), then re-run',
    });
});var refuseNotesWithoutRoom = (function (notes, tag) {
    releaseNotes(notes, POINTER_BLOCK, tag);
});var unreadable = (function (path, when, error, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_UPLOAD_UNSETTLED', `cannot read ${path} ${when}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .systemErrorCode */ .vq)(error) ?? (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`, { cause: error, hint });
});var withVerificationBlock = (function (notes, block) {
    const own = `${NOTES_BLOCK_START}\n${block.replaceAll(NOTES_BLOCK_START, '').replaceAll(NOTES_BLOCK_END, '').trim()}\n${NOTES_BLOCK_END}`;
    const start = notes.indexOf(NOTES_BLOCK_START);
    const end = start === -1 ? -1 : notes.indexOf(NOTES_BLOCK_END, start);
    if (start !== -1 && end !== -1)
        return `${notes.slice(0, start)}${own}${notes.slice(end + NOTES_BLOCK_END.length)}`;
    const kept = notes.trimEnd();
    return kept === '' ? own : `${kept}\n\n${own}`;
});var remoteFor = (function (remote, local) {
    return remote.find(((asset) => asset.name === local.name)) ?? remote.find(((asset) => asset.label === local.name));
});var remoteAssetSha256 = (async function (releases, remote, size) {
    if (remote.size !== size)
        return undefined;
    if (remote.digest !== undefined)
        return remote.digest.startsWith('sha256:') ? remote.digest.slice('sha256:'.length) : undefined;
    const directory = await (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .makeTemporaryDirectory */ .LN)('trust-kit-asset-');
    try {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(directory.path, 'asset');
        await releases.saveAsset(remote.id, path, size);
        return (await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .DC)(path, ['sha256'])).digest.sha256;
    }
    finally {
        await directory.remove();
    }
});var sameContent = (async function (releases, remote, local) {
    return (await remoteAssetSha256(releases, remote, local.size)) === local.sha256;
});var mismatch = (function (tag, local, remote) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_ASSET_DIGEST_MISMATCH', `release ${tag} already has an asset ${remote.name} (${remote.size} bytes${remote.digest === undefined ? '' : `, ${remote.digest}`}) that differs from ${local.path} (${local.size} bytes, sha256:${local.sha256})`, {
        hint: 'trust-kit never overwrites a published file: if the release holds the wrong file, delete that asset (or the draft) and re-run; if the build is not reproducible, release under a new tag',
    });
});var uploadOne = (async function (ports, release, local) {var open = (async function* () {
        sent = undefined;
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        try {
            for await (const chunk of (0,_core_files_js__WEBPACK_IMPORTED_MODULE_5__/* .regularFileChunks */ .hT)(local.path, { what: 'release asset', shown: local.path })) {
                bytes += chunk.length;
                if (bytes > local.size)
                    throw unsettled();
                hash.update(chunk);
                // Set with the last byte: a request that has its Content-Length may not ask for the end of the stream.
                if (bytes === local.size)
                    sent = hash.digest('hex');
                // The reader reuses its buffer; the request may still hold this chunk when the next is read.
                yield Buffer.from(chunk);
            }
        }
        catch (error) {
            throw error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0 ? error : unreadable(local.path, 'while it is published', error, 'nothing may move or delete the release files while they are published: re-run the job');
        }
        if (bytes !== local.size)
            throw unsettled();
        sent ??= hash.digest('hex');
    });
    const unsettled = (() => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_UPLOAD_UNSETTLED', `${local.path} changed while it was being published`, { hint: 'nothing may write to the release files while they are published: re-run the job' }));
    // The SHA-256 of what the last attempt sent, hashed as it streamed by.
    let sent;
    
    for (let restart = 0;; restart += 1) {
        try {
            const uploaded = await ports.releases.uploadAsset(release, { name: local.name, label: local.name, contentType: local.contentType, size: local.size, open });
            if (sent !== local.sha256) {
                // The bytes that went up are not the ones hashed for the checksums: take them back down.
                await ports.releases.deleteAsset(uploaded.id);
                throw unsettled();
            }
            if (uploaded.digest !== undefined && uploaded.digest !== `sha256:${local.sha256}`) {
                // This run's own upload, changed on the way: left on the draft, it would refuse every re-run as another file of that name.
                await ports.releases.deleteAsset(uploaded.id);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_ASSET_DIGEST_MISMATCH', `GitHub stored the upload of ${local.path} as ${uploaded.name} with the digest ${uploaded.digest}, not the sha256:${local.sha256} sent: it was deleted again`, {
                    hint: 're-run the job to upload it again; if it happens again, something between the runner and GitHub changes what is uploaded',
                });
            }
            return uploaded;
        }
        catch (error) {
            if (!(0,_github_releases_js__WEBPACK_IMPORTED_MODULE_6__.isAlreadyExists)(error) || restart >= MAX_UPLOAD_RESTARTS)
                throw error;
            const remote = await ports.releases.listAssets(release.id);
            const existing = remoteFor(remote, local);
            if (existing === undefined) {
                // GitHub compares asset names without case: an upload again would be refused again.
                const clash = remote.find(((asset) => (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_8__/* .asciiLowerCase */ .r)(asset.name) === (0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_8__/* .asciiLowerCase */ .r)(local.name)));
                if (clash !== undefined) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_ASSET_NAME_CLASH', `release ${release.tagName} holds an asset ${clash.name}, so GitHub refuses ${local.name} (${local.path}): asset names that differ only in case are one name there`, {
                        hint: `delete ${clash.name} from the release on GitHub (it is not this run's), or give the file another name, then re-run`,
                    });
                }
                continue;
            }
            if (existing.state === 'uploaded') {
                if (await sameContent(ports.releases, existing, local))
                    return existing;
                throw mismatch(release.tagName, local, existing);
            }
            ports.logger.info(`publish: deleting the broken-off upload of ${existing.name} (state ${existing.state}) before uploading it again`);
            await ports.releases.deleteAsset(existing.id);
        }
    }
});var oldestDraft = (async function (created, tag, { releases, logger }) {
    const oldest = (await releases.listReleases({ pages: 1 })).filter(((release) => release.tagName === tag && release.draft && release.id < created.id)).sort(((a, b) => a.id - b.id))[0];
    if (oldest === undefined)
        return created;
    const taken = await releases.getRelease(oldest.id);
    // Deleted since the listing (its run found it changed, or a person did): this run's own draft stays the one.
    if (taken === undefined)
        return created;
    await releases.deleteRelease(created.id);
    logger.info(`publish: another run created a draft release of ${tag} at the same time; this run's draft is deleted and the other's used`);
    return taken;
});var draftRelease = (async function (input, ports) {
    // By name without case, as GitHub compares asset names.
    const seen = new Map();
    const locals = [];
    for (const asset of input.assets) {
        const other = seen.get((0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_8__/* .asciiLowerCase */ .r)(asset.name));
        if (other !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_ASSET_NAME_CLASH', other === asset.name ? `two release assets are named ${asset.name}` : `two release assets are named ${other} and ${asset.name}, one name to GitHub, which compares asset names without case`, { hint: 'release assets are one flat list: give each file a distinct name' });
        seen.set((0,_core_ascii_js__WEBPACK_IMPORTED_MODULE_8__/* .asciiLowerCase */ .r)(asset.name), asset.name);
        const { expected } = asset;
        const hashed = await (0,_core_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .DC)(asset.path, expected === undefined || expected.algorithm === 'sha256' ? ['sha256'] : ['sha256', expected.algorithm]).catch(((error) => {
            if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustKitError */ .T0)
                throw error;
            throw unreadable(asset.path, 'to publish it', error, 'nothing may move or delete the artifacts or the output directory while a release runs: re-run the job once they are in place');
        }));
        if (expected !== undefined && hashed.digest[expected.algorithm] !== expected.hex) {
            // Uploaded, these bytes would not be the ones the checksums file lists and the run signed.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_UPLOAD_UNSETTLED', `${asset.path} changed after this run hashed it: its ${expected.algorithm} is no longer ${expected.hex}, so it is not uploaded`, {
                hint: 'nothing may write to the artifacts or the output directory while a release runs (another build, another trust-kit run with --force, input "force: true"): re-run the job once they are settled',
            });
        }
        locals.push({ ...asset, sha256: hashed.digest.sha256 ?? '', size: hashed.size });
    }
    const { releases, logger } = ports;
    let release = await releases.findRelease(input.tag);
    if (release === undefined) {
        try {
            release = await oldestDraft(await releases.createDraft(input.tag, releaseNotes('', input.notesBlock, input.tag), input.target), input.tag, ports);
            logger.info(`publish: ${release.draft ? 'created draft release' : 'found release'} ${input.tag}`);
        }
        catch (error) {
            // Another run created it between our look-up and our request.
            if (!(0,_github_releases_js__WEBPACK_IMPORTED_MODULE_6__.isAlreadyExists)(error))
                throw error;
            release = await releases.findRelease(input.tag);
            if (release === undefined)
                throw error;
        }
    }
    if (release.draft)
        ports.onDraft?.(release);
    const remote = await releases.listAssets(release.id);
    if (!release.draft && release.immutable) {
        const differs = [];
        const assets = [];
        for (const local of locals) {
            const found = remoteFor(remote, local);
            if (found === undefined || found.state !== 'uploaded')
                differs.push(`${local.name} is missing`);
            else if (!(await sameContent(releases, found, local)))
                differs.push(`${found.name} differs from ${local.path} (sha256:${local.sha256})`);
            else
                assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
        }
        if (differs.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_IMMUTABLE_RELEASE_DIFFERS', `release ${input.tag} is published and immutable, and it does not hold what this run would publish: ${differs.join('; ')}`, {
                hint: 'an immutable release can never change, and its tag cannot be reused: release this build under a new tag',
            });
        }
        // GitHub attested the release when it was published: no need to wait for it.
        const releaseAttestation = await checkReleaseAttestation({ ...ports, attestationWaitsMs: [] }, input.tag, assets, input.expected);
        logger.info(`publish: release ${input.tag} is published and immutable, holds every asset with the same digest, and GitHub's release attestation lists them: nothing to do`);
        return { kind: 'verified', result: { releaseId: release.id, outcome: 'verified', immutable: true, assets, releaseAttestation } };
    }
    // Before any upload: notes that cannot take the block would fail the publishing after every upload.
    releaseNotes(release.body, input.notesBlock, input.tag);
    const assets = [];
    for (const local of locals) {
        if (ports.signal?.aborted === true)
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .abortedError */ .ip)(ports.signal);
        let found = remoteFor(remote, local);
        if (found !== undefined && found.state !== 'uploaded') {
            logger.info(`publish: deleting the broken-off upload of ${found.name} (state ${found.state})`);
            await releases.deleteAsset(found.id);
            found = undefined;
        }
        if (found !== undefined) {
            if (!(await sameContent(releases, found, local)))
                throw mismatch(input.tag, local, found);
            assets.push({ name: local.name, githubName: found.name, digest: `sha256:${local.sha256}`, outcome: 'present' });
            continue;
        }
        const uploaded = await uploadOne(ports, release, local);
        if (uploaded.name !== local.name)
            logger.warn(`publish: GitHub renamed ${local.name} to ${uploaded.name}`);
        assets.push({ name: local.name, githubName: uploaded.name, digest: `sha256:${local.sha256}`, outcome: 'uploaded' });
    }
    // Files another run left (a draft of a build with other artifacts) stay, but not unremarked: nothing this run signs covers them.
    const ours = new Set(locals.map(((local) => remoteFor(remote, local)?.id)));
    const otherAssets = remote.filter(((asset) => asset.state === 'uploaded' && !ours.has(asset.id)));
    const others = otherAssets.map(((asset) => asset.name));
    if (others.length > 0) {
        logger.warn(`publish: release ${input.tag} also holds ${others.slice(0, 10).join(', ')}${others.length > 10 ? ` and ${others.length - 10} more` : ''}, which this run does not publish: its checksums file does not list ${others.length === 1 ? 'it' : 'them'}; delete ${others.length === 1 ? 'it' : 'them'} from the release unless ${others.length === 1 ? 'it belongs' : 'they belong'} there`);
    }
    return { kind: 'uploaded', release, assets, others: otherAssets.map(((asset) => asset.id)) };
});var refuseChangedDraft = (async function (releases, release, assets, others) {
    const remote = await releases.listAssets(release.id);
    const changed = assets.flatMap(((asset) => {
        const found = remote.find(((candidate) => candidate.state === 'uploaded' && candidate.name === asset.githubName));
        if (found === undefined)
            return [`${asset.githubName} is gone`];
        // GitHub's digest where it has one; an asset without it (an older server) counts by its presence.
        return found.digest !== undefined && found.digest !== asset.digest ? [`${asset.githubName} is now ${found.digest}, not ${asset.digest}`] : [];
    }));
    const known = new Set([...others, ...remote.filter(((candidate) => assets.some(((asset) => asset.githubName === candidate.name)))).map(((candidate) => candidate.id))]);
    for (const added of remote)
        if (!known.has(added.id))
            changed.push(`${added.name} was added`);
    if (changed.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PublishError */ .S1('PUBLISH_DRAFT_CHANGED', `the draft release ${release.tagName} changed after this run uploaded to it, so it is not published: ${changed.slice(0, 5).join('; ')}${changed.length > 5 ? `; and ${changed.length - 5} more` : ''}`, {
            hint: 'another run publishes this tag at the same time: give the release job a `concurrency:` group per tag (the reusable workflow has one), let the other run finish, then re-run this one',
        });
    }
});var publishDraft = (async function (input, drafted, ports) {
    const { releases, logger } = ports;
    const { assets } = drafted;
    let release = drafted.release;
    const notes = releaseNotes(release.body, input.notesBlock, input.tag);
    let outcome = 'updated';
    if (release.draft) {
        await refuseChangedDraft(releases, release, assets, drafted.others);
        release = await releases.updateRelease(release.id, { body: notes, publish: true, ...(input.target === undefined ? {} : { target: input.target }) });
        ports.onPublished?.(release);
        outcome = 'published';
        logger.info(`publish: published release ${input.tag}${release.immutable ? ' (immutable)' : ''}`);
        if (release.immutable) {
            const releaseAttestation = await checkReleaseAttestation(ports, input.tag, assets, input.expected);
            logger.info(`publish: GitHub's release attestation (${releaseAttestation.predicateType}) lists every asset${releaseAttestation.signatureVerified ? ' and its signature verified' : ', its signature not verified here (`gh release verify` checks it)'}`);
            return { releaseId: release.id, outcome, immutable: true, assets, releaseAttestation };
        }
    }
    else if (notes !== release.body) {
        release = await releases.updateRelease(release.id, { body: notes });
    }
    return { releaseId: release.id, outcome, immutable: release.immutable, assets };
});var publishRelease = (async function (input, ports) {
    const drafted = await draftRelease(input, ports);
    return drafted.kind === 'verified' ? drafted.result : publishDraft(input, drafted, ports);
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: (() => (/* binding */ contentTypeOf)),
/* harmony export */   NE: (() => (/* binding */ refuseNotesWithoutRoom)),
/* harmony export */   S1: (() => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_2__.S1)),
/* harmony export */   Sd: (() => (/* binding */ checkReleaseAttestation)),
/* harmony export */   T2: (() => (/* binding */ publishDraft)),
/* harmony export */   T8: (() => (/* binding */ statementOf)),
/* harmony export */   U4: (() => (/* binding */ remoteAssetSha256)),
/* harmony export */   pE: (() => (/* binding */ draftRelease))
/* harmony export */ });
/* unused harmony exports RELEASE_PREDICATE_TYPES, releaseStatementGaps, NOTES_BLOCK_START, NOTES_BLOCK_END, MAX_RELEASE_NOTES_CHARACTERS, withVerificationBlock, publishRelease */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86482);
/* harmony import */ var _core_ascii_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(63712);
/* harmony import */ var _core_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(53871);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3828);
/* harmony import */ var _core_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(62164);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40461);
/* harmony import */ var _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(22695);










/** The predicate types of GitHub's release attestation, newest first. */
const RELEASE_PREDICATE_TYPES = [_sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_PREDICATE_V02 */ .pp, _sigstore_verify_release_js__WEBPACK_IMPORTED_MODULE_7__/* .RELEASE_PREDICATE_V01 */ .wI];
/** The statement a DSSE bundle carries, read without verifying (to pick a bundle, whose signature is verified afterwards); undefined when it carries none. */

/**
 * What a release statement fails to say about this release (the tag, every asset's digest and,
 * for predicate v0.2, the repository, its purl and the commit when `expected` names them), or an empty list.
 */

/**
 * Fetches GitHub's release attestation for an immutable release (one this run published, or one
 * a re-run finds published), verifies its signature through the port, and checks that its
 * statement names the tag and every asset.
 */

/** The content type a release asset is uploaded with, from its name: JSON, JSON Lines, text, or bytes. */

/** Where trust-kit's own block in the release notes starts and ends: a re-run replaces only what is between them. */
const NOTES_BLOCK_START = '<!-- trust-kit:verification:start -->';
const NOTES_BLOCK_END = '<!-- trust-kit:verification:end -->';
/** GitHub refuses release notes longer than this many characters (HTTP 422 `body is too long`); a string's length counts no fewer. */
const MAX_RELEASE_NOTES_CHARACTERS = 125_000;
/** The block in place of instructions that do not fit in the notes: the release's VERIFY.md holds them whole. */
const POINTER_BLOCK = `The verification instructions are too long for the release notes (GitHub keeps at most ${MAX_RELEASE_NOTES_CHARACTERS} characters): download \`VERIFY.md\` from this release's files and follow it.`;
/**
 * The notes the release gets: {@link withVerificationBlock}, or, when the instructions do not fit
 * beside the notes, a block pointing to VERIFY.md; PUBLISH_NOTES_TOO_LONG when not even that fits.
 */

/** Refuses, before anything is signed, notes of `tag` that leave no room for even the block pointing to VERIFY.md (PUBLISH_NOTES_TOO_LONG). */

/** A release file that could not be read (gone, or no longer readable) when it was to be published. */

/**
 * The release notes with the verification block in them: the block between existing markers is
 * replaced, anything else the notes hold is kept; without markers the block is appended.
 */

/** How often one asset's upload is started again after a broken-off upload left a `starter` asset behind. */
const MAX_UPLOAD_RESTARTS = 3;
/** The asset on the release that stands for `local`: by GitHub's name, else by the label trust-kit uploads it with. */

/**
 * The SHA-256 (hex) of a release asset of `size` bytes: GitHub's digest, else its bytes hashed as
 * they stream through a temporary file (assets uploaded before GitHub computed digests); undefined
 * when the asset is not `size` bytes.
 */



/**
 * Uploads one asset, reading back the name GitHub gave it. An upload that broke off (a 5xx
 * mid-upload) can leave a `starter` asset that makes the retry a 422 `already_exists`: that asset
 * is deleted and the upload started again; an `uploaded` asset of the same name is kept when its
 * digest is ours (the upload did land) and refused otherwise.
 */

/**
 * The draft every run publishing `tag` uses: GitHub takes any number of drafts of one tag, so two
 * runs that both found none each created one, and each would fill and publish its own (the second
 * publishing is refused, its draft left behind). The oldest draft of the tag (lowest id) is the one;
 * a run that created a newer one deletes it and takes the oldest (or the release it has become).
 * Only the newest 100 releases are read (one request): GitHub lists newest first, and a racing
 * run's draft was made seconds before or after this one; an older draft of the tag the look-up
 * before creating would have found.
 */

/**
 * The first half of publishing: the release for `tag` is found (a draft included) or created as a
 * draft, and every asset missing from it is uploaded with its content type. Re-runs are
 * idempotent: an asset with the same name and digest is skipped, one with another digest is a
 * PUBLISH_ASSET_DIGEST_MISMATCH, and a run after a partial failure uploads only what is missing.
 * A release that is published and immutable already is only checked: every asset must be there
 * with our digest and GitHub's release attestation must list them; nothing is changed.
 */

/**
 * Refuses to publish a draft that no longer holds every asset this run uploaded or found there,
 * with its digest, or that holds an asset it did not hold then (`others` are those it held): another
 * run of the same tag (no `concurrency:` group), or someone with write access, deleted, replaced or
 * added assets meanwhile (the gate checked only this run's), and published, an immutable release
 * would keep them for good. GitHub has no lock for a draft: this leaves only the moment between
 * this look and the publishing to chance.
 */

/**
 * The second half of publishing: a draft is published once, with the verification block in its
 * notes (an immutable release takes no asset afterwards), then GitHub's release attestation of an
 * immutable release is checked; a release published already only has its notes block updated.
 */

/**
 * Publishes the assets to the GitHub release for `tag`, once: {@link draftRelease}, then
 * {@link publishDraft}. The pipeline runs the two as steps of their own, with the gate between.
 */



/***/ }),

/***/ 22695:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var githubReleasePolicy = (function (trustDomain = 'dotcom') {
    return { kind: 'certificate', identity: (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .exactly */ .pV)(`https://${trustDomain}.releases.github.com`), issuer: (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .matching */ .wC)('.*'), extensions: {} };
});var verifyGitHubReleaseAttestation = (function (bundleJson, sha256Hex, trust, trustDomain = 'dotcom') {
    const signature = (0,_verify_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyBundle */ .p)(bundleJson, { digest: { algorithm: 'sha256', hex: sha256Hex } }, githubReleasePolicy(trustDomain), trust);
    if (signature.statement === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .VerifyError */ .G('VERIFY_BUNDLE_UNSUPPORTED', 'GitHub\'s release attestation holds a message signature, not a DSSE in-toto statement');
    const payload = bundleJson.dsseEnvelope.payload;
    return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
});var isOwnPurl = (function (purl, repository, tag) {
    const prefix = `pkg:github/${repository}@`.toLowerCase();
    if (!purl.toLowerCase().startsWith(prefix))
        return false;
    const version = purl.slice(prefix.length);
    if (version.toLowerCase() === tag.toLowerCase())
        return true;
    try {
        return decodeURIComponent(version).toLowerCase() === tag.toLowerCase();
    }
    catch {
        return false;
    }
});var releaseStatementProblems = (function (statement, expected) {
    const record = (typeof statement === 'object' && statement !== null ? statement : {});
    const predicate = (typeof record.predicate === 'object' && record.predicate !== null ? record.predicate : {});
    const problems = [];
    if (expected.tag !== undefined && predicate.tag !== expected.tag)
        problems.push(`the tag is ${shown(predicate.tag)}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(expected.tag)}`);
    if (record.predicateType !== RELEASE_PREDICATE_V02)
        return problems;
    const { repository, tag, purl } = predicate;
    if (typeof repository !== 'string' || typeof tag !== 'string')
        return [...problems, `the v0.2 predicate names the repository ${shown(repository)} and the tag ${shown(tag)}`];
    if (expected.repository !== undefined && repository.toLowerCase() !== expected.repository.toLowerCase())
        problems.push(`the repository is ${shown(repository)}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(expected.repository)}`);
    const ownPurl = `pkg:github/${repository}@${tag}`;
    if (typeof purl !== 'string' || !isOwnPurl(purl, repository, tag))
        problems.push(`the purl is ${shown(purl)}, not ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(ownPurl)}`);
    if (expected.commit !== undefined) {
        const subjects = Array.isArray(record.subject) ? record.subject : [];
        const commits = subjects.flatMap(((subject) => {
            const { uri, digest } = (subject ?? {});
            return typeof uri === 'string' && isOwnPurl(uri, repository, tag) && typeof digest?.sha1 === 'string' ? [digest.sha1.toLowerCase()] : [];
        }));
        if (!commits.includes(expected.commit.toLowerCase()))
            problems.push(`no subject ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(ownPurl)} has the commit ${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(expected.commit)}${commits.length === 0 ? '' : ` (it names ${commits.slice(0, 2).map(((commit) => (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .boundedText */ .LD)(commit, 64))).join(', ')})`}`);
    }
    return problems;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YG: (() => (/* binding */ verifyGitHubReleaseAttestation)),
/* harmony export */   pp: (() => (/* binding */ RELEASE_PREDICATE_V02)),
/* harmony export */   td: (() => (/* binding */ releaseStatementProblems)),
/* harmony export */   wI: (() => (/* binding */ RELEASE_PREDICATE_V01))
/* harmony export */ });
/* unused harmony export githubReleasePolicy */
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89531);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91638);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17776);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5447);




/**
 * The signer of GitHub's release attestations on a trust domain (`dotcom` for github.com): the
 * certificate's URI SAN, as `gh release verify` requires it. GitHub's certificates name no OIDC
 * issuer that matters here, so any issuer is accepted, as gh does.
 */

/**
 * Verifies GitHub's release attestation bundle offline: a DSSE in-toto statement signed by
 * GitHub's releases signer, chaining to `trust` (GitHub's trusted root), listing the asset
 * `sha256Hex`. Returns the statement the signature covers.
 */

/** GitHub's release predicate types: v0.2, which GitHub emits now, and v0.1. */
const RELEASE_PREDICATE_V02 = 'https://in-toto.io/attestation/release/v0.2';
const RELEASE_PREDICATE_V01 = 'https://in-toto.io/attestation/release/v0.1';
/** A field of the signed predicate, for a message: the signer chose it. */
const shown = ((value) => (typeof value === 'string' ? (0,_core_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value) : 'missing'));
/**
 * Whether `purl` is the release's own `pkg:github/<repository>@<tag>`, its version written as the
 * tag is or percent-encoded, as the purl spec writes a version (a monorepo's tag `@scope/pkg@1.2.3`
 * as `%40scope%2Fpkg%401.2.3`): both name the same tag. The repository compares ignoring case.
 */

/**
 * What a release statement says against what is expected, as a list of problems (empty when it
 * matches). v0.2 (`{databaseId, ownerId, packageId, purl, repository, repositoryId, tag}`): the
 * purl must be `pkg:github/<repository>@<tag>` of its own repository and tag, which must be the
 * expected ones, and the subject of that purl must carry the commit (sha1) when one is expected.
 * v0.1: the tag, as before. Repository names compare case-insensitively, as GitHub's do.
 */



/***/ })

};

export const id = 5245;
export const ids = [5245,3408,5825];
export const modules = {

/***/ 55227:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var parseSemVer = (function (tag) {
    const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (match === null)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
});var compareSemVer = (function (a, b) {
    for (let index = 0; index < 3; index += 1) {
        const difference = a.core[index] - b.core[index];
        if (difference !== 0)
            return difference;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0)
        return b.prerelease.length - a.prerelease.length;
    for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index += 1) {
        const left = a.prerelease[index];
        const right = b.prerelease[index];
        if (left === undefined)
            return -1;
        if (right === undefined)
            return 1;
        if (left === right)
            continue;
        const numeric = /^\d+$/;
        if (numeric.test(left) && numeric.test(right))
            return Number(left) - Number(right);
        if (numeric.test(left))
            return -1;
        if (numeric.test(right))
            return 1;
        return left < right ? -1 : 1;
    }
    return 0;
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: (() => (/* binding */ compareSemVer)),
/* harmony export */   I: (() => (/* binding */ parseSemVer))
/* harmony export */ });
/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */

/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */



/***/ }),

/***/ 45245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var uint = (function (bytes, offset, size, littleEndian) {
    if (offset < 0 || offset + size > bytes.length)
        return undefined;
    if (size === 8) {
        const value = littleEndian ? bytes.readBigUInt64LE(offset) : bytes.readBigUInt64BE(offset);
        return value > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(value);
    }
    return littleEndian ? bytes.readUIntLE(offset, size) : bytes.readUIntBE(offset, size);
});var elfOf = (async function (file, head) {
    const is64 = head[4] === 2;
    const littleEndian = head[5] === 1;
    const word = is64 ? 8 : 4;
    const u = ((bytes, offset, size) => uint(bytes, offset, size, littleEndian));
    const phoff = u(head, is64 ? 0x20 : 0x1c, word);
    const shoff = u(head, is64 ? 0x28 : 0x20, word);
    const phentsize = u(head, is64 ? 0x36 : 0x2a, 2);
    const phnum = u(head, is64 ? 0x38 : 0x2c, 2);
    const shentsize = u(head, is64 ? 0x3a : 0x2e, 2);
    const shnum = u(head, is64 ? 0x3c : 0x30, 2);
    const shstrndx = u(head, is64 ? 0x3e : 0x32, 2);
    if (phoff === undefined || shoff === undefined || phentsize === undefined || phnum === undefined || shentsize === undefined || shnum === undefined || shstrndx === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(file.path, 'corrupt ELF header: a table offset is above 2^53');
    }
    const segments = [];
    let writable;
    // Both tables before the data they point at, so a cut inside a table is reported as such.
    if (phnum !== 0)
        file.require(phoff, phentsize * phnum, 'program header table');
    if (shnum !== 0)
        file.require(shoff, shentsize * shnum, 'section header table');
    const programs = phnum === 0 ? Buffer.alloc(0) : await file.read(phoff, phentsize * phnum);
    for (let index = 0; programs !== undefined && index < phnum; index += 1) {
        const base = index * phentsize;
        const type = u(programs, base, 4);
        const flags = u(programs, base + (is64 ? 4 : 24), 4);
        const offset = u(programs, base + (is64 ? 8 : 4), word);
        const address = u(programs, base + (is64 ? 16 : 8), word);
        const size = u(programs, base + (is64 ? 32 : 16), word);
        // PT_LOAD; Go looks in the first segment that is writable and not executable (PF_W without PF_X).
        if (type !== 1 || flags === undefined || offset === undefined || address === undefined || size === undefined)
            continue;
        file.require(offset, size, `loadable segment ${index}`);
        const segment = { address, offset, size };
        segments.push(segment);
        if (writable === undefined && (flags & 0x3) === 0x2)
            writable = segment;
    }
    let named;
    const sections = shnum === 0 ? undefined : await file.read(shoff, shentsize * shnum);
    const namesHeader = sections === undefined ? undefined : shstrndx * shentsize;
    const namesOffset = namesHeader === undefined || sections === undefined ? undefined : u(sections, namesHeader + (is64 ? 0x18 : 0x10), word);
    const namesSize = namesHeader === undefined || sections === undefined ? undefined : u(sections, namesHeader + (is64 ? 0x20 : 0x14), word);
    if (namesOffset !== undefined && namesSize !== undefined)
        file.require(namesOffset, namesSize, 'section name table');
    const names = namesOffset === undefined || namesSize === undefined ? undefined : await file.read(namesOffset, namesSize);
    for (let index = 0; sections !== undefined && index < shnum; index += 1) {
        const base = index * shentsize;
        const nameOffset = u(sections, base, 4);
        const type = u(sections, base + 4, 4);
        const address = u(sections, base + (is64 ? 0x10 : 0x0c), word);
        const offset = u(sections, base + (is64 ? 0x18 : 0x10), word);
        const size = u(sections, base + (is64 ? 0x20 : 0x14), word);
        if (address === undefined || offset === undefined || size === undefined)
            continue;
        const name = names === undefined || nameOffset === undefined ? undefined : names.toString('latin1', nameOffset, names.indexOf(0, nameOffset));
        // SHT_NULL and SHT_NOBITS (.bss) occupy no bytes of the file; every other section's bytes must be there.
        if (type !== 0 && type !== 8)
            file.require(offset, size, `section ${name === undefined || name === '' ? index : name}`);
        if (name === '.go.buildinfo')
            named = { address, offset, size };
    }
    return { littleEndian, segments, searchFrom: named ?? writable };
});var machOf = (async function (file, head) {
    const magic = head.readUInt32LE(0);
    const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe;
    const littleEndian = magic === 0xfeedface || magic === 0xfeedfacf;
    const u = ((bytes, offset, size) => uint(bytes, offset, size, littleEndian));
    const ncmds = u(head, 16, 4);
    const sizeofcmds = u(head, 20, 4);
    if (ncmds === undefined || sizeofcmds === undefined)
        return undefined;
    file.require(0, is64 ? 32 : 28, 'Mach-O header');
    file.require(is64 ? 32 : 28, sizeofcmds, 'load command table');
    const commands = await file.read(is64 ? 32 : 28, sizeofcmds);
    if (commands === undefined)
        return undefined;
    const word = is64 ? 8 : 4;
    const segments = [];
    let named;
    let data;
    let at = 0;
    for (let index = 0; index < ncmds; index += 1) {
        const cmd = u(commands, at, 4);
        const cmdsize = u(commands, at + 4, 4);
        if (cmd === undefined || cmdsize === undefined || cmdsize < 8)
            break;
        // LC_SEGMENT (0x1) and LC_SEGMENT_64 (0x19).
        if (cmd === (is64 ? 0x19 : 0x1)) {
            const segmentName = commands.toString('latin1', at + 8, at + 24).replace(/\0.*$/s, '');
            const address = u(commands, at + 24, word);
            const offset = u(commands, at + (is64 ? 40 : 32), word);
            const size = u(commands, at + (is64 ? 48 : 36), word);
            const nsects = u(commands, at + (is64 ? 64 : 48), 4);
            if (address !== undefined && offset !== undefined && size !== undefined) {
                file.require(offset, size, `segment ${segmentName}`);
                const segment = { address, offset, size };
                segments.push(segment);
                if (segmentName === '__DATA')
                    data ??= segment;
            }
            const sectionSize = is64 ? 80 : 68;
            for (let section = 0; nsects !== undefined && section < nsects; section += 1) {
                const base = at + (is64 ? 72 : 56) + section * sectionSize;
                // Sections lie inside their command: a bogus count cannot make the walk quadratic.
                if (base + sectionSize > Math.min(commands.length, at + cmdsize))
                    break;
                const sectionName = commands.toString('latin1', base, base + 16).replace(/\0.*$/s, '');
                const sectionAddress = u(commands, base + 32, word);
                const sectionBytes = u(commands, base + 32 + word, word);
                const sectionOffset = u(commands, base + 32 + 2 * word, 4);
                const sectionType = (u(commands, base + (is64 ? 64 : 56), 4) ?? 0) & 0xff;
                if (sectionAddress === undefined || sectionBytes === undefined || sectionOffset === undefined)
                    continue;
                // S_ZEROFILL, S_GB_ZEROFILL and S_THREAD_LOCAL_ZEROFILL occupy no bytes of the file.
                if (sectionType !== 0x1 && sectionType !== 0xc && sectionType !== 0x12)
                    file.require(sectionOffset, sectionBytes, `section ${segmentName},${sectionName}`);
                if (sectionName === '__go_buildinfo')
                    named = { address: sectionAddress, offset: sectionOffset, size: sectionBytes };
            }
        }
        at += cmdsize;
    }
    return { littleEndian, segments, searchFrom: named ?? data };
});var peOf = (async function (file, head) {
    file.require(0, 0x40, 'DOS header');
    const peOffset = head.readUInt32LE(0x3c);
    // The PE signature and COFF header; a DOS program without them is no PE file.
    file.require(peOffset, 24, 'PE header');
    const coff = await file.read(peOffset, 24);
    if (coff === undefined || coff.toString('latin1', 0, 4) !== 'PE\0\0')
        return undefined;
    const nsections = coff.readUInt16LE(6);
    const optionalSize = coff.readUInt16LE(20);
    file.require(peOffset + 24, optionalSize, 'optional header');
    const optional = await file.read(peOffset + 24, optionalSize);
    const optionalMagic = optional === undefined || optional.length < 2 ? undefined : optional.readUInt16LE(0);
    const imageBase = optional === undefined ? undefined : optionalMagic === 0x20b ? uint(optional, 24, 8, true) : uint(optional, 28, 4, true);
    file.require(peOffset + 24 + optionalSize, nsections * 40, 'section table');
    const table = await file.read(peOffset + 24 + optionalSize, nsections * 40);
    if (imageBase === undefined || table === undefined)
        return undefined;
    const segments = [];
    let data;
    for (let index = 0; index < nsections; index += 1) {
        const base = index * 40;
        const virtualAddress = table.readUInt32LE(base + 12);
        const rawSize = table.readUInt32LE(base + 16);
        const rawOffset = table.readUInt32LE(base + 20);
        const characteristics = table.readUInt32LE(base + 36);
        file.require(rawOffset, rawSize, `section ${table.toString('latin1', base, base + 8).replace(/\0.*$/s, '')}`);
        const segment = { address: imageBase + virtualAddress, offset: rawOffset, size: rawSize };
        segments.push(segment);
        // Initialised, readable, writable data (any alignment): where Go's linker puts the build info.
        if (data === undefined && virtualAddress !== 0 && rawSize !== 0 && (characteristics & ~0x00f00000) >>> 0 === 0xc0000040)
            data = segment;
    }
    return { littleEndian: true, segments, searchFrom: data };
});var offsetOf = (function (executable, address, length) {
    for (const segment of executable.segments) {
        if (address >= segment.address && address + length <= segment.address + segment.size)
            return segment.offset + (address - segment.address);
    }
    return undefined;
});var findHeader = (async function (file, executable) {
    const from = executable.searchFrom;
    if (from === undefined)
        return undefined;
    const length = Math.min(DATA_SEARCH_SIZE, from.size, file.size - from.offset);
    const data = length <= 0 ? undefined : await file.read(from.offset, length);
    if (data === undefined)
        return undefined;
    for (let index = data.indexOf(BUILDINFO_MAGIC); index !== -1 && index + BUILDINFO_HEADER_SIZE <= data.length; index = data.indexOf(BUILDINFO_MAGIC, index + 1)) {
        if (index % BUILDINFO_ALIGN === 0)
            return from.offset + index;
    }
    return undefined;
});var inlineString = (async function (file, offset, path) {
    const prefix = (await file.read(offset, Math.min(10, file.size - offset))) ?? Buffer.alloc(0);
    let length = 0;
    let shift = 1;
    let used = 0;
    for (;;) {
        const byte = prefix[used];
        if (byte === undefined || used >= 9)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, 'Go build info: truncated string length');
        length += (byte & 0x7f) * shift;
        shift *= 128;
        used += 1;
        if ((byte & 0x80) === 0)
            break;
    }
    const bytes = await file.read(offset + used, length);
    if (bytes === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, 'Go build info: a string runs past the end of the file');
    return { text: bytes.toString('utf8'), next: offset + used + length };
});var pointedString = (async function (file, executable, pointer, pointerSize, littleEndian, path) {
    const headerOffset = offsetOf(executable, pointer, 2 * pointerSize);
    const header = headerOffset === undefined ? undefined : await file.read(headerOffset, 2 * pointerSize);
    const data = header === undefined ? undefined : uint(header, 0, pointerSize, littleEndian);
    const length = header === undefined ? undefined : uint(header, pointerSize, pointerSize, littleEndian);
    const dataOffset = data === undefined || length === undefined ? undefined : offsetOf(executable, data, length);
    const bytes = dataOffset === undefined || length === undefined ? undefined : await file.read(dataOffset, length);
    if (bytes === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, 'Go build info: a string pointer leads outside the file');
    return bytes.toString('utf8');
});var readBuildInfo = (async function (file, insideFat = false) {
    const path = file.path;
    const start = await file.read(0, Math.min(file.size, 0x40));
    if (start === undefined || start.length < 8)
        return undefined;
    // A binary cut inside its first header is still recognised by its magic, and reported as truncated.
    const head = Buffer.concat([start, Buffer.alloc(0x40 - start.length)]);
    if ((0,_magic_js__WEBPACK_IMPORTED_MODULE_6__/* .isFatMachO */ .s)(head) && !insideFat) {
        // A universal binary holds one Mach-O per architecture, all built from the same modules: the first readable one says.
        for (const slice of await fatSlices(file, head)) {
            const info = await readBuildInfo(slice, true);
            if (info !== undefined)
                return info;
        }
        return undefined;
    }
    if ((0,_magic_js__WEBPACK_IMPORTED_MODULE_6__/* .isElf */ .aB)(head))
        file.require(0, head[4] === 2 ? 0x40 : 0x34, 'ELF header');
    const executable = (0,_magic_js__WEBPACK_IMPORTED_MODULE_6__/* .isElf */ .aB)(head) ? await elfOf(file, head) : (0,_magic_js__WEBPACK_IMPORTED_MODULE_6__/* .isMachO */ .hq)(head) ? await machOf(file, head) : (0,_magic_js__WEBPACK_IMPORTED_MODULE_6__/* .isPe */ .cK)(head) ? await peOf(file, head) : undefined;
    if (executable === undefined)
        return undefined;
    const headerOffset = await findHeader(file, executable);
    if (headerOffset === undefined)
        return undefined;
    const header = await file.read(headerOffset, BUILDINFO_HEADER_SIZE);
    if (header === undefined)
        return undefined;
    const pointerSize = header[14] ?? 0;
    const flags = header[15] ?? 0;
    let version;
    let modinfo;
    if ((flags & FLAG_INLINE) !== 0) {
        const first = await inlineString(file, headerOffset + BUILDINFO_HEADER_SIZE, path);
        version = first.text;
        modinfo = (await inlineString(file, first.next, path)).text;
    }
    else {
        if (pointerSize !== 4 && pointerSize !== 8)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, `Go build info: pointer size ${pointerSize} is neither 4 nor 8`);
        const littleEndian = (flags & FLAG_BIG_ENDIAN) === 0;
        const versionPointer = uint(header, 16, pointerSize, littleEndian);
        const modinfoPointer = uint(header, 16 + pointerSize, pointerSize, littleEndian);
        if (versionPointer === undefined || modinfoPointer === undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, 'Go build info: unreadable pointers');
        version = await pointedString(file, executable, versionPointer, pointerSize, littleEndian, path);
        modinfo = await pointedString(file, executable, modinfoPointer, pointerSize, littleEndian, path);
    }
    // The module info is framed by 16-byte sentinels (cmd/go modload infoStart/infoEnd); without them there is none.
    const framed = modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n';
    return { goVersion: version, modinfo: framed ? modinfo.slice(16, -16) : '' };
});var fatSlices = (async function (file, head) {
    const count = head.readUInt32BE(4);
    file.require(8, count * 20, 'universal binary architecture table');
    const table = await file.read(8, count * 20);
    if (table === undefined)
        return [];
    const slices = [];
    for (let index = 0; index < count; index += 1) {
        const offset = table.readUInt32BE(index * 20 + 8);
        const size = table.readUInt32BE(index * 20 + 12);
        file.require(offset, size, `architecture slice ${index}`);
        if (offset > 0)
            slices.push(file.slice(offset, size));
    }
    return slices;
});var moduleLine = (function (fields, path) {
    const [, modulePath, version = '', sum] = fields;
    if (modulePath === undefined || modulePath === '')
        return undefined;
    if (version !== '' && version !== '(devel)' && !(0,_module_js__WEBPACK_IMPORTED_MODULE_4__.isModuleVersion)(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, `Go build info: "${version.slice(0, 100)}" of ${modulePath.slice(0, 200)} is not a module version`);
    }
    return { path: modulePath, version, sum: sum === '' ? undefined : sum };
});var bufferFile = (function (content) {
    return { size: content.length, read: ((offset, length) => Promise.resolve(content.subarray(offset, offset + length))) };
});

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goBinaryParser: (() => (/* binding */ goBinaryParser))
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24045);
/* harmony import */ var _suppliers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20148);
/* harmony import */ var _magic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9922);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45825);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98706);







/** The 14 bytes that start a Go binary's build info (runtime/debug, debug/buildinfo). */
const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
/** The build info header: magic, pointer size, flags, then two pointers (pre-1.18) or padding to 32 bytes. */
const BUILDINFO_HEADER_SIZE = 32;
/** The header is 16-byte aligned within the data it is searched in. */
const BUILDINFO_ALIGN = 16;
/** How much of the data segment is searched for the header when no section names it (what Go reads). */
const DATA_SEARCH_SIZE = 64 * 1024;
/** Flag bit of Go >= 1.18: the version and module strings follow the header inline. */
const FLAG_INLINE = 0x2;
/** Flag bit of the pointer format: the pointers are big-endian. */
const FLAG_BIG_ENDIAN = 0x1;
/** No header table, string or module info in a real binary is this large; bigger claims are corrupt. */
const MAX_TABLE_BYTES = 16 * 1024 * 1024;
/** Reads one ELF, Mach-O or PE file through byte ranges, with bounds and integer checks. */
class BinaryFile {
    #file;
    path;
    /** Where this view starts in the file on disk: non-zero for one architecture of a universal binary. */
    #base;
    constructor(file, path, base = 0) {
        this.#file = file;
        this.path = path;
        this.#base = base;
    }
    get size() {
        return this.#file.size;
    }
    /** The bytes `offset` to `offset + size` as a file of their own (one architecture of a universal binary). */
    slice(offset, size) {
        const file = this.#file;
        return new BinaryFile({ size, read: ((at, length) => file.read(offset + at, Math.max(0, Math.min(length, size - at)))) }, this.path, this.#base + offset);
    }
    /**
     * Throws when `what` (a header, a table, or the data a header points at) runs past the end of the file: a binary cut
     * short (an interrupted download or copy) must not pass for one without Go build info.
     */
    require(offset, length, what) {
        const end = offset + length;
        if (end <= this.size)
            return;
        const where = this.#base === 0 ? `file is ${this.size} bytes` : `its architecture slice ends at byte ${this.#base + this.size}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(this.path, `truncated: ${what} ends at byte ${this.#base + end}, ${where}`);
    }
    /** Exactly `length` bytes at `offset`, or undefined when the file is shorter or the request absurd. */
    async read(offset, length) {
        if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || length > MAX_TABLE_BYTES || offset + length > this.#file.size) {
            return undefined;
        }
        const bytes = await this.#file.read(offset, length);
        return bytes.length === length ? bytes : undefined;
    }
}
/** An unsigned integer of 1 to 8 bytes from a buffer, or undefined past its end or above 2^53. */

/** Reads the segments and build info location of an ELF file. */

/** Reads the segments and build info location of a Mach-O file (32 or 64 bit, either byte order). */

/** Reads the sections and build info location of a PE file; PE pointers are image base + RVA. */

/** The file offset of a virtual address, if a segment maps it with at least `length` bytes. */

/** Finds the build info header: 16-byte aligned in the first 64 KiB of the searched data, as Go does. */

/** A varint-length-prefixed string of the inline (Go >= 1.18) format, and where the next one starts. */

/** A Go string (pointer to a {data, length} header) of the pre-1.18 format. */

/** The Go version and module info of a binary, or undefined when it carries no Go build info. */

/** The per-architecture Mach-O files inside a universal binary, as views of the same file. */

/** Reads `kind\tpath\tversion[\tsum]`; the version is a module version, `(devel)` or none. */

/** A random-access view of an in-memory file, for when the catalog passed the content whole. */

/**
 * The modules a Go binary (ELF, Mach-O, universal Mach-O or PE) was built from, from its embedded build info: both
 * the pointer format of Go < 1.18 and the inline format since. The main module is the root
 * (`(devel)` is no version), each `dep` is replaced by its `=>` line when there is one (directory
 * replacements keep the module path, without version), and the Go toolchain is `pkg:golang/stdlib`.
 * Reads only the headers and the build info, never the whole file.
 */
const goBinaryParser = {
    ..._identities_js__WEBPACK_IMPORTED_MODULE_5__/* .GO_BINARY */ .XN,
    async parse(input) {
        const info = await readBuildInfo(new BinaryFile(input.file ?? bufferFile(input.content), input.path));
        if (info === undefined)
            return { packages: [], relationships: [] };
        const collector = new _lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .PackageCollector */ .UI(input);
        let root;
        /** A `dep` line, with what its `=>` line says: the module built instead (or the directory) and the properties that say so. */
        let pending;
        const deps = [];
        const flush = (() => {
            if (pending !== undefined)
                deps.push(pending);
            pending = undefined;
        });
        for (const raw of info.modinfo.split('\n')) {
            const fields = raw.replace(/\r$/, '').split('\t');
            const module = fields[0] === 'mod' || fields[0] === 'dep' || fields[0] === '=>' ? moduleLine(fields, input.path) : undefined;
            if (fields[0] === 'mod' && module !== undefined) {
                const version = (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goVersion */ .X9)(module.version);
                const hash = module.sum === undefined ? undefined : (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .h1Property */ .Bx)(module.sum);
                root = { purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, (() => (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goModulePurl */ .M_)(module.path, version))), ecosystem: 'golang', name: module.path, version, hashes: [], locations: [{ path: input.path }], scope: 'required' };
                if (hash !== undefined)
                    root.properties = [hash];
            }
            else if (fields[0] === 'dep' && module !== undefined) {
                flush();
                pending = module;
            }
            else if (fields[0] === '=>' && module !== undefined && pending !== undefined) {
                const local = (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .isLocalReplacement */ .YV)(module.path);
                const replacement = (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .replacementProperties */ .cS)(pending, local ? module.path : undefined);
                pending = local ? { path: pending.path, version: '', sum: undefined, replacement } : { ...module, replacement };
                flush();
            }
        }
        flush();
        for (const dep of deps) {
            const version = (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goVersion */ .X9)(dep.version);
            const hash = dep.sum === undefined ? undefined : (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .h1Property */ .Bx)(dep.sum);
            // A directory replacement (no version) was built from the builder's tree, not fetched from its path.
            const supplied = version === '' ? undefined : (0,_suppliers_js__WEBPACK_IMPORTED_MODULE_3__/* .goModuleSupplier */ .ri)(dep.path);
            const properties = [...(hash === undefined ? [] : [hash]), ...(supplied === undefined ? [] : [supplied.property]), ...(dep.replacement ?? [])];
            const purl = collector.add({ purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, (() => (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goModulePurl */ .M_)(dep.path, version))), ecosystem: 'golang', name: dep.path, version, scope: 'required', properties, supplier: supplied?.supplier });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        // `go1.22.1 X:boringcrypto`: the toolchain release is the first word; development toolchains (`devel ...`) name none.
        const toolchain = /^go(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)$/.exec(info.goVersion.split(' ')[0] ?? '');
        if (toolchain?.[1] !== undefined) {
            const purl = collector.add({ purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, (() => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('golang', 'stdlib', toolchain[1] ?? ''))), ecosystem: 'golang', name: 'stdlib', version: `go${toolchain[1]}`, scope: 'required' });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        return collector.result(root);
    },
};


/***/ }),

/***/ 45825:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {var goModulePurl = (function (path, version) {
    const slash = path.lastIndexOf('/');
    const name = slash === -1 ? path : path.slice(slash + 1);
    const namespace = slash === -1 ? undefined : path.slice(0, slash);
    return (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('golang', name, goVersion(version), namespace);
});var isModuleVersion = (function (version) {
    return MODULE_VERSION.test(version);
});var compareModuleVersions = (function (a, b) {
    const left = (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .I)(a);
    const right = (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSemVer */ .I)(b);
    return left === undefined || right === undefined ? 0 : (0,_core_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .compareSemVer */ .C)(left, right);
});var goVersion = (function (version) {
    return version === '(devel)' ? '' : version;
});var isLocalReplacement = (function (path) {
    return /^(\.{1,2}[/\\]|\.{1,2}$|\/|\\\\|[A-Za-z]:[/\\])/.test(path);
});var replacementProperties = (function (required, directory) {
    const replaces = { name: REPLACES_PROPERTY, value: required.version === '' ? required.path : `${required.path} ${required.version}` };
    return directory === undefined ? [replaces] : [{ name: LOCAL_DIRECTORY_PROPERTY, value: directory }, replaces];
});var h1Property = (function (sum) {
    return sum.startsWith('h1:') && (0,_hashes_js__WEBPACK_IMPORTED_MODULE_0__/* .base64Hash */ .m1)('SHA256', sum.slice(3)) !== undefined ? { name: H1_PROPERTY, value: sum } : undefined;
});var escapeForModuleCache = (function (text) {
    return text.replace(/[A-Z]/g, ((letter) => `!${letter.toLowerCase()}`));
});var isCacheableModulePath = (function (path) {
    if (path === '' || path.length > 500 || /[\\!\s]/.test(path) || path.includes(':'))
        return false;
    return path.split('/').every(((element) => element !== '' && element !== '.' && element !== '..'));
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: (() => (/* binding */ h1Property)),
/* harmony export */   M_: (() => (/* binding */ goModulePurl)),
/* harmony export */   VQ: (() => (/* binding */ compareModuleVersions)),
/* harmony export */   X9: (() => (/* binding */ goVersion)),
/* harmony export */   YV: (() => (/* binding */ isLocalReplacement)),
/* harmony export */   cS: (() => (/* binding */ replacementProperties)),
/* harmony export */   escapeForModuleCache: (() => (/* binding */ escapeForModuleCache)),
/* harmony export */   isCacheableModulePath: (() => (/* binding */ isCacheableModulePath)),
/* harmony export */   isModuleVersion: (() => (/* binding */ isModuleVersion))
/* harmony export */ });
/* unused harmony exports LOCAL_DIRECTORY_PROPERTY, REPLACES_PROPERTY, H1_PROPERTY */
/* harmony import */ var _core_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55227);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91573);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73408);



/** The purl of a Go module: the module path split at its last `/` into namespace and name, case kept; no version for `(devel)` or none. */

/** Semantic version syntax every module version has (`v1.2.3`, pseudo-versions, `+incompatible`). */
const MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** Whether a string is a module version go.mod and go.sum can record. */

/**
 * Orders two module versions as the go command does (golang.org/x/mod/semver.Compare): semantic
 * version precedence, `+incompatible` and other build metadata not counting. Negative, zero or
 * positive; zero when either is not a version it can read.
 */

/** A module version as SBOMs record it: `(devel)` (a main module built from a checkout) is no version. */

/**
 * Whether a replacement target is a directory rather than a module: go.mod's rule is that it
 * starts with `./`, `../` or is an absolute path (`/`, or a Windows drive or UNC path).
 */

/**
 * The property of a module built from a directory (a `replace ... => ../dir` in go.mod, `=> ./dir`
 * in a binary's build info): the directory as written there. Such a module has no version and was
 * never fetched from its module path.
 */
const LOCAL_DIRECTORY_PROPERTY = 'trust-kit:golang:directory';
/** The property of a module a `replace` puts in place of another: the required `path version` it stands for. */
const REPLACES_PROPERTY = 'trust-kit:golang:replaces';
/** The properties of a module built in place of `required` (a module, or a directory when `directory` is set). */

/** The name of the property that records a module's go.sum (or build info) `h1:` hash, verbatim. */
const H1_PROPERTY = 'trust-kit:golang:h1';
/**
 * The `h1:` hash of a go.sum line or of a binary's build info, as the property it is recorded as.
 * `h1` ("hash1", golang.org/x/mod/sumdb/dirhash) is SHA-256 over a sorted list of
 * `<sha256 hex>  <file name>` lines of the module zip's files, not a hash of the zip itself: no tool
 * can check a downloaded archive against it as a SHA256 checksum, so it is kept as what it is.
 * Undefined when the value is not an h1 hash (another algorithm, or not 32 base64-encoded bytes).
 */

/**
 * A module path or version as the module cache spells it on disk: each uppercase letter becomes
 * `!` and its lowercase (golang.org/x/mod/module.EscapePath), so case-insensitive file systems
 * keep `Azure` and `azure` apart.
 */

/**
 * Whether a module path can name a directory of the module cache without leaving it: non-empty
 * `/`-separated elements, none `.` or `..`, no backslash, no leading `/`, no `!` (the escape character).
 */



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

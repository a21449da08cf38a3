export const id = 245;
export const ids = [245,408,940];
export const modules = {

/***/ 3085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ jsonErrorLine),
/* harmony export */   mh: () => (/* binding */ lineAt)
/* harmony export */ });
/* unused harmony exports MAX_JSON_DEPTH, jsonFault, JSON_FAULT_HINT, describeJsonFault, jsonSyntaxProblem */
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9531);
// JSON as other parties wrote it: what JSON.parse alone does not say about a text.

/**
 * How deep a JSON text another party wrote may nest: far deeper than any bundle, trusted root,
 * signing config or in-toto statement (a few levels; an SBOM predicate a few dozen), shallow enough
 * that no reader of the parsed value (a recursive walk, JSON.stringify) runs out of stack.
 */
const MAX_JSON_DEPTH = 512;
/**
 * The first {@link JsonFault} of a valid JSON text, if any. It jumps from one structural character
 * to the next (a regular expression and indexOf skip strings, numbers and whitespace natively), so a
 * bundle of tens of MiB (a DSSE payload) costs little, and a small one little at start-up; memory
 * is the keys of the open objects, at most {@link MAX_JSON_DEPTH} of them deep.
 */
function jsonFault(text) {
    const structure = /[{}[\],"]/g;
    const objects = [];
    let keyNext = false;
    for (let match = structure.exec(text); match !== null; match = structure.exec(text)) {
        const char = match[0];
        if (char === '{' || char === '[') {
            if (objects.length === MAX_JSON_DEPTH)
                return { kind: 'too-deep', line: lineAt(text, match.index) };
            objects.push(char === '{' ? new Set() : undefined);
            keyNext = char === '{';
        }
        else if (char === '}' || char === ']') {
            objects.pop();
        }
        else if (char === ',') {
            keyNext = objects.at(-1) !== undefined;
        }
        else {
            const end = closingQuote(text, match.index);
            if (end === -1)
                return undefined;
            if (keyNext) {
                const keys = objects.at(-1);
                const key = JSON.parse(text.slice(match.index, end + 1));
                if (keys.has(key))
                    return { kind: 'repeated-key', key, line: lineAt(text, match.index) };
                keys.add(key);
                keyNext = false;
            }
            structure.lastIndex = end + 1;
        }
    }
    return undefined;
}
/** What to do about a document with a {@link JsonFault}. */
const JSON_FAULT_HINT = 'a document every verifier reads the same names each key of an object once and nests a few levels; this one was written otherwise (by hand, or to be read two ways): do not trust it, get it again from its source';
/**
 * A {@link JsonFault} for a message, after the name of the document: `repeats the key "k" in one
 * object, on line 3` (the line left out for a document of one line, such as a line of JSON lines,
 * which its name already numbers).
 */
function describeJsonFault(fault, withLine = true) {
    const line = withLine ? `, on line ${fault.line}` : '';
    return fault.kind === 'repeated-key' ? `repeats the key ${quoted(fault.key, 100)} in one object${line}` : `nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep${line}`;
}
/**
 * The line of a JSON.parse error: V8 gives a position for some errors, only a snippet of the
 * text around the bad token for others (`Unexpected token '}', ..."ckages": [}" is not valid
 * JSON`), and nothing at the end of the input.
 */
function jsonErrorLine(text, message) {
    const position = /position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return lineAt(text, Number(position));
    if (message.includes('end of JSON input'))
        return lineAt(text, text.trimEnd().length);
    const snippet = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (snippet === null)
        return undefined;
    const [, token = '', leading, context = '', trailing] = snippet;
    const at = text.indexOf(context);
    if (at === -1 || text.indexOf(context, at + 1) !== -1)
        return undefined;
    // V8 shows 10 characters either side of the bad token, with "..." where it cut the text.
    const inContext = leading !== undefined ? 10 : context.lastIndexOf(token, trailing === undefined ? context.length : context.length - 10);
    return lineAt(text, at + Math.max(0, inContext));
}
/**
 * What JSON.parse said of a text that is not JSON, for a message about a file: the line it stopped
 * at when it can be told, and its first words, printable and bounded, without the text V8 quotes
 * around a bad token: a file given by mistake (a token, a key) would have its first characters
 * printed to a log others read. V8's own `(line N column M)` is left out where the line is told
 * first; `withLine: false` leaves the line out (a line of a JSON-lines file, numbered already).
 */
function jsonSyntaxProblem(text, error, options = {}) {
    const message = error instanceof Error ? error.message : String(error);
    const line = options.withLine === false ? undefined : jsonErrorLine(text, message);
    const unquoted = message.replace(/^Unexpected token '[\s\S]+?', (?:\.\.\.)?"[\s\S]*?"(?:\.\.\.)? is not valid JSON/, 'Unexpected token: not valid JSON');
    const said = (unquoted.split('\n')[0] ?? '').replace(/ \(line \d+ column \d+\)$/, '');
    return `${line === undefined ? '' : `line ${line}: `}${boundedText(said, 200)}`;
}
/** The line (from 1) of `index` in `text`: where a JSON text another party wrote goes wrong. */
function lineAt(text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
        line += 1;
    return line;
}
/** The index of the quote that closes the string opened at `open`: the next one not escaped by an odd run of backslashes; -1 if none. */
function closingQuote(text, open) {
    for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
    }
    return -1;
}


/***/ }),

/***/ 5245:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goBinaryParser: () => (/* binding */ goBinaryParser)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6898);
/* harmony import */ var _purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3408);
/* harmony import */ var _lockfile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4045);
/* harmony import */ var _suppliers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(148);
/* harmony import */ var _magic_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9922);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1940);
/* harmony import */ var _identities_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8706);







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
        return new BinaryFile({ size, read: (at, length) => file.read(offset + at, Math.max(0, Math.min(length, size - at))) }, this.path, this.#base + offset);
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
function uint(bytes, offset, size, littleEndian) {
    if (offset < 0 || offset + size > bytes.length)
        return undefined;
    if (size === 8) {
        const value = littleEndian ? bytes.readBigUInt64LE(offset) : bytes.readBigUInt64BE(offset);
        return value > BigInt(Number.MAX_SAFE_INTEGER) ? undefined : Number(value);
    }
    return littleEndian ? bytes.readUIntLE(offset, size) : bytes.readUIntBE(offset, size);
}
/** Reads the segments and build info location of an ELF file. */
async function elfOf(file, head) {
    const is64 = head[4] === 2;
    const littleEndian = head[5] === 1;
    const word = is64 ? 8 : 4;
    const u = (bytes, offset, size) => uint(bytes, offset, size, littleEndian);
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
}
/** Reads the segments and build info location of a Mach-O file (32 or 64 bit, either byte order). */
async function machOf(file, head) {
    const magic = head.readUInt32LE(0);
    const is64 = magic === 0xfeedfacf || magic === 0xcffaedfe;
    const littleEndian = magic === 0xfeedface || magic === 0xfeedfacf;
    const u = (bytes, offset, size) => uint(bytes, offset, size, littleEndian);
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
}
/** Reads the sections and build info location of a PE file; PE pointers are image base + RVA. */
async function peOf(file, head) {
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
}
/** The file offset of a virtual address, if a segment maps it with at least `length` bytes. */
function offsetOf(executable, address, length) {
    for (const segment of executable.segments) {
        if (address >= segment.address && address + length <= segment.address + segment.size)
            return segment.offset + (address - segment.address);
    }
    return undefined;
}
/** Finds the build info header: 16-byte aligned in the first 64 KiB of the searched data, as Go does. */
async function findHeader(file, executable) {
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
}
/** A varint-length-prefixed string of the inline (Go >= 1.18) format, and where the next one starts. */
async function inlineString(file, offset, path) {
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
}
/** A Go string (pointer to a {data, length} header) of the pre-1.18 format. */
async function pointedString(file, executable, pointer, pointerSize, littleEndian, path) {
    const headerOffset = offsetOf(executable, pointer, 2 * pointerSize);
    const header = headerOffset === undefined ? undefined : await file.read(headerOffset, 2 * pointerSize);
    const data = header === undefined ? undefined : uint(header, 0, pointerSize, littleEndian);
    const length = header === undefined ? undefined : uint(header, pointerSize, pointerSize, littleEndian);
    const dataOffset = data === undefined || length === undefined ? undefined : offsetOf(executable, data, length);
    const bytes = dataOffset === undefined || length === undefined ? undefined : await file.read(dataOffset, length);
    if (bytes === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, 'Go build info: a string pointer leads outside the file');
    return bytes.toString('utf8');
}
/** The Go version and module info of a binary, or undefined when it carries no Go build info. */
async function readBuildInfo(file, insideFat = false) {
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
}
/** The per-architecture Mach-O files inside a universal binary, as views of the same file. */
async function fatSlices(file, head) {
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
}
/** Reads `kind\tpath\tversion[\tsum]`; the version is a module version, `(devel)` or none. */
function moduleLine(fields, path) {
    const [, modulePath, version = '', sum] = fields;
    if (modulePath === undefined || modulePath === '')
        return undefined;
    if (version !== '' && version !== '(devel)' && !(0,_module_js__WEBPACK_IMPORTED_MODULE_4__.isModuleVersion)(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomParseError */ .J(path, `Go build info: "${version.slice(0, 100)}" of ${modulePath.slice(0, 200)} is not a module version`);
    }
    return { path: modulePath, version, sum: sum === '' ? undefined : sum };
}
/** A random-access view of an in-memory file, for when the catalog passed the content whole. */
function bufferFile(content) {
    return { size: content.length, read: (offset, length) => Promise.resolve(content.subarray(offset, offset + length)) };
}
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
        const flush = () => {
            if (pending !== undefined)
                deps.push(pending);
            pending = undefined;
        };
        for (const raw of info.modinfo.split('\n')) {
            const fields = raw.replace(/\r$/, '').split('\t');
            const module = fields[0] === 'mod' || fields[0] === 'dep' || fields[0] === '=>' ? moduleLine(fields, input.path) : undefined;
            if (fields[0] === 'mod' && module !== undefined) {
                const version = (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goVersion */ .X9)(module.version);
                const hash = module.sum === undefined ? undefined : (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .h1Property */ .Bx)(module.sum);
                root = { purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, () => (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goModulePurl */ .M_)(module.path, version)), ecosystem: 'golang', name: module.path, version, hashes: [], locations: [{ path: input.path }], scope: 'required' };
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
            const purl = collector.add({ purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, () => (0,_module_js__WEBPACK_IMPORTED_MODULE_4__/* .goModulePurl */ .M_)(dep.path, version)), ecosystem: 'golang', name: dep.path, version, scope: 'required', properties, supplier: supplied?.supplier });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        // `go1.22.1 X:boringcrypto`: the toolchain release is the first word; development toolchains (`devel ...`) name none.
        const toolchain = /^go(\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)$/.exec(info.goVersion.split(' ')[0] ?? '');
        if (toolchain?.[1] !== undefined) {
            const purl = collector.add({ purl: (0,_lockfile_js__WEBPACK_IMPORTED_MODULE_2__/* .purlFor */ .nK)(input.path, undefined, () => (0,_purl_js__WEBPACK_IMPORTED_MODULE_1__.purlOf)('golang', 'stdlib', toolchain[1] ?? '')), ecosystem: 'golang', name: 'stdlib', version: `go${toolchain[1]}`, scope: 'required' });
            if (root !== undefined)
                collector.relate(root.purl, purl);
        }
        return collector.result(root);
    },
};


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VQ: () => (/* binding */ compareModuleVersions),
  escapeForModuleCache: () => (/* binding */ escapeForModuleCache),
  M_: () => (/* binding */ goModulePurl),
  X9: () => (/* binding */ goVersion),
  Bx: () => (/* binding */ h1Property),
  isCacheableModulePath: () => (/* binding */ isCacheableModulePath),
  YV: () => (/* binding */ isLocalReplacement),
  isModuleVersion: () => (/* binding */ isModuleVersion),
  cS: () => (/* binding */ replacementProperties)
});

// UNUSED EXPORTS: H1_PROPERTY, LOCAL_DIRECTORY_PROPERTY, REPLACES_PROPERTY

;// CONCATENATED MODULE: ./lib/core/semver.js
/** A tag as semantic version (`v1.2.3`, `1.2.3-rc.1+build`); undefined when it is not one. */
function parseSemVer(tag) {
    const match = /^v?(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
    if (match === null)
        return undefined;
    return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4] === undefined ? [] : match[4].split('.') };
}
/** Semantic version precedence (semver.org 11): negative when `a` comes before `b`. */
function compareSemVer(a, b) {
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
}

// EXTERNAL MODULE: ./lib/sbom/hashes.js
var hashes = __webpack_require__(1573);
// EXTERNAL MODULE: ./lib/sbom/purl.js
var purl = __webpack_require__(3408);
;// CONCATENATED MODULE: ./lib/sbom/parsers/go/module.js



/** The purl of a Go module: the module path split at its last `/` into namespace and name, case kept; no version for `(devel)` or none. */
function goModulePurl(path, version) {
    const slash = path.lastIndexOf('/');
    const name = slash === -1 ? path : path.slice(slash + 1);
    const namespace = slash === -1 ? undefined : path.slice(0, slash);
    return (0,purl.purlOf)('golang', name, goVersion(version), namespace);
}
/** Semantic version syntax every module version has (`v1.2.3`, pseudo-versions, `+incompatible`). */
const MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** Whether a string is a module version go.mod and go.sum can record. */
function isModuleVersion(version) {
    return MODULE_VERSION.test(version);
}
/**
 * Orders two module versions as the go command does (golang.org/x/mod/semver.Compare): semantic
 * version precedence, `+incompatible` and other build metadata not counting. Negative, zero or
 * positive; zero when either is not a version it can read.
 */
function compareModuleVersions(a, b) {
    const left = parseSemVer(a);
    const right = parseSemVer(b);
    return left === undefined || right === undefined ? 0 : compareSemVer(left, right);
}
/** A module version as SBOMs record it: `(devel)` (a main module built from a checkout) is no version. */
function goVersion(version) {
    return version === '(devel)' ? '' : version;
}
/**
 * Whether a replacement target is a directory rather than a module: go.mod's rule is that it
 * starts with `./`, `../` or is an absolute path (`/`, or a Windows drive or UNC path).
 */
function isLocalReplacement(path) {
    return /^(\.{1,2}[/\\]|\.{1,2}$|\/|\\\\|[A-Za-z]:[/\\])/.test(path);
}
/**
 * The property of a module built from a directory (a `replace ... => ../dir` in go.mod, `=> ./dir`
 * in a binary's build info): the directory as written there. Such a module has no version and was
 * never fetched from its module path.
 */
const LOCAL_DIRECTORY_PROPERTY = 'trust-kit:golang:directory';
/** The property of a module a `replace` puts in place of another: the required `path version` it stands for. */
const REPLACES_PROPERTY = 'trust-kit:golang:replaces';
/** The properties of a module built in place of `required` (a module, or a directory when `directory` is set). */
function replacementProperties(required, directory) {
    const replaces = { name: REPLACES_PROPERTY, value: required.version === '' ? required.path : `${required.path} ${required.version}` };
    return directory === undefined ? [replaces] : [{ name: LOCAL_DIRECTORY_PROPERTY, value: directory }, replaces];
}
/** The name of the property that records a module's go.sum (or build info) `h1:` hash, verbatim. */
const H1_PROPERTY = 'trust-kit:golang:h1';
/**
 * The `h1:` hash of a go.sum line or of a binary's build info, as the property it is recorded as.
 * `h1` ("hash1", golang.org/x/mod/sumdb/dirhash) is SHA-256 over a sorted list of
 * `<sha256 hex>  <file name>` lines of the module zip's files, not a hash of the zip itself: no tool
 * can check a downloaded archive against it as a SHA256 checksum, so it is kept as what it is.
 * Undefined when the value is not an h1 hash (another algorithm, or not 32 base64-encoded bytes).
 */
function h1Property(sum) {
    return sum.startsWith('h1:') && (0,hashes/* base64Hash */.m1)('SHA256', sum.slice(3)) !== undefined ? { name: H1_PROPERTY, value: sum } : undefined;
}
/**
 * A module path or version as the module cache spells it on disk: each uppercase letter becomes
 * `!` and its lowercase (golang.org/x/mod/module.EscapePath), so case-insensitive file systems
 * keep `Azure` and `azure` apart.
 */
function escapeForModuleCache(text) {
    return text.replace(/[A-Z]/g, (letter) => `!${letter.toLowerCase()}`);
}
/**
 * Whether a module path can name a directory of the module cache without leaving it: non-empty
 * `/`-separated elements, none `.` or `..`, no backslash, no leading `/`, no `!` (the escape character).
 */
function isCacheableModulePath(path) {
    if (path === '' || path.length > 500 || /[\\!\s]/.test(path) || path.includes(':'))
        return false;
    return path.split('/').every((element) => element !== '' && element !== '.' && element !== '..');
}


/***/ }),

/***/ 4045:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hq: () => (/* binding */ headerLines),
/* harmony export */   Ke: () => (/* binding */ withOrphans),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   Qb: () => (/* binding */ recordField),
/* harmony export */   UI: () => (/* binding */ PackageCollector),
/* harmony export */   b6: () => (/* binding */ textOf),
/* harmony export */   e7: () => (/* binding */ arrayField),
/* harmony export */   lQ: () => (/* binding */ parseTomlLockfile),
/* harmony export */   nK: () => (/* binding */ purlFor),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   ve: () => (/* binding */ parseJsonLockfile)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3828);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6898);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5256);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1573);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3419);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(211);
/* harmony import */ var _core_quote_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9531);
/* harmony import */ var _unknowns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5415);










/** The lockfile's text: UTF-8, without a byte-order mark. */
function textOf(input) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .textOfBytes */ .gm)(input.content);
}
/** Whether a value is a plain JSON/TOML table (not null, not an array). */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A field of a table when it is a string; anything else (missing, number, table) is undefined. */
function stringField(table, key) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    return typeof value === 'string' ? value : undefined;
}
/** A field of a table when it is a table; inherited keys like `__proto__` are never read. */
function recordField(table, key) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    return isRecord(value) ? value : undefined;
}
/** A field of a table when it is an array. */
function arrayField(table, key) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    return Array.isArray(value) ? value : undefined;
}
/** Parses a JSON lockfile; a syntax error becomes an SbomParseError naming the line. */
function parseJsonLockfile(input) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonText */ .lk)(input.path, textOf(input));
}
/** Parses a TOML lockfile (Cargo, poetry, uv); a syntax error becomes an SbomParseError naming the line. */
function parseTomlLockfile(input) {
    try {
        return (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(textOf(input));
    }
    catch (error) {
        // smol-toml reports the line of a syntax error; anything else it throws (too deep nesting) has none.
        const line = typeof error.line === 'number' ? error.line : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomParseError */ .J(input.path, `not valid TOML: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error).split('\n')[0]}`, line, { cause: error });
    }
}
/** The 1-based lines on which a table-array header like `[[package]]` starts, in order: element i of the array is at line i. */
function headerLines(text, header) {
    const lines = [];
    let line = 1;
    let start = 0;
    while (start <= text.length) {
        const end = text.indexOf('\n', start);
        const stop = end === -1 ? text.length : end;
        if (text.slice(start, stop).trim() === header)
            lines.push(line);
        if (end === -1)
            break;
        start = end + 1;
        line += 1;
    }
    return lines;
}
/**
 * A purl made by `make`, with whatever packageurl-js refuses (a name or version invalid for the
 * purl type, its validator bugs, a purl it writes but cannot read back) reported as a parse error
 * of this lockfile: every purl in an SBOM must parse with the standard library.
 */
function purlFor(path, line, make) {
    try {
        const purl = make();
        packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(purl);
        return purl;
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SbomParseError */ .J(path, `no package URL can be made: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error)}`, line, { cause: error });
    }
}
/**
 * Collects the packages and edges of one lockfile, one package per purl, and applies the one scope
 * policy: a package needed in any way other than for development is not `dev`; `dev` packages (and
 * their edges) are left out unless development dependencies were asked for.
 */
class PackageCollector {
    #input;
    #packages = new Map();
    #edges = new Map();
    /** Where each package was seen (line and entry), so repeats merge in constant time. */
    #seen = new Map();
    /** Each package's properties by name and value, sorted into it once by `result`: sorting them for each occurrence was quadratic. */
    #properties = new Map();
    /** Occurrences of a package with another digest than it was first recorded with. */
    #conflicts;
    constructor(input) {
        this.#input = input;
        this.#conflicts = new _unknowns_js__WEBPACK_IMPORTED_MODULE_7__/* .LockfileUnknowns */ .dF(input.path);
    }
    /** Records a package occurrence (merging locations, hashes and the widest scope into an existing one); returns its purl. */
    add(found) {
        const location = { path: found.path ?? this.#input.path };
        if (found.line !== undefined)
            location.line = found.line;
        if (found.entry !== undefined)
            location.entry = found.entry;
        const where = `${found.line ?? ''}\u0000${found.entry ?? ''}\u0000${location.path}`;
        const existing = this.#packages.get(found.purl);
        if (existing === undefined) {
            const pkg = {
                purl: found.purl,
                ecosystem: found.ecosystem,
                name: found.name,
                version: found.version,
                hashes: (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .sortHashes */ .bZ)(found.hashes ?? []),
                locations: [location],
                scope: found.scope,
            };
            if (found.license !== undefined)
                pkg.license = found.license;
            // A credential in a lockfile's URL is the lockfile's secret, never the SBOM's.
            if (found.downloadLocation !== undefined)
                pkg.downloadLocation = (0,_urls_js__WEBPACK_IMPORTED_MODULE_8__/* .withoutCredentials */ .ri)(found.downloadLocation);
            if (found.properties !== undefined)
                this.#addProperties(found.purl, found.properties);
            if (found.supplier !== undefined)
                pkg.supplier = found.supplier;
            this.#packages.set(found.purl, pkg);
            this.#seen.set(found.purl, new Set([where]));
            return found.purl;
        }
        existing.scope = (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .strongerScope */ .TI)(existing.scope, found.scope);
        const seen = this.#seen.get(found.purl);
        if (seen !== undefined && !seen.has(where)) {
            seen.add(where);
            existing.locations.push(location);
        }
        if (found.hashes !== undefined) {
            // Two artifacts under one name (entries whose names normalize alike, a merge gone wrong): the SBOM keeps the first digest, and says so.
            const contradicting = (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .contradictingHashes */ .So)(existing.hashes, found.hashes);
            if (contradicting.length > 0) {
                const first = existing.locations[0];
                const firstPlace = first?.line === undefined ? 'its first entry' : `its entry at line ${first.line}${first.path === location.path ? '' : ` of ${first.path}`}`;
                this.#conflicts.add(`${found.purl}${found.entry === undefined ? '' : ` (${(0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .quoted */ .TL)((0,_core_quote_js__WEBPACK_IMPORTED_MODULE_6__/* .boundedText */ .LD)(found.entry, 200))})`} is locked here with ${(0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .shortHashes */ .H5)(contradicting)}, another digest than ${firstPlace}, which the SBOM records: two artifacts under one name; check which is installed, and regenerate the lockfile`, found.line, location.path);
            }
            existing.hashes = (0,_hashes_js__WEBPACK_IMPORTED_MODULE_4__/* .sortHashes */ .bZ)([...existing.hashes, ...found.hashes]);
        }
        existing.license ??= found.license;
        existing.downloadLocation ??= found.downloadLocation;
        existing.supplier ??= found.supplier;
        if (found.properties !== undefined)
            this.#addProperties(found.purl, found.properties);
        return found.purl;
    }
    #addProperties(purl, properties) {
        if (properties.length === 0)
            return;
        let byKey = this.#properties.get(purl);
        if (byKey === undefined)
            this.#properties.set(purl, (byKey = new Map()));
        for (const property of properties)
            byKey.set(`${property.name}\u0000${property.value}`, property);
    }
    /** Whether a purl was recorded. */
    has(purl) {
        return this.#packages.has(purl);
    }
    /** Records that `from` depends on `to` (or contains it, for workspace members), with a comment when the edge is an approximation. */
    relate(from, to, type = 'depends-on', comment) {
        if (from === to)
            return;
        this.#edges.set(`${from}\u0000${to}\u0000${type}`, comment === undefined ? { from, to, type } : { from, to, type, comment });
    }
    /** Sets a recorded package's scope, for parsers that work scopes out from the graph after recording packages (Go tools). */
    rescope(purl, scope) {
        const pkg = this.#packages.get(purl);
        if (pkg !== undefined)
            pkg.scope = scope;
    }
    /** Adds properties to a recorded package. */
    annotate(purl, properties) {
        if (this.#packages.has(purl))
            this.#addProperties(purl, properties);
    }
    /** The packages (dev ones only when asked for) and the edges between packages that remain, plus the root. */
    result(root) {
        for (const [purl, byKey] of this.#properties) {
            const pkg = this.#packages.get(purl);
            if (pkg !== undefined && byKey.size > 0)
                pkg.properties = (0,_model_js__WEBPACK_IMPORTED_MODULE_9__/* .sortProperties */ .Oi)([...byKey.values()]);
        }
        const packages = [...this.#packages.values()].filter((pkg) => pkg.purl !== root?.purl && (this.#input.includeDev || pkg.scope !== 'dev'));
        const kept = new Set(packages.map((pkg) => pkg.purl));
        if (root !== undefined)
            kept.add(root.purl);
        const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
        for (const pkg of packages)
            pkg.locations.sort((a, b) => order(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || order(a.entry ?? '', b.entry ?? ''));
        const relationships = [...this.#edges.values()].filter((edge) => kept.has(edge.from) && kept.has(edge.to));
        return this.#conflicts.into(root === undefined ? { packages, relationships } : { root, packages, relationships });
    }
}
/**
 * What a project without a named root depends on: the dependencies its manifest declares, and the
 * packages nothing depends on (a trimmed lockfile's leftovers), which would otherwise float,
 * related to nothing in the SBOM.
 */
function withOrphans(declared, packages, relationships) {
    const targets = new Set();
    for (const relationship of relationships)
        targets.add(relationship.to);
    const direct = new Set(declared);
    for (const pkg of packages)
        if (!targets.has(pkg.purl))
            direct.add(pkg.purl);
    return [...direct];
}


/***/ }),

/***/ 3419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gm: () => (/* binding */ textOfBytes),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   n8: () => (/* binding */ readSiblingJson)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _core_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3085);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6898);



// Apart from lockfile.ts: the JavaScript parsers read text and JSON too, and must not load the purl and TOML libraries it imports.
/** A file's text: UTF-8, without a byte-order mark. */
function textOfBytes(content) {
    const text = content.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** An escape of a UTF-16 surrogate (`\ud800`-`\udfff`): one only of a pair names no character. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/g;
/**
 * Parses the JSON text of the lockfile at `path`; a syntax error becomes an SbomParseError naming
 * the line, and so does a string holding half of a surrogate pair (`"1.0.0\ud800"`): valid JSON,
 * but no character, which no package manager writes and no purl can encode.
 */
function parseJsonText(path, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const message = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `not valid JSON: ${message.split('\n')[0] ?? ''}`, (0,_core_json_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonErrorLine */ .DP)(text, message), { cause: error });
    }
    // A lockfile's text is decoded UTF-8, which holds no lone surrogate: only an escape can make one, so the text alone
    // says (a search for `\u`, a tenth of the regular expression's time, rules out nearly every lockfile first).
    const lone = text.includes('\\u') ? loneSurrogateEscape(text) : undefined;
    if (lone !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SbomParseError */ .J(path, `a string holds ${lone.escape}, half of a UTF-16 surrogate pair, which names no character (no package manager writes one): the lockfile was edited or damaged; regenerate it`, lone.line);
    }
    return json;
}
/** The first surrogate escape of the text that no other completes (a high one not followed by a low one, or a low one alone), and its line. */
function loneSurrogateEscape(text) {
    SURROGATE_ESCAPE.lastIndex = 0;
    for (let match = SURROGATE_ESCAPE.exec(text); match !== null; match = SURROGATE_ESCAPE.exec(text)) {
        // An escaped backslash before it (`\\ud800`) makes it plain text, no escape.
        let backslashes = 0;
        while (text[match.index - 1 - backslashes] === '\\')
            backslashes++;
        if (backslashes % 2 === 1)
            continue;
        const code = parseInt(match[0].slice(2), 16);
        const next = text.slice(SURROGATE_ESCAPE.lastIndex, SURROGATE_ESCAPE.lastIndex + 6);
        if (code <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(next)) {
            SURROGATE_ESCAPE.lastIndex += 6;
            continue;
        }
        let line = 1;
        for (let at = text.indexOf('\n'); at !== -1 && at < match.index; at = text.indexOf('\n', at + 1))
            line++;
        return { escape: match[0], line };
    }
    return undefined;
}
/**
 * The JSON of a manifest beside the lockfile (`package.json`, `composer.json`), or undefined when
 * there is none or it is not JSON: a manifest only adds to what the lockfile says, so one its own
 * tool could not read leaves the lockfile alone to say it.
 */
async function readSiblingJson(input, name) {
    const bytes = await input.readSibling(name);
    if (bytes === undefined)
        return undefined;
    try {
        return JSON.parse(textOfBytes(bytes));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 3408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/* harmony import */ var _npm_purl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3096);


/**
 * The canonical package URL of a package. `+` in versions is percent-encoded (`1.0%2Blocal`),
 * as syft and the purl spec's test suite write it, and so are `!*'()` anywhere (`1%212.0`), which
 * the spec does not permit plain, so purls compare equal across tools.
 */
function purlOf(ecosystem, name, version, namespace, qualifiers) {
    if (!name.isWellFormed() || !version.isWellFormed() || namespace?.isWellFormed() === false)
        throw new Error(`Invalid purl: ${_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .LONE_SURROGATE */ .uG}`);
    const purl = new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(ecosystem, namespace ?? null, name, version === '' ? null : version, qualifiers ?? null, null).toString();
    return (0,_npm_purl_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUnpermittedMarks */ .MS)(purl.replace(/@([^?#]*)/, (_, encodedVersion) => `@${encodedVersion.replaceAll('+', '%2B')}`));
}


/***/ })

};

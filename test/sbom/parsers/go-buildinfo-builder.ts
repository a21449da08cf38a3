/**
 * Builds minimal executables carrying Go build info, for the formats no committed binary covers:
 * the pre-1.18 pointer format (what go1.17 wrote; syft's only committed Go binary is such a
 * Mach-O) in ELF (32/64 bit, either byte order) and Mach-O containers. Layouts follow
 * debug/buildinfo: a 32-byte header (`\xff Go buildinf:`, pointer size, flags) 16-byte aligned in
 * writable data, pointing at Go string headers {data pointer, length}.
 */

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');
/** cmd/go's sentinels around the module info (modload infoStart / infoEnd). */
const INFO_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const INFO_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

/** Where the build info sits in every synthesized file, and the virtual address the file is mapped at. */
const BUILDINFO_OFFSET = 0x200;

/** Module info as the binary embeds it: the text wrapped in the 16-byte sentinels. */
export function framedModinfo(text: string): Buffer {
  return Buffer.concat([INFO_START, Buffer.from(text, 'utf8'), INFO_END]);
}

function writeUint(buffer: Buffer, offset: number, value: number, size: number, littleEndian: boolean): void {
  if (size === 8) {
    if (littleEndian) buffer.writeBigUInt64LE(BigInt(value), offset);
    else buffer.writeBigUInt64BE(BigInt(value), offset);
  } else if (littleEndian) {
    buffer.writeUIntLE(value, offset, size);
  } else {
    buffer.writeUIntBE(value, offset, size);
  }
}

/** The pointer-format build info block laid out at `BUILDINFO_OFFSET` of a file mapped at `base`. */
function pointerBlock(file: Buffer, base: number, pointerSize: number, littleEndian: boolean, goVersion: string, modinfo: Buffer): void {
  const header = BUILDINFO_OFFSET;
  MAGIC.copy(file, header);
  file[header + 14] = pointerSize;
  file[header + 15] = littleEndian ? 0 : 1;
  const versionHeader = header + 0x40;
  const modinfoHeader = versionHeader + 2 * pointerSize;
  const versionData = header + 0x80;
  const modinfoData = versionData + goVersion.length;
  writeUint(file, header + 16, base + versionHeader, pointerSize, littleEndian);
  writeUint(file, header + 16 + pointerSize, base + modinfoHeader, pointerSize, littleEndian);
  writeUint(file, versionHeader, base + versionData, pointerSize, littleEndian);
  writeUint(file, versionHeader + pointerSize, goVersion.length, pointerSize, littleEndian);
  writeUint(file, modinfoHeader, base + modinfoData, pointerSize, littleEndian);
  writeUint(file, modinfoHeader + pointerSize, modinfo.length, pointerSize, littleEndian);
  file.write(goVersion, versionData, 'latin1');
  modinfo.copy(file, modinfoData);
}

/** The size of a synthesized file holding this build info. */
function sizeFor(goVersion: string, modinfo: Buffer): number {
  return BUILDINFO_OFFSET + 0x80 + goVersion.length + modinfo.length;
}

/** An ELF file with one writable PT_LOAD segment (no section headers) holding pointer-format build info. */
export function pointerFormatElf(goVersion: string, modinfoText: string, options: { is64: boolean; littleEndian: boolean }): Buffer {
  const { is64, littleEndian } = options;
  const modinfo = framedModinfo(modinfoText);
  const file = Buffer.alloc(sizeFor(goVersion, modinfo));
  const base = 0x400000;
  const word = is64 ? 8 : 4;
  file.write('\x7fELF', 0, 'latin1');
  file[4] = is64 ? 2 : 1;
  file[5] = littleEndian ? 1 : 2;
  file[6] = 1;
  writeUint(file, 0x10, 2, 2, littleEndian); // ET_EXEC
  const phoff = is64 ? 0x40 : 0x34;
  const phentsize = is64 ? 56 : 32;
  writeUint(file, is64 ? 0x20 : 0x1c, phoff, word, littleEndian);
  writeUint(file, is64 ? 0x36 : 0x2a, phentsize, 2, littleEndian);
  writeUint(file, is64 ? 0x38 : 0x2c, 1, 2, littleEndian);
  writeUint(file, is64 ? 0x3a : 0x2e, is64 ? 64 : 40, 2, littleEndian);
  // PT_LOAD, PF_R|PF_W, the whole file at `base`.
  writeUint(file, phoff, 1, 4, littleEndian);
  writeUint(file, phoff + (is64 ? 4 : 24), 0x6, 4, littleEndian);
  writeUint(file, phoff + (is64 ? 8 : 4), 0, word, littleEndian);
  writeUint(file, phoff + (is64 ? 16 : 8), base, word, littleEndian);
  writeUint(file, phoff + (is64 ? 32 : 16), file.length, word, littleEndian);
  writeUint(file, phoff + (is64 ? 40 : 20), file.length, word, littleEndian);
  pointerBlock(file, base, word, littleEndian, goVersion, modinfo);
  return file;
}

/** A 64-bit little-endian Mach-O with one `__DATA` segment holding pointer-format build info. */
export function pointerFormatMachO(goVersion: string, modinfoText: string): Buffer {
  const modinfo = framedModinfo(modinfoText);
  const file = Buffer.alloc(sizeFor(goVersion, modinfo));
  const base = 0x100000000;
  file.writeUInt32LE(0xfeedfacf, 0);
  file.writeUInt32LE(0x0100000c, 4); // CPU_TYPE_ARM64
  file.writeUInt32LE(2, 12); // MH_EXECUTE
  file.writeUInt32LE(1, 16); // ncmds
  file.writeUInt32LE(72, 20); // sizeofcmds
  const command = 32;
  file.writeUInt32LE(0x19, command); // LC_SEGMENT_64
  file.writeUInt32LE(72, command + 4);
  file.write('__DATA', command + 8, 'latin1');
  file.writeBigUInt64LE(BigInt(base), command + 24);
  file.writeBigUInt64LE(BigInt(file.length), command + 32);
  file.writeBigUInt64LE(0n, command + 40);
  file.writeBigUInt64LE(BigInt(file.length), command + 48);
  pointerBlock(file, base, 8, true, goVersion, modinfo);
  return file;
}

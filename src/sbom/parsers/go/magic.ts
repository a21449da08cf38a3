/** The first bytes of the executables Go builds, by format: how Go binaries are recognised whatever their name. */

/** An ELF executable: the magic, a 32- or 64-bit class, and a byte order. */
export function isElf(head: Buffer): boolean {
  return head.readUInt32BE(0) === 0x7f454c46 && (head[4] === 1 || head[4] === 2) && (head[5] === 1 || head[5] === 2);
}

/** A Mach-O executable, 32 or 64 bits, either byte order. */
export function isMachO(head: Buffer): boolean {
  return [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(head.readUInt32LE(0));
}

/** The most architectures a universal binary has; Java class files share the magic, with a version number here instead (>= 45). */
const MAX_FAT_ARCHES = 20;

/** A universal (fat) Mach-O: `0xcafebabe` and a small architecture count. */
export function isFatMachO(head: Buffer): boolean {
  const count = head.readUInt32BE(4);
  return head.readUInt32BE(0) === 0xcafebabe && count > 0 && count <= MAX_FAT_ARCHES;
}

/** A PE (Windows) executable: the `MZ` of its DOS header. */
export function isPe(head: Buffer): boolean {
  return head[0] === 0x4d && head[1] === 0x5a;
}

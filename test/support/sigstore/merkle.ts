import { createHash } from 'node:crypto';

/** RFC 6962 leaf hash: SHA-256(0x00 || leaf). */
export function leafHash(leaf: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([0])).update(leaf).digest();
}

/** RFC 6962 interior node hash: SHA-256(0x01 || left || right). */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(Buffer.from([1])).update(left).update(right).digest();
}

/** The largest power of two strictly smaller than n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) {
    k *= 2;
  }
  return k;
}

/** An append-only RFC 6962 Merkle tree over leaf hashes. */
export class MerkleTree {
  private readonly leaves: Buffer[] = [];
  /** Hashes of complete subtrees (power-of-two size), which never change once their leaves exist. */
  private readonly completeSubtrees = new Map<string, Buffer>();

  get size(): number {
    return this.leaves.length;
  }

  /** Appends a leaf hash; returns its index. */
  append(hash: Buffer): number {
    this.leaves.push(hash);
    return this.leaves.length - 1;
  }

  /** MTH of the first `size` leaves (RFC 6962 section 2.1). */
  rootHash(size = this.size): Buffer {
    this.checkSize(size);
    return size === 0 ? createHash('sha256').digest() : this.subtreeHash(0, size);
  }

  /** PATH(index, D[0:size]): the audit path proving leaf `index` is in the tree of `size` leaves (section 2.1.1). */
  inclusionProof(index: number, size = this.size): Buffer[] {
    this.checkSize(size);
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      throw new RangeError(`leaf ${index} is not in a tree of ${size} leaves`);
    }
    return this.path(index, 0, size);
  }

  private path(index: number, start: number, end: number): Buffer[] {
    const n = end - start;
    if (n === 1) {
      return [];
    }
    const k = splitPoint(n);
    return index < k
      ? [...this.path(index, start, start + k), this.subtreeHash(start + k, end)]
      : [...this.path(index - k, start + k, end), this.subtreeHash(start, start + k)];
  }

  private subtreeHash(start: number, end: number): Buffer {
    const n = end - start;
    if (n === 1) {
      return this.leaves[start] as Buffer;
    }
    const complete = (n & (n - 1)) === 0;
    const key = `${start}:${end}`;
    const cached = complete ? this.completeSubtrees.get(key) : undefined;
    if (cached) {
      return cached;
    }
    const k = splitPoint(n);
    const hash = nodeHash(this.subtreeHash(start, start + k), this.subtreeHash(start + k, end));
    if (complete) {
      this.completeSubtrees.set(key, hash);
    }
    return hash;
  }

  private checkSize(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.leaves.length) {
      throw new RangeError(`tree size ${size} is not between 0 and ${this.leaves.length}`);
    }
  }
}

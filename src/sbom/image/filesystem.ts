import { printable } from '../../core/logger.js';
import { ImageSbomError } from './errors.js';
import type { TarEntry } from './tar.js';

/** A file, directory or link of the squashed filesystem, with the layer that last wrote it. */
export interface FsNode {
  kind: TarEntry['kind'];
  /** The diff ID (`sha256:<hex>` of the uncompressed layer) of the layer that wrote it. */
  layer: string;
  /** The index of that layer, bottom first. */
  layerIndex: number;
  size: number;
  mode: number;
  linkName: string;
  /** The bytes, only for files a cataloger asked to keep. */
  content?: Buffer;
  /** What a cataloger found in the file while the layer streamed by (executables are not kept whole). */
  found?: unknown;
  /** Why a file a cataloger wanted could not be kept (too big, a link): an Unknown if the node is still there once every layer is applied. */
  unread?: string;
  children?: Map<string, FsNode>;
}

/** A regular file of the squashed filesystem, by its absolute path. */
export interface ImageFile {
  /** Absolute, `/` separators: `/var/lib/dpkg/status`. */
  path: string;
  node: FsNode;
}

const OPAQUE = '.wh..wh..opq';

/** The most segments a path may have: Linux's PATH_MAX is 4096 bytes, so real paths stay far below; the tree is walked recursively. */
export const MAX_PATH_SEGMENTS = 1024;
const WHITEOUT = '.wh.';

/**
 * An entry name as path segments under the image root: `./` and `/` prefixes and empty or `.`
 * segments dropped (an absolute name is read as rooted at the image, as the container runtime
 * extracts it); a `..` segment is refused, since only a hostile layer writes one.
 */
export function segmentsOf(name: string, where: string): string[] {
  const segments = name.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length > MAX_PATH_SEGMENTS) {
    throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${where}: an entry's path has ${segments.length} segments, more than the ${MAX_PATH_SEGMENTS} allowed`, { hint: 'the layer is hostile or damaged; rebuild the image' });
  }
  if (segments.includes('..')) {
    throw new ImageSbomError('IMAGE_LAYER_UNSAFE_PATH', `${where}: the entry "${printable(name.slice(0, 300))}" climbs out of the image root with ".."`, { hint: 'the layer is hostile or was built wrongly; do not run this image, rebuild it from a trusted base' });
  }
  return segments;
}

/**
 * The union filesystem of an image's layers, applied bottom first: a later entry replaces an earlier
 * one, `.wh.<name>` deletes `<name>` (and everything under it) of lower layers, and `.wh..wh..opq`
 * empties its directory of what lower layers put there. Directories form a tree, so a whiteout
 * costs one map deletion however much it removes. Links are recorded, never followed.
 */
export class SquashedFilesystem {
  readonly root: FsNode = { kind: 'directory', layer: '', layerIndex: -1, size: 0, mode: 0o755, linkName: '', children: new Map() };
  /** Entries added, for the entry limit. */
  entries = 0;
  /** Directories already made opaque by the layer being applied: a repeated marker costs nothing. */
  #opaque = new WeakSet<FsNode>();
  #opaqueLayer = -1;

  constructor(private readonly maxEntries: number) {}

  /** The directory node at `segments`, made (as an implicit directory of this layer) where missing or replaced by a non-directory. */
  #directory(segments: readonly string[], layer: string, layerIndex: number): FsNode {
    let node = this.root;
    for (const segment of segments) {
      const children = node.children as Map<string, FsNode>;
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

  #count(): void {
    this.entries++;
    if (this.entries > this.maxEntries) {
      throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `the image has more than ${this.maxEntries} filesystem entries`, { hint: 'the image is hostile or unusually large; raise the entry limit only for an image you trust' });
    }
  }

  /**
   * Applies one entry of layer `layerIndex`; returns the node made for a regular file (so the caller
   * can attach what it keeps), undefined for whiteouts and other kinds.
   */
  apply(segments: readonly string[], entry: TarEntry, layer: string, layerIndex: number): FsNode | undefined {
    const name = segments.at(-1);
    if (name === undefined) return undefined;
    const parent = this.#directory(segments.slice(0, -1), layer, layerIndex);
    const children = parent.children as Map<string, FsNode>;
    if (name === OPAQUE) {
      if (this.#opaqueLayer !== layerIndex) {
        this.#opaque = new WeakSet();
        this.#opaqueLayer = layerIndex;
      }
      if (this.#opaque.has(parent)) return undefined;
      this.#opaque.add(parent);
      for (const [childName, child] of children) if (child.layerIndex < layerIndex) children.delete(childName);
      return undefined;
    }
    if (name.startsWith(WHITEOUT)) {
      const hidden = children.get(name.slice(WHITEOUT.length));
      if (hidden !== undefined && hidden.layerIndex < layerIndex) children.delete(name.slice(WHITEOUT.length));
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
    const node: FsNode = { kind: entry.kind, layer, layerIndex, size: entry.size, mode: entry.mode, linkName: entry.linkName };
    children.set(name, node);
    this.#count();
    return node;
  }

  /** The node at an absolute path, without following links. */
  get(path: string): FsNode | undefined {
    let node: FsNode | undefined = this.root;
    for (const segment of path.split('/')) {
      if (segment === '') continue;
      node = node?.children?.get(segment);
      if (node === undefined) return undefined;
    }
    return node;
  }

  /**
   * Where an absolute path leads once symbolic links are followed as the container's kernel follows
   * them, rooted at the image (`..` stops at the root; at most 40 links, as Linux allows), and what
   * is there; undefined when it leads nowhere. Only for saying where something is: catalogers read
   * paths as they are.
   */
  resolve(path: string): { path: string; node: FsNode } | undefined {
    const parts = (text: string): string[] => text.split('/').filter((segment) => segment !== '' && segment !== '.');
    let pending = parts(path);
    let done: string[] = [];
    let hops = 0;
    while (pending.length > 0) {
      const segment = pending.shift() as string;
      if (segment === '..') {
        done.pop();
        continue;
      }
      const child = this.get(`/${[...done, segment].join('/')}`);
      if (child === undefined) return undefined;
      if (child.kind === 'symlink') {
        if (++hops > 40) return undefined;
        if (child.linkName.startsWith('/')) done = [];
        pending = [...parts(child.linkName), ...pending];
        if (pending.length > MAX_PATH_SEGMENTS) return undefined;
        continue;
      }
      done.push(segment);
    }
    const node = this.get(`/${done.join('/')}`);
    return node === undefined ? undefined : { path: `/${done.join('/')}`, node };
  }

  /** Every regular file (hard links resolved to the file they name), sorted by path. */
  files(): ImageFile[] {
    return this.#walk((node) => node.kind === 'file');
  }

  /** Every file or link a cataloger wanted and could not read, sorted by path. */
  unread(): ImageFile[] {
    return this.#walk((node) => node.unread !== undefined);
  }

  #walk(wanted: (node: FsNode) => boolean): ImageFile[] {
    const out: ImageFile[] = [];
    const walk = (node: FsNode, prefix: string): void => {
      const names = [...(node.children as Map<string, FsNode>).keys()].sort();
      for (const name of names) {
        const child = (node.children as Map<string, FsNode>).get(name) as FsNode;
        const path = `${prefix}/${name}`;
        if (child.children !== undefined) walk(child, path);
        else if (wanted(child)) out.push({ path, node: child });
      }
    };
    walk(this.root, '');
    return out;
  }
}

import { printable } from '../../core/logger.js';
import { ImageSbomError } from './errors.js';
import { nameBytes, type TarEntry } from './tar.js';

/** A file, directory or link of the squashed filesystem, with the layer that last wrote it. */
export interface FsNode {
  kind: TarEntry['kind'];
  /** The diff ID (`sha256:<hex>` of the uncompressed layer) of the layer that wrote it (a directory: the last layer that wrote in it). */
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

/** The path segments walks through links may step through, per entry the image may have (see SquashedFilesystem's link-walk limit). */
const LINK_WALK_STEPS_PER_ENTRY = 16;
const WHITEOUT = '.wh.';

/**
 * Linux's NAME_MAX and PATH_MAX (bytes): the runtime cannot extract a longer name or link target
 * (ENAMETOOLONG), so a layer that has one is refused; kept, 6,000 distinct PAX paths of 1 MB ran
 * the heap out.
 */
export const MAX_NAME_BYTES = 255;
export const MAX_PATH_BYTES = 4096;

function tooLong(where: string, name: string, what: string): ImageSbomError {
  return new ImageSbomError('IMAGE_LAYER_INVALID', `${where}: the entry "${printable(name.slice(0, 300))}" has ${what}, longer than Linux allows; the runtime cannot extract this layer`, { hint: 'the layer is hostile or damaged; rebuild the image' });
}

/** Refuses a link target longer than PATH_MAX, as symlink(2) does. */
export function checkLinkName(name: string, linkName: string, where: string): void {
  const bytes = nameBytes(linkName);
  if (bytes > MAX_PATH_BYTES) throw tooLong(where, name, `a link target of ${bytes} bytes (at most ${MAX_PATH_BYTES})`);
}

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
  const bytes = nameBytes(name);
  if (bytes > MAX_PATH_BYTES) throw tooLong(where, name, `a path of ${bytes} bytes (at most ${MAX_PATH_BYTES})`);
  for (const segment of segments) {
    const length = nameBytes(segment);
    if (length > MAX_NAME_BYTES) throw tooLong(where, name, `a path segment of ${length} bytes (at most ${MAX_NAME_BYTES})`);
  }
  if (segments.includes('..')) {
    throw new ImageSbomError('IMAGE_LAYER_UNSAFE_PATH', `${where}: the entry "${printable(name.slice(0, 300))}" climbs out of the image root with ".."`, { hint: 'the layer is hostile or was built wrongly; do not run this image, rebuild it from a trusted base' });
  }
  return segments;
}

/**
 * The union filesystem of an image's layers, applied bottom first: a later entry replaces an earlier
 * one, `.wh.<name>` deletes `<name>` (and everything under it) of lower layers, and `.wh..wh..opq`
 * empties its directory of what lower layers put there, at any depth, keeping the layer's own
 * entries whatever their order. Directories form a tree, so a whiteout of a lower layer's path
 * costs one map deletion however much it removes. Links are recorded; an entry below a linked
 * directory is written through it, as the runtime writes it.
 */
export class SquashedFilesystem {
  readonly root: FsNode = { kind: 'directory', layer: '', layerIndex: -1, size: 0, mode: 0o755, linkName: '', children: new Map() };
  /** Entries added, for the entry limit. */
  entries = 0;
  /** Directories already emptied of lower layers' entries by the layer being applied: a repeated marker costs nothing. */
  #opaque = new WeakSet<FsNode>();
  #opaqueLayer = -1;

  /** Characters of names and link targets held, for the name limit. */
  #nameCharacters = 0;

  /**
   * Path segments stepped through by walks that follow links, for the link-walk limit: a chain of 40
   * links of 1,000 segments each cost every later entry below it 40,000 steps (about 2 ms), hours
   * for a layer of a few megabytes of repeated entries.
   */
  #linkWalkSteps = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxNameCharacters = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * The directory node at `segments`, made (as an implicit directory of this layer) where missing or
   * replaced by a non-directory; a linked directory on the way is written through, and then the
   * names of where it lies come with it (else it lies where `segments` spell).
   */
  #directory(segments: readonly string[], layer: string, layerIndex: number, where: string): { node: FsNode; names?: string[] } {
    // Most entries' directories are all there: walked without the link-following walk's arrays.
    let node = this.root;
    for (const segment of segments) {
      const child = (node.children as Map<string, FsNode>).get(segment);
      if (child?.children === undefined) return this.#lookup(segments, true, { layer, layerIndex, where }) as { node: FsNode; names: string[] };
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
  #lookup(segments: readonly string[], followLast: boolean, make?: { layer: string; layerIndex: number; where: string }): { names: string[]; node: FsNode } | undefined {
    // A stack, last segment first, so a link's target is pushed in front of what is left.
    const pending = [...segments].reverse();
    const names: string[] = [];
    const nodes: FsNode[] = [this.root];
    let hops = 0;
    while (pending.length > 0) {
      const segment = pending.pop() as string;
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
      const children = (nodes.at(-1) as FsNode).children;
      if (children === undefined) return undefined;
      let child = children.get(segment);
      if (child?.kind === 'symlink' && (followLast || pending.length > 0)) {
        const target = child.linkName.split('/').filter((part) => part !== '' && part !== '.');
        if (hops < 40 && pending.length + target.length <= MAX_PATH_SEGMENTS) {
          hops++;
          if (child.linkName.startsWith('/')) {
            names.length = 0;
            nodes.length = 1;
          }
          for (let index = target.length - 1; index >= 0; index--) pending.push(target[index] as string);
          continue;
        }
        if (make === undefined) return undefined;
      }
      if (make !== undefined && child?.children === undefined) {
        // Through a link the runtime cannot make a directory where a file is (ENOTDIR), and replacing the file would hide what the link leads to (a database).
        if (child !== undefined && child.kind !== 'symlink' && hops > 0) {
          throw new ImageSbomError('IMAGE_LAYER_INVALID', `${make.where} is written through a symbolic link into ${printable(`/${[...names, segment].join('/')}`.slice(0, 300))}, which is not a directory; the runtime cannot extract it`, { hint: 'the layer is hostile or damaged; rebuild the image' });
        }
        child = { kind: 'directory', layer: make.layer, layerIndex: make.layerIndex, size: 0, mode: 0o755, linkName: '', children: new Map() };
        children.set(segment, child);
        this.#count(segment);
      } else if (make !== undefined && child !== undefined) this.#touch(child, make.layer, make.layerIndex);
      if (child === undefined) return undefined;
      // Each link may lead deeper than a path may be written: made so, the tree would be deeper than any walk of it is bounded for.
      if (make !== undefined && names.length >= MAX_PATH_SEGMENTS) {
        throw new ImageSbomError('IMAGE_LIMIT_EXCEEDED', `${make.where} is written through symbolic links more than ${MAX_PATH_SEGMENTS} directories deep, more than a path may have`, { hint: 'the layer is hostile or damaged; rebuild the image' });
      }
      names.push(segment);
      nodes.push(child);
    }
    return { names, node: nodes.at(-1) as FsNode };
  }

  /** Marks a directory as written by this layer: the layer's own directory holds what it writes there, so an opaque marker or whiteout of this layer keeps it. */
  #touch(directory: FsNode, layer: string, layerIndex: number): void {
    directory.layer = layer;
    directory.layerIndex = layerIndex;
  }

  /**
   * Removes what lower layers put under `directory`, at any depth, and keeps what layer `layerIndex`
   * wrote there, whatever the order of the layer's entries (moby, containerd and overlayfs keep the
   * layer's own paths). Directories done in this layer are skipped: each node is visited once per layer.
   */
  #prune(directory: FsNode, layerIndex: number): void {
    if (this.#opaqueLayer !== layerIndex) {
      this.#opaque = new WeakSet();
      this.#opaqueLayer = layerIndex;
    }
    const stack = [directory];
    while (stack.length > 0) {
      const node = stack.pop() as FsNode;
      if (this.#opaque.has(node)) continue;
      this.#opaque.add(node);
      const children = node.children as Map<string, FsNode>;
      for (const [name, child] of children) {
        if (child.layerIndex < layerIndex) children.delete(name);
        else if (child.children !== undefined) stack.push(child);
      }
    }
  }

  #count(name: string, linkName = ''): void {
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
  apply(segments: readonly string[], entry: TarEntry, layer: string, layerIndex: number, where = `layer ${layerIndex + 1}`): { node: FsNode; path: string } | undefined {
    const name = segments.at(-1);
    if (name === undefined) return undefined;
    const directory = this.#directory(segments.slice(0, -1), layer, layerIndex, `${where}: the entry "${printable(entry.name.slice(0, 300))}"`);
    const parent = directory.node;
    const children = parent.children as Map<string, FsNode>;
    if (name === OPAQUE) {
      this.#prune(parent, layerIndex);
      return undefined;
    }
    if (name.startsWith(WHITEOUT)) {
      const hidden = children.get(name.slice(WHITEOUT.length));
      if (hidden !== undefined && hidden.layerIndex < layerIndex) children.delete(name.slice(WHITEOUT.length));
      // A directory this layer wrote into loses only what lower layers put there.
      else if (hidden?.children !== undefined) this.#prune(hidden, layerIndex);
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
    const node: FsNode = { kind: entry.kind, layer, layerIndex, size: entry.size, mode: entry.mode, linkName: entry.linkName };
    children.set(name, node);
    this.#count(name, entry.linkName);
    return { node, path: directory.names === undefined ? `/${segments.join('/')}` : `/${[...directory.names, name].join('/')}` };
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

  /** The node a hard link's target names: its parent directories' links followed as the runtime follows them, the last segment not (link(2) links a symbolic link itself). */
  linked(segments: readonly string[]): FsNode | undefined {
    return this.#lookup(segments, false)?.node;
  }

  /**
   * Where an absolute path leads once symbolic links are followed as the container's kernel follows
   * them, rooted at the image (`..` stops at the root; at most 40 links, as Linux allows), and what
   * is there; undefined when it leads nowhere. Only for saying where something is: catalogers read
   * paths as they are.
   */
  resolve(path: string): { path: string; node: FsNode } | undefined {
    const found = this.#lookup(path.split('/').filter((segment) => segment !== '' && segment !== '.'), true);
    return found === undefined ? undefined : { path: `/${found.names.join('/')}`, node: found.node };
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

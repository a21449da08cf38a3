import { createHash } from 'node:crypto';
import type { Sbom } from '../model.js';

/** The RFC 4122 URL namespace, under which trust-kit names SBOM documents (UUID version 5). */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** A name-based UUID (RFC 4122 version 5, SHA-1): the same name always gives the same UUID. */
export function uuidV5(name: string, namespace: Buffer = URL_NAMESPACE): string {
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What ends every document trust-kit writes: its UUID, the last thing in it, then `"}` and a newline. */
export const DOCUMENT_END = '"}\n';

/** The characters of a UUID's text. */
const UUID_CHARACTERS = 36;

/** What an encoder hands a document's text through, a part at a time, to end it with a UUID. */
export interface TextIdentity {
  /** Part of the text before the UUID, returned as it is. */
  add(text: string): string;
  /** The document's last part: `text` (the rest before the UUID), the UUID and the document's end. */
  end(text: string): string;
}

/** The nil UUID's text: where a draft's UUID goes (see {@link DRAFT_IDENTITY}). */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * The identity of a draft, a text whose UUID {@link withChangedChunks} makes once the text is
 * final: the nil UUID in its place, and the text not hashed, since nothing would read the digest.
 */
export const DRAFT_IDENTITY: TextIdentity = {
  add: (text) => text,
  end: (text) => `${text}${NIL_UUID}${DOCUMENT_END}`,
};

/**
 * A document's identity, made from its text as the text is handed out: all the text before the
 * UUID (the document's last field) is hashed, and the UUID is derived from that digest. Equal
 * documents get equal UUIDs and different ones different UUIDs, and nothing is serialised twice:
 * digesting the SBOM's model instead cost a second JSON.stringify of all of it.
 */
export class DocumentIdentity implements TextIdentity {
  readonly #hash = createHash('sha256');
  readonly #identityName: string;

  /** `identityName` is the format's (see `FormatEncoder.identityName`): each format has UUIDs of its own. */
  constructor(identityName: string) {
    this.#identityName = identityName;
  }

  /** Part of the text before the UUID, hashed, and returned as it is. */
  add(text: string): string {
    this.#hash.update(text);
    return text;
  }

  /** The document's last part: `text` (the rest before the UUID, hashed too), the UUID and the document's end. */
  end(text: string): string {
    return `${this.add(text)}${this.uuid()}${DOCUMENT_END}`;
  }

  /**
   * {@link end}'s text, and the SHA-256 of the whole document (its UTF-8 bytes, as written): the
   * hash of the text before the UUID goes on through the UUID and the end, on a copy, so a caller
   * that needs the document's digest (a checksums file listing it) does not hash it again.
   */
  finish(text: string): { end: string; sha256: string } {
    this.add(text);
    const whole = this.#hash.copy();
    const end = `${this.uuid()}${DOCUMENT_END}`;
    return { end: `${text}${end}`, sha256: whole.update(end).digest('hex') };
  }

  /** The UUID of the text added so far, which must be all the text before it (once). */
  uuid(): string {
    return uuidV5(`https://trust-kit.dev/sbom/${this.#identityName}/${this.#hash.digest('hex')}`);
  }
}

/** A document's text, in the chunks it was made in, and the SHA-256 (hex) of its UTF-8 bytes. */
export interface HashedDocument {
  chunks: string[];
  sha256: string;
}

/**
 * A document's chunks with the text before its UUID changed by `change`, a chunk at a time, and
 * the UUID made again from the result: what encoding the changed content would give, with its
 * SHA-256. Chunks, never one string: a release's SPDX document of 700,000 files is longer than
 * V8's longest string (2^29 - 24 characters). Undefined when the last chunk does not end as a
 * document does.
 */
export function withChangedChunks(chunks: readonly string[], identityName: string, change: (chunk: string) => string): HashedDocument | undefined {
  const last = chunks.at(-1);
  if (last === undefined || last.length < DOCUMENT_END.length + UUID_CHARACTERS || !last.endsWith(DOCUMENT_END)) return undefined;
  const identity = new DocumentIdentity(identityName);
  const changed: string[] = [];
  for (let index = 0; index < chunks.length - 1; index++) changed.push(identity.add(change(chunks[index] as string)));
  const { end, sha256 } = identity.finish(change(last.slice(0, last.length - DOCUMENT_END.length - UUID_CHARACTERS)));
  changed.push(end);
  return { chunks: changed, sha256 };
}

/** `path:line: reason` for an Unknown. */
export function unknownText(unknown: Sbom['unknowns'][number]): string {
  return `${unknown.path}${unknown.line === undefined ? '' : `:${unknown.line}`}: ${unknown.reason}`;
}

/** Locations of one package up to which its distinct files are found with a list rather than a set. */
const FEW_LOCATIONS = 16;

/** The distinct files a package was found in, in the order first found, for `sourceInfo` and properties. */
export function sourceFiles(pkg: Sbom['packages'][number]): string[] {
  const { locations } = pkg;
  // Most packages are found once: no search.
  if (locations.length === 1) return [(locations[0] as Sbom['packages'][number]['locations'][number]).path];
  // A package is mostly found in few files (often one, at many install paths): a list beats a set there. One that
  // every project of a monorepo locks is found in thousands, where a list was quadratic (10,000 lockfiles: 80 ms).
  if (locations.length > FEW_LOCATIONS) return [...new Set(locations.map((location) => location.path))];
  const files: string[] = [];
  for (const location of locations) if (!files.includes(location.path)) files.push(location.path);
  return files;
}

import { constants } from 'node:buffer';
import { jsonWithoutCommandMarkers } from '../../core/logger.js';
import { SbomError } from '../errors.js';
import type { Sbom } from '../model.js';

/** One SBOM output format: its name on the command line, file extension, media type, and how to write it. */
export interface FormatEncoder {
  /** The name users select it by, e.g. `spdx-json`, `cyclonedx-json@1.5`. */
  name: string;
  /** The conventional file extension, e.g. `.spdx.json`. */
  extension: string;
  /** The file it is written to in an output directory: `sbom.spdx.json`, `sbom.cdx.json`, `sbom.cdx-1.5.json`. */
  fileName: string;
  mediaType: string;
  /** What the document's UUID (its SPDX namespace, its CycloneDX serial number) is derived under, with its text (see `DocumentIdentity`). */
  identityName: string;
  /** The document's text; the same SBOM always gives the same bytes. Throws SBOM_INVALID_DOCUMENT if our own checks fail. */
  encode(sbom: Sbom): string;
  /**
   * The chunks `chunks` gives but with the nil UUID where the document's own goes, the text not
   * hashed for it: a draft, which `encodeAhead` finishes (`withChangedChunks` makes the UUID then).
   */
  draft(sbom: Sbom): string[];
  /**
   * The same text in chunks, made as they are asked for, so that a big document is written without
   * being held whole; the error comes before the last chunk, so a writer can drop what it wrote.
   */
  chunks(sbom: Sbom): Iterable<string>;
}

/** About how many characters {@link JsonChunks} gathers before handing a chunk out: few writes, little held. */
const CHUNK_CHARACTERS = 256 * 1024;

/**
 * How many list items {@link JsonChunks} stringifies in one `JSON.stringify` call: an array's
 * text is its items' texts joined by commas, so the bytes are the same, and one call per item
 * costs a third more than the stringifying itself on the thousands of small items of a document.
 */
const ITEMS_PER_STRINGIFY = 256;

/**
 * JSON text written a list item at a time: the items are `JSON.stringify`'d a few hundred at a
 * time and joined with commas, which gives the same bytes as stringifying the whole list, and
 * handed out in chunks of about {@link CHUNK_CHARACTERS}: `item` and `text` say when one is ready,
 * `take` hands it out (plain calls, not nested generators: a document has hundreds of thousands
 * of items). An item must not change once given.
 */
export class JsonChunks {
  private buffer: string;
  /** Whether the next text the buffer gets is the first item of a list (no comma before it). */
  private first = true;
  /** Items given and not yet stringified. */
  private pending: unknown[] = [];

  /** `start` is the text before the first list's first item (`{...,"packages":[`). */
  constructor(start: string) {
    this.buffer = start;
  }

  /** Adds one list item; whether a chunk is ready to take. */
  item(value: unknown): boolean {
    this.pending.push(value);
    if (this.pending.length < ITEMS_PER_STRINGIFY) return false;
    this.flush();
    return this.buffer.length >= CHUNK_CHARACTERS;
  }

  /** Adds text between lists (`],"relationships":[`), after which the next item is the first of a list; whether a chunk is ready to take. */
  text(text: string): boolean {
    this.flush();
    this.buffer += text;
    this.first = true;
    return this.buffer.length >= CHUNK_CHARACTERS;
  }

  /**
   * The text gathered so far, as one chunk, in which no `##[` or raw line separator is left (a
   * chunk ends between items, so none spans two): a document printed to an Actions job's log
   * (`trust-kit sbom . | tee sbom.json`) is never fenced off as a workflow command, and a file
   * holds the same bytes.
   */
  take(): string {
    this.flush();
    const chunk = jsonWithoutCommandMarkers(this.buffer);
    this.buffer = '';
    return chunk;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const items = JSON.stringify(this.pending);
    // `[a,b]` without its brackets is `a,b`.
    this.buffer += this.first ? items.slice(1, -1) : `,${items.slice(1, -1)}`;
    this.first = false;
    this.pending = [];
  }
}

/**
 * A document's chunks as one string: what `encode` returns. Fails with SBOM_DOCUMENT_TOO_LARGE,
 * before joining them, when they are longer in all than V8's longest string (2^29 - 24 UTF-16
 * units on 64-bit): such a document is written only from its chunks (a file; the CLI's output
 * streams them), and joining them was an uncoded RangeError.
 */
export function joinedDocument(format: string, chunks: Iterable<string>): string {
  const parts = [...chunks];
  let length = 0;
  for (const part of parts) length += part.length;
  if (length > constants.MAX_STRING_LENGTH) {
    throw new SbomError('SBOM_DOCUMENT_TOO_LARGE', `the ${format} document is ${length} characters long, more than one string can hold (${constants.MAX_STRING_LENGTH})`, {
      hint: 'write it to a file (--output or --output-dir; a library caller writes FormatEncoder.chunks), which takes it in chunks',
    });
  }
  return parts.join('');
}

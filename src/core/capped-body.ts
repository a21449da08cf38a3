/** The error for a body longer than its cap: `declared` is the length it declared before a byte was read, undefined when the bytes read passed the cap. */
export type TooLarge = (declared: number | undefined) => Error;

/** A response body to read with a cap: its chunks, its declared length (Content-Length), and how to end it unread. */
export interface CappedBody {
  readonly chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  readonly declaredLength: unknown;
  readonly close: () => unknown;
}

/**
 * The chunks of a body, refused past `maxBytes`: a declared length above it before a byte is read
 * (the body is closed unread), else as soon as the bytes read pass it (leaving the loop ends the body:
 * a Node stream is destroyed, a web stream cancelled). A body is never read on to its end.
 */
export async function* cappedChunks(body: CappedBody, maxBytes: number, tooLarge: TooLarge): AsyncGenerator<Uint8Array> {
  const declared = Number(body.declaredLength ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await body.close();
    throw tooLarge(declared);
  }
  let bytes = 0;
  for await (const chunk of body.chunks) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw tooLarge(undefined);
    yield chunk;
  }
}

/** A body read whole, refused past `maxBytes` (see {@link cappedChunks}). */
export async function readCapped(body: CappedBody, maxBytes: number, tooLarge: TooLarge): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of cappedChunks(body, maxBytes, tooLarge)) {
    chunks.push(chunk);
    bytes += chunk.length;
  }
  return Buffer.concat(chunks, bytes);
}

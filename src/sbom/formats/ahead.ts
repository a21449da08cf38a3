import { randomBytes } from 'node:crypto';
import type { DigestSet } from '../../core/digest.js';
import { SbomError } from '../errors.js';
import type { Sbom } from '../model.js';
import type { FormatEncoder } from './encoder.js';
import { withChangedChunks, type HashedDocument } from './identity.js';

/** The digests a release file's SBOM entry lists, and the length of each in hex. */
const LISTED_DIGESTS = { sha256: 64, sha512: 128 } as const;

/** One of {@link LISTED_DIGESTS}. */
export type ListedDigest = keyof typeof LISTED_DIGESTS;

/** Hex characters of the random prefix every placeholder of one run starts with. */
const PREFIX_HEX = 32;

/**
 * Stand-ins for release files' digests, so that an SBOM's documents can be encoded while the
 * files are still being hashed, and the digests put in their place once made (see
 * {@link encodeAhead}). Each is hex of its digest's length: the same random prefix, which nothing
 * else in a document can hold (no lockfile can guess it), then the number it was made with.
 */
export class DigestPlaceholders {
  readonly #prefix = randomBytes(PREFIX_HEX / 2).toString('hex');
  /** Every placeholder in a text: the prefix and the rest of a digest's length, longer ones first. */
  readonly #pattern = new RegExp(`${this.#prefix}(?:[0-9a-f]{${LISTED_DIGESTS.sha512 - PREFIX_HEX}}|[0-9a-f]{${LISTED_DIGESTS.sha256 - PREFIX_HEX}})`, 'g');
  #made = 0;

  /** A placeholder digest set with `algorithms`, each value new. */
  digestSet(algorithms: readonly ListedDigest[]): DigestSet {
    const set: DigestSet = {};
    for (const algorithm of algorithms) {
      this.#made += 1;
      set[algorithm] = `${this.#prefix}${this.#made.toString(16).padStart(LISTED_DIGESTS[algorithm] - PREFIX_HEX, '0')}`;
    }
    return set;
  }

  /** The number a placeholder of this run was made with; undefined for any other text. */
  numberOf(placeholder: string): number | undefined {
    if (!placeholder.startsWith(this.#prefix)) return undefined;
    const made = Number.parseInt(placeholder.slice(PREFIX_HEX), 16);
    return made >= 1 && made <= this.#made ? made : undefined;
  }

  /**
   * `text` with every placeholder replaced by `digests[its number]`; undefined when a placeholder
   * has no digest.
   * Numbers, not a map of the placeholders' texts: hashing 20,000 such texts, and as many
   * matches, took a third of the time of finishing a release's SBOMs.
   */
  replaceIn(text: string, digests: readonly (string | undefined)[]): string | undefined {
    let missing = false;
    const replaced = text.replace(this.#pattern, (placeholder) => {
      const digest = digests[Number.parseInt(placeholder.slice(PREFIX_HEX), 16)];
      if (digest !== undefined && digest.length === placeholder.length) return digest;
      missing = true;
      return placeholder;
    });
    return missing ? undefined : replaced;
  }

  /** Whether a text, given in chunks, still holds a placeholder, within a chunk or across two. */
  foundIn(chunks: readonly string[]): boolean {
    const reach = this.#prefix.length - 1;
    return chunks.some((chunk, index) => chunk.includes(this.#prefix) || (index > 0 && `${(chunks[index - 1] as string).slice(-reach)}${chunk.slice(0, reach)}`.includes(this.#prefix)));
  }
}

/**
 * Encodes `draft`, an SBOM whose release files carry `placeholders` for digests, and returns what
 * turns that text into the document of `final`: the same SBOM with the files' real digests (same
 * files, same order). Each placeholder is replaced and the document's UUID, derived from the
 * text before it, made (the draft's is nil and its text not hashed): the text is the one
 * `encoder.encode(final)` gives, in chunks, with the work done before the digests are known, and
 * comes with its SHA-256. A release encodes its SBOMs so while the artifacts are hashed. The
 * draft is let go of chunk by chunk as it is finished, so it can be finished once.
 */
export function encodeAhead(encoder: FormatEncoder, draft: Sbom, placeholders: DigestPlaceholders): (final: Sbom) => HashedDocument {
  let chunks: string[] | undefined = encoder.draft(draft);
  return (final) => {
    const drafted = chunks;
    if (drafted === undefined) throw internal(encoder, 'it was finished already');
    chunks = undefined;
    if (final.files.length !== draft.files.length || final.files.some((file, index) => file.name !== draft.files[index]?.name)) {
      throw internal(encoder, 'the release files are not the ones the document was encoded with');
    }
    const digests: string[] = [];
    for (let index = 0; index < draft.files.length; index++) {
      const file = draft.files[index] as Sbom['files'][number];
      for (const algorithm of Object.keys(file.digest) as ListedDigest[]) {
        const made = placeholders.numberOf(file.digest[algorithm] ?? '');
        if (made === undefined) throw internal(encoder, `${file.name} has a digest that is no placeholder of the draft`);
        const digest = final.files[index]?.digest[algorithm];
        if (digest === undefined) throw internal(encoder, `${file.name} was hashed without ${algorithm}`);
        digests[made] = digest;
      }
    }
    let complete = true;
    let next = 0;
    const finished = withChangedChunks(drafted, encoder.identityName, (chunk) => {
      // The draft's chunk is let go of once its finished copy is made: the two are never held whole at once.
      drafted[next++] = '';
      const replaced = placeholders.replaceIn(chunk, digests);
      if (replaced === undefined) complete = false;
      return replaced ?? chunk;
    });
    if (finished === undefined) throw internal(encoder, 'the document does not end with its UUID');
    if (!complete) throw internal(encoder, 'the document holds a digest placeholder of no release file');
    if (placeholders.foundIn(finished.chunks)) throw internal(encoder, 'a digest placeholder was left in the document');
    return finished;
  };
}

function internal(encoder: FormatEncoder, what: string): SbomError {
  return new SbomError('SBOM_INVALID_DOCUMENT', `the ${encoder.name} document encoded ahead cannot be finished: ${what}`, { hint: 'this is a bug in trust-kit: please report it' });
}

import { randomBytes } from 'node:crypto';
import type { DigestSet } from '../../core/digest.js';
import { SbomError } from '../errors.js';
import type { Sbom } from '../model.js';
import type { FormatEncoder } from './encoder.js';
import { withChangedText } from './identity.js';

/** The digests a release file's SBOM entry lists, and the length of each in hex. */
const LISTED_DIGESTS = { sha256: 64, sha512: 128 } as const;

/** One of {@link LISTED_DIGESTS}. */
export type ListedDigest = keyof typeof LISTED_DIGESTS;

/** Hex characters of the random prefix every placeholder of one run starts with. */
const PREFIX_HEX = 32;

/**
 * Stand-ins for release files' digests, so that an SBOM's documents can be encoded while the
 * files are still being hashed, and the digests put in their place once made (see
 * {@link encodeAhead}). Each is hex of its digest's length starting with the same random prefix,
 * which nothing else in a document can hold: no lockfile can guess it.
 */
export class DigestPlaceholders {
  readonly #prefix = randomBytes(PREFIX_HEX / 2).toString('hex');
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

  /** Every placeholder in a text: the prefix and the rest of a digest's length, longer ones first. */
  pattern(): RegExp {
    return new RegExp(`${this.#prefix}(?:[0-9a-f]{${LISTED_DIGESTS.sha512 - PREFIX_HEX}}|[0-9a-f]{${LISTED_DIGESTS.sha256 - PREFIX_HEX}})`, 'g');
  }

  /** Whether a text still holds a placeholder. */
  foundIn(text: string): boolean {
    return text.includes(this.#prefix);
  }
}

/**
 * Encodes `draft`, an SBOM whose release files carry `placeholders` for digests, and returns what
 * turns that text into the document of `final`: the same SBOM with the files' real digests (same
 * files, same order). Each placeholder is replaced and the document's UUID, derived from the
 * text before it, made again: the text is the one `encoder.encode(final)` gives, with the work
 * done before the digests are known. A release encodes its SBOMs so while the artifacts are hashed.
 */
export function encodeAhead(encoder: FormatEncoder, draft: Sbom, placeholders: DigestPlaceholders): (final: Sbom) => string {
  const text = encoder.encode(draft);
  return (final) => {
    if (final.files.length !== draft.files.length || final.files.some((file, index) => file.name !== draft.files[index]?.name)) {
      throw internal(encoder, 'the release files are not the ones the document was encoded with');
    }
    const real = new Map<string, string>();
    draft.files.forEach((file, index) => {
      for (const [algorithm, placeholder] of Object.entries(file.digest)) {
        const digest = final.files[index]?.digest[algorithm as ListedDigest];
        if (digest === undefined) throw internal(encoder, `${file.name} was hashed without ${algorithm}`);
        real.set(placeholder, digest);
      }
    });
    const finished = withChangedText(text, encoder.identityName, (before) =>
      before.replace(placeholders.pattern(), (placeholder) => {
        const digest = real.get(placeholder);
        if (digest === undefined) throw internal(encoder, 'the document holds a digest placeholder of no release file');
        return digest;
      }),
    );
    if (finished === undefined) throw internal(encoder, 'the document does not end with its UUID');
    if (placeholders.foundIn(finished)) throw internal(encoder, 'a digest placeholder was left in the document');
    return finished;
  };
}

function internal(encoder: FormatEncoder, what: string): SbomError {
  return new SbomError('SBOM_INVALID_DOCUMENT', `the ${encoder.name} document encoded ahead cannot be finished: ${what}`, { hint: 'this is a bug in trust-kit: please report it' });
}

import type { Relationship } from './model.js';

/**
 * Relationships by type, then source, then target: no key string is built for each of tens of
 * thousands of edges. The targets of the type and source last asked for are kept at hand, since
 * parsers and the catalog add one package's edges after another.
 */
export class RelationshipIndex {
  /** type -> from -> to -> relationship. */
  readonly byType = new Map<Relationship['type'], Map<string, Map<string, Relationship>>>();
  #lastType: Relationship['type'] | undefined;
  #lastFrom: string | undefined;
  #lastTargets: Map<string, Relationship> | undefined;

  /** The relationships of `type` from `from`, by target: an empty map, held from now on, when there are none yet. */
  targets(type: Relationship['type'], from: string): Map<string, Relationship> {
    if (this.#lastType === type && this.#lastFrom === from && this.#lastTargets !== undefined) return this.#lastTargets;
    let byFrom = this.byType.get(type);
    if (byFrom === undefined) this.byType.set(type, (byFrom = new Map()));
    let byTo = byFrom.get(from);
    if (byTo === undefined) byFrom.set(from, (byTo = new Map()));
    this.#lastType = type;
    this.#lastFrom = from;
    this.#lastTargets = byTo;
    return byTo;
  }

  /** The relationships of `type` from `from`, by target, without making a map when there are none. */
  find(type: Relationship['type'], from: string): Map<string, Relationship> | undefined {
    return this.byType.get(type)?.get(from);
  }
}

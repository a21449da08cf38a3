import type { Sbom } from './model.js';

/**
 * How many of an SBOM's components (the root and every package) carry each NTIA minimum element,
 * as the SPDX and CycloneDX documents write them, and the document-level elements.
 */
export interface NtiaCoverage {
  components: number;
  names: number;
  versions: number;
  /** Components with a package URL (a directory-named root has none). */
  identifiers: number;
  /** Components with a supplier (the root's is the SBOM's organisation when one is given). */
  suppliers: number;
  /** Components connected to the root (itself included) through dependency and containment relationships. */
  related: number;
  /** Who made the SBOM data: the organisation when given, else the tool. */
  author: string;
  timestamp: Date;
}

/** The NTIA minimum elements coverage of an SBOM: what the summary prints and `ntia-conformance-checker` checks. */
export function ntiaCoverage(sbom: Sbom): NtiaCoverage {
  // Reached from the root along dependency and containment edges: a package only reachable from
  // another island, or in no relationship at all, floats.
  const next = new Map<string, string[]>();
  for (const relationship of sbom.relationships) {
    const list = next.get(relationship.from);
    if (list === undefined) next.set(relationship.from, [relationship.to]);
    else list.push(relationship.to);
  }
  const reached = new Set<string>([sbom.root.purl]);
  const queue = [sbom.root.purl];
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    for (const to of next.get(at) ?? []) {
      if (reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  let names = sbom.root.name === '' ? 0 : 1;
  let versions = sbom.root.version === '' ? 0 : 1;
  let identifiers = sbom.root.ecosystem === 'generic' ? 0 : 1;
  let suppliers = sbom.organization !== undefined || sbom.root.supplier !== undefined ? 1 : 0;
  let related = 1;
  for (const pkg of sbom.packages) {
    if (pkg.name !== '') names++;
    if (pkg.version !== '') versions++;
    if (pkg.ecosystem !== 'generic') identifiers++;
    if (pkg.supplier !== undefined) suppliers++;
    if (reached.has(pkg.purl)) related++;
  }
  return {
    components: sbom.packages.length + 1,
    names,
    versions,
    identifiers,
    suppliers,
    related,
    author: sbom.organization === undefined ? `Tool: ${sbom.tool}` : `Organization: ${sbom.organization}`,
    timestamp: sbom.created,
  };
}

/** One line: each per-component element as `present/all (percent)`, then the author and timestamp. */
export function ntiaCoverageText(coverage: NtiaCoverage): string {
  const share = (count: number): string => `${count}/${coverage.components} (${Math.round((count / coverage.components) * 100)}%)`;
  return `NTIA minimum elements: supplier ${share(coverage.suppliers)}, name ${share(coverage.names)}, version ${share(coverage.versions)}, unique identifier ${share(coverage.identifiers)}, relationships ${share(coverage.related)}, author ${coverage.author}, timestamp ${coverage.timestamp.toISOString()}`;
}

import type { Scope } from '../model.js';

/** A dependency edge between lockfile nodes, for working out scopes from the dependency graph. */
export interface GraphEdge {
  to: string;
  optional: boolean;
}

/**
 * Scopes from reachability, for lockfiles that do not flag dev packages (yarn, pnpm 9, bun): what
 * production dependencies reach is required (optional once an optional edge is crossed), what only
 * dev dependencies reach is dev. Nodes nothing reaches stay required: leaving out a package that
 * ships is worse than listing one that does not.
 */
export function scopesByReachability(
  starts: { required: Iterable<string>; optional: Iterable<string>; dev: Iterable<string> },
  edges: ReadonlyMap<string, readonly GraphEdge[]>,
): Map<string, Scope> {
  const scopes = new Map<string, Scope>();
  const walk = (from: Iterable<string>, scope: Scope, followOptional: boolean, deferred: string[]): void => {
    const queue = [...from].filter((node) => !scopes.has(node));
    for (const node of queue) scopes.set(node, scope);
    while (queue.length > 0) {
      const node = queue.pop() as string;
      for (const edge of edges.get(node) ?? []) {
        if (scopes.has(edge.to)) continue;
        if (edge.optional && !followOptional) {
          deferred.push(edge.to);
          continue;
        }
        scopes.set(edge.to, scope);
        queue.push(edge.to);
      }
    }
  };
  const optionalStarts: string[] = [...starts.optional];
  walk(starts.required, 'required', false, optionalStarts);
  walk(optionalStarts, 'optional', true, []);
  walk(starts.dev, 'dev', true, []);
  return scopes;
}

/**
 * Which resource types changed between two runs over the same root module, told by instance
 * identity: the evaluator reuses the instances of the modules nothing changed under (EvalCache),
 * so a type whose instances are the same objects in the same order is unchanged. The policy engine
 * and the cost estimator keep the results of checks and prices that read only unchanged types.
 */
import type { ResourceInstance } from './model';

export class TypeChanges {
  private lists = new Map<string, readonly ResourceInstance[]>();

  /** @param keyOf how instances are grouped, as the reader looks them up (`data.` before data sources, or not). */
  constructor(private readonly keyOf: (r: ResourceInstance) => string) {}

  /** Records this run's instances and returns the keys whose instances differ from the last run's. */
  update(instances: Iterable<ResourceInstance>): Set<string> {
    const lists = new Map<string, ResourceInstance[]>();
    for (const r of instances) {
      const key = this.keyOf(r);
      const list = lists.get(key);
      if (list) list.push(r);
      else lists.set(key, [r]);
    }
    const changed = new Set<string>();
    for (const [key, list] of lists) {
      const old = this.lists.get(key);
      if (!old || old.length !== list.length || list.some((r, i) => r !== old[i])) changed.add(key);
    }
    for (const key of this.lists.keys()) if (!lists.has(key)) changed.add(key);
    this.lists = lists;
    return changed;
  }
}

/** True if none of `reads` (keys a check or a pricer looked up; 'all' for everything) is in `changed`. */
export function readsUnchanged(reads: ReadonlySet<string> | 'all', changed: ReadonlySet<string>): boolean {
  if (reads === 'all') return changed.size === 0;
  for (const key of reads) if (changed.has(key)) return false;
  return true;
}

/**
 * Findings as places: a finding belongs to one resource instance, so the instances of a block
 * with `count`/`for_each`, or of a module called twice, that share a problem are several findings
 * at one place. Reports that people read (the terminal, Markdown, the editor) show such a place
 * once and name its instances; counts and gates stay per instance.
 */
import type { Finding, RelatedLocation } from './rule';

/** The findings of one place: same rule, file, range, message and fixes, one per resource instance. */
export interface FindingPlace {
  /** The first finding of the place, in the order given: its rule, place, message and fixes stand for all. */
  readonly finding: Finding;
  /** Every finding of the place, the first included, in the order given. */
  readonly findings: readonly Finding[];
  /** The resource instance addresses of the place, without repeats ('' left out); `root: address` when its findings come from several root modules (a shared module). */
  readonly instances: readonly string[];
  /** The related locations of all its findings, without repeats (instances may take values from different places). */
  readonly related: readonly RelatedLocation[];
}

/** Groups findings by place, in the order of each place's first finding. */
export function findingPlaces(findings: readonly Finding[]): FindingPlace[] {
  const byKey = new Map<string, { finding: Finding; findings: Finding[]; instances: string[]; instanceSet: Set<string>; related: RelatedLocation[]; relatedKeys: Set<string> }>();
  for (const f of findings) {
    const key = placeKey(f);
    let place = byKey.get(key);
    if (!place) byKey.set(key, (place = { finding: f, findings: [], instances: [], instanceSet: new Set(), related: [], relatedKeys: new Set() }));
    place.findings.push(f);
    if (f.resourceAddress && !place.instanceSet.has(f.resourceAddress)) {
      place.instanceSet.add(f.resourceAddress);
      place.instances.push(f.resourceAddress);
    }
    for (const r of f.related) {
      const k = `${r.file}\u0000${r.range.start.offset}\u0000${r.range.end.offset}\u0000${r.message}`;
      if (place.relatedKeys.has(k)) continue;
      place.relatedKeys.add(k);
      place.related.push(r);
    }
  }
  return [...byKey.values()].map(({ finding, findings: all, instances, related }) => {
    // a shared module's place reached from several root modules: the same address in each, told apart by root
    const roots = new Set(all.map((f) => f.root));
    const named = roots.size > 1 ? [...new Set(all.filter((f) => f.resourceAddress).map((f) => `${f.root}: ${f.resourceAddress}`))] : instances;
    return { finding, findings: all, instances: named, related };
  });
}

/**
 * The instances of a place as one phrase: `aws_instance.web[0], aws_instance.web[1]`, the first
 * `max` of them followed by "and N more" when there are more.
 */
export function instancesText(instances: readonly string[], max = Infinity): string {
  if (instances.length <= max) return instances.join(', ');
  return `${instances.slice(0, max).join(', ')} and ${instances.length - max} more`;
}

function placeKey(f: Finding): string {
  const fixes = f.fixes.map((x) => `${x.title}\u0001${x.edits.map((e) => `${e.file}:${e.start}:${e.end}:${e.newText}`).join('\u0002')}`).join('\u0003');
  return `${f.ruleId}\u0000${f.file}\u0000${f.range.start.offset}\u0000${f.range.end.offset}\u0000${f.message}\u0000${fixes}`;
}

/**
 * Rules found by the ids users of other tools know: a Kensa rule id, a Checkov id (`CKV_AWS_20`,
 * `CKV2_AWS_11`), a Trivy AVD id (`AVD-AWS-0086`) or a tfsec / Trivy long id
 * (`aws-s3-block-public-acls`), each through the rules' `equivalents`. Case does not matter, and a
 * long id matches whatever its service is written as (Trivy's `aws-apigateway-enable-tracing` is
 * tfsec's `aws-api-gateway-enable-tracing`).
 */
import type { Rule } from './rule';

export type IdTool = 'kensa' | 'checkov' | 'trivy' | 'tfsec';

export interface IdLookup {
  /** Whose id it is. */
  readonly tool: IdTool;
  /** The rule itself for a Kensa id; the rules claiming it as their equivalent for another tool's. */
  readonly rules: readonly Rule[];
}

/** A long id with case and hyphens gone: `aws-api-gateway-x` and `aws-apigateway-x` are one. */
function longKey(id: string): string {
  return id.toLowerCase().replace(/-/g, '');
}

/** The tool an id is written for, by its form. */
function toolOf(id: string): Exclude<IdTool, 'kensa'> {
  if (/^ckv2?_/i.test(id)) return 'checkov';
  if (/^avd-/i.test(id)) return 'trivy';
  return 'tfsec';
}

/** Whether `rule` claims `id` of `tool` as its equivalent. */
export function claims(rule: Rule, tool: Exclude<IdTool, 'kensa'>, id: string): boolean {
  const eq = rule.equivalents;
  if (!eq) return false;
  if (tool === 'tfsec') return (eq.tfsec ?? []).some((t) => longKey(t) === longKey(id));
  const upper = id.toUpperCase();
  return ((tool === 'checkov' ? eq.checkov : eq.trivy) ?? []).some((t) => t.toUpperCase() === upper);
}

/** The rule with this id, or the rules claiming it; undefined when nothing is or claims it. */
export function lookupId(id: string, rules: readonly Rule[]): IdLookup | undefined {
  const own = rules.find((r) => r.id === id) ?? rules.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (own) return { tool: 'kensa', rules: [own] };
  const tool = toolOf(id);
  const claiming = rules.filter((r) => claims(r, tool, id));
  return claiming.length ? { tool, rules: claiming } : undefined;
}

/** Every id a lookup answers: the rules' own and their equivalents'. */
export function knownIds(rules: readonly Rule[]): string[] {
  const ids = new Set<string>();
  for (const r of rules) {
    ids.add(r.id);
    for (const e of [...(r.equivalents?.checkov ?? []), ...(r.equivalents?.trivy ?? []), ...(r.equivalents?.tfsec ?? [])]) ids.add(e);
  }
  return [...ids];
}

/** Up to `n` known ids close to a mistyped one (edit distance, or one inside the other), closest first. */
export function nearIds(id: string, rules: readonly Rule[], n = 3): string[] {
  const wanted = id.toLowerCase();
  const scored: { id: string; d: number }[] = [];
  for (const known of knownIds(rules)) {
    const k = known.toLowerCase();
    const d = distance(wanted, k);
    const limit = Math.max(2, Math.floor(Math.min(wanted.length, k.length) / 4));
    if (d <= limit) scored.push({ id: known, d });
    else if (wanted.length >= 4 && (k.includes(wanted) || wanted.includes(k.replace(/^aws-/, '')))) scored.push({ id: known, d: limit + 1 });
  }
  const len = (s: string): number => Math.abs(s.length - id.length);
  return scored.sort((a, b) => a.d - b.d || len(a.id) - len(b.id) || (a.id < b.id ? -1 : 1)).slice(0, n).map((s) => s.id);
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

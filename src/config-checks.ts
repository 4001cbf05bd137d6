/**
 * The kensa.jsonc mistakes that only the catalogues and the evaluation can tell: a rule id no rule
 * has (with the near ones), a usage key no pricer reads or an address no root has, a pricing region
 * the price catalogue lacks, a custom rule that takes a built-in rule's id. Each is a diagnostic at
 * its position in the file; the setting is still applied as written (config.ts reads the file).
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { CATALOGUE_REGIONS, PRICERS } from './cost';
import { lookupId, nearIds, RULES, SUPPRESSION_RULES } from './policy';
import { LineIndex, type Diagnostic, type Severity } from './text';
import type { ResourceInstance } from './terraform';
import { shallowConfigText } from './config';

/** The usage keys each priced resource type reads. */
function usageKeysByType(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of PRICERS) out.set(p.resource, new Set(Object.keys(p.usage ?? {})));
  return out;
}

/** Up to three of `known` within a small edit distance of `word`. */
function near(word: string, known: Iterable<string>): string[] {
  const scored: [string, number][] = [];
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d <= Math.max(2, Math.floor(Math.min(word.length, k.length) / 4))) scored.push([k, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([k]) => k);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

function didYouMean(ids: readonly string[]): string {
  return ids.length ? ` Did you mean ${ids.map((i) => `"${i}"`).join(', ')}?` : '';
}

/**
 * The diagnostics of kensa.jsonc `text` at `path` against the rule and price catalogues and, when
 * given, the resources of the analysed roots (for usage addresses).
 */
export function checkConfig(text: string, path: string, resources?: readonly ResourceInstance[]): Diagnostic[] {
  const root = parseTree(shallowConfigText(text), [], { allowTrailingComma: true, disallowComments: false });
  if (!root || root.type !== 'object') return [];
  const lines = new LineIndex(text);
  const out: Diagnostic[] = [];
  const problem = (node: Node, severity: Severity, summary: string, detail: string): void => {
    out.push({ severity, summary, detail, file: path, range: lines.range(node.offset, node.offset + node.length), code: 'kensa-config' });
  };
  const customIds = new Set<string>();
  const builtIn = new Set(RULES.map((r) => r.id));
  const custom = findNodeAtLocation(root, ['customRules']);
  if (custom?.type === 'array') {
    for (const rule of custom.children ?? []) {
      const id = rule.type === 'object' ? findNodeAtLocation(rule, ['id']) : undefined;
      if (id?.type !== 'string') continue;
      customIds.add(String(id.value));
      if (builtIn.has(String(id.value))) problem(id, 'error', 'Custom rule id taken', `"${String(id.value)}" is the id of a built-in rule, so this custom rule would be confused with it: give it an id of its own, such as "acme-${String(id.value).replace(/^aws-/, '')}".`);
    }
  }
  const rules = findNodeAtLocation(root, ['rules']);
  if (rules?.type === 'object') {
    const own = new Set<string>([...Object.values(SUPPRESSION_RULES).map((s) => s.id), ...customIds, 'terraform', 'kensa-config']);
    for (const prop of rules.children ?? []) {
      const key = prop.children?.[0];
      if (!key) continue;
      const id = String(key.value);
      if (own.has(id) || lookupId(id, RULES)) continue;
      problem(key, 'warning', 'Unknown rule', `No rule has the id "${id}", so this setting does nothing.${didYouMean([...nearIds(id, RULES), ...near(id, own)].slice(0, 3))} "kensa rules" lists the ids.`);
    }
  }
  const region = findNodeAtLocation(root, ['pricing', 'region']);
  if (region?.type === 'string' && !(CATALOGUE_REGIONS as readonly string[]).includes(String(region.value))) {
    problem(region, 'error', 'Unknown pricing region', `The price catalogue has no region "${String(region.value)}", so nothing would be priced.${didYouMean(near(String(region.value), CATALOGUE_REGIONS))} Regions: ${CATALOGUE_REGIONS.join(', ')}.`);
  }
  const usage = findNodeAtLocation(root, ['usage']);
  if (usage?.type === 'object') {
    const byType = usageKeysByType();
    const allKeys = new Set([...byType.values()].flatMap((s) => [...s]));
    const addresses = resources ? new Set(resources.map((r) => r.address)) : undefined;
    for (const prop of usage.children ?? []) {
      const [targetNode, value] = prop.children ?? [];
      if (!targetNode || !value) continue;
      const target = String(targetNode.value);
      const type = /(?:^|\.)(aws_[a-z0-9_]+)(?=$|\.)/.exec(target)?.[1];
      const keys = type ? byType.get(type) : allKeys;
      if (type && !keys) {
        problem(targetNode, 'warning', 'Unknown usage target', `Kensa prices no usage of ${type}, so these quantities are not used.${didYouMean(near(type, byType.keys()))}`);
        continue;
      }
      // an exact address (no pattern) names resources of the analysed roots
      if (addresses && type && !/[*?]/.test(target) && target !== type) {
        const found = [...addresses].some((a) => a === target || a.startsWith(`${target}[`) || a.endsWith(`.${target}`) || a.includes(`.${target}[`));
        if (!found) problem(targetNode, 'warning', 'Unknown usage address', `No root module has a resource ${target}, so these quantities are not used.${didYouMean(near(target, [...addresses].map((a) => a.replace(/\[[^\]]*\]$/, ''))))}`);
      }
      if (value.type !== 'object' || !keys) continue;
      for (const q of value.children ?? []) {
        const k = q.children?.[0];
        if (!k || keys.has(String(k.value))) continue;
        problem(k, 'warning', 'Unknown usage key', `${type ?? 'No priced resource'} reads no usage quantity "${String(k.value)}", so it is not used.${didYouMean(near(String(k.value), keys))}${keys.size && type ? ` It reads: ${[...keys].sort().join(', ')}.` : ''}`);
      }
    }
  }
  return out;
}

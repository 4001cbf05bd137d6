/**
 * Infracost's usage file (`infracost-usage.yml`, format `version: 0.1`) read as Kensa usage, so a team
 * moving from Infracost keeps its file. The file holds `resource_usage` by resource address and
 * `resource_type_default_usage` by resource type; an address may hold `*` wildcards
 * (`aws_lambda_function.*`, `aws_instance.web[*]`, `module.app.*`), matched as Infracost does: `*`
 * is any run of characters, everything else literal. Sub-resources are nested maps
 * (`standard: { storage_gb: 100 }` under an aws_s3_bucket), read as dotted keys (`standard.storage_gb`).
 *
 * For one instance, an exact address wins over a wildcard (the first matching wildcard in the file
 * wins over later ones), which wins over the type's default, key by key. Each pricer's
 * `infracostUsage` then turns Infracost's keys into Kensa's (renames, unit changes, quantities
 * derived from several keys); a key both name alike passes as it is. kensa.jsonc `usage` wins over
 * the file wherever both set a key (see estimate.ts).
 *
 * Parsed with the `yaml` package. Never throws: a YAML error, a wrong shape, an unknown key or an
 * address that matches no resource is a diagnostic at its line and column in the file.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { LineIndex, type Diagnostic, type Range, type Severity } from '../text';
import { compileRe2, type ResourceInstance } from '../terraform';
import type { InfracostUsageKey, Pricer, UsageValue } from './pricer';

/** Diagnostics about a usage file carry this code. */
export const USAGE_FILE_CODE = 'kensa-usage-file';

export interface UsageFileValue {
  readonly value: UsageValue;
  /** Where the value is written. */
  readonly range: Range;
  /** Where its key is written. */
  readonly keyRange: Range;
}

export interface UsageFileEntry {
  /** The address or pattern as written (`aws_lambda_function.*`), or a resource type for a default. */
  readonly target: string;
  readonly kind: 'resource' | 'type';
  /** Where the address or type is written. */
  readonly range: Range;
  /** The values by key; a sub-resource's keys joined to its name with dots (`standard.storage_gb`). */
  readonly values: ReadonlyMap<string, UsageFileValue>;
}

export interface UsageFile {
  readonly path: string;
  readonly entries: readonly UsageFileEntry[];
}

const TOP_KEYS = new Set(['version', 'resource_usage', 'resource_type_default_usage']);

/** Reads a usage file's text. Never throws: problems are diagnostics with their position. */
export function parseUsageFile(text: string, path: string): { file: UsageFile; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const rangeOf = (node: { range?: readonly number[] | null } | null | undefined): Range => {
    const r = node?.range;
    return r ? lines.range(r[0]!, r[1]!) : lines.range(0, 0);
  };
  const problem = (severity: Severity, at: Range, summary: string, detail: string): void => {
    diagnostics.push({ severity, summary, detail, file: path, range: at, code: USAGE_FILE_CODE });
  };
  const entries: UsageFileEntry[] = [];
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  } catch (e) {
    problem('error', lines.range(0, 0), 'Invalid usage file', `The file cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}.`);
    return { file: { path, entries }, diagnostics };
  }
  for (const e of doc.errors) problem('error', lines.range(e.pos[0], e.pos[1]), 'Invalid usage file', `${e.message.split('\n')[0]}.`);
  if (doc.errors.length) return { file: { path, entries }, diagnostics };
  const root = doc.contents;
  if (!isMap(root)) {
    problem('error', rangeOf(root), 'Invalid usage file', 'A usage file is a YAML mapping: `version: 0.1` and `resource_usage:` with usage by resource address.');
    return { file: { path, entries }, diagnostics };
  }
  let version: YamlNode | undefined;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !TOP_KEYS.has(key)) {
      problem('warning', rangeOf(pair.key as YamlNode), 'Unknown usage file key', `"${key ?? '?'}" is not a key of Infracost's usage file format: use version, resource_usage and resource_type_default_usage.`);
      continue;
    }
    const value = pair.value as YamlNode | null;
    if (key === 'version') {
      version = value ?? undefined;
      continue;
    }
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      problem('error', rangeOf(value), 'Invalid usage file', `"${key}" maps ${key === 'resource_usage' ? 'resource addresses' : 'resource types'} to their usage.`);
      continue;
    }
    const kind = key === 'resource_usage' ? 'resource' : 'type';
    for (const item of value.items) {
      const targetNode = item.key as YamlNode;
      const target = isScalar(targetNode) ? String(targetNode.value) : undefined;
      if (target === undefined || target === '') {
        problem('error', rangeOf(targetNode), 'Invalid usage file', `Each key of "${key}" is a ${kind === 'resource' ? 'resource address' : 'resource type'}.`);
        continue;
      }
      if (kind === 'type' && !/^[a-z][a-z0-9_]*$/.test(target)) {
        problem('warning', rangeOf(targetNode), 'Invalid resource type', `"${target}" is not a resource type: resource_type_default_usage is keyed by type (aws_lambda_function); addresses and wildcards go under resource_usage.`);
        continue;
      }
      const values = new Map<string, UsageFileValue>();
      const body = item.value as YamlNode | null;
      if (body !== null && !(isScalar(body) && body.value === null)) {
        if (!isMap(body)) problem('error', rangeOf(body), 'Invalid usage file', `The usage of ${target} is a mapping of usage keys to values.`);
        else readValues(body, '', values, rangeOf, problem, target);
      }
      entries.push({ target, kind, range: rangeOf(targetNode), values });
    }
  }
  const v = version && isScalar(version) ? String(version.value) : undefined;
  if (v !== '0.1') {
    problem('warning', version ? rangeOf(version) : lines.range(0, 0), 'Usage file version', version ? `Kensa reads version 0.1 of Infracost's usage file format, not ${v ?? 'this value'}; the file is read as 0.1.` : 'The file does not say `version: 0.1`; it is read as version 0.1 of Infracost\'s usage file format.');
  }
  return { file: { path, entries }, diagnostics };
}

function readValues(
  map: YamlNode,
  prefix: string,
  out: Map<string, UsageFileValue>,
  rangeOf: (n: YamlNode | null | undefined) => Range,
  problem: (s: Severity, at: Range, summary: string, detail: string) => void,
  target: string,
): void {
  if (!isMap(map)) return;
  for (const pair of map.items) {
    const keyNode = pair.key as YamlNode;
    const name = isScalar(keyNode) ? String(keyNode.value) : undefined;
    if (!name) {
      problem('error', rangeOf(keyNode), 'Invalid usage file', `A usage key of ${target} must be a name.`);
      continue;
    }
    const key = prefix + name;
    const value = pair.value as YamlNode | null;
    // `key:` with nothing after it (a value left to fill in) sets nothing, as in Infracost
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (isMap(value)) {
      readValues(value, `${key}.`, out, rangeOf, problem, target);
      continue;
    }
    if (isSeq(value) || !isScalar(value)) {
      problem('error', rangeOf(value), 'Invalid usage value', `The usage "${key}" of ${target} is a number, a word or a mapping of sub-resource keys, not a list.`);
      continue;
    }
    const v = value.value;
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || v < 0) problem('error', rangeOf(value), 'Invalid usage value', `The usage "${key}" of ${target} must be a number, zero or more.`);
      else out.set(key, { value: v, range: rangeOf(value), keyRange: rangeOf(keyNode) });
    } else if (typeof v === 'string' || typeof v === 'boolean') out.set(key, { value: String(v), range: rangeOf(value), keyRange: rangeOf(keyNode) });
    else problem('error', rangeOf(value), 'Invalid usage value', `The usage "${key}" of ${target} must be a number or a word.`);
  }
}

/** Whether an entry's address or pattern names a resource instance (by full address or without its key). */
function matcher(target: string): (r: ResourceInstance) => boolean {
  if (!target.includes('*')) return (r) => r.address === target || r.address.replace(/\[[^\]]*\]$/, '') === target;
  // RE2, linear in the address: no pattern in a file can make it backtrack
  const re = compileRe2('^' + target.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return (r) => re.test(r.address);
}

const matchers = new WeakMap<UsageFileEntry, (r: ResourceInstance) => boolean>();

function matches(entry: UsageFileEntry, r: ResourceInstance): boolean {
  if (entry.kind === 'type') return entry.target === r.type;
  let m = matchers.get(entry);
  if (!m) matchers.set(entry, (m = matcher(entry.target)));
  return m(r);
}

/** Infracost's values for one instance, key by key: exact address over the first matching wildcard over the type default. */
function rawValues(file: UsageFile, r: ResourceInstance): Map<string, UsageValue> {
  const out = new Map<string, UsageValue>();
  const layer = (entries: readonly UsageFileEntry[]): void => {
    for (const e of entries) for (const [k, v] of e.values) out.set(k, v.value);
  };
  const applying = file.entries.filter((e) => matches(e, r));
  layer(applying.filter((e) => e.kind === 'type'));
  // the first matching wildcard wins: later ones are laid down first
  layer(applying.filter((e) => e.kind === 'resource' && e.target.includes('*')).reverse());
  layer(applying.filter((e) => e.kind === 'resource' && !e.target.includes('*')));
  return out;
}

/**
 * The usage a file gives one instance, in Kensa's keys: Infracost's keys turned into Kensa's by the
 * pricer's `infracostUsage`, Kensa's own keys as they are; keys the type does not read are left out.
 */
export function usageFromFile(file: UsageFile | undefined, r: ResourceInstance, pricer: Pricer): ReadonlyMap<string, UsageValue> {
  const out = new Map<string, UsageValue>();
  if (!file) return out;
  const raw = rawValues(file, r);
  if (!raw.size) return out;
  const derived: { derive: string; from: (read: (key: string) => UsageValue | undefined, resource: ResourceInstance) => number | undefined }[] = [];
  for (const [key, value] of raw) {
    const m: InfracostUsageKey | undefined = pricer.usage?.[key] ? undefined : entryOf(pricer, key);
    // a key this type does not read (a wildcard's key meant for another type) is left out
    if (m === undefined) {
      if (pricer.usage?.[key]) out.set(key, value);
    }
    else if (typeof m === 'string') out.set(m, value);
    else if ('to' in m) {
      if (typeof value === 'number') out.set(m.to, value * m.scale);
    } else if ('derive' in m) derived.push(m);
    else if ('reservation' in m) out.set(key, value);
  }
  // a derived quantity (GB-seconds from requests and duration) over a value given directly
  for (const d of derived) {
    const v = d.from((k) => raw.get(k), r);
    if (v !== undefined && Number.isFinite(v)) out.set(d.derive, v);
  }
  return out;
}

/** The words Infracost's reservation keys take. */
const RESERVATION_VALUES: Readonly<Record<string, readonly string[]>> = {
  reserved_instance_type: ['standard', 'convertible'],
  reserved_instance_term: ['1_year', '3_year'],
  reserved_instance_payment_option: ['no_upfront', 'partial_upfront', 'all_upfront'],
};

type KeyStatus = { readonly known: true } | { readonly unused: string } | undefined;

/** A pricer's entry for an Infracost key: its own, else its sub-resource's `name.*` (`standard.*`). */
function entryOf(pricer: Pricer, key: string): InfracostUsageKey | undefined {
  const table = pricer.infracostUsage;
  if (!table) return undefined;
  return table[key] ?? (key.includes('.') ? table[`${key.slice(0, key.lastIndexOf('.'))}.*`] : undefined);
}

function keyStatus(pricer: Pricer, key: string): KeyStatus {
  // a key Kensa reads under that name is Kensa's, whatever Infracost means by it
  if (pricer.usage?.[key]) return { known: true };
  const m = entryOf(pricer, key);
  if (m !== undefined) return typeof m === 'object' && 'unused' in m ? { unused: m.unused } : { known: true };
  return undefined;
}

/** The keys a type reads, as a user may write them: Kensa's and Infracost's. */
function keysOf(pricer: Pricer): string[] {
  const table = pricer.infracostUsage ?? {};
  const ours = Object.keys(pricer.usage ?? {});
  const theirs = Object.keys(table).filter((k) => !(typeof table[k] === 'object' && 'unused' in table[k]!) && !k.endsWith('.*'));
  return [...new Set([...ours, ...theirs])].sort();
}

/**
 * What is wrong with a usage file for a configuration: an address or pattern that matches no
 * resource instance, a key no matched type reads (with the keys it does read), a word where a
 * quantity is needed, Infracost keys Kensa does not price (info), and types Kensa does not price.
 */
export function checkUsageFile(file: UsageFile, resources: readonly ResourceInstance[], pricers: ReadonlyMap<string, Pricer>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const problem = (severity: Severity, range: Range, summary: string, detail: string): void => {
    out.push({ severity, summary, detail, file: file.path, range, code: USAGE_FILE_CODE });
  };
  const managed = resources.filter((r) => r.mode === 'managed');
  for (const entry of file.entries) {
    const matched = managed.filter((r) => matches(entry, r));
    if (entry.kind === 'resource' && !matched.length) {
      const near = entry.target.includes('*') ? undefined : nearest(entry.target, managed.map((r) => r.address));
      problem('warning', entry.range, 'Usage for no resource', `${entry.target} matches no resource instance of the configuration, so its usage is not used.${near ? ` Did you mean ${near}?` : ''}`);
      continue;
    }
    const types = entry.kind === 'type' ? [entry.target] : [...new Set(matched.map((r) => r.type))].sort();
    const priced = types.flatMap((t) => (pricers.has(t) ? [pricers.get(t)!] : []));
    if (!priced.length) {
      if (entry.values.size) problem('info', entry.range, 'Usage of a type Kensa does not price', `Kensa does not price ${types.join(', ')}, so this usage is not used.`);
      continue;
    }
    for (const [key, v] of entry.values) {
      const statuses = priced.map((p) => keyStatus(p, key));
      const known = statuses.some((s) => s && 'known' in s);
      if (known) {
        const spec = priced.map((p) => {
          const m = entryOf(p, key);
          return p.usage?.[typeof m === 'string' ? m : key];
        }).find((s) => s !== undefined);
        if (spec && typeof v.value === 'string') problem('error', v.range, 'Invalid usage value', `The usage "${key}" is a quantity in ${spec.unit}, not "${v.value}".`);
        const allowed = RESERVATION_VALUES[key];
        if (allowed && !allowed.includes(String(v.value))) problem('error', v.range, 'Invalid usage value', `"${key}" is one of ${allowed.join(', ')}, not "${String(v.value)}": the resource is priced without a reservation.`);
        continue;
      }
      const unused = statuses.find((s): s is { unused: string } => s !== undefined && 'unused' in s);
      if (unused) {
        problem('info', v.keyRange, 'Usage key not used', `Kensa does not use Infracost's "${key}" for ${priced.map((p) => p.resource).join(', ')}: ${unused.unused}`);
        continue;
      }
      const readable = [...new Set(priced.flatMap(keysOf))].sort();
      problem('warning', v.keyRange, 'Unknown usage key', `"${key}" is not a usage key of ${priced.map((p) => p.resource).join(', ')}. ${readable.length ? `It reads: ${readable.join(', ')}.` : 'It reads no usage.'}`);
    }
  }
  return out;
}

/** The address closest to a mistyped one (the same without module path, or within two edits), if any. */
function nearest(target: string, addresses: readonly string[]): string | undefined {
  const inModule = addresses.find((a) => a.endsWith(`.${target}`));
  if (inModule) return inModule;
  let best: { address: string; d: number } | undefined;
  for (const a of new Set(addresses)) {
    if (Math.abs(a.length - target.length) > 2) continue;
    const d = editDistance(a, target);
    if (d <= 2 && (!best || d < best.d)) best = { address: a, d };
  }
  return best?.address;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

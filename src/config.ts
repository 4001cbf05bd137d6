/**
 * `kensa.jsonc`: the project's settings, found by walking up from the scanned directory. Read with
 * jsonc-parser (comments and trailing commas allowed). A mistake in it is a diagnostic with its
 * position in the file, and the rest of the file still applies: a wrong config never stops a scan.
 * The JSON schema the extension contributes is schemas/kensa.schema.json.
 */
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex, type Diagnostic, type Severity } from './text';
import { compileRe2, dirName, joinPath, normalizePath, Re2Error, type Host } from './terraform';
import type { Category, CustomCondition, CustomRuleDeclaration, PolicyConfig, RuleSetting } from './policy';

export const CONFIG_FILE = 'kensa.jsonc';

type Condition = CustomCondition;

export interface PricingSettings {
  /** Region for resources whose provider sets none. */
  readonly region?: string;
  /** Share of spot-capable compute that runs on spot, 0..1. */
  readonly spotShare?: number;
  /** A flat discount of spot over on-demand, 0..1, instead of the catalogue's spot snapshot (0.7 where it has no price). */
  readonly spotDiscount?: number;
  /**
   * Discount by service from Savings Plans or committed use, 0..1, on on-demand hours (never spot):
   * { "ec2": 0.28, "rds": 0.35, "fargate": 0.2 }; also the rate of reserved capacity the price data has no reserved rates for.
   */
  readonly commitmentDiscount?: Readonly<Record<string, number>>;
}

export interface KensaConfig {
  /** The file it was read from, or undefined for the defaults. */
  readonly path?: string;
  readonly policy: PolicyConfig;
  /** Folders or globs of folders to leave out, relative to the config file's directory (see excludeMatcher). */
  readonly exclude: readonly string[];
  /** Variable files for every root module, relative to the config file's directory. */
  readonly varFiles: readonly string[];
  /**
   * Usage quantities for usage-based cost components, by address, module path glob or type; a word
   * for the keys that take one (`"reserved_instance_term": "1_year"`).
   */
  readonly usage: Readonly<Record<string, Readonly<Record<string, number | string>>>>;
  /** An Infracost usage file (infracost-usage.yml), relative to the config file's directory. */
  readonly usageFile?: string;
  readonly pricing: PricingSettings;
  readonly customRules: readonly CustomRuleDeclaration[];
}

export const DEFAULT_CONFIG: KensaConfig = { policy: {}, exclude: [], varFiles: [], usage: {}, pricing: {}, customRules: [] };

const SEVERITIES = new Set(['error', 'warning', 'info']);

/**
 * A rule setting written as plain data (an editor setting): "off", "on", a severity, or
 * { "enabled", "severity" }. Undefined for anything else.
 */
export function ruleSettingOf(value: unknown): RuleSetting | undefined {
  if (value === 'off') return { enabled: false };
  if (value === 'on') return { enabled: true };
  if (typeof value === 'string' && SEVERITIES.has(value)) return { enabled: true, severity: value as Severity };
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as { enabled?: unknown; severity?: unknown };
    if (v.enabled !== undefined && typeof v.enabled !== 'boolean') return undefined;
    if (v.severity !== undefined && !SEVERITIES.has(String(v.severity))) return undefined;
    return { ...(typeof v.enabled === 'boolean' ? { enabled: v.enabled } : {}), ...(v.severity !== undefined ? { severity: v.severity as Severity } : {}) };
  }
  return undefined;
}
const CATEGORIES = new Set(['security', 'reliability', 'governance', 'cost']);
/** Usage keys whose value is a word, not a quantity (Infracost's names). */
const WORD_USAGE = new Set(['reserved_instance_type', 'reserved_instance_term', 'reserved_instance_payment_option', 'operating_system']);
/** The settings kensa.jsonc may hold; schemas/kensa.schema.json lists the same. */
export const CONFIG_SETTINGS: ReadonlySet<string> = new Set(['$schema', 'rules', 'categories', 'requiredTags', 'exclude', 'varFiles', 'usage', 'usageFile', 'pricing', 'customRules']);
const CONDITION_KEYS = new Set(['attribute', 'equals', 'notEquals', 'exists', 'matches', 'contains', 'in', 'greaterThan', 'lessThan', 'and', 'or', 'not']);

/** The nearest kensa.jsonc at or above `dir` (as the host names paths), or undefined. */
export function findConfigFile(host: Host, dir: string): string | undefined {
  let d = normalizePath(dir);
  for (let i = 0; i < 64; i++) {
    const candidate = joinPath(d, CONFIG_FILE);
    if (host.readFile(candidate) !== undefined) return candidate;
    const parent = d === '.' ? '..' : dirName(d);
    if (parent === d || (d.startsWith('/') && d === '/')) return undefined;
    // stop at the file system root, or after leaving a relative tree far behind
    if (!d.startsWith('/') && parent.split('/').filter((p) => p === '..').length > 32) return undefined;
    d = parent;
  }
  return undefined;
}

/** Reads kensa.jsonc text. Never throws: problems are diagnostics with positions in the file. */
export function parseConfig(text: string, path: string): { config: KensaConfig; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const problem = (node: { offset: number; length: number } | undefined, summary: string, detail: string, severity: Severity = 'error'): void => {
    const start = node?.offset ?? 0;
    diagnostics.push({ severity, summary, detail, file: path, range: lines.range(start, start + (node?.length ?? 0)), code: 'kensa-config' });
  };
  const errors: ParseError[] = [];
  const shallow = withoutDeepValues(text);
  for (const at of shallow.cut) problem({ offset: at, length: 1 }, 'Invalid kensa.jsonc', `Values nested more than ${MAX_CONFIG_DEPTH} deep are not read; this one is ignored.`);
  const root = parseTree(shallow.text, errors, { allowTrailingComma: true, disallowComments: false });
  for (const e of errors) problem(e, 'Invalid kensa.jsonc', `${printParseErrorCode(e.error)}: the file is not valid JSON with comments.`);
  if (!root) return { config: { ...DEFAULT_CONFIG, path }, diagnostics };
  if (root.type !== 'object') {
    problem(root, 'Invalid kensa.jsonc', 'The file must hold one JSON object.');
    return { config: { ...DEFAULT_CONFIG, path }, diagnostics };
  }
  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !CONFIG_SETTINGS.has(String(key.value))) problem(key, 'Unknown setting', `"${String(key.value)}" is not a kensa.jsonc setting. Known settings: ${[...CONFIG_SETTINGS].filter((k) => k !== '$schema').join(', ')}.`, 'warning');
  }
  const at = (...path: (string | number)[]): Node | undefined => findNodeAtLocation(root, path);

  const rules: Record<string, RuleSetting> = {};
  const rulesNode = at('rules');
  if (rulesNode && expect(rulesNode, 'object', 'rules', problem)) {
    for (const prop of rulesNode.children ?? []) {
      const id = String(prop.children![0]!.value);
      const v = prop.children![1]!;
      if (v.type === 'string') {
        if (v.value === 'off') rules[id] = { enabled: false };
        else if (v.value === 'on') rules[id] = { enabled: true };
        else if (SEVERITIES.has(v.value)) rules[id] = { enabled: true, severity: v.value as Severity };
        else problem(v, 'Invalid rule setting', `Use "off", "on", "error", "warning" or "info" for ${id}, not "${String(v.value)}".`);
      } else if (v.type === 'object') {
        const value = getNodeValue(v) as { enabled?: unknown; severity?: unknown };
        if (value.enabled !== undefined && typeof value.enabled !== 'boolean') problem(v, 'Invalid rule setting', `"enabled" of ${id} must be true or false.`);
        if (value.severity !== undefined && !SEVERITIES.has(String(value.severity))) problem(v, 'Invalid rule setting', `"severity" of ${id} must be "error", "warning" or "info".`);
        rules[id] = { ...(typeof value.enabled === 'boolean' ? { enabled: value.enabled } : {}), ...(SEVERITIES.has(String(value.severity)) ? { severity: value.severity as Severity } : {}) };
      } else problem(v, 'Invalid rule setting', `The setting of ${id} is "off", a severity, or { "enabled", "severity" }.`);
    }
  }
  const categories: Partial<Record<Category, boolean>> = {};
  const catNode = at('categories');
  if (catNode && expect(catNode, 'object', 'categories', problem)) {
    for (const prop of catNode.children ?? []) {
      const name = String(prop.children![0]!.value);
      const v = prop.children![1]!;
      if (!CATEGORIES.has(name)) problem(prop.children![0], 'Unknown category', `Categories are security, reliability, governance and cost, not "${name}".`);
      else if (v.type !== 'boolean') problem(v, 'Invalid category setting', `Set "${name}" to true or false.`);
      else categories[name as Category] = v.value as boolean;
    }
  }
  const strings = (name: string): string[] => {
    const n = at(name);
    if (!n || !expect(n, 'array', name, problem)) return [];
    return (n.children ?? []).flatMap((c) => {
      if (c.type === 'string') return [c.value as string];
      problem(c, `Invalid ${name} entry`, `Each entry of "${name}" must be a string.`);
      return [];
    });
  };
  const requiredTags = strings('requiredTags');
  const exclude = strings('exclude');
  const varFiles = strings('varFiles');

  const usage: Record<string, Record<string, number | string>> = {};
  const usageNode = at('usage');
  if (usageNode && expect(usageNode, 'object', 'usage', problem)) {
    for (const prop of usageNode.children ?? []) {
      const target = String(prop.children![0]!.value);
      const v = prop.children![1]!;
      if (!expect(v, 'object', `usage of ${target}`, problem)) continue;
      const quantities: Record<string, number | string> = {};
      for (const q of v.children ?? []) {
        const name = String(q.children![0]!.value);
        const n = q.children![1]!;
        if (n.type === 'number' && (n.value as number) >= 0) quantities[name] = n.value as number;
        // the words some keys take: a reservation's term and payment option, an operating system
        else if (n.type === 'string' && WORD_USAGE.has(name)) quantities[name] = n.value as string;
        else problem(n, 'Invalid usage quantity', `The usage quantity "${name}" of ${target} must be a number, zero or more${WORD_USAGE.has(name) ? ', or a word' : ''}.`);
      }
      usage[target] = quantities;
    }
  }

  let usageFile: string | undefined;
  const usageFileNode = at('usageFile');
  if (usageFileNode) {
    if (usageFileNode.type === 'string' && usageFileNode.value) usageFile = usageFileNode.value as string;
    else problem(usageFileNode, 'Invalid kensa.jsonc value', '"usageFile" is the path of an Infracost usage file (infracost-usage.yml), relative to kensa.jsonc.');
  }

  let pricing: PricingSettings = {};
  const pricingNode = at('pricing');
  if (pricingNode && expect(pricingNode, 'object', 'pricing', problem)) {
    const p = getNodeValue(pricingNode) as Record<string, unknown>;
    const fraction = (name: string, v: unknown): number | undefined => {
      if (v === undefined) return undefined;
      if (typeof v === 'number' && v >= 0 && v <= 1) return v;
      problem(at('pricing', name) ?? pricingNode, 'Invalid pricing setting', `"${name}" is a fraction from 0 to 1 (0.3 for 30%).`);
      return undefined;
    };
    const region = typeof p.region === 'string' ? p.region : undefined;
    if (p.region !== undefined && region === undefined) problem(at('pricing', 'region'), 'Invalid pricing setting', '"region" is an AWS region code such as "eu-west-1".');
    const discounts: Record<string, number> = {};
    if (p.commitmentDiscount !== undefined) {
      if (typeof p.commitmentDiscount !== 'object' || p.commitmentDiscount === null) problem(at('pricing', 'commitmentDiscount'), 'Invalid pricing setting', '"commitmentDiscount" maps a service to a fraction: { "ec2": 0.28 }.');
      else for (const [k, v] of Object.entries(p.commitmentDiscount)) {
        const f = fraction(`commitmentDiscount.${k}`, v);
        if (f !== undefined) discounts[k] = f;
      }
    }
    const spotShare = fraction('spotShare', p.spotShare);
    const spotDiscount = fraction('spotDiscount', p.spotDiscount);
    for (const k of Object.keys(p)) {
      if (!['region', 'spotShare', 'spotDiscount', 'commitmentDiscount'].includes(k)) problem(at('pricing', k), 'Unknown pricing setting', `"${k}" is not a pricing setting: use region, spotShare, spotDiscount or commitmentDiscount.`, 'warning');
    }
    pricing = { ...(region ? { region } : {}), ...(spotShare !== undefined ? { spotShare } : {}), ...(spotDiscount !== undefined ? { spotDiscount } : {}), ...(Object.keys(discounts).length ? { commitmentDiscount: discounts } : {}) };
  }

  const customRules: CustomRuleDeclaration[] = [];
  const customNode = at('customRules');
  if (customNode && expect(customNode, 'array', 'customRules', problem)) {
    (customNode.children ?? []).forEach((ruleNode) => {
      if (!expect(ruleNode, 'object', 'a custom rule', problem)) return;
      const r = getNodeValue(ruleNode) as Record<string, unknown>;
      const where = (k: string): Node | undefined => findNodeAtLocation(ruleNode, [k]) ?? ruleNode;
      const id = typeof r.id === 'string' && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(r.id) ? r.id : undefined;
      if (!id) return problem(where('id'), 'Invalid custom rule', 'A custom rule needs an "id" in kebab-case naming the risky pattern, such as "acme-s3-untagged".');
      const resources = typeof r.resource === 'string' ? [r.resource] : Array.isArray(r.resource) && r.resource.every((x) => typeof x === 'string') ? (r.resource as string[]) : undefined;
      if (!resources) return problem(where('resource'), 'Invalid custom rule', `Custom rule ${id} needs "resource": a resource type or a list of them.`);
      const severity = r.severity === undefined ? 'warning' : SEVERITIES.has(String(r.severity)) ? (r.severity as Severity) : undefined;
      if (!severity) return problem(where('severity'), 'Invalid custom rule', `"severity" of ${id} must be "error", "warning" or "info".`);
      const category = r.category === undefined ? 'governance' : CATEGORIES.has(String(r.category)) ? (r.category as Category) : undefined;
      if (!category) return problem(where('category'), 'Invalid custom rule', `"category" of ${id} must be security, reliability, governance or cost.`);
      const assertNode = findNodeAtLocation(ruleNode, ['assert']);
      if (!assertNode) return problem(ruleNode, 'Invalid custom rule', `Custom rule ${id} needs "assert": the condition a resource must meet.`);
      const condition = readCondition(assertNode, problem);
      if (!condition) return;
      customRules.push({
        id,
        title: typeof r.title === 'string' ? r.title : id,
        severity,
        category,
        resources,
        message: typeof r.message === 'string' ? r.message : `Does not meet the custom rule ${id}.`,
        assert: condition,
        file: path,
      });
    });
  }
  return {
    config: {
      path,
      policy: { rules, categories, requiredTags },
      exclude,
      varFiles,
      usage,
      ...(usageFile ? { usageFile } : {}),
      pricing,
      customRules,
    },
    diagnostics,
  };
}

/** Deeper than any setting goes; jsonc-parser recurses per level, so absurd nesting would overflow the stack. */
const MAX_CONFIG_DEPTH = 64;
// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read)
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** kensa.jsonc text with the values nested too deep to read blanked out (see withoutDeepValues). */
export function shallowConfigText(text: string): string {
  return withoutDeepValues(text).text;
}

/**
 * `text` with each array or object nested deeper than MAX_CONFIG_DEPTH replaced by `0` and blanks
 * (line breaks kept, so every offset and line stays where it was), and where each one started.
 */
function withoutDeepValues(text: string): { text: string; cut: number[] } {
  const scanner = createScanner(text, false);
  const cut: number[] = [];
  let out = '';
  let copied = 0;
  let depth = 0;
  let cutStart = -1;
  for (let k = scanner.scan(); k !== EOF; k = scanner.scan()) {
    if (k === OPEN_BRACE || k === OPEN_BRACKET) {
      depth++;
      if (depth === MAX_CONFIG_DEPTH + 1) cutStart = scanner.getTokenOffset();
    } else if ((k === CLOSE_BRACE || k === CLOSE_BRACKET) && depth > 0) {
      if (depth === MAX_CONFIG_DEPTH + 1) {
        const end = scanner.getTokenOffset() + 1;
        out += text.slice(copied, cutStart) + '0' + text.slice(cutStart + 1, end).replace(/[^\r\n]/g, ' ');
        copied = end;
        cut.push(cutStart);
        cutStart = -1;
      }
      depth--;
    }
  }
  if (cutStart >= 0) {
    // never closed: blank to the end
    out += text.slice(copied, cutStart) + '0' + text.slice(cutStart + 1).replace(/[^\r\n]/g, ' ');
    copied = text.length;
    cut.push(cutStart);
  }
  return cut.length ? { text: out + text.slice(copied), cut } : { text, cut };
}

function expect(node: Node, type: Node['type'], what: string, problem: (n: Node, s: string, d: string) => void): boolean {
  if (node.type === type) return true;
  problem(node, 'Invalid kensa.jsonc value', `"${what}" must be ${type === 'array' ? 'an array' : `an ${type}`}.`);
  return false;
}

function readCondition(node: Node, problem: (n: Node | undefined, s: string, d: string) => void): Condition | undefined {
  if (node.type !== 'object') {
    problem(node, 'Invalid condition', 'A condition is an object: { "attribute": "...", "equals": ... }, or { "and" | "or": [...] }, or { "not": {...} }.');
    return undefined;
  }
  const value = getNodeValue(node) as Record<string, unknown>;
  for (const k of Object.keys(value)) {
    if (!CONDITION_KEYS.has(k)) problem(findNodeAtLocation(node, [k]), 'Invalid condition', `"${k}" is not a condition operator: use ${[...CONDITION_KEYS].join(', ')}.`);
  }
  for (const op of ['and', 'or'] as const) {
    if (value[op] !== undefined) {
      const list = findNodeAtLocation(node, [op]);
      if (!list || list.type !== 'array') {
        problem(list ?? node, 'Invalid condition', `"${op}" takes a list of conditions.`);
        return undefined;
      }
      const parts = (list.children ?? []).map((c) => readCondition(c, problem));
      if (parts.some((p) => !p)) return undefined;
      return op === 'and' ? { and: parts as Condition[] } : { or: parts as Condition[] };
    }
  }
  if (value.not !== undefined) {
    const inner = readCondition(findNodeAtLocation(node, ['not'])!, problem);
    return inner ? { not: inner } : undefined;
  }
  if (typeof value.attribute !== 'string') {
    problem(node, 'Invalid condition', 'A condition names an "attribute" (a dotted path such as "tags.Owner" or "metadata_options.http_tokens").');
    return undefined;
  }
  if (value.matches !== undefined) {
    try {
      compileRe2(String(value.matches));
    } catch (e) {
      if (!(e instanceof Re2Error)) throw e;
      problem(findNodeAtLocation(node, ['matches']), 'Invalid condition', `"matches" is not a valid RE2 regular expression (${e.code} in ${e.expr}): ${String(value.matches)}.`);
      return undefined;
    }
  }
  for (const k of ['greaterThan', 'lessThan'] as const) {
    if (value[k] !== undefined && typeof value[k] !== 'number') {
      problem(findNodeAtLocation(node, [k]), 'Invalid condition', `"${k}" takes a number.`);
      return undefined;
    }
  }
  if (value.in !== undefined && !Array.isArray(value.in)) {
    problem(findNodeAtLocation(node, ['in']), 'Invalid condition', '"in" takes a list of allowed values.');
    return undefined;
  }
  return value as Condition;
}

/** Reads the kensa.jsonc that applies to `dir`, or the defaults. */
export function loadConfig(host: Host, dir: string): { config: KensaConfig; diagnostics: Diagnostic[] } {
  const path = findConfigFile(host, dir);
  if (!path) return { config: DEFAULT_CONFIG, diagnostics: [] };
  return parseConfig(host.readFile(path) ?? '', path);
}

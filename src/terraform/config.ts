/**
 * The static configuration of one Terraform module: the `.tf` and `.tf.json` files of a directory
 * and the blocks they declare, before any evaluation. Unknown block types, duplicates and
 * malformed blocks become diagnostics; everything else is still read.
 */
import { parseFile, type Attribute, type Block, type Body, type Expression, type HclFile } from '../hcl';
import type { Diagnostic } from '../text';
import { joinPath, type Host } from './host';

export interface VariableDecl {
  readonly name: string;
  readonly block: Block;
  readonly file: string;
  readonly type?: Expression;
  readonly default?: Attribute;
  readonly nullable: boolean;
  readonly sensitive: boolean;
  readonly description?: string;
  readonly validations: readonly Block[];
}

export interface LocalDecl {
  readonly name: string;
  readonly attr: Attribute;
  readonly file: string;
}

export interface OutputDecl {
  readonly name: string;
  readonly block: Block;
  readonly file: string;
  readonly value?: Attribute;
  readonly sensitive: boolean;
}

export interface ProviderDecl {
  readonly name: string;
  readonly alias?: string;
  readonly block: Block;
  readonly file: string;
}

export interface ResourceDecl {
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly block: Block;
  readonly file: string;
  readonly count?: Attribute;
  readonly forEach?: Attribute;
  /** The `provider` meta-argument: `aws.west`. */
  readonly provider?: Attribute;
}

export interface ModuleCallDecl {
  readonly name: string;
  readonly block: Block;
  readonly file: string;
  readonly source?: string;
  readonly sourceAttr?: Attribute;
  readonly version?: string;
  readonly count?: Attribute;
  readonly forEach?: Attribute;
  readonly providers?: Attribute;
  /** The input arguments: every attribute but the meta-arguments. */
  readonly inputs: readonly Attribute[];
}

export interface MovedDecl {
  readonly from?: Expression;
  readonly to?: Expression;
  readonly block: Block;
  readonly file: string;
}

export interface ModuleConfig {
  readonly dir: string;
  /** The module's files by path, in lexical order. */
  readonly files: ReadonlyMap<string, HclFile>;
  readonly variables: ReadonlyMap<string, VariableDecl>;
  readonly locals: ReadonlyMap<string, LocalDecl>;
  readonly outputs: ReadonlyMap<string, OutputDecl>;
  readonly providers: readonly ProviderDecl[];
  /** `required_providers` local names to source addresses (`aws` -> `hashicorp/aws`). */
  readonly requiredProviders: ReadonlyMap<string, string>;
  readonly resources: readonly ResourceDecl[];
  readonly moduleCalls: readonly ModuleCallDecl[];
  readonly moved: readonly MovedDecl[];
  readonly imports: readonly Block[];
  readonly checks: readonly Block[];
  /** Syntax diagnostics of every file, then configuration diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);
const KNOWN_TOP_LEVEL = new Set(['resource', 'data', 'module', 'variable', 'output', 'locals', 'provider', 'terraform', 'moved', 'import', 'check', 'removed', 'ephemeral']);

/** Attributes of a body by name (the last wins; the parser already reported duplicates). */
export function attributesOf(body: Body): Map<string, Attribute> {
  const out = new Map<string, Attribute>();
  for (const item of body.items) if (item.kind === 'attribute') out.set(item.name.name, item);
  return out;
}

export function blocksOf(body: Body, type?: string): Block[] {
  const out: Block[] = [];
  for (const item of body.items) if (item.kind === 'block' && (type === undefined || item.type.name === type)) out.push(item);
  return out;
}

/** The literal string of an attribute written as a plain string, else undefined. */
export function literalString(attr: Attribute | undefined): string | undefined {
  const e = attr?.expr;
  if (e?.kind !== 'template') return undefined;
  if (e.parts.length === 0) return '';
  if (e.parts.length === 1 && e.parts[0]!.kind === 'template-literal') return e.parts[0]!.value;
  return undefined;
}

function literalBool(attr: Attribute | undefined): boolean | undefined {
  const e = attr?.expr;
  return e?.kind === 'literal' && typeof e.value === 'boolean' ? e.value : undefined;
}

/** A parse cache entry: the text it was parsed from and the result. */
export interface ParsedFile {
  readonly text: string;
  readonly file: HclFile;
  /** A hash of `text`, computed once, for cache keys. */
  readonly hash: string;
}

/** A small, fast string hash (FNV-1a, 32-bit, plus the length) for cache keys. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + s.length.toString(36);
}

/** The parse of `text` at `path`, from the cache when the text is unchanged. */
export function parseCached(parsed: Map<string, ParsedFile> | undefined, path: string, text: string): ParsedFile {
  const cached = parsed?.get(path);
  if (cached && cached.text === text) return cached;
  const entry = { text, file: parseFile(text, path), hash: hashText(text) };
  parsed?.set(path, entry);
  return entry;
}

/** True for the files Terraform reads as configuration in a module directory. */
export function isConfigFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

/**
 * Loads the module in `dir`: parses its configuration files (reusing `parsed` entries whose text is
 * unchanged) and indexes their blocks. Never throws; a missing directory gives an empty module.
 */
export function loadModuleConfig(host: Host, dir: string, parsed?: Map<string, ParsedFile>): ModuleConfig {
  const entries = host.readDir(dir) ?? [];
  const files = new Map<string, HclFile>();
  for (const e of entries) {
    if (e.isDirectory || !isConfigFile(e.name)) continue;
    const path = joinPath(dir, e.name);
    const text = host.readFile(path);
    if (text === undefined) continue;
    files.set(path, parseCached(parsed, path, text).file);
  }
  return indexModule(dir, files);
}

/** Indexes already-parsed files as one module. */
export function indexModule(dir: string, files: ReadonlyMap<string, HclFile>): ModuleConfig {
  const diagnostics: Diagnostic[] = [];
  const variables = new Map<string, VariableDecl>();
  const locals = new Map<string, LocalDecl>();
  const outputs = new Map<string, OutputDecl>();
  const providers: ProviderDecl[] = [];
  const requiredProviders = new Map<string, string>();
  const resources: ResourceDecl[] = [];
  const moduleCalls: ModuleCallDecl[] = [];
  const moved: MovedDecl[] = [];
  const imports: Block[] = [];
  const checks: Block[] = [];
  const seenResources = new Map<string, ResourceDecl>();

  for (const [path, file] of files) {
    for (const d of file.diagnostics) diagnostics.push(d);
    const problem = (node: { start: number; end: number }, summary: string, detail: string, severity: Diagnostic['severity'] = 'error'): void => {
      diagnostics.push({ severity, summary, detail, file: path, range: file.lines.range(node.start, node.end) });
    };
    const labelsOk = (b: Block, n: number, what: string): boolean => {
      if (b.labels.length === n) return true;
      problem(b.type, `Invalid ${b.type.name} block`, `A ${b.type.name} block needs ${n === 1 ? 'one label' : `${n} labels`}: ${what}.`);
      return false;
    };
    for (const item of file.body.items) {
      if (item.kind !== 'block') {
        if (!path.endsWith('.json')) problem(item.name, 'Unsupported argument', `An argument named "${item.name.name}" is not expected at the top level of a Terraform file; only blocks are.`);
        continue;
      }
      const b = item;
      const attrs = attributesOf(b.body);
      switch (b.type.name) {
        case 'variable': {
          if (!labelsOk(b, 1, 'the variable name')) break;
          const name = b.labels[0]!.value;
          if (variables.has(name)) {
            problem(b.labels[0]!, 'Duplicate variable declaration', `A variable named "${name}" was already declared in ${variables.get(name)!.file}. Variable names must be unique within a module.`);
            break;
          }
          const description = literalString(attrs.get('description'));
          variables.set(name, {
            name,
            block: b,
            file: path,
            ...(attrs.get('type') ? { type: attrs.get('type')!.expr } : {}),
            ...(attrs.get('default') ? { default: attrs.get('default')! } : {}),
            nullable: literalBool(attrs.get('nullable')) ?? true,
            sensitive: literalBool(attrs.get('sensitive')) ?? false,
            ...(description !== undefined ? { description } : {}),
            validations: blocksOf(b.body, 'validation'),
          });
          break;
        }
        case 'locals':
          for (const [name, attr] of attrs) {
            if (locals.has(name)) {
              problem(attr.name, 'Duplicate local value definition', `A local value named "${name}" was already defined in ${locals.get(name)!.file}. Local value names must be unique within a module.`);
              continue;
            }
            locals.set(name, { name, attr, file: path });
          }
          break;
        case 'output': {
          if (!labelsOk(b, 1, 'the output name')) break;
          const name = b.labels[0]!.value;
          if (outputs.has(name)) {
            problem(b.labels[0]!, 'Duplicate output definition', `An output named "${name}" was already defined in ${outputs.get(name)!.file}. Output names must be unique within a module.`);
            break;
          }
          if (!attrs.has('value')) problem(b.type, 'Missing required argument', `The output "${name}" needs a "value" argument.`);
          outputs.set(name, { name, block: b, file: path, ...(attrs.get('value') ? { value: attrs.get('value')! } : {}), sensitive: literalBool(attrs.get('sensitive')) ?? false });
          break;
        }
        case 'provider': {
          if (!labelsOk(b, 1, 'the provider name')) break;
          const alias = literalString(attrs.get('alias'));
          providers.push({ name: b.labels[0]!.value, ...(alias !== undefined ? { alias } : {}), block: b, file: path });
          break;
        }
        case 'terraform':
          for (const rp of blocksOf(b.body, 'required_providers')) {
            for (const [name, attr] of attributesOf(rp.body)) {
              const e = attr.expr;
              let source: string | undefined;
              if (e.kind === 'object') {
                for (const it of e.items) {
                  const key = it.key.kind === 'variable' ? it.key.name : it.key.kind === 'template' && it.key.parts[0]?.kind === 'template-literal' ? it.key.parts[0].value : undefined;
                  if (key === 'source' && it.value.kind === 'template' && it.value.parts[0]?.kind === 'template-literal') source = it.value.parts[0].value;
                }
              } else if (e.kind === 'template') source = `hashicorp/${name}`;
              requiredProviders.set(name, source ?? `hashicorp/${name}`);
            }
          }
          break;
        case 'resource':
        case 'data': {
          if (!labelsOk(b, 2, b.type.name === 'data' ? 'the data source type and name' : 'the resource type and name')) break;
          const mode = b.type.name === 'data' ? 'data' : 'managed';
          const type = b.labels[0]!.value;
          const name = b.labels[1]!.value;
          const key = `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
          const prev = seenResources.get(key);
          if (prev) {
            problem(b.labels[1]!, `Duplicate ${mode === 'data' ? 'data' : 'resource'} "${type}" configuration`, `A ${mode === 'data' ? 'data' : 'resource'} "${type}" "${name}" was already declared in ${prev.file}. Names must be unique per type in a module.`);
            break;
          }
          if (attrs.has('count') && attrs.has('for_each')) problem(attrs.get('for_each')!.name, 'Invalid combination of "count" and "for_each"', 'The "count" and "for_each" meta-arguments are mutually exclusive: only one may be used.');
          const decl: ResourceDecl = {
            mode,
            type,
            name,
            block: b,
            file: path,
            ...(attrs.get('count') ? { count: attrs.get('count')! } : {}),
            ...(attrs.get('for_each') ? { forEach: attrs.get('for_each')! } : {}),
            ...(attrs.get('provider') ? { provider: attrs.get('provider')! } : {}),
          };
          seenResources.set(key, decl);
          resources.push(decl);
          break;
        }
        case 'module': {
          if (!labelsOk(b, 1, 'the module call name')) break;
          const name = b.labels[0]!.value;
          if (moduleCalls.some((m) => m.name === name)) {
            problem(b.labels[0]!, 'Duplicate module call', `A module call named "${name}" was already defined. Module calls must have unique names within a module.`);
            break;
          }
          const source = literalString(attrs.get('source'));
          if (!attrs.has('source')) problem(b.type, 'Missing required argument', `The module call "${name}" needs a "source" argument.`);
          else if (source === undefined) problem(attrs.get('source')!.expr, 'Invalid module source', 'The module source must be a literal string: Terraform reads it before evaluating anything.');
          const version = literalString(attrs.get('version'));
          moduleCalls.push({
            name,
            block: b,
            file: path,
            ...(source !== undefined ? { source } : {}),
            ...(attrs.get('source') ? { sourceAttr: attrs.get('source')! } : {}),
            ...(version !== undefined ? { version } : {}),
            ...(attrs.get('count') ? { count: attrs.get('count')! } : {}),
            ...(attrs.get('for_each') ? { forEach: attrs.get('for_each')! } : {}),
            ...(attrs.get('providers') ? { providers: attrs.get('providers')! } : {}),
            inputs: [...attrs.values()].filter((a) => !MODULE_META.has(a.name.name)),
          });
          break;
        }
        case 'moved':
          moved.push({ ...(attrs.get('from') ? { from: attrs.get('from')!.expr } : {}), ...(attrs.get('to') ? { to: attrs.get('to')!.expr } : {}), block: b, file: path });
          break;
        case 'import':
          imports.push(b);
          break;
        case 'check':
          checks.push(b);
          break;
        default:
          if (!KNOWN_TOP_LEVEL.has(b.type.name)) {
            problem(b.type, 'Unsupported block type', `Blocks of type "${b.type.name}" are not expected here.`);
          }
      }
    }
  }
  return { dir, files, variables, locals, outputs, providers, requiredProviders, resources, moduleCalls, moved, imports, checks, diagnostics };
}

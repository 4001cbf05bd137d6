/**
 * Evaluates a Terraform configuration as Terraform would plan it, without providers: variables in
 * Terraform's precedence and converted to their types, locals, `count`/`for_each` expansion into
 * addressed instances, `dynamic` blocks, local child modules (and remote ones that `terraform init`
 * fetched), provider regions and default tags. What cannot be known before apply stays unknown.
 *
 * Evaluation is lazy and memoized per module instance, so references resolve in any order and a
 * reference cycle is reported rather than followed. A cache keeps parsed files, module
 * configurations and evaluated module instances between runs: after an edit only the changed file is
 * parsed again, and only the module instances that depend on it are evaluated again.
 */
import { parseExpressionText, type Attribute, type Block, type Body, type Expression, type HclFile, type Span } from '../hcl';
import type { Diagnostic, Severity } from '../text';
import { attributesOf, blocksOf, hashText, isConfigFile, loadModuleConfig, parseCached, type ModuleCallDecl, type ModuleConfig, type ParsedFile, type ResourceDecl } from './config';
import { applySteps, childScope, evaluate, evaluationDepth, setEvaluationDepth, type References, type Report, type Scope, type Step } from './expression';
import { FunctionError, type FunctionContext } from './functions';
import { baseName, isWithin, joinPath, normalizePath, relativePath, type Host } from './host';
import type {
  ConfigBlock,
  EvaluatedAttribute,
  EvaluatedBlock,
  EvaluatedBody,
  Evaluation,
  ModuleInstance,
  ProviderConfig,
  ResourceInstance,
  UnresolvedModule,
} from './model';
import { convertToType, parseTypeConstraint, TypeConversionError, type TypeConstraint } from './types';
import {
  firstUnknown,
  isWhollyKnown,
  markSensitive,
  NULL,
  num,
  object,
  str,
  through,
  tuple,
  unknown,
  valueKey,
  type ObjectValue,
  type Origin,
  type UnknownValue,
  type Value,
} from './value';

export interface EvaluateOptions {
  /** Extra variable files, applied after the automatic ones, in order. Paths as the host names them. */
  readonly varFiles?: readonly string[];
  /** Explicit values (`-var name=value`), applied last. Strings are parsed as Terraform does for -var. */
  readonly vars?: Readonly<Record<string, string>>;
  /** `terraform.workspace`; default "default". */
  readonly workspace?: string;
  /** The region for AWS resources whose provider configures none. */
  readonly defaultRegion?: string;
  /** Reuse work from earlier runs: pass the same cache to every run over the same host. */
  readonly cache?: EvalCache;
}

/**
 * A map that reads through to `base` for the keys it has not set or deleted itself: a fork's view of
 * the cache it was made from, copied on write, so a fork costs nothing however large the cache is.
 */
class Layered<K, V> extends Map<K, V> {
  private readonly removed = new Set<K>();

  constructor(private readonly base: ReadonlyMap<K, V>) {
    super();
  }

  override get(k: K): V | undefined {
    if (super.has(k)) return super.get(k);
    return this.removed.has(k) ? undefined : this.base.get(k);
  }

  override has(k: K): boolean {
    return super.has(k) || (!this.removed.has(k) && this.base.has(k));
  }

  override set(k: K, v: V): this {
    this.removed.delete(k);
    return super.set(k, v);
  }

  override delete(k: K): boolean {
    const had = this.has(k);
    super.delete(k);
    if (this.base.has(k)) this.removed.add(k);
    return had;
  }

  override get size(): number {
    let n = super.size;
    for (const k of this.base.keys()) if (!super.has(k) && !this.removed.has(k)) n++;
    return n;
  }

  override *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) if (!super.has(k) && !this.removed.has(k)) yield [k, v];
    yield* super.entries();
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  override *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  override forEach(fn: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

/** Work kept between evaluations: parsed files, module configurations, evaluated module instances. */
export class EvalCache {
  readonly parsed: Map<string, ParsedFile>;
  readonly configs: Map<string, ModuleConfig>;
  readonly instances: Map<string, ModuleInstance>;
  /** The cache key of each module address's current entry (per root module), so a new evaluation replaces the old. */
  readonly keyOfAddress: Map<string, string>;
  /** How many module instances the last run evaluated (not taken from the cache): for tests and benchmarks. */
  evaluatedLastRun = 0;

  /**
   * A copy to evaluate "what if" variants in (a fix applied in memory) without the variants
   * replacing this cache's entries for the real files.
   */
  fork(): EvalCache {
    return new EvalCache(this);
  }

  /** A new cache, or (`of`) a fork of one: it sees `of`'s entries and keeps its own changes to itself. */
  constructor(of?: EvalCache) {
    this.parsed = of ? new Layered(of.parsed) : new Map();
    this.configs = of ? new Layered(of.configs) : new Map();
    this.instances = of ? new Layered(of.instances) : new Map();
    this.keyOfAddress = of ? new Layered(of.keyOfAddress) : new Map();
  }
}

/**
 * A module's configuration from `cache` when none of its files changed (the same parse of the same
 * text); otherwise loaded, parsing only the files whose text changed, and cached. `loaded` says which.
 */
export function cachedModuleConfig(host: Host, dir: string, cache: EvalCache): { config: ModuleConfig; loaded: boolean } {
  const cached = cache.configs.get(dir);
  if (cached) {
    const names = (host.readDir(dir) ?? []).filter((e) => !e.isDirectory && isConfigFile(e.name)).map((e) => joinPath(dir, e.name));
    // the same parse of the same text: someone else (root discovery) may have re-parsed an edited file already
    const same =
      names.length === cached.files.size &&
      names.every((p) => {
        const entry = cache.parsed.get(p);
        return entry !== undefined && entry.file === cached.files.get(p) && entry.text === host.readFile(p);
      });
    if (same) return { config: cached, loaded: false };
  }
  const config = loadModuleConfig(host, dir, cache.parsed);
  cache.configs.set(dir, config);
  return { config, loaded: true };
}

const RESOURCE_META = new Set(['count', 'for_each', 'provider', 'depends_on']);
const MAX_MODULE_DEPTH = 32;

/**
 * How far a chain of lazy evaluations (a local reading a local reading ...) may nest on the
 * JavaScript stack, in lazy steps and in nested expressions, before it is unwound and resumed from
 * its deepest missing value (see Tree.lazy). Well within Node's default stack.
 */
const MAX_LAZY_DEPTH = 40;
const MAX_EVALUATION_DEPTH = 400;

/** Unwinds a chain of lazy evaluations that grew too deep: the driver runs `force` on a fresh stack, then retries. */
class Deferred {
  constructor(
    readonly key: string,
    readonly force: () => unknown,
  ) {}
}

/** What Tree.lazy returns for a value that is waiting for itself: a reference cycle. */
const CYCLE: unique symbol = Symbol('cycle');

/** Evaluates the root module in `dir` and every module it calls. Never throws. */
export function evaluateConfiguration(host: Host, dir: string, options: EvaluateOptions = {}): Evaluation {
  const cache = options.cache ?? new EvalCache();
  cache.evaluatedLastRun = 0;
  const root = normalizePath(dir);
  const tree = new Tree(host, root, options, cache);
  const config = tree.config(root);
  const inputs = tree.rootInputs(config);
  const rootProviders: ProviderConfig[] = [];
  const instance = tree.instantiate(config, '', inputs.values, rootProviders, undefined, undefined, [root], inputs.diagnostics);
  const resources: ResourceInstance[] = [];
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  const configDiagnosticsSeen = new Set<string>([root]);
  // a module tree may be wide (count = 100000): no argument spreading, no recursion
  const pending: ModuleInstance[] = [instance];
  while (pending.length) {
    const m = pending.pop()!;
    for (const r of m.resources) resources.push(r);
    if (!configDiagnosticsSeen.has(m.config.dir)) {
      configDiagnosticsSeen.add(m.config.dir);
      for (const d of m.config.diagnostics) diagnostics.push(d);
    }
    for (const d of m.diagnostics) diagnostics.push(d);
    for (let i = m.children.length - 1; i >= 0; i--) pending.push(m.children[i]!);
  }
  // the parsed files under the root's directory (cache keys are normalized paths: a prefix test will do)
  const prefix = root === '.' ? undefined : `${root}/`;
  const within = (path: string): boolean => (prefix === undefined ? !path.startsWith('..') && !path.startsWith('/') : path === root || path.startsWith(prefix));
  for (const [path, p] of cache.parsed) if (within(path) || tree.touched.has(path)) tree.files.set(path, p.file);
  return { root: instance, resources, diagnostics: dedupe(diagnostics), files: tree.files };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.file}:${d.range.start.offset}:${d.range.end.offset}:${d.summary}:${d.detail ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One evaluation pass over a module tree. */
class Tree {
  readonly files = new Map<string, HclFile>();
  readonly touched = new Set<string>();
  private readonly remote: Map<string, string> | undefined;
  private readonly deepVersions = new Map<string, string>();
  /** Module runs begun and not finished, by cache key: a run unwound by a Deferred resumes with what it memoized. */
  private readonly runs = new Map<string, ModuleRun>();
  private lazyDepth = 0;
  private driving = false;
  /** The lazy values the driver's stack waits for. */
  private readonly waiting = new Set<string>();

  constructor(
    readonly host: Host,
    readonly root: string,
    readonly options: EvaluateOptions,
    readonly cache: EvalCache,
  ) {
    this.remote = readModulesManifest(host, root);
  }

  /**
   * Runs `compute`, a lazy evaluation named `key` across the tree that memoizes its result. Lazy
   * evaluations nest on the JavaScript stack (a local reading a local ...); when the chain grows past
   * MAX_LAZY_DEPTH steps or MAX_EVALUATION_DEPTH nested expressions, it unwinds (a Deferred, each
   * memo left as it was before) to the outermost call, which evaluates the deepest missing value first
   * on a fresh stack and then retries: a chain of any length in bounded stack, each value evaluated
   * at most a few times. CYCLE when `key` is one the unwound chain is waiting for.
   */
  lazy<T>(key: string, compute: () => T): T | typeof CYCLE {
    if (!this.driving) return this.drive(key, compute);
    if (this.waiting.has(key)) return CYCLE;
    if (this.lazyDepth >= MAX_LAZY_DEPTH || evaluationDepth() - this.baseDepth >= MAX_EVALUATION_DEPTH) throw new Deferred(key, compute);
    this.lazyDepth++;
    try {
      return compute();
    } finally {
      this.lazyDepth--;
    }
  }

  private baseDepth = 0;

  private drive<T>(key: string, compute: () => T): T {
    this.driving = true;
    const base = evaluationDepth();
    const stack: { key: string; run: () => unknown }[] = [{ key, run: compute }];
    this.waiting.add(key);
    try {
      for (;;) {
        const top = stack[stack.length - 1]!;
        this.lazyDepth = 1;
        this.baseDepth = base;
        setEvaluationDepth(base);
        try {
          const value = top.run();
          stack.pop();
          this.waiting.delete(top.key);
          if (!stack.length) return value as T;
        } catch (e) {
          if (!(e instanceof Deferred)) throw e;
          stack.push({ key: e.key, run: e.force });
          this.waiting.add(e.key);
        }
      }
    } finally {
      this.driving = false;
      this.lazyDepth = 0;
      this.waiting.clear();
      setEvaluationDepth(base);
    }
  }

  /** A module's configuration, reusing the cached one when none of its files changed. */
  config(dir: string): ModuleConfig {
    const { config, loaded } = cachedModuleConfig(this.host, dir, this.cache);
    for (const p of config.files.keys()) this.touched.add(p);
    if (loaded) this.deepVersions.clear();
    return config;
  }

  /** Where a module call's source lives, or why it cannot be loaded. */
  resolveSource(call: ModuleCallDecl, callerDir: string, path: readonly string[]): { dir: string } | { reason: string } {
    const source = call.source;
    if (source === undefined) return { reason: 'the module has no literal source' };
    if (source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..') {
      const dir = joinPath(callerDir, source);
      if (!this.host.readDir(dir)) return { reason: `the module directory ${dir} does not exist` };
      return { dir };
    }
    const key = [...path.slice(1), call.name].join('.');
    const fetched = this.remote?.get(key);
    if (fetched !== undefined) {
      const dir = joinPath(this.root, fetched);
      if (this.host.readDir(dir)) return { dir };
      return { reason: `.terraform/modules/modules.json points at ${dir}, which does not exist: run "terraform init" again` };
    }
    return { reason: `the module source "${source}" is remote and has not been fetched: run "terraform init" to let Kensa read it` };
  }

  /** The root module's variable values from defaults, tfvars files and explicit values. */
  rootInputs(config: ModuleConfig): { values: Map<string, InputValue>; diagnostics: Diagnostic[] } {
    const values = new Map<string, InputValue>();
    const diagnostics: Diagnostic[] = [];
    const dir = config.dir;
    const names = (this.host.readDir(dir) ?? []).filter((e) => !e.isDirectory).map((e) => e.name);
    const files: string[] = [];
    if (names.includes('terraform.tfvars')) files.push('terraform.tfvars');
    if (names.includes('terraform.tfvars.json')) files.push('terraform.tfvars.json');
    files.push(...names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')).sort());
    const paths = [...files.map((f) => joinPath(dir, f)), ...(this.options.varFiles ?? []).map(normalizePath)];
    for (const path of paths) {
      const text = this.host.readFile(path);
      if (text === undefined) {
        diagnostics.push({ severity: 'error', summary: 'Failed to read variables file', detail: `Given variables file ${path} does not exist.`, file: path, range: ZERO_RANGE });
        continue;
      }
      const file = parseCached(this.cache.parsed, path, text).file;
      this.touched.add(path);
      for (const d of file.diagnostics) diagnostics.push(d);
      const report = reporter(diagnostics, file);
      const scope = constantScope(path, report);
      for (const item of file.body.items) {
        if (item.kind === 'block') {
          report('error', item.type, 'Unexpected block', 'Variable definition files may contain only argument assignments, not blocks.');
          continue;
        }
        if (!config.variables.has(item.name.name)) {
          report('warning', item.name, 'Value for undeclared variable', `The root module does not declare a variable named "${item.name.name}", so this value is ignored.`);
          continue;
        }
        const v = evaluate(item.expr, scope);
        values.set(item.name.name, { value: through(v, { file: path, start: item.start, end: item.end, role: 'tfvars' }), file, node: item, role: 'tfvars' });
      }
    }
    for (const [name, raw] of Object.entries(this.options.vars ?? {})) {
      if (!config.variables.has(name)) {
        diagnostics.push({ severity: 'warning', summary: 'Value for undeclared variable', detail: `A value was given for "${name}", but the root module declares no such variable.`, file: dir, range: ZERO_RANGE });
        continue;
      }
      const decl = config.variables.get(name)!;
      // -var values are strings unless the variable's type is not a string, as Terraform parses them
      const isString = !decl.type || (decl.type.kind === 'variable' && decl.type.name === 'string');
      let value: Value = str(raw, { file: '-var', start: 0, end: 0, role: 'cli-var' });
      if (!isString) {
        const parsed = parseExpressionText(raw, `-var ${name}`);
        if (parsed.diagnostics.length === 0) {
          const ds: Diagnostic[] = [];
          value = evaluate(parsed.expr, constantScope(`-var ${name}`, () => ds.push({} as Diagnostic)));
          value = through(value, { file: '-var', start: 0, end: 0, role: 'cli-var' });
        }
      }
      values.set(name, { value, role: 'cli-var' });
    }
    return { values, diagnostics };
  }

  /** A content fingerprint of a module directory and every module below it. */
  deepVersion(dir: string, seen: readonly string[] = []): string {
    const known = this.deepVersions.get(dir);
    if (known !== undefined) return known;
    const config = this.config(dir);
    let v = '';
    for (const p of config.files.keys()) v += `${p}:${this.cache.parsed.get(p)?.hash ?? hashText(config.files.get(p)!.text)};`;
    for (const call of config.moduleCalls) {
      const r = this.resolveSource(call, dir, [this.root]);
      if ('dir' in r && !seen.includes(r.dir)) v += `[${this.deepVersion(r.dir, [...seen, dir])}]`;
    }
    const h = hashText(v);
    this.deepVersions.set(dir, h);
    return h;
  }

  instantiate(
    config: ModuleConfig,
    address: string,
    inputs: ReadonlyMap<string, InputValue>,
    parentProviders: readonly ProviderConfig[],
    call: ModuleCallDecl | undefined,
    key: number | string | undefined,
    path: readonly string[],
    extraDiagnostics: readonly Diagnostic[] = [],
  ): ModuleInstance {
    let inputsKey = '';
    const sources = new Set<string>();
    for (const [k, v] of inputs) {
      inputsKey += `${k}=${valueKey(v.value)};`;
      originFiles(v.value, sources);
    }
    // where the inputs were written: if one of those files changed, positions inside the instance may have moved
    for (const f of [...sources].sort()) inputsKey += `@${f}:${this.cache.parsed.get(f)?.hash ?? ''}`;
    let providersKey = '';
    for (const p of parentProviders) providersKey += `${p.name}.${p.alias ?? ''}=${valueKey(p.region)}/${valueKey(p.defaultTags)};`;
    // root modules share one cache in the editor: their instances' addresses ("", module.net) repeat
    const slot = `${this.root}\u0000${address}`;
    const cacheKey = `${slot}\u0000${this.deepVersion(config.dir)}\u0000${hashText(inputsKey)}\u0000${hashText(providersKey)}\u0000${this.options.workspace ?? 'default'}\u0000${this.options.defaultRegion ?? ''}\u0000${extraDiagnostics.length}`;
    const cached = this.cache.instances.get(cacheKey);
    if (cached && cached.config === config) return cached;
    let run = this.runs.get(cacheKey);
    if (!run) {
      this.cache.evaluatedLastRun++;
      run = new ModuleRun(this, config, address, inputs, parentProviders, call, key, path, extraDiagnostics);
      this.runs.set(cacheKey, run);
    }
    const instance = run.finish();
    this.runs.delete(cacheKey);
    // one entry per module address of each root: a new evaluation replaces the old one
    const previous = this.cache.keyOfAddress.get(slot);
    if (previous !== undefined && previous !== cacheKey) this.cache.instances.delete(previous);
    this.cache.keyOfAddress.set(slot, cacheKey);
    this.cache.instances.set(cacheKey, instance);
    return instance;
  }
}

const ZERO_RANGE = { start: { offset: 0, line: 0, column: 0 }, end: { offset: 0, line: 0, column: 0 } };

/** Adds the files named anywhere in a value's provenance, nested values included. */
function originFiles(v: Value, out: Set<string>): void {
  for (let o = v.origin; o; o = o.via) out.add(o.file);
  if (v.kind === 'list') for (const x of v.items) originFiles(x, out);
  else if (v.kind === 'object') for (const x of v.entries.values()) originFiles(x, out);
}

/** `.terraform/modules/modules.json`: module keys (`a.b`) to the directories `terraform init` fetched them into. */
function readModulesManifest(host: Host, root: string): Map<string, string> | undefined {
  const text = host.readFile(joinPath(root, '.terraform/modules/modules.json'));
  if (text === undefined) return undefined;
  try {
    const json = JSON.parse(text) as { Modules?: { Key?: string; Dir?: string }[] };
    const out = new Map<string, string>();
    for (const m of json.Modules ?? []) if (m.Key && m.Dir) out.set(m.Key, m.Dir);
    return out;
  } catch {
    return undefined;
  }
}

interface InputValue {
  readonly value: Value;
  readonly role: 'tfvars' | 'cli-var' | 'module-input';
  readonly file?: HclFile;
  readonly node?: Span;
}

function reporter(sink: Diagnostic[], file: HclFile): Report {
  return (severity: Severity, node: Span, summary: string, detail: string) => {
    sink.push({ severity, summary, detail, file: file.path, range: file.lines.range(node.start, Math.max(node.start, node.end)) });
  };
}

/** A scope with no references: tfvars values and -var values are constants. */
function constantScope(file: string, report: Report): Scope {
  const refs: References = {
    resolve: () => undefined,
    functionContext: NO_FILES,
  };
  return { file, refs, report };
}

const NO_FILES: FunctionContext = {
  moduleDir: '.',
  readFile: () => undefined,
  listFiles: () => undefined,
  renderTemplate: () => unknown('templates are not available here'),
};

type Memo<T> = { state: 'running' } | { state: 'done'; value: T };

interface ResourceGroup {
  readonly instances: ResourceInstance[];
  readonly value: Value;
}

/** The evaluation of one module instance. */
class ModuleRun implements References {
  readonly diagnostics: Diagnostic[] = [];
  private readonly variables = new Map<string, Value>();
  private readonly locals = new Map<string, Memo<Value>>();
  private readonly outputs = new Map<string, Memo<Value>>();
  private readonly resources = new Map<string, Memo<ResourceGroup>>();
  private readonly calls = new Map<string, Memo<{ instances: ModuleInstance[]; value: Value }>>();
  private readonly providers: ProviderConfig[] = [];
  private readonly unresolved: UnresolvedModule[] = [];
  private readonly resourceTypes: Set<string>;
  readonly functionContext: FunctionContext;

  constructor(
    private readonly tree: Tree,
    private readonly config: ModuleConfig,
    private readonly address: string,
    inputs: ReadonlyMap<string, InputValue>,
    private readonly parentProviders: readonly ProviderConfig[],
    private readonly call: ModuleCallDecl | undefined,
    private readonly key: number | string | undefined,
    private readonly path: readonly string[],
    extraDiagnostics: readonly Diagnostic[],
  ) {
    for (const d of extraDiagnostics) this.diagnostics.push(d);
    this.resourceTypes = new Set(config.resources.filter((r) => r.mode === 'managed').map((r) => r.type));
    this.functionContext = this.makeFunctionContext();
    this.inputs = inputs;
  }

  private readonly inputs: ReadonlyMap<string, InputValue>;
  private prepared = false;

  /** Binds the variables and configures the providers, once (again if a Deferred unwound it). */
  private prepare(): void {
    if (this.prepared) return;
    this.variables.clear();
    this.providers.length = 0;
    this.bindVariables(this.inputs);
    this.configureProviders();
    this.prepared = true;
  }

  // ---- diagnostics and scopes ----

  private file(path: string): HclFile {
    return this.config.files.get(path)!;
  }

  report(path: string): Report {
    const file = this.config.files.get(path);
    return (severity, node, summary, detail) => {
      if (!file) return;
      this.diagnostics.push({ severity, summary, detail, file: path, range: file.lines.range(node.start, Math.max(node.start, node.end)) });
    };
  }

  scope(path: string, bindings?: Iterable<[string, Value]>): Scope {
    const base: Scope = { file: path, refs: this, report: this.report(path) };
    return bindings ? childScope(base, bindings) : base;
  }

  private makeFunctionContext(): FunctionContext {
    const moduleDir = this.config.dir;
    const root = this.tree.root;
    const host = this.tree.host;
    // files are read only from inside the configuration's own tree, also where symbolic links lead
    const trees = [root, moduleDir];
    // resolved on the first file a function reads, not for every module instance
    let realTrees: string[] | undefined;
    const inside = (full: string): boolean => {
      if (!trees.some((d) => isWithin(d, full))) return false;
      const real = host.realPath?.(full);
      if (real === undefined) return true;
      realTrees ??= trees.map((d) => host.realPath!(d)).filter((d): d is string => d !== undefined);
      return realTrees.some((d) => isWithin(d, real));
    };
    const allowed = (p: string): string | undefined => {
      const full = p.startsWith('/') ? normalizePath(p) : joinPath(moduleDir, p);
      return inside(full) ? full : undefined;
    };
    return {
      moduleDir,
      readFile: (p) => {
        const full = allowed(p);
        return full === undefined ? undefined : host.readFile(full);
      },
      ...(host.readBytes
        ? {
            readBytes: (p: string) => {
              const full = allowed(p);
              return full === undefined ? undefined : host.readBytes!(full);
            },
          }
        : {}),
      outsideTree: (p) => allowed(p) === undefined,
      listFiles: (d) => {
        const full = allowed(d);
        if (full === undefined) return undefined;
        const out: string[] = [];
        // a directory reached twice through links (a link to its parent) is listed once
        const seen = new Set<string>();
        const walk = (dir: string, prefix: string): void => {
          const real = host.realPath?.(dir);
          if (real !== undefined) {
            if (seen.has(real)) return;
            seen.add(real);
          }
          for (const e of host.readDir(dir) ?? []) {
            const path = joinPath(dir, e.name);
            if (!inside(path)) continue;
            if (e.isDirectory) walk(path, `${prefix}${e.name}/`);
            else out.push(`${prefix}${e.name}`);
          }
        };
        if (!host.readDir(full)) return undefined;
        walk(full, '');
        return out.sort();
      },
      renderTemplate: (text, path, vars) => this.renderTemplate(text, path, vars),
    };
  }

  private renderingTemplate = false;

  private renderTemplate(text: string, path: string, vars: Value): Value {
    // as Terraform: a template may not call templatefile (a template including itself would never end)
    if (this.renderingTemplate) throw new FunctionError('cannot recursively call templatefile from inside another templatefile call');
    this.renderingTemplate = true;
    try {
      return this.renderTemplateText(text, path, vars);
    } finally {
      this.renderingTemplate = false;
    }
  }

  private renderTemplateText(text: string, path: string, vars: Value): Value {
    const { parseTemplateText } = TEMPLATE;
    const parsed = parseTemplateText(text, path);
    // as Terraform: a template that does not parse fails the call
    const syntax = parsed.diagnostics.find((d) => d.severity === 'error');
    if (syntax) throw new FunctionError(`${path}:${syntax.range.start.line + 1},${syntax.range.start.column + 1}: ${syntax.summary}${syntax.detail ? `; ${syntax.detail}` : ''}`);
    const bindings: [string, Value][] = vars.kind === 'object' ? [...vars.entries] : [];
    const errors: string[] = [];
    const scope: Scope = {
      file: path,
      refs: { resolve: () => undefined, functionContext: this.functionContext },
      report: (severity, _node, summary, detail) => {
        if (severity === 'error') errors.push(`${summary}: ${detail}`);
      },
      locals: new Map(bindings),
    };
    const v = evaluate(parsed.template, scope);
    // an error inside the template is the call's error, reported where templatefile is called (as Terraform does)
    if (errors.length) throw new FunctionError(`${path}: ${errors[0]}`);
    return v;
  }

  // ---- variables ----

  private bindVariables(inputs: ReadonlyMap<string, InputValue>): void {
    for (const [name, decl] of this.config.variables) {
      const report = this.report(decl.file);
      let type: TypeConstraint | undefined;
      if (decl.type) {
        const t = parseTypeConstraint(decl.type, this.file(decl.file).text, (e: Expression) => evaluate(e, this.scope(decl.file)));
        if ('error' in t) report('error', { start: t.start, end: t.end }, 'Invalid type specification', t.error);
        else type = t.type;
      }
      let given = inputs.get(name);
      // as Terraform binds it: null given to a variable with nullable = false takes the default (an error only without one)
      const defaultValue = (): Value => {
        const d = evaluate(decl.default!.expr, this.scope(decl.file));
        return through(d, { file: decl.file, start: decl.default!.start, end: decl.default!.end, role: 'variable-default' });
      };
      let value: Value;
      if (given?.value.kind === 'null' && !decl.nullable) {
        if (decl.default && (value = defaultValue()).kind !== 'null') given = undefined;
        else {
          const at = given.node ?? decl.block;
          const detail = `The variable "${name}" is required and not nullable, but the given value is null.`;
          if (given.file) reporter(this.diagnostics, given.file)('error', at, 'Invalid value for variable', detail);
          else if (given.role === 'module-input' && this.call) this.parentReport('error', at, 'Invalid value for variable', detail);
          else report('error', at, 'Invalid value for variable', detail);
          value = unknown(`unknown because var.${name} is null, which it may not be`);
        }
      } else if (given) value = given.value;
      else if (decl.default) value = defaultValue();
      else {
        if (!this.call) {
          report('warning', decl.block.labels[0] ?? decl.block.type, 'No value for required variable', `The root module variable "${name}" is not set, and has no default value. Set it in a .tfvars file to let Kensa evaluate what depends on it.`);
        } else {
          this.parentReport('error', this.call.block.labels[0] ?? this.call.block.type, 'Missing required argument', `The argument "${name}" is required by the module at ${relativePath(this.tree.root, this.config.dir) || '.'}, but no definition was found.`);
        }
        value = unknown(`unknown because var.${name} has no value`);
      }
      if (type && value.kind !== 'unknown') {
        try {
          value = convertToType(value, type);
        } catch (e) {
          if (!(e instanceof TypeConversionError)) throw e;
          const detail = `Unsuitable value for var.${name}: ${e.message}.`;
          if (given?.file && given.node) reporter(this.diagnostics, given.file)('error', given.node, 'Invalid value for input variable', detail);
          else if (given?.role === 'module-input' && given.node && this.call) {
            // the value came from the parent's module block
            this.parentReport('error', given.node, 'Invalid value for input variable', detail);
          } else report('error', decl.default ?? decl.block, 'Invalid default value for variable', detail);
          value = unknown(`invalid value for var.${name}`);
        }
      }
      if (decl.sensitive) value = markSensitive(value);
      const step: Omit<Origin, 'via'> = { file: decl.file, start: decl.block.start, end: decl.block.end, role: 'variable' };
      this.variables.set(name, through(value, step));
    }
    for (const [name, v] of inputs) {
      if (!this.config.variables.has(name) && v.role === 'module-input' && v.node && this.call) {
        this.parentReport('error', v.node, 'Unsupported argument', `An argument named "${name}" is not expected here: the module at ${this.config.dir} declares no variable of that name.`);
      }
    }
    this.validateVariables(inputs);
  }

  /** A report into the module block that called this module, in the parent's file. */
  private parentReport(severity: Severity, node: Span, summary: string, detail: string): void {
    const callFile = this.call ? this.tree.cache.parsed.get(this.call.file)?.file : undefined;
    if (callFile) reporter(this.diagnostics, callFile)(severity, node, summary, detail);
  }

  /** Runs each variable's validation rules; a failure is reported where the value was given, as Terraform does. */
  private validateVariables(inputs: ReadonlyMap<string, InputValue>): void {
    for (const [name, decl] of this.config.variables) {
      for (const v of decl.validations) {
        const attrs = attributesOf(v.body);
        const cond = attrs.get('condition');
        if (!cond) continue;
        const c = evaluate(cond.expr, this.scope(decl.file));
        if (c.kind === 'bool' && !c.value) {
          const msg = attrs.get('error_message');
          const m = msg ? evaluate(msg.expr, this.scope(decl.file)) : undefined;
          const text = m?.kind === 'string' ? m.value : 'The validation condition is false.';
          const given = inputs.get(name);
          const rule = this.file(decl.file).lines.range(cond.start, cond.end).start;
          const where = `${relativePath(this.tree.root, decl.file)}:${rule.line + 1}`;
          if (given?.node && given.file) reporter(this.diagnostics, given.file)('error', given.node, 'Invalid value for variable', `${text} (var.${name}, checked by the validation rule at ${where}.)`);
          else if (given?.node && given.role === 'module-input' && this.call) this.parentReport('error', given.node, 'Invalid value for variable', `${text} (var.${name}, checked by the validation rule at ${where}.)`);
          else this.report(decl.file)('error', cond, 'Invalid value for variable', `${text} (var.${name}, checked by the validation rule here.)`);
        }
      }
    }
  }

  // ---- providers ----

  private configureProviders(): void {
    // configurations passed from the parent: the default ones implicitly, aliases through `providers = {...}`
    const passed = new Map<string, ProviderConfig>();
    for (const p of this.parentProviders) if (!p.alias) passed.set(p.name, p);
    if (this.call?.providers) {
      const e = this.call.providers.expr;
      if (e.kind === 'object') {
        for (const item of e.items) {
          const childName = refText(item.key);
          const parentName = refText(item.value);
          if (!childName || !parentName) continue;
          const [pn, palias] = parentName.split('.');
          const from = this.parentProviders.find((p) => p.name === pn && (p.alias ?? '') === (palias ?? ''));
          const [cn, calias] = childName.split('.');
          if (from) {
            const { alias: _drop, ...rest } = from;
            void _drop;
            passed.set(childName, { ...rest, name: cn!, ...(calias ? { alias: calias } : {}) });
          }
        }
      }
    }
    const own = new Set<string>();
    for (const decl of this.config.providers) {
      const attrs = attributesOf(decl.block.body);
      const scope = this.scope(decl.file);
      const region = attrs.get('region') ? evaluate(attrs.get('region')!.expr, scope) : this.defaultRegion();
      let defaultTags: Value = NULL;
      const dt = blocksOf(decl.block.body, 'default_tags')[0];
      const dtTags = dt ? attributesOf(dt.body).get('tags') : attrs.get('default_tags');
      if (dtTags) {
        const v = evaluate(dtTags.expr, scope);
        defaultTags = dt ? v : v.kind === 'object' ? (v.entries.get('tags') ?? NULL) : v;
      }
      const key = decl.alias ? `${decl.name}.${decl.alias}` : decl.name;
      own.add(key);
      const body = this.evaluateBody(decl.block.body, decl.file, scope, NO_SKIP, `provider.${key}`);
      this.providers.push({ name: decl.name, ...(decl.alias ? { alias: decl.alias } : {}), region, defaultTags, block: decl.block, file: decl.file, module: this.address, body });
    }
    for (const [key, p] of passed) if (!own.has(key)) this.providers.push(p);
  }

  private defaultRegion(): Value {
    const r = this.tree.options.defaultRegion;
    return r ? str(r) : unknown('the provider configures no region');
  }

  private providerFor(decl: ResourceDecl): ProviderConfig {
    let name = decl.type.split('_')[0]!;
    let alias: string | undefined;
    if (decl.provider) {
      const text = refText(decl.provider.expr);
      if (text) [name, alias] = text.split('.') as [string, string | undefined];
    } else {
      // the longest required_providers name that prefixes the type wins
      for (const local of this.config.requiredProviders.keys()) if (decl.type.startsWith(local + '_') && local.length > name.length) name = local;
    }
    const found = this.providers.find((p) => p.name === name && p.alias === alias);
    if (found) return found;
    if (alias) {
      this.report(decl.file)('error', decl.provider!, 'Provider configuration not present', `There is no provider configuration "${name}.${alias}" in this module; declare it with a provider block, or pass it from the calling module.`);
    }
    return { name, ...(alias ? { alias } : {}), region: this.defaultRegion(), defaultTags: NULL, module: this.address };
  }

  // ---- references ----

  resolve(root: string, steps: readonly Step[], node: Span, scope: Scope): { value: Value; consumed: number } | undefined {
    const first = steps[0];
    const name = first?.kind === 'attr' ? first.name : undefined;
    const report = scope.report;
    switch (root) {
      case 'var': {
        if (name === undefined) return bad(report, node, 'A reference to "var" must name a variable: var.NAME.');
        const v = this.variables.get(name);
        if (!v) {
          report('error', { start: node.start, end: first!.node.end }, 'Reference to undeclared input variable', `An input variable with the name "${name}" has not been declared. This variable can be declared with a variable "${name}" {} block.`);
          return { value: unknown(`undeclared var.${name}`), consumed: 1 };
        }
        return { value: through(v, { file: scope.file, start: node.start, end: first!.node.end, role: 'expression' }), consumed: 1 };
      }
      case 'local': {
        if (name === undefined) return bad(report, node, 'A reference to "local" must name a local value: local.NAME.');
        if (!this.config.locals.has(name)) {
          report('error', { start: node.start, end: first!.node.end }, 'Reference to undeclared local value', `A local value with the name "${name}" has not been declared.`);
          return { value: unknown(`undeclared local.${name}`), consumed: 1 };
        }
        return { value: this.local(name, scope, { start: node.start, end: first!.node.end }), consumed: 1 };
      }
      case 'module': {
        if (name === undefined) return bad(report, node, 'A reference to "module" must name a module call: module.NAME.');
        const call = this.config.moduleCalls.find((c) => c.name === name);
        if (!call) {
          report('error', { start: node.start, end: first!.node.end }, 'Reference to undeclared module', `No module call named "${name}" is declared in this module.`);
          return { value: unknown(`undeclared module.${name}`), consumed: 1 };
        }
        return { value: this.moduleCall(call).value, consumed: 1 };
      }
      case 'data': {
        const second = steps[1];
        if (name === undefined || second?.kind !== 'attr') return bad(report, node, 'A reference to a data source must give its type and name: data.TYPE.NAME.');
        const decl = this.config.resources.find((r) => r.mode === 'data' && r.type === name && r.name === second.name);
        if (!decl) {
          report('error', { start: node.start, end: second.node.end }, 'Reference to undeclared resource', `A data resource "${name}" "${second.name}" has not been declared in this module.`);
          return { value: unknown(`undeclared data.${name}.${second.name}`), consumed: 2 };
        }
        return { value: this.resourceGroup(decl).value, consumed: 2 };
      }
      case 'path': {
        if (name === 'module') return { value: str(relativePath(this.tree.root, this.config.dir)), consumed: 1 };
        if (name === 'root') return { value: str('.'), consumed: 1 };
        if (name === 'cwd') return { value: str(this.tree.root), consumed: 1 };
        return bad(report, node, 'The "path" object has only the attributes "module", "root" and "cwd".');
      }
      case 'terraform': {
        if (name === 'workspace') return { value: str(this.tree.options.workspace ?? 'default'), consumed: 1 };
        return bad(report, node, 'The "terraform" object has only the attribute "workspace".');
      }
      case 'count':
      case 'each':
      case 'self':
        report('error', node, `Reference to "${root}" in a context where it is not available`, root === 'self' ? 'The "self" object is available only in provisioner and connection blocks.' : `The "${root}" object is available only in resource and module blocks that set the "${root === 'each' ? 'for_each' : 'count'}" argument.`);
        return { value: unknown(`${root} is not available here`), consumed: steps.length ? 1 : 0 };
    }
    if (this.resourceTypes.has(root) || (name !== undefined && this.config.resources.some((r) => r.mode === 'managed' && r.type === root))) {
      if (name === undefined) return bad(report, node, `A reference to a resource type must name a resource: ${root}.NAME.`);
      const decl = this.config.resources.find((r) => r.mode === 'managed' && r.type === root && r.name === name);
      if (!decl) {
        report('error', { start: node.start, end: first!.node.end }, 'Reference to undeclared resource', `A managed resource "${root}" "${name}" has not been declared in this module.`);
        return { value: unknown(`undeclared ${root}.${name}`), consumed: 1 };
      }
      return { value: this.resourceGroup(decl).value, consumed: 1 };
    }
    if (name !== undefined && /^[a-z0-9]+_[a-z0-9_]+$/.test(root)) {
      report('error', { start: node.start, end: first!.node.end }, 'Reference to undeclared resource', `A managed resource "${root}" "${name}" has not been declared in this module.`);
      return { value: unknown(`undeclared ${root}.${name}`), consumed: 1 };
    }
    return undefined;
  }

  private local(name: string, scope: Scope, at: Span): Value {
    const memo = this.locals.get(name);
    const decl = this.config.locals.get(name)!;
    const cycle = (): Value => {
      scope.report('error', at, 'Cycle in local values', `The local value "${name}" depends on itself, through this reference.`);
      return unknown(`cycle through local.${name}`);
    };
    if (memo?.state === 'running') return cycle();
    let value: Value;
    if (memo?.state === 'done') value = memo.value;
    else {
      const computed = this.tree.lazy(`${this.address}\u0000local.${name}`, () => {
        this.locals.set(name, { state: 'running' });
        try {
          const v = evaluate(decl.attr.expr, this.scope(decl.file));
          this.locals.set(name, { state: 'done', value: v });
          return v;
        } catch (e) {
          this.locals.delete(name);
          throw e;
        }
      });
      if (computed === CYCLE) return cycle();
      value = computed;
    }
    return through(value, { file: decl.file, start: decl.attr.start, end: decl.attr.end, role: 'local' });
  }

  private output(name: string): Value {
    const memo = this.outputs.get(name);
    const decl = this.config.outputs.get(name)!;
    if (memo?.state === 'running') return unknown(`cycle through output ${name}`);
    if (memo?.state === 'done') return memo.value;
    const computed = this.tree.lazy(`${this.address}\u0000output.${name}`, () => {
      this.outputs.set(name, { state: 'running' });
      try {
        let value = decl.value ? evaluate(decl.value.expr, this.scope(decl.file)) : NULL;
        if (decl.sensitive) value = markSensitive(value);
        if (decl.value) value = through(value, { file: decl.file, start: decl.value.start, end: decl.value.end, role: 'output' });
        this.outputs.set(name, { state: 'done', value });
        return value;
      } catch (e) {
        this.outputs.delete(name);
        throw e;
      }
    });
    return computed === CYCLE ? unknown(`cycle through output ${name}`) : computed;
  }

  // ---- resources ----

  private resourceGroup(decl: ResourceDecl): ResourceGroup {
    const key = `${decl.mode}.${decl.type}.${decl.name}`;
    const memo = this.resources.get(key);
    const base = `${this.address ? this.address + '.' : ''}${decl.mode === 'data' ? 'data.' : ''}${decl.type}.${decl.name}`;
    const cycle = (): ResourceGroup => {
      this.report(decl.file)('error', decl.block.labels[1] ?? decl.block.type, 'Cycle', `${base} depends on its own attributes; Terraform would report a dependency cycle.`);
      return { instances: [], value: unknown(`cycle through ${base}`, base) };
    };
    if (memo?.state === 'running') return cycle();
    if (memo?.state === 'done') return memo.value;
    const group = this.tree.lazy(`${this.address}\u0000${key}`, () => {
      this.resources.set(key, { state: 'running' });
      try {
        const g = this.expandResource(decl, base);
        this.resources.set(key, { state: 'done', value: g });
        return g;
      } catch (e) {
        this.resources.delete(key);
        throw e;
      }
    });
    return group === CYCLE ? cycle() : group;
  }

  private expandResource(decl: ResourceDecl, base: string): ResourceGroup {
    const provider = this.providerFor(decl);
    const scope = this.scope(decl.file);
    const make = (key: number | string | undefined, bindings: [string, Value][], expansionUnknown?: string): ResourceInstance => {
      const address = key === undefined ? (expansionUnknown ? `${base}[*]` : base) : `${base}[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
      const s = this.scope(decl.file, bindings);
      const body = this.evaluateBody(decl.block.body, decl.file, s, RESOURCE_META, address);
      // computed attributes name the instance they belong to, data sources too (module path and key included)
      const value = bodyValue(body, address);
      return {
        address,
        module: this.address,
        mode: decl.mode,
        type: decl.type,
        name: decl.name,
        ...(key !== undefined ? { key } : {}),
        ...(expansionUnknown ? { expansionUnknown } : {}),
        decl,
        file: decl.file,
        provider,
        body,
        value,
      };
    };
    const expansion = this.expansion(decl.count, decl.forEach, scope, base);
    if (expansion.kind === 'single') {
      const inst = make(undefined, []);
      return { instances: [inst], value: inst.value };
    }
    if (expansion.kind === 'unknown') {
      const bindings: [string, Value][] = decl.count ? [['count', object({ index: unknown(expansion.reason) })]] : [['each', object({ key: unknown(expansion.reason), value: unknown(expansion.reason) })]];
      const inst = make(undefined, bindings, expansion.reason);
      return { instances: [inst], value: unknown(expansion.reason, base) };
    }
    const instances = expansion.keys.map(([k, bindings]) => make(k, bindings));
    if (expansion.kind === 'count') return { instances, value: tuple(instances.map((i) => i.value)) };
    return { instances, value: object(new Map(instances.map((i) => [String(i.key), i.value]))) };
  }

  /** The instance keys from `count` or `for_each`, with the `count`/`each` bindings for each. */
  private expansion(
    count: Attribute | undefined,
    forEach: Attribute | undefined,
    scope: Scope,
    what: string,
  ): { kind: 'single' } | { kind: 'unknown'; reason: string } | { kind: 'count' | 'for_each'; keys: [number | string, [string, Value][]][] } {
    if (count) {
      const v = evaluate(count.expr, scope);
      if (v.kind === 'unknown') {
        scope.report('info', count.expr, 'Unknown count', `The number of ${what} instances depends on ${dependsOn(v)}; Kensa checks one instance as a stand-in.`);
        return { kind: 'unknown', reason: `unknown because its count is ${v.reason}` };
      }
      let n = v.kind === 'number' ? v.value : v.kind === 'string' && /^\d+$/.test(v.value) ? Number(v.value) : NaN;
      if (v.kind === 'null' || !Number.isInteger(n) || n < 0) {
        scope.report('error', count.expr, 'Invalid count argument', `The given "count" argument value is unsuitable: ${v.kind === 'null' ? 'it must not be null' : 'it must be a whole number, zero or more'}.`);
        n = 0;
      }
      const keys: [number, [string, Value][]][] = [];
      for (let i = 0; i < n; i++) keys.push([i, [['count', object({ index: num(i) })]]]);
      return { kind: 'count', keys };
    }
    if (forEach) {
      const v = evaluate(forEach.expr, scope);
      if (v.kind === 'unknown' || !isWhollyKnownKeys(v)) {
        const u = v.kind === 'unknown' ? v : (firstUnknownKey(v) ?? unknown('known after apply'));
        scope.report('info', forEach.expr, 'Unknown for_each', `The instances of ${what} depend on ${dependsOn(u)}; Kensa checks one instance as a stand-in.`);
        return { kind: 'unknown', reason: `unknown because its for_each is ${u.reason}` };
      }
      const keys: [string, [string, Value][]][] = [];
      if (v.kind === 'object') {
        for (const k of [...v.entries.keys()].sort()) keys.push([k, [['each', object({ key: str(k), value: v.entries.get(k)! })]]]);
      } else if (v.kind === 'list') {
        if (v.type !== 'set') {
          scope.report('error', forEach.expr, 'Invalid for_each argument', `The given "for_each" argument value is unsuitable: the "for_each" argument must be a map, or set of strings, and you have provided a value of type ${v.type}. Convert it with toset() or a for expression.`);
        }
        const seen = new Set<string>();
        for (const item of v.items) {
          if (item.kind !== 'string') {
            scope.report('error', forEach.expr, 'Invalid for_each set argument', 'The given "for_each" argument value is unsuitable: "for_each" supports sets of strings only.');
            return { kind: 'for_each', keys: [] };
          }
          if (seen.has(item.value)) continue;
          seen.add(item.value);
          keys.push([item.value, [['each', object({ key: item, value: item })]]]);
        }
        keys.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      } else {
        scope.report('error', forEach.expr, 'Invalid for_each argument', `The given "for_each" argument value is unsuitable: it must be a map or a set of strings${v.kind === 'null' ? ', not null' : ''}.`);
      }
      return { kind: 'for_each', keys };
    }
    return { kind: 'single' };
  }

  /** Evaluates a resource (or nested block) body: attributes, nested and dynamic blocks. */
  private evaluateBody(body: Body, file: string, scope: Scope, skip: ReadonlySet<string>, address: string): EvaluatedBody {
    const attributes = new Map<string, EvaluatedAttribute>();
    const blocks: EvaluatedBlock[] = [];
    const unknownBlocks: string[] = [];
    for (const item of body.items) {
      if (item.kind === 'attribute') {
        if (skip.has(item.name.name)) continue;
        attributes.set(item.name.name, { name: item.name.name, value: evaluate(item.expr, scope), file, node: item });
        continue;
      }
      const type = item.type.name;
      if (type === 'dynamic') {
        this.expandDynamic(item, file, scope, blocks, unknownBlocks, address);
        continue;
      }
      if (type === 'lifecycle') {
        const attrs = new Map<string, EvaluatedAttribute>();
        for (const a of attributesOf(item.body).values()) {
          if (a.name.name === 'ignore_changes' || a.name.name === 'replace_triggered_by') continue;
          attrs.set(a.name.name, { name: a.name.name, value: evaluate(a.expr, scope), file, node: a });
        }
        blocks.push({ type, labels: [], body: { attributes: attrs, blocks: [], unknownBlocks: [], node: item.body, file }, file, node: item });
        continue;
      }
      const inner = type === 'provisioner' || type === 'connection' ? childScope(scope, [['self', unknown('known after apply', address)]]) : scope;
      blocks.push({ type, labels: item.labels.map((l) => l.value), body: this.evaluateBody(item.body, file, inner, NO_SKIP, address), file, node: item });
    }
    return { attributes, blocks, unknownBlocks, node: body, file };
  }

  private expandDynamic(block: Block, file: string, scope: Scope, out: EvaluatedBlock[], unknownBlocks: string[], address: string): void {
    const report = scope.report;
    const type = block.labels[0]?.value;
    if (!type) {
      report('error', block.type, 'Invalid dynamic block', 'A dynamic block needs one label: the type of the blocks it generates.');
      return;
    }
    const attrs = attributesOf(block.body);
    const content = blocksOf(block.body, 'content')[0];
    const forEach = attrs.get('for_each');
    if (!forEach || !content) {
      report('error', block.labels[0]!, 'Invalid dynamic block', `A dynamic block needs a "for_each" argument and a "content" block.`);
      return;
    }
    const iteratorName = attrs.get('iterator')?.expr.kind === 'variable' ? (attrs.get('iterator')!.expr as { name: string }).name : type;
    const coll = evaluate(forEach.expr, scope);
    if (coll.kind === 'unknown' || !isWhollyKnownKeys(coll)) {
      unknownBlocks.push(type);
      return;
    }
    let pairs: [Value, Value][];
    if (coll.kind === 'list') pairs = coll.items.map((v, i) => [coll.type === 'set' ? v : num(i), v]);
    else if (coll.kind === 'object') pairs = [...coll.entries.keys()].sort().map((k) => [str(k), coll.entries.get(k)!]);
    else {
      if (coll.kind !== 'null') report('error', forEach.expr, 'Invalid dynamic for_each value', `Cannot use a ${coll.kind} value in for_each. An iterable collection is required.`);
      return;
    }
    const labelsAttr = attrs.get('labels');
    for (const [k, v] of pairs) {
      const inner = childScope(scope, [[iteratorName, object({ key: k, value: v })]]);
      let labels: string[] = [];
      if (labelsAttr) {
        const lv = evaluate(labelsAttr.expr, inner);
        if (lv.kind === 'list') labels = lv.items.map((x) => (x.kind === 'string' ? x.value : ''));
      }
      out.push({ type, labels, body: this.evaluateBody(content.body, file, inner, NO_SKIP, address), file, node: content, dynamic: block });
    }
  }

  // ---- module calls ----

  private moduleCall(call: ModuleCallDecl, cycle = false): { instances: ModuleInstance[]; value: Value } {
    const memo = this.calls.get(call.name);
    const base = `${this.address ? this.address + '.' : ''}module.${call.name}`;
    if (memo?.state === 'running' || cycle) {
      this.report(call.file)('info', call.block.labels[0]!, 'Cycle through module', `Evaluating module.${call.name} needs one of its own outputs; Kensa treats those values as unknown.`);
      return { instances: [], value: unknown(`cycle through ${base}`) };
    }
    if (memo?.state === 'done') return memo.value;
    const result = this.tree.lazy(`${this.address}\u0000${base}`, () => {
      this.calls.set(call.name, { state: 'running' });
      try {
        const r = this.instantiateCall(call, base);
        this.calls.set(call.name, { state: 'done', value: r });
        return r;
      } catch (e) {
        this.calls.delete(call.name);
        throw e;
      }
    });
    if (result === CYCLE) return this.moduleCall(call, true);
    return result;
  }

  private instantiateCall(call: ModuleCallDecl, base: string): { instances: ModuleInstance[]; value: Value } {
    const report = this.report(call.file);
    const resolved = this.tree.resolveSource(call, this.config.dir, this.path);
    if ('reason' in resolved) {
      const remote = !(call.source ?? '').startsWith('.');
      report(remote ? 'info' : 'error', call.sourceAttr?.expr ?? call.block.labels[0]!, remote ? 'Module not loaded' : 'Module directory not found', `module.${call.name} cannot be evaluated: ${resolved.reason}. Its resources are not checked, and its outputs are unknown.`);
      this.unresolved.push({ call, reason: resolved.reason });
      return { instances: [], value: unknown(`module.${call.name} is not loaded`) };
    }
    if (this.path.includes(resolved.dir) || this.path.length >= MAX_MODULE_DEPTH) {
      report('error', call.block.labels[0]!, 'Module cycle', `module.${call.name} calls ${resolved.dir}, which is already being evaluated in this chain (${[...this.path, resolved.dir].join(' -> ')}).`);
      this.unresolved.push({ call, reason: 'module cycle' });
      return { instances: [], value: unknown(`module.${call.name} forms a cycle`) };
    }
    const config = this.tree.config(resolved.dir);
    const scope = this.scope(call.file);
    const expansion = this.expansion(call.count, call.forEach, scope, `module.${call.name}`);
    const makeInstance = (key: number | string | undefined, bindings: [string, Value][], address: string): ModuleInstance => {
      const s = this.scope(call.file, bindings);
      const inputs = new Map<string, InputValue>();
      for (const attr of call.inputs) {
        const v = evaluate(attr.expr, s);
        inputs.set(attr.name.name, { value: through(v, { file: call.file, start: attr.start, end: attr.end, role: 'module-input' }), role: 'module-input', node: attr });
      }
      return this.tree.instantiate(config, address, inputs, this.providers, call, key, [...this.path, resolved.dir]);
    };
    if (expansion.kind === 'single') {
      const inst = makeInstance(undefined, [], base);
      return { instances: [inst], value: outputsValue(inst) };
    }
    if (expansion.kind === 'unknown') {
      const bindings: [string, Value][] = call.count ? [['count', object({ index: unknown(expansion.reason) })]] : [['each', object({ key: unknown(expansion.reason), value: unknown(expansion.reason) })]];
      const inst = makeInstance(undefined, bindings, `${base}[*]`);
      return { instances: [inst], value: unknown(expansion.reason) };
    }
    const instances = expansion.keys.map(([k, b]) => makeInstance(k, b, `${base}[${typeof k === 'number' ? k : JSON.stringify(k)}]`));
    if (expansion.kind === 'count') return { instances, value: tuple(instances.map(outputsValue)) };
    return { instances, value: object(new Map(instances.map((i) => [String(i.key), outputsValue(i)]))) };
  }

  // ---- the result ----

  finish(): ModuleInstance {
    this.prepare();
    const locals = new Map<string, Value>();
    for (const name of this.config.locals.keys()) {
      const decl = this.config.locals.get(name)!;
      locals.set(name, this.local(name, this.scope(decl.file), decl.attr.name));
    }
    const resources: ResourceInstance[] = [];
    for (const decl of this.config.resources) for (const r of this.resourceGroup(decl).instances) resources.push(r);
    const children: ModuleInstance[] = [];
    for (const call of this.config.moduleCalls) for (const c of this.moduleCall(call).instances) children.push(c);
    const outputs = new Map<string, Value>();
    for (const name of this.config.outputs.keys()) outputs.set(name, this.output(name));
    const configBlocks: ConfigBlock[] = [];
    for (const p of this.providers) {
      if (p.module === this.address && p.block && p.body) configBlocks.push({ kind: 'provider', name: p.alias ? `${p.name}.${p.alias}` : p.name, block: p.block, file: p.file!, body: p.body });
    }
    for (const [name, decl] of this.config.variables) {
      // the type and validations are not values; everything else (the default above all) is
      const body = this.evaluateBody(decl.block.body, decl.file, this.scope(decl.file), VARIABLE_META, `var.${name}`);
      configBlocks.push({ kind: 'variable', name, block: decl.block, file: decl.file, body });
    }
    return {
      address: this.address,
      config: this.config,
      ...(this.call ? { call: this.call } : {}),
      ...(this.key !== undefined ? { key: this.key } : {}),
      variables: this.variables,
      locals,
      outputs,
      resources,
      children,
      providers: this.providers,
      unresolved: this.unresolved,
      configBlocks,
      diagnostics: this.diagnostics,
    };
  }
}

const NO_SKIP: ReadonlySet<string> = new Set();
const VARIABLE_META: ReadonlySet<string> = new Set(['type', 'validation']);

function bad(report: Report, node: Span, detail: string): { value: Value; consumed: number } {
  report('error', node, 'Invalid reference', detail);
  return { value: unknown('invalid reference'), consumed: 0 };
}

/** What an unknown value depends on, for a sentence: "aws_vpc.this.id, which is known after apply". */
function dependsOn(u: UnknownValue): string {
  return u.source ? `${u.source}, which is ${u.reason}` : `a value that is ${u.reason}`;
}

/** The unknown element that makes a set's keys unknown. */
function firstUnknownKey(v: Value): UnknownValue | undefined {
  if (v.kind !== 'list') return undefined;
  for (const x of v.items) {
    const u = firstUnknown(x);
    if (u) return u;
  }
  return undefined;
}

/** True if a for_each collection's keys (and, for sets, its elements) are known. */
function isWhollyKnownKeys(v: Value): boolean {
  if (v.kind === 'list') return v.items.every((x) => x.kind !== 'unknown' && (v.type !== 'set' || isWhollyKnown(x)));
  return v.kind !== 'unknown';
}

/** `aws.west` from a reference expression, or `aws`. */
function refText(e: Expression): string | undefined {
  if (e.kind === 'variable') return e.name;
  if (e.kind === 'get-attr' && e.object.kind === 'variable') return `${e.object.name}.${e.name.name}`;
  return undefined;
}

/** A resource's value as references see it: its attributes, its nested blocks as lists, the rest computed. */
function bodyValue(body: EvaluatedBody, address: string): ObjectValue {
  const entries = new Map<string, Value>();
  for (const [name, a] of body.attributes) entries.set(name, a.value);
  const byType = new Map<string, Value[]>();
  for (const b of body.blocks) {
    const list = byType.get(b.type) ?? [];
    list.push(bodyValue(b.body, address));
    byType.set(b.type, list);
  }
  for (const [type, items] of byType) if (!entries.has(type)) entries.set(type, tuple(items));
  for (const type of body.unknownBlocks) if (!entries.has(type)) entries.set(type, unknown(`dynamic "${type}" blocks are known after apply`));
  return { kind: 'object', type: 'object', entries, open: address };
}

function outputsValue(m: ModuleInstance): Value {
  return object(new Map(m.outputs));
}

/** Parses a template text (templatefile); kept apart so the import stays a plain value. */
import { parseTemplateText } from '../hcl';
const TEMPLATE = { parseTemplateText };

/** Applies steps to a value outside an expression (for callers that hold a value and a path). */
export function getPath(value: Value, path: readonly (string | number)[]): Value {
  const noop: Report = () => undefined;
  const scope: Scope = { file: '', refs: { resolve: () => undefined, functionContext: NO_FILES }, report: noop };
  const zero = { start: 0, end: 0 };
  return applySteps(value, path.map((p) => (typeof p === 'number' ? { kind: 'index' as const, key: num(p), node: zero } : { kind: 'attr' as const, name: p, node: zero })), scope);
}

export { baseName };

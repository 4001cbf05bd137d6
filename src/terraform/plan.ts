/**
 * A Terraform plan in its JSON form (`terraform show -json plan.out`) read into the same model the
 * evaluator builds from `.tf` files, so rules and pricers run unchanged on either. The format is the
 * one HashiCorp documents at developer.hashicorp.com/terraform/internals/json-format.
 *
 * What maps how:
 * - Instances come from `planned_values.root_module` (`resources`, `child_modules` recursively),
 *   then from `resource_changes` entries missing there, then data sources that `prior_state` holds
 *   (Terraform reads most data sources while planning and records them only there). Instances whose
 *   change is `["delete"]` or `["forget"]`, and deposed objects, are left out: they will not exist.
 * - `change.after_unknown` marks what is known only after apply: each `true` becomes an unknown
 *   "known after apply" whose source is the address and attribute path
 *   (`aws_instance.web[0].root_block_device[0].volume_id`). `sensitive_values` (or
 *   `change.after_sensitive`) mark values sensitive, with everything inside them.
 * - Every value's origin is the JSON value it was read from in the plan file (role `literal`); an
 *   unknown's origin is its `true` in `after_unknown`. JSON arrays become tuples and objects
 *   objects: the plan does not say which were lists, sets or maps.
 * - A body's attributes are the `values` that are not null: a plan lists every attribute of the
 *   schema, and null there means unset, as an absent argument does in a configuration. The
 *   resource's `value` keeps them all. A plan has no nested blocks, only attributes; so that rules
 *   looking for blocks find them, each non-empty array whose elements are all objects is also
 *   given as blocks of that type, one per element (`ingress`, `root_block_device`), besides the
 *   attribute.
 * - Syntax nodes are synthesized over the plan text: an attribute's name spans its JSON key and its
 *   expression the JSON value (strings as one-literal templates, so `literalString` works); a
 *   resource's block spans its JSON object in the plan with type `resource` or `data` and labels
 *   at its `type` and `name` values; a block made from an array element spans that element.
 * - Providers come from `configuration.provider_config`, found through the resource's
 *   `provider_config_key`: `region` and `default_tags` when their expressions are constants (or,
 *   in the root module, a plain `var.NAME` the plan's `variables` give), unknown otherwise. An AWS
 *   resource whose values hold a known `region` (AWS provider 6 sets it on every resource) takes that
 *   region: it is the one the resource is created in.
 * - Module instances follow the child modules' addresses; one ModuleConfig per module path (keys
 *   dropped), whose `dir` is the plan file's directory for the root, a local source resolved from
 *   there for a child, else `<root dir>#<module path>`. Module configs know their resources (the
 *   first instance's declaration stands for the resource), calls and providers; root variables
 *   and outputs come from `variables` and `planned_values.outputs`.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Attribute, Block, Body, Expression, HclFile, Identifier, Label, TemplateExpr } from '../hcl';
import { LineIndex, type Diagnostic, type Severity } from '../text';
import type { ModuleCallDecl, ModuleConfig, ProviderDecl, ResourceDecl } from './config';
import { dirName, joinPath } from './host';
import type { EvaluatedAttribute, EvaluatedBlock, EvaluatedBody, Evaluation, ModuleInstance, ProviderConfig, ResourceInstance } from './model';
import { bool, markSensitive, NULL, nullValue, num, object, str, tuple, unknown, type ObjectValue, type Origin, type Value } from './value';

/** True if `text` looks like `terraform show -json` of a plan: a JSON object with `format_version` and `planned_values`. */
export function isPlanJson(text: string): boolean {
  // most files are not plans: skip parsing them
  if (!text.includes('"planned_values"') || !text.includes('"format_version"')) return false;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true });
  if (!root || root.type !== 'object' || errors.length) return false;
  return prop(root, 'format_version')?.type === 'string' && prop(root, 'planned_values')?.type === 'object';
}

/**
 * Reads a plan's JSON into an Evaluation whose single file is the plan (`path`, `text`), so every
 * position resolves into it. Never throws: invalid JSON, a document that is not a plan, an
 * unsupported format version and malformed entries become diagnostics, and what can be read is.
 */
export function readPlanJson(text: string, path: string): Evaluation {
  const lines = new LineIndex(text);
  const syntax: Diagnostic[] = [];
  const problems: Diagnostic[] = [];
  let root: JsonNode | undefined;
  try {
    const errors: ParseError[] = [];
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const seen = new Set<number>();
    for (const e of errors) {
      // jsonc-parser often reports several errors at one offset while it recovers; the first says it
      if (seen.has(e.offset)) continue;
      seen.add(e.offset);
      const code = printParseErrorCode(e.error);
      syntax.push({ severity: 'error', summary: 'Invalid JSON', detail: `${JSON_ERRORS[code] ?? code} The plan file cannot be read past this point as written.`, file: path, range: lines.range(e.offset, e.offset + e.length) });
    }
  } catch (e) {
    // the parser recurses per nesting level: absurd nesting overflows the stack
    root = undefined;
    syntax.push({ severity: 'error', summary: 'Invalid JSON', detail: e instanceof RangeError ? 'This file nests values too deeply to be read.' : String(e), file: path, range: lines.range(0, 0) });
  }
  const file: HclFile = { path, text, syntax: 'json', body: { kind: 'body', items: [], start: 0, end: text.length, json: true }, comments: [], diagnostics: syntax, lines };
  const reader = new PlanReader(text, path, file, problems);
  let result: { root: ModuleInstance; resources: ResourceInstance[] };
  try {
    result = reader.read(root);
  } catch (e) {
    // a bug here must not take the editor down: report it where the plan starts
    problems.push({ severity: 'error', summary: 'Internal error reading the plan', detail: String(e instanceof Error ? e.message : e), file: path, range: lines.range(0, 0) });
    result = reader.emptyResult();
  }
  return { root: result.root, resources: result.resources, diagnostics: [...syntax, ...problems], files: new Map([[path, file]]) };
}

const JSON_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'This is not a JSON value.',
  InvalidNumberFormat: 'This number is not valid JSON.',
  PropertyNameExpected: 'Expected a quoted property name.',
  ValueExpected: 'Expected a JSON value.',
  ColonExpected: 'Expected a colon after the property name.',
  CommaExpected: 'Expected a comma.',
  CloseBraceExpected: 'This object is not closed: expected "}".',
  CloseBracketExpected: 'This array is not closed: expected "]".',
  EndOfFileExpected: 'Expected the end of the file after the root value.',
  InvalidCommentToken: 'JSON does not allow comments.',
  UnexpectedEndOfComment: 'JSON does not allow comments.',
  UnexpectedEndOfString: 'This string is not closed.',
  UnexpectedEndOfNumber: 'This number ends too early.',
  InvalidUnicode: 'A \\u escape needs four hexadecimal digits.',
  InvalidEscapeCharacter: 'This escape sequence is not valid in JSON.',
  InvalidCharacter: 'Control characters must be escaped inside JSON strings.',
};

// ---- JSON tree access ----

function prop(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object' || !node.children) return undefined;
  // the last duplicate wins, as in JSON.parse
  for (let i = node.children.length - 1; i >= 0; i--) {
    const p = node.children[i]!;
    if (p.children?.[0]?.value === key) return p.children[1];
  }
  return undefined;
}

/** An object's properties as [key, key node, value node], in text order. */
function props(node: JsonNode | undefined): [string, JsonNode, JsonNode][] {
  if (node?.type !== 'object' || !node.children) return [];
  const out: [string, JsonNode, JsonNode][] = [];
  for (const p of node.children) {
    const k = p.children?.[0];
    const v = p.children?.[1];
    if (k?.type === 'string' && v) out.push([k.value as string, k, v]);
  }
  return out;
}

function item(node: JsonNode | undefined, i: number): JsonNode | undefined {
  return node?.type === 'array' ? node.children?.[i] : undefined;
}

function stringOf(node: JsonNode | undefined): string | undefined {
  return node?.type === 'string' ? (node.value as string) : undefined;
}

function isTrue(node: JsonNode | undefined): boolean {
  return node?.type === 'boolean' && node.value === true;
}

const end = (n: { offset: number; length: number }): number => n.offset + n.length;

// ---- addresses ----

interface ModuleStep {
  readonly name: string;
  readonly key?: number | string;
}

/** `module.a["x"].module.b[0]` as steps; undefined if it is not a module instance address. */
function moduleSteps(address: string): ModuleStep[] | undefined {
  if (address === '') return [];
  const re = /module\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[(\d+|"(?:[^"\\]|\\.)*")\])?(\.|$)/y;
  const out: ModuleStep[] = [];
  let at = 0;
  while (at < address.length) {
    re.lastIndex = at;
    const m = re.exec(address);
    if (!m) return undefined;
    const k = m[2];
    out.push({ name: m[1]!, ...(k === undefined ? {} : { key: k.startsWith('"') ? (JSON.parse(k) as string) : Number(k) }) });
    at = re.lastIndex;
    if (m[3] === '') break;
  }
  return out;
}

function moduleAddress(steps: readonly ModuleStep[]): string {
  return steps.map((s) => `module.${s.name}${s.key === undefined ? '' : `[${typeof s.key === 'number' ? s.key : JSON.stringify(s.key)}]`}`).join('.');
}

/** The module path without instance keys: where its configuration is in `configuration`. */
function staticPath(steps: readonly ModuleStep[]): string {
  return steps.map((s) => `module.${s.name}`).join('.');
}

/** One step of an attribute path, as Terraform writes it. */
function pathStep(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

// ---- the reader ----

/** What one instance is read from: a `planned_values` (or `prior_state`) resource, or a resource change. */
interface RawInstance {
  readonly node: JsonNode;
  readonly values: JsonNode | undefined;
  readonly unknowns: JsonNode | undefined;
  readonly sensitive: JsonNode | undefined;
  readonly module: ModuleStep[];
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly key?: number | string;
  readonly providerName?: string;
}

interface ModuleBuilder {
  readonly steps: ModuleStep[];
  readonly address: string;
  readonly resources: ResourceInstance[];
  readonly children: string[];
}

interface ConfigBuilder {
  readonly config: ModuleConfig;
  readonly resources: ResourceDecl[];
  readonly seen: Set<string>;
}

class PlanReader {
  private plan: JsonNode | undefined;
  private configuration: JsonNode | undefined;
  private readonly providers = new Map<string, ProviderConfig>();
  private readonly configs = new Map<string, ConfigBuilder>();
  /** `configuration` resources by module path, then by `mode.type.name`. */
  private readonly decls = new Map<string, Map<string, JsonNode>>();
  private readonly rootDir: string;

  constructor(
    private readonly text: string,
    private readonly path: string,
    private readonly file: HclFile,
    private readonly problems: Diagnostic[],
  ) {
    this.rootDir = dirName(path);
  }

  private report(severity: Severity, at: { offset: number; length: number } | undefined, summary: string, detail: string): void {
    const start = at?.offset ?? 0;
    this.problems.push({ severity, summary, detail, file: this.path, range: this.file.lines.range(start, at ? end(at) : 0) });
  }

  private origin(node: JsonNode): Origin {
    return { file: this.path, start: node.offset, end: end(node), role: 'literal' };
  }

  emptyResult(): { root: ModuleInstance; resources: ResourceInstance[] } {
    return { root: this.moduleInstance({ steps: [], address: '', resources: [], children: [] }, new Map(), new Map()), resources: [] };
  }

  read(root: JsonNode | undefined): { root: ModuleInstance; resources: ResourceInstance[] } {
    if (!root) return this.emptyResult();
    if (root.type !== 'object') {
      this.report('error', root, 'Not a Terraform plan', 'A plan in JSON is an object, as `terraform show -json PLANFILE` writes it.');
      return this.emptyResult();
    }
    const brace = { offset: root.offset, length: 1 };
    const version = prop(root, 'format_version');
    const planned = prop(root, 'planned_values');
    const changes = prop(root, 'resource_changes');
    if (!version || (!planned && !changes)) {
      const state = prop(root, 'values') ? ' This looks like a state (`terraform show -json` without a plan file), which has no planned changes.' : '';
      this.report('error', brace, 'Not a Terraform plan', `A plan in JSON has "format_version" and "planned_values" or "resource_changes"; this file lacks ${version ? 'both of the latter' : '"format_version"'}.${state} Write one with \`terraform plan -out=plan.out && terraform show -json plan.out > plan.json\`.`);
      return this.emptyResult();
    }
    const v = stringOf(version);
    // 0.x (Terraform 0.12 to 0.15) has the same shape; a new major version may not
    if (v === undefined || !/^[01]\.\d+$/.test(v)) {
      this.report('error', version, 'Unsupported plan format version', `Kensa reads plan formats 0.x and 1.x; this plan says ${v === undefined ? 'something that is not a version string' : `"${v}"`}. Ask for a newer Kensa, or write the plan with a Terraform that emits format 1.x.`);
      return this.emptyResult();
    }
    if (isTrue(prop(root, 'errored'))) {
      this.report('warning', prop(root, 'errored'), 'Incomplete plan', 'Terraform reported errors while making this plan, so it may lack resources; fix them and plan again.');
    }
    this.plan = root;
    this.configuration = prop(root, 'configuration');

    const raws = this.collect(planned, changes);
    const modules = new Map<string, ModuleBuilder>();
    const ensure = (steps: ModuleStep[]): ModuleBuilder => {
      const address = moduleAddress(steps);
      let m = modules.get(address);
      if (!m) {
        m = { steps, address, resources: [], children: [] };
        modules.set(address, m);
        if (steps.length) ensure(steps.slice(0, -1)).children.push(address);
      }
      return m;
    };
    ensure([]);
    // module instances in the order planned_values lists them, even those without resources
    const walkModules = (node: JsonNode | undefined): void => {
      for (const child of prop(node, 'child_modules')?.children ?? []) {
        const steps = moduleSteps(stringOf(prop(child, 'address')) ?? '');
        if (steps?.length) ensure(steps);
        walkModules(child);
      }
    };
    walkModules(prop(planned, 'root_module'));
    for (const raw of raws) {
      const inst = this.instance(raw);
      ensure(raw.module).resources.push(inst);
    }
    const resources: ResourceInstance[] = [];
    const build = (m: ModuleBuilder): ModuleInstance => {
      for (const r of m.resources) resources.push(r);
      const children = m.children.map((c) => build(modules.get(c)!));
      const isRoot = m.steps.length === 0;
      return this.moduleInstance(m, isRoot ? this.variables() : new Map(), isRoot ? this.outputs(planned) : new Map(), children);
    };
    const tree = build(modules.get('')!);
    return { root: tree, resources };
  }

  // ---- instances ----

  /** Every instance to read, planned first, with the change that says what is unknown. */
  private collect(planned: JsonNode | undefined, changes: JsonNode | undefined): RawInstance[] {
    const changeOf = new Map<string, JsonNode>();
    for (const rc of changes?.type === 'array' ? changes.children ?? [] : []) {
      // a deposed object is the old copy of a replaced one: it is being destroyed
      if (prop(rc, 'deposed')) continue;
      const address = stringOf(prop(rc, 'address'));
      if (address !== undefined) changeOf.set(address, rc);
    }
    const gone = (rc: JsonNode | undefined): boolean => {
      const actions = prop(prop(rc, 'change'), 'actions');
      const list = actions?.type === 'array' ? (actions.children ?? []).map((a) => a.value as unknown) : [];
      return list.length === 1 && (list[0] === 'delete' || list[0] === 'forget');
    };
    const out: RawInstance[] = [];
    const seen = new Set<string>();
    const fromModule = (node: JsonNode | undefined, steps: ModuleStep[], source: 'planned' | 'prior'): void => {
      for (const r of prop(node, 'resources')?.children ?? []) {
        const address = stringOf(prop(r, 'address'));
        if (address === undefined || seen.has(address)) continue;
        const rc = changeOf.get(address);
        if (source === 'planned' && gone(rc)) continue;
        if (source === 'prior' && (stringOf(prop(r, 'mode')) !== 'data' || rc)) continue;
        const raw = this.raw(r, prop(r, 'values'), steps, rc);
        if (!raw) continue;
        seen.add(address);
        out.push(raw);
      }
      for (const child of prop(node, 'child_modules')?.children ?? []) {
        const address = stringOf(prop(child, 'address'));
        const childSteps = address === undefined ? undefined : moduleSteps(address);
        if (!childSteps?.length) {
          this.report('warning', prop(child, 'address') ?? child, 'Unreadable module address', `The plan lists a child module whose address${address === undefined ? ' is missing' : ` "${address}" is not a module instance address`}; its resources are skipped.`);
          continue;
        }
        fromModule(child, childSteps, source);
      }
    };
    fromModule(prop(planned, 'root_module'), [], 'planned');
    for (const [address, rc] of changeOf) {
      if (seen.has(address) || gone(rc)) continue;
      const change = prop(rc, 'change');
      const after = prop(change, 'after');
      if (after?.type !== 'object') continue;
      const steps = moduleSteps(stringOf(prop(rc, 'module_address')) ?? '');
      if (!steps) continue;
      const raw = this.raw(rc, after, steps, rc);
      if (!raw) continue;
      seen.add(address);
      out.push(raw);
    }
    fromModule(prop(prop(prop(this.plan, 'prior_state'), 'values'), 'root_module'), [], 'prior');
    return out;
  }

  private raw(r: JsonNode, values: JsonNode | undefined, module: ModuleStep[], rc: JsonNode | undefined): RawInstance | undefined {
    const address = stringOf(prop(r, 'address'));
    const type = stringOf(prop(r, 'type'));
    const name = stringOf(prop(r, 'name'));
    const mode = stringOf(prop(r, 'mode'));
    if (address === undefined || type === undefined || name === undefined || (mode !== 'managed' && mode !== 'data')) {
      this.report('warning', r, 'Unreadable resource', 'This resource lacks a string "address", "type" or "name", or has a "mode" other than "managed" or "data"; it is skipped.');
      return undefined;
    }
    const index = prop(r, 'index');
    const change = prop(rc, 'change');
    const sensitive = prop(r, 'sensitive_values') ?? prop(change, 'after_sensitive');
    const providerName = stringOf(prop(r, 'provider_name'));
    return {
      node: r,
      values,
      unknowns: prop(change, 'after_unknown'),
      sensitive,
      module,
      address,
      mode,
      type,
      name,
      ...(index?.type === 'number' || index?.type === 'string' ? { key: index.value as number | string } : {}),
      ...(providerName !== undefined ? { providerName } : {}),
    };
  }

  private instance(raw: RawInstance): ResourceInstance {
    const at = raw.values ?? raw.node;
    const read = this.value(raw.values, raw.unknowns, raw.sensitive, raw.address, false);
    const values: ObjectValue = read.kind === 'object' ? read : object(new Map(), this.origin(at));
    const body = this.body(raw.values, values, raw.unknowns, at);
    const block = this.resourceBlock(raw, body.node);
    const decl: ResourceDecl = { mode: raw.mode, type: raw.type, name: raw.name, block, file: this.path };
    const staticModule = staticPath(raw.module);
    const config = this.configFor(raw.module);
    const declKey = `${raw.mode}.${raw.type}.${raw.name}`;
    if (!config.seen.has(declKey)) {
      config.seen.add(declKey);
      config.resources.push(decl);
    }
    return {
      address: raw.address,
      module: moduleAddress(raw.module),
      mode: raw.mode,
      type: raw.type,
      name: raw.name,
      ...(raw.key !== undefined ? { key: raw.key } : {}),
      decl,
      file: this.path,
      provider: this.providerFor(raw, staticModule, values),
      body,
      value: { ...values, open: raw.address },
    };
  }

  /**
   * A JSON value as a Value: `unknowns` and `sensitive` are the mirrors of `after_unknown` and
   * `sensitive_values` at the same place; `source` is the address and path that names it.
   */
  private value(node: JsonNode | undefined, unknowns: JsonNode | undefined, sensitive: JsonNode | undefined, source: string, inSensitive: boolean): Value {
    const sens = inSensitive || isTrue(sensitive);
    const mark = (v: Value): Value => (sens ? markSensitive(v) : v);
    if (isTrue(unknowns)) return mark(unknown('known after apply', source, this.origin(unknowns!)));
    if (!node) return mark(NULL);
    const origin = this.origin(node);
    switch (node.type) {
      case 'string':
        return mark(str(node.value as string, origin));
      case 'number':
        return mark(num(node.value as number, origin));
      case 'boolean':
        return mark(bool(node.value as boolean, origin));
      case 'null':
        return mark(nullValue(origin));
      case 'array': {
        const items = (node.children ?? []).map((x, i) => this.value(x, item(unknowns, i), item(sensitive, i), `${source}[${i}]`, sens));
        return mark(tuple(items, origin));
      }
      case 'object': {
        const entries = new Map<string, Value>();
        for (const [k, , v] of props(node)) entries.set(k, this.value(v, prop(unknowns, k), prop(sensitive, k), `${source}${pathStep(k)}`, sens));
        // unknown attributes are left out of the values: the mirror names them
        for (const [k, , u] of props(unknowns)) {
          if (isTrue(u) && !entries.has(k)) entries.set(k, this.value(undefined, u, prop(sensitive, k), `${source}${pathStep(k)}`, sens));
        }
        return mark(object(entries, origin));
      }
      default:
        return mark(NULL);
    }
  }

  /** The evaluated body of a JSON object read as `value`: non-null attributes, and arrays of objects as blocks too. */
  private body(node: JsonNode | undefined, value: ObjectValue, unknowns: JsonNode | undefined, at: JsonNode): EvaluatedBody {
    const syntaxItems: Attribute[] = [];
    const syntaxByName = new Map<string, [Attribute, JsonNode]>();
    for (const [k, keyNode, v] of props(node)) {
      const attr = this.attribute(k, keyNode, v);
      syntaxItems.push(attr);
      syntaxByName.set(k, [attr, v]);
    }
    const syntaxBody: Body = node?.type === 'object'
      ? { kind: 'body', items: syntaxItems, start: node.offset + 1, end: end(node) - 1, json: true }
      : { kind: 'body', items: [], start: at.offset, end: at.offset, json: true };
    const attributes = new Map<string, EvaluatedAttribute>();
    const blocks: EvaluatedBlock[] = [];
    for (const [name, v] of value.entries) {
      if (v.kind === 'null') continue;
      const written = syntaxByName.get(name);
      let attrNode: Attribute;
      if (written) attrNode = written[0];
      else {
        // an unknown left out of the values: point at its mark in after_unknown
        const mirror = props(unknowns).find(([k]) => k === name);
        attrNode = mirror ? this.attribute(name, mirror[1], mirror[2]) : this.attribute(name, at, at);
      }
      attributes.set(name, { name, value: v, file: this.path, node: attrNode });
      const elements = written?.[1];
      if (v.kind === 'list' && elements?.type === 'array' && v.items.length > 0 && v.items.every((x) => x.kind === 'object')) {
        v.items.forEach((x, i) => {
          const el = elements.children![i]!;
          const inner = this.body(el, x as ObjectValue, item(prop(unknowns, name), i), el);
          const type: Identifier = { name, start: attrNode.name.start, end: attrNode.name.end };
          const block: Block = { kind: 'block', type, labels: [], body: inner.node, openBrace: el.offset, closeBrace: end(el) - 1, start: el.offset, end: end(el) };
          blocks.push({ type: name, labels: [], body: inner, file: this.path, node: block });
        });
      }
    }
    return { attributes, blocks, unknownBlocks: [], node: syntaxBody, file: this.path };
  }

  private resourceBlock(raw: RawInstance, body: Body): Block {
    const r = raw.node;
    const modeNode = prop(r, 'mode');
    const type: Identifier = { name: raw.mode === 'data' ? 'data' : 'resource', start: modeNode?.offset ?? r.offset, end: modeNode ? end(modeNode) : r.offset };
    const label = (n: JsonNode | undefined, value: string): Label => ({ value, quoted: true, start: n?.offset ?? r.offset, end: n ? end(n) : r.offset });
    const labels = [label(prop(r, 'type'), raw.type), label(prop(r, 'name'), raw.name)];
    const closes = r.type === 'object';
    return { kind: 'block', type, labels, body, openBrace: closes ? r.offset : -1, closeBrace: closes ? end(r) - 1 : -1, start: r.offset, end: end(r) };
  }

  // ---- syntax ----

  private identifier(keyNode: JsonNode, name: string): Identifier {
    // the key's content when it has no escapes, else the whole key
    if (keyNode.type === 'string' && this.text.slice(keyNode.offset + 1, end(keyNode) - 1) === name) return { name, start: keyNode.offset + 1, end: end(keyNode) - 1 };
    return { name, start: keyNode.offset, end: end(keyNode) };
  }

  private attribute(name: string, keyNode: JsonNode, valueNode: JsonNode): Attribute {
    return { kind: 'attribute', name: this.identifier(keyNode, name), expr: this.expression(valueNode), start: keyNode.offset, end: Math.max(end(keyNode), end(valueNode)) };
  }

  private template(n: JsonNode): TemplateExpr {
    const value = String(n.value ?? '');
    const parts = value === '' ? [] : [{ kind: 'template-literal' as const, value, start: n.offset + 1, end: Math.max(n.offset + 1, end(n) - 1) }];
    return { kind: 'template', parts, start: n.offset, end: end(n) };
  }

  /** The JSON value as the expression that writes it, so syntax consumers read plan values as literals. */
  private expression(n: JsonNode): Expression {
    const start = n.offset;
    const stop = end(n);
    switch (n.type) {
      case 'string':
        return this.template(n);
      case 'number':
        return { kind: 'literal', value: n.value as number, raw: this.text.slice(start, stop), start, end: stop };
      case 'boolean':
        return { kind: 'literal', value: n.value as boolean, start, end: stop };
      case 'null':
        return { kind: 'literal', value: null, start, end: stop };
      case 'array':
        return { kind: 'tuple', items: (n.children ?? []).map((x) => this.expression(x)), start, end: stop };
      case 'object':
        return {
          kind: 'object',
          items: (n.children ?? []).filter((p) => p.children?.length === 2).map((p) => ({ key: this.template(p.children![0]!), value: this.expression(p.children![1]!), start: p.offset, end: end(p) })),
          start,
          end: stop,
        };
      default:
        return { kind: 'invalid', start, end: stop };
    }
  }

  // ---- configuration: modules and providers ----

  /** The `configuration` module object for a module path without keys. */
  private configModule(steps: readonly ModuleStep[]): JsonNode | undefined {
    let m = prop(this.configuration, 'root_module');
    for (const s of steps) m = prop(prop(prop(m, 'module_calls'), s.name), 'module');
    return m;
  }

  private configFor(steps: readonly ModuleStep[]): ConfigBuilder {
    const key = staticPath(steps);
    const known = this.configs.get(key);
    if (known) return known;
    const parent = steps.length ? this.configFor(steps.slice(0, -1)).config : undefined;
    const self = this.configModule(steps);
    let dir = this.rootDir;
    if (parent) {
      const call = prop(prop(this.configModule(steps.slice(0, -1)), 'module_calls'), steps[steps.length - 1]!.name);
      const source = stringOf(prop(call, 'source'));
      dir = source && (source.startsWith('./') || source.startsWith('../')) ? joinPath(parent.dir, source) : `${this.rootDir}#${key}`;
    }
    const moduleCalls: ModuleCallDecl[] = [];
    for (const [name, keyNode, call] of props(prop(self, 'module_calls'))) moduleCalls.push(this.moduleCall(name, keyNode, call));
    const providers: ProviderDecl[] = [];
    const requiredProviders = new Map<string, string>();
    for (const [k, keyNode, pc] of props(prop(this.configuration, 'provider_config'))) {
      if ((stringOf(prop(pc, 'module_address')) ?? '') !== key) continue;
      const { name, alias } = providerNames(k, pc);
      providers.push({ name, ...(alias ? { alias } : {}), block: this.providerBlock(name, keyNode, pc), file: this.path });
      const full = stringOf(prop(pc, 'full_name'));
      if (full) requiredProviders.set(name, full.replace(/^registry\.terraform\.io\//, ''));
    }
    const resources: ResourceDecl[] = [];
    const config: ModuleConfig = {
      dir,
      files: new Map([[this.path, this.file]]),
      variables: new Map(),
      locals: new Map(),
      outputs: new Map(),
      providers,
      requiredProviders,
      resources,
      moduleCalls,
      moved: [],
      imports: [],
      checks: [],
      diagnostics: steps.length ? [] : this.file.diagnostics,
    };
    const built: ConfigBuilder = { config, resources, seen: new Set() };
    this.configs.set(key, built);
    return built;
  }

  private moduleCall(name: string, keyNode: JsonNode, call: JsonNode): ModuleCallDecl {
    const source = stringOf(prop(call, 'source'));
    const version = stringOf(prop(call, 'version_constraint'));
    const label: Label = { value: name, quoted: true, start: keyNode.offset, end: end(keyNode) };
    const block: Block = {
      kind: 'block',
      type: { name: 'module', start: keyNode.offset, end: end(keyNode) },
      labels: [label],
      body: { kind: 'body', items: [], start: call.offset + 1, end: Math.max(call.offset + 1, end(call) - 1), json: true },
      openBrace: call.type === 'object' ? call.offset : -1,
      closeBrace: call.type === 'object' ? end(call) - 1 : -1,
      start: keyNode.offset,
      end: end(call),
    };
    return { name, block, file: this.path, ...(source !== undefined ? { source } : {}), ...(version ? { version } : {}), inputs: [] };
  }

  private providerBlock(name: string, keyNode: JsonNode, pc: JsonNode): Block {
    return {
      kind: 'block',
      type: { name: 'provider', start: keyNode.offset, end: end(keyNode) },
      labels: [{ value: name, quoted: true, start: keyNode.offset, end: end(keyNode) }],
      body: { kind: 'body', items: [], start: pc.offset + 1, end: Math.max(pc.offset + 1, end(pc) - 1), json: true },
      openBrace: pc.type === 'object' ? pc.offset : -1,
      closeBrace: pc.type === 'object' ? end(pc) - 1 : -1,
      start: keyNode.offset,
      end: end(pc),
    };
  }

  /** The provider configuration of an instance: through its configuration's `provider_config_key`. */
  private providerFor(raw: RawInstance, module: string, values: ObjectValue): ProviderConfig {
    const typeName = raw.providerName?.split('/').pop() ?? raw.type.split('_')[0]!;
    let decls = this.decls.get(module);
    if (!decls) {
      decls = new Map();
      for (const r of prop(this.configModule(raw.module), 'resources')?.children ?? []) decls.set(`${stringOf(prop(r, 'mode'))}.${stringOf(prop(r, 'type'))}.${stringOf(prop(r, 'name'))}`, r);
      this.decls.set(module, decls);
    }
    const decl = decls.get(`${raw.mode}.${raw.type}.${raw.name}`);
    const key = stringOf(prop(decl, 'provider_config_key'));
    let config: ProviderConfig | undefined;
    if (key !== undefined) {
      // a key into provider_config, or (a configuration passed down) one of an enclosing module's
      const sep = key.lastIndexOf(':');
      const local = sep < 0 ? key : key.slice(sep + 1);
      const steps = moduleSteps(sep < 0 ? '' : key.slice(0, sep)) ?? [];
      for (let n = steps.length; n >= 0 && !config; n--) {
        const prefix = staticPath(steps.slice(0, n));
        config = this.provider(prefix ? `${prefix}:${local}` : local);
      }
    }
    if (!config) {
      const cacheKey = `\u0000${module}\u0000${typeName}`;
      config = this.providers.get(cacheKey);
      if (!config) {
        config = { name: typeName, region: unknown(this.configuration ? 'the plan shows no configuration for this provider' : 'the plan has no configuration section'), defaultTags: NULL, module };
        this.providers.set(cacheKey, config);
      }
    }
    // AWS provider 6 records the region each resource is managed in
    const region = values.entries.get('region');
    if (config.name === 'aws' && region?.kind === 'string' && !(config.region.kind === 'string' && config.region.value === region.value)) {
      const cacheKey = `${key ?? ''}\u0000region\u0000${region.value}`;
      let derived = this.providers.get(cacheKey);
      if (!derived) {
        derived = { ...config, region };
        this.providers.set(cacheKey, derived);
      }
      return derived;
    }
    return config;
  }

  private provider(key: string): ProviderConfig | undefined {
    const known = this.providers.get(key);
    if (known) return known;
    const table = prop(this.configuration, 'provider_config');
    const pc = prop(table, key);
    if (pc?.type !== 'object') return undefined;
    const keyNode = table!.children!.find((p) => p.children?.[0]?.value === key)!.children![0]!;
    const { name, alias } = providerNames(key, pc);
    const module = stringOf(prop(pc, 'module_address')) ?? '';
    const expressions = prop(pc, 'expressions');
    const regionExpr = prop(expressions, 'region');
    const region = regionExpr ? this.constant(regionExpr, module, 'the region') : unknown('the provider configures no region');
    let tagsBlock = prop(expressions, 'default_tags');
    if (tagsBlock?.type === 'array') tagsBlock = item(tagsBlock, 0);
    const tagsExpr = prop(tagsBlock, 'tags');
    const defaultTags = tagsExpr ? this.constant(tagsExpr, module, 'the default tags') : NULL;
    const config: ProviderConfig = { name, ...(alias ? { alias } : {}), region, defaultTags, block: this.providerBlock(name, keyNode, pc), file: this.path, module };
    this.providers.set(key, config);
    return config;
  }

  /** An expression from `configuration`: its `constant_value`, a root variable it names alone, or unknown. */
  private constant(expr: JsonNode, module: string, what: string): Value {
    const constant = prop(expr, 'constant_value');
    if (constant) return this.value(constant, undefined, undefined, '', false);
    const refs = (prop(expr, 'references')?.children ?? []).map((r) => stringOf(r)).filter((r): r is string => r !== undefined);
    const variable = refs.length === 1 && module === '' ? /^var\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(refs[0]!)?.[1] : undefined;
    const given = variable ? prop(prop(prop(this.plan, 'variables'), variable), 'value') : undefined;
    if (given) return this.value(given, undefined, undefined, '', false);
    return unknown(refs.length ? `${what} depends on ${refs.join(', ')}, which the plan does not resolve` : `${what} is not a constant in the plan`);
  }

  // ---- root variables and outputs ----

  private variables(): Map<string, Value> {
    const out = new Map<string, Value>();
    const declared = prop(prop(this.configuration, 'root_module'), 'variables');
    for (const [name, , v] of props(prop(this.plan, 'variables'))) {
      const valueNode = prop(v, 'value');
      let value = valueNode ? this.value(valueNode, undefined, undefined, `var.${name}`, false) : unknown(`unknown because var.${name} has no value`);
      if (isTrue(prop(prop(declared, name), 'sensitive'))) value = markSensitive(value);
      out.set(name, value);
    }
    return out;
  }

  private outputs(planned: JsonNode | undefined): Map<string, Value> {
    const out = new Map<string, Value>();
    const changes = prop(this.plan, 'output_changes');
    for (const [name, , o] of props(prop(planned, 'outputs'))) {
      const valueNode = prop(o, 'value');
      const unknowns = prop(prop(prop(changes, name), 'change') ?? prop(changes, name), 'after_unknown');
      let value = valueNode || isTrue(unknowns) ? this.value(valueNode, unknowns, undefined, `output.${name}`, false) : unknown('known after apply', `output.${name}`);
      if (isTrue(prop(o, 'sensitive'))) value = markSensitive(value);
      out.set(name, value);
    }
    return out;
  }

  private moduleInstance(m: ModuleBuilder, variables: Map<string, Value>, outputs: Map<string, Value>, children: ModuleInstance[] = []): ModuleInstance {
    const config = this.configFor(m.steps).config;
    const last = m.steps[m.steps.length - 1];
    let call: ModuleCallDecl | undefined;
    if (last) {
      const parent = this.configFor(m.steps.slice(0, -1)).config;
      call = parent.moduleCalls.find((c) => c.name === last.name);
      if (!call) {
        // a plan without a configuration section: the call is known by its name only
        const at = { offset: 0, length: 0, type: 'null' as const };
        call = this.moduleCall(last.name, at, at);
        (parent.moduleCalls as ModuleCallDecl[]).push(call);
      }
    }
    // the configurations the module declares; those it inherits are the parent's
    const path = staticPath(m.steps);
    const providers: ProviderConfig[] = [];
    for (const [k, , pc] of props(prop(this.configuration, 'provider_config'))) {
      if ((stringOf(prop(pc, 'module_address')) ?? '') !== path) continue;
      const p = this.provider(k);
      if (p) providers.push(p);
    }
    return {
      address: m.address,
      config,
      ...(call ? { call } : {}),
      ...(last?.key !== undefined ? { key: last.key } : {}),
      // a plan holds no provider or variable blocks to check
      configBlocks: [],
      variables,
      locals: new Map(),
      outputs,
      resources: m.resources,
      children,
      providers,
      unresolved: [],
      // problems with the plan as a whole belong to the root
      diagnostics: m.steps.length === 0 ? [...this.problems] : [],
    };
  }
}

/** A provider_config entry's local name and alias: from its fields, else from its key (`module.x:aws.west`). */
function providerNames(key: string, pc: JsonNode): { name: string; alias?: string } {
  const local = key.slice(key.lastIndexOf(':') + 1);
  const [keyName, keyAlias] = local.split('.');
  const named = stringOf(prop(pc, 'name')) ?? keyName!;
  const [name, nameAlias] = named.split('.');
  const alias = stringOf(prop(pc, 'alias')) ?? nameAlias ?? keyAlias;
  return { name: name!, ...(alias ? { alias } : {}) };
}

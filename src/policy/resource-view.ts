/**
 * How rules see resources: attribute and block views with exact locations, known/unknown values
 * and where each value came from, over the evaluated model. Works the same for `.tf`, `.tf.json`
 * (where a nested block may be written as an object-valued attribute) and plan JSON.
 */
import type { Attribute, Block, HclFile, Span } from '../hcl';
import type { Location, Range } from '../text';
import {
  isWhollyKnown,
  originChain,
  unknown,
  type ConfigBlock,
  type ModuleInstance,
  type EvaluatedBody,
  type Evaluation,
  type ObjectValue,
  type Origin,
  type ResourceInstance,
  type Value,
} from '../terraform';
import { withAliases } from './aliases';
import type { RelatedLocation, Subject } from './rule';

/** Turns offsets in a file into locations. */
export interface Positions {
  location(file: string, span: Span): Location;
  fileOf(path: string): HclFile | undefined;
}

export function positionsOf(evaluation: Evaluation): Positions {
  return {
    location(file, span) {
      const f = evaluation.files.get(file);
      const range: Range = f ? f.lines.range(span.start, span.end) : { start: { offset: span.start, line: 0, column: 0 }, end: { offset: span.end, line: 0, column: 0 } };
      return { file, range };
    },
    fileOf: (path) => evaluation.files.get(path),
  };
}

export interface AttributeView extends Subject {
  readonly name: string;
  readonly value: Value;
  /** The value and everything inside it is known before apply. */
  readonly known: boolean;
  /**
   * The value was written right here as a literal (not through a variable, local or module
   * input), so a fix may replace it in place. Otherwise a fix would change the wrong place.
   */
  readonly literalHere: boolean;
  /** The attribute's syntax, when it is written in a configuration file. */
  readonly node?: Attribute;
  readonly file: string;
}

export interface BlockView extends Subject {
  readonly type: string;
  readonly labels: readonly string[];
  readonly file: string;
  /** The syntax block (a resource, a nested block, a dynamic block's `content`); absent for JSON-valued blocks. */
  readonly node?: Block;
  /** The `dynamic` block that generated this one, if any. */
  readonly dynamic?: Block;
  /**
   * The attribute, or undefined when it is not set. An argument whose value is null (written
   * `= null`, or null through a variable, a conditional or a module input) is not set, exactly as
   * Terraform treats it: the provider sees no value and applies its default.
   */
  attr(name: string): AttributeView | undefined;
  /** The attributes that are set (null ones left out, as `attr` does). */
  attrs(): AttributeView[];
  /**
   * The attribute as written, null values included: for fixes, which must edit the argument that is
   * there (`= null`) rather than add a second one, and must not rewrite a reference to a variable.
   */
  written(name: string): AttributeView | undefined;
  blocks(type: string): BlockView[];
  /** True if `dynamic "type"` blocks exist whose number is unknown before apply. */
  hasUnknownBlocks(type: string): boolean;
  /** The value at a dotted path through attributes and nested blocks (first block of each type): `metadata_options.http_tokens`. */
  get(path: string): Value | undefined;
  /** The attribute view at a dotted path, the last segment an attribute; `written` as `written()` reads it, null included. */
  attrAt(path: string, written?: boolean): AttributeView | undefined;
}

export interface ResourceView extends BlockView {
  readonly address: string;
  readonly resourceType: string;
  readonly name: string;
  readonly mode: 'managed' | 'data';
  /** The module instance address ('' for the root). */
  readonly module: string;
  readonly instance: ResourceInstance;
  readonly region: Value;
  /** `tags` merged over the provider's `default_tags`, as AWS applies them; unknown if either is. */
  readonly effectiveTags: Value;
}

const ROLE_TEXT: Partial<Record<Origin['role'], (o: Origin) => string>> = {
  variable: () => 'the variable is declared here',
  'variable-default': () => 'the value is the variable\'s default, set here',
  // the location carries the path; the message names the file as a user calls it
  tfvars: (o) => `the value is set in ${o.file.slice(o.file.lastIndexOf('/') + 1)}`,
  'cli-var': () => 'the value is given with -var',
  'module-input': () => 'the value is passed to the module here',
  local: () => 'the value comes from this local value',
  output: () => 'the value comes from this module output',
};

/** Where a value came from, as related locations, skipping steps inside `inside` (the attribute itself). */
export function relatedOf(value: Value, positions: Positions, inside?: { file: string; span: Span }): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  for (const o of originChain(value)) {
    if (inside && o.file === inside.file && o.start >= inside.span.start && o.end <= inside.span.end) continue;
    const text = ROLE_TEXT[o.role];
    if (!text || o.file === '-var') continue;
    out.push({ ...positions.location(o.file, o), message: text(o) });
  }
  return out;
}

function literalHere(value: Value, file: string, node: Attribute): boolean {
  for (const o of originChain(value)) {
    if (o.file !== file || o.start < node.expr.start || o.end > node.expr.end) return false;
  }
  return true;
}

function attributeView(name: string, value: Value, file: string, node: Attribute | undefined, fallback: Location, positions: Positions): AttributeView {
  return new LazyAttributeView(name, value, file, node, fallback, positions);
}

/**
 * An attribute view whose derived parts (location, provenance, knownness) are worked out when a
 * rule first reads them: most reads only want the value (cross-resource lookups read every
 * candidate's attributes), and only findings need the rest.
 */
class LazyAttributeView implements AttributeView {
  private knownMemo?: boolean;
  private literalMemo?: boolean;
  private locationMemo?: Location;
  private relatedMemo?: readonly RelatedLocation[];

  constructor(
    readonly name: string,
    readonly value: Value,
    readonly file: string,
    readonly node: Attribute | undefined,
    private readonly fallback: Location,
    private readonly positions: Positions,
  ) {}

  get known(): boolean {
    return (this.knownMemo ??= isWhollyKnown(this.value));
  }

  get literalHere(): boolean {
    return (this.literalMemo ??= this.node ? literalHere(this.value, this.file, this.node) : false);
  }

  get location(): Location {
    return (this.locationMemo ??= this.node ? this.positions.location(this.file, this.node) : this.fallback);
  }

  get related(): readonly RelatedLocation[] {
    return (this.relatedMemo ??= relatedOf(this.value, this.positions, this.node ? { file: this.file, span: this.node } : undefined));
  }
}

/** The header of a block: from its type to its last label, where "missing attribute" findings point. */
export function headerSpan(block: Block): Span {
  const last = block.labels[block.labels.length - 1];
  return { start: block.start, end: last ? last.end : block.type.end };
}

/** A view over an evaluated body (or, for JSON-valued nested blocks, over an object value). */
class BodyBlockView implements BlockView {
  readonly location: Location;
  readonly related: readonly RelatedLocation[] = [];

  constructor(
    readonly type: string,
    readonly labels: readonly string[],
    readonly file: string,
    private readonly body: EvaluatedBody | undefined,
    private readonly object: ObjectValue | undefined,
    protected readonly positions: Positions,
    readonly node: Block | undefined,
    readonly dynamic: Block | undefined,
    location: Location,
  ) {
    this.location = location;
  }

  attr(name: string): AttributeView | undefined {
    const a = this.written(name);
    return a && a.value.kind !== 'null' ? a : undefined;
  }

  written(name: string): AttributeView | undefined {
    if (this.body) {
      const a = this.body.attributes.get(name);
      return a ? attributeView(name, a.value, a.file, a.node, this.location, this.positions) : undefined;
    }
    const v = this.object?.entries.get(name);
    return v ? attributeView(name, v, this.file, undefined, this.location, this.positions) : undefined;
  }

  attrs(): AttributeView[] {
    if (this.body) return [...this.body.attributes.values()].filter((a) => a.value.kind !== 'null').map((a) => attributeView(a.name, a.value, a.file, a.node, this.location, this.positions));
    return [...(this.object?.entries ?? [])].filter(([, v]) => v.kind !== 'null').map(([k, v]) => attributeView(k, v, this.file, undefined, this.location, this.positions));
  }

  blocks(type: string): BlockView[] {
    const out: BlockView[] = [];
    if (this.body) {
      for (const b of this.body.blocks) {
        if (b.type !== type) continue;
        out.push(new BodyBlockView(b.type, b.labels, b.file, b.body, undefined, this.positions, b.node, b.dynamic, this.positions.location(b.file, headerSpan(b.dynamic ?? b.node))));
      }
      // in JSON syntax (and plan JSON) a nested block may be an attribute holding an object or a list of objects
      const a = this.body.node.json || !this.body.node.items.length ? this.body.attributes.get(type) : undefined;
      if (a) for (const o of objectsOf(a.value)) out.push(new BodyBlockView(type, [], a.file, undefined, o, this.positions, undefined, undefined, this.positions.location(a.file, a.node)));
    } else {
      const v = this.object?.entries.get(type);
      if (v) for (const o of objectsOf(v)) out.push(new BodyBlockView(type, [], this.file, undefined, o, this.positions, undefined, undefined, this.location));
    }
    return out;
  }

  hasUnknownBlocks(type: string): boolean {
    return this.body?.unknownBlocks.includes(type) ?? false;
  }

  get(path: string): Value | undefined {
    const parts = path.split('.');
    let view: BlockView | undefined = this;
    for (let i = 0; i < parts.length - 1; i++) {
      const part: string = parts[i]!;
      const viaAttr: Value | undefined = view?.attr(part)?.value;
      if (viaAttr && viaAttr.kind === 'object') return lookupValue(viaAttr, parts.slice(i + 1));
      view = view?.blocks(part)[0];
      if (!view) return undefined;
    }
    return view?.attr(parts[parts.length - 1]!)?.value;
  }

  attrAt(path: string, written = false): AttributeView | undefined {
    const parts = path.split('.');
    let view: BlockView | undefined = this;
    for (let i = 0; i < parts.length - 1 && view; i++) view = view.blocks(parts[i]!)[0];
    const last = parts[parts.length - 1]!;
    return written ? view?.written(last) : view?.attr(last);
  }
}

function lookupValue(v: Value, path: readonly string[]): Value | undefined {
  let cur: Value | undefined = v;
  for (const p of path) {
    if (!cur) return undefined;
    if (cur.kind === 'object') cur = cur.entries.get(p);
    else if (cur.kind === 'list') cur = cur.items[0]?.kind === 'object' ? cur.items[0].entries.get(p) : undefined;
    else if (cur.kind === 'unknown') return cur;
    else return undefined;
  }
  // null inside an object value is not set, as for attributes
  return cur?.kind === 'null' ? undefined : cur;
}

function objectsOf(v: Value): ObjectValue[] {
  if (v.kind === 'object') return [v];
  if (v.kind === 'list') return v.items.filter((x): x is ObjectValue => x.kind === 'object');
  return [];
}

class InstanceView extends BodyBlockView implements ResourceView {
  readonly address: string;
  readonly resourceType: string;
  readonly name: string;
  readonly mode: 'managed' | 'data';
  readonly module: string;
  readonly region: Value;
  private tagsCache: Value | undefined;

  constructor(readonly instance: ResourceInstance, positions: Positions) {
    const block = instance.decl.block;
    super(instance.mode === 'data' ? 'data' : 'resource', [instance.type, instance.name], instance.file, instance.body, undefined, positions, block, undefined, positions.location(instance.file, headerSpan(block)));
    this.address = instance.address;
    this.resourceType = instance.type;
    this.name = instance.name;
    this.mode = instance.mode;
    this.module = instance.module;
    this.region = instance.provider.region;
  }

  get effectiveTags(): Value {
    if (this.tagsCache) return this.tagsCache;
    const tags = this.attr('tags')?.value;
    const defaults = this.instance.provider.defaultTags;
    let result: Value;
    if ((tags && tags.kind === 'unknown') || defaults.kind === 'unknown') result = tags?.kind === 'unknown' ? tags : defaults;
    else {
      const entries = new Map<string, Value>();
      if (defaults.kind === 'object') for (const [k, v] of defaults.entries) entries.set(k, v);
      if (tags?.kind === 'object') for (const [k, v] of tags.entries) entries.set(k, v);
      result = { kind: 'object', type: 'map', entries };
    }
    this.tagsCache = result;
    return result;
  }
}

/** Every resource of an evaluation, with lookups across them. */
export interface Graph {
  readonly resources: readonly ResourceView[];
  /**
   * `provider` and `variable` blocks, as views of type `provider.aws` or `variable`, for rules that
   * target them (credentials in a provider block, a secret as a variable's default).
   */
  readonly configBlocks: readonly ResourceView[];
  ofType(type: string): readonly ResourceView[];
  /**
   * Resources of `type` whose `attr` points at `target`: by reference (a value derived from one of
   * target's attributes, such as `aws_s3_bucket.logs.id`), or by a known value equal to target's
   * `byValueOf` attribute (a bucket named in plain text).
   */
  referencing(target: ResourceView, type: string, attr: string, byValueOf?: string): ResourceView[];
}

export function buildGraph(evaluation: Evaluation, positions: Positions): Graph {
  const resources = evaluation.resources.map((r) => new InstanceView(r, positions));
  const configBlocks: ResourceView[] = [];
  const walk = (m: ModuleInstance): void => {
    for (const c of m.configBlocks) configBlocks.push(new InstanceView(configInstance(m.address, c), positions));
    m.children.forEach(walk);
  };
  walk(evaluation.root);
  const byType = new Map<string, ResourceView[]>();
  for (const r of resources) {
    const key = r.mode === 'data' ? `data.${r.resourceType}` : r.resourceType;
    const list = byType.get(key) ?? [];
    list.push(r);
    byType.set(key, list);
  }
  const indexes = new Map<string, ReferenceIndex>();
  const indexOf = (type: string, attr: string): ReferenceIndex => {
    const key = `${type}\u0000${attr}`;
    let index = indexes.get(key);
    if (!index) indexes.set(key, (index = referenceIndex(byType.get(type) ?? [], attr)));
    return index;
  };
  const referencingOne = (target: ResourceView, type: string, attr: string, byValueOf?: string): ResourceView[] => {
    const index = indexOf(type, attr);
    const name = byValueOf ? target.attr(byValueOf)?.value : undefined;
    const found = [...(index.byReference.get(target.address) ?? []), ...(name?.kind === 'string' ? (index.byString.get(name.value) ?? []) : [])];
    // in the order of the type's instances, as a scan of them would give
    const list = byType.get(type) ?? [];
    return [...new Set(found)].sort((a, b) => a - b).map((i) => list[i]!);
  };
  // a type and its aliases (aws_lb, aws_alb) are one type to the rules
  const aliased = new Map<string, readonly ResourceView[]>();
  return {
    resources,
    configBlocks,
    ofType(type) {
      const names = withAliases(type);
      if (names.length === 1) return byType.get(type) ?? [];
      let list = aliased.get(names[0]!);
      if (!list) aliased.set(names[0]!, (list = names.flatMap((n) => byType.get(n) ?? [])));
      return list;
    },
    referencing(target, type, attr, byValueOf) {
      const names = withAliases(type);
      if (names.length === 1) return referencingOne(target, type, attr, byValueOf);
      return names.flatMap((n) => referencingOne(target, n, attr, byValueOf));
    },
  };
}

/**
 * Where the values of one attribute of one type's instances point, so `referencing` answers without
 * reading every instance for every target: by each address a reference names (`aws_s3_bucket.logs`
 * and `aws_s3_bucket.logs["a"]` for `aws_s3_bucket.logs["a"].id`), and by known string value. Holds
 * positions in the type's list.
 */
interface ReferenceIndex {
  readonly byReference: ReadonlyMap<string, readonly number[]>;
  readonly byString: ReadonlyMap<string, readonly number[]>;
}

function referenceIndex(list: readonly ResourceView[], attr: string): ReferenceIndex {
  const byReference = new Map<string, number[]>();
  const byString = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const at = map.get(key);
    if (!at) map.set(key, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  list.forEach((r, i) => {
    const v = r.attr(attr)?.value;
    if (v?.kind === 'string') add(byString, v.value, i);
    else if (v?.kind === 'unknown' && v.source !== undefined) {
      // every address the source starts with, as refersTo reads it: followed by `.` or `[`
      for (let j = 0; j < v.source.length; j++) {
        const c = v.source[j];
        if (c === '.' || c === '[') add(byReference, v.source.slice(0, j), i);
      }
    }
  });
  return { byReference, byString };
}

const configInstances = new WeakMap<ConfigBlock, ResourceInstance>();

/**
 * A provider or variable block dressed as a resource instance, so rules read it through the same
 * views. The same block (a module instance the evaluator reused) gets the same instance, as
 * resources do, so the policy engine can remember its checks.
 */
function configInstance(module: string, c: ConfigBlock): ResourceInstance {
  let instance = configInstances.get(c);
  if (!instance || instance.module !== module) configInstances.set(c, (instance = dressedConfigBlock(module, c)));
  return instance;
}

function dressedConfigBlock(module: string, c: ConfigBlock): ResourceInstance {
  const type = c.kind === 'provider' ? `provider.${c.name.split('.')[0]}` : 'variable';
  const local = c.kind === 'provider' ? `provider.${c.name}` : `var.${c.name}`;
  const entries = new Map<string, Value>();
  for (const [k, a] of c.body.attributes) entries.set(k, a.value);
  return {
    address: module ? `${module}.${local}` : local,
    module,
    mode: 'managed',
    type,
    name: c.name,
    decl: { mode: 'managed', type, name: c.name, block: c.block, file: c.file },
    file: c.file,
    provider: { name: c.kind === 'provider' ? c.name.split('.')[0]! : 'terraform', region: unknown('not a resource'), defaultTags: { kind: 'null' }, module },
    body: c.body,
    value: { kind: 'object', type: 'object', entries },
  };
}


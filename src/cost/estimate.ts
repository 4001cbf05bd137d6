/**
 * The monthly cost estimate of an evaluated configuration: per resource instance its components,
 * per module and in total, with the assumptions made and the date of the prices. 730 hours a
 * month, USD. A usage-based component without a quantity in kensa.jsonc is shown as "depends on
 * usage: $X per unit" and stays out of the total; an amount not known before apply is "unknown",
 * never a guess; a resource type Kensa cannot price is listed as unsupported, never $0.
 */
import { compileRe2, getPath, readsUnchanged, TypeChanges, type Evaluation, type ResourceInstance, type Value } from '../terraform';
import { embeddedCatalogue, type Catalogue } from './catalogue';
import { isUnknown, type ComponentSpec, type PriceContext, type Pricer, type UsageValue } from './pricer';
import { usageFromFile, type UsageFile } from './usage-file';
import { FREE_TYPES } from './resources/free';
import { PRICERS } from './resources';
import { money, unitMoney } from './money';

export { money, unitMoney };

export const HOURS_PER_MONTH = 730;
export const DEFAULT_REGION = 'us-east-1';

export interface CostOptions {
  /** Usage quantities by address (`aws_lambda_function.api`), module glob (`module.app.*`) or type: kensa.jsonc's, over `usageFile`'s. */
  readonly usage?: Readonly<Record<string, Readonly<Record<string, UsageValue>>>>;
  /** An Infracost usage file (infracost-usage.yml), read with parseUsageFile. */
  readonly usageFile?: UsageFile;
  /** Region for resources whose provider configures none (default us-east-1, stated in the assumptions). */
  readonly region?: string;
  readonly spotShare?: number;
  readonly spotDiscount?: number;
  readonly commitmentDiscount?: Readonly<Record<string, number>>;
  readonly pricers?: readonly Pricer[];
  readonly catalogue?: Catalogue;
}

export interface CostComponent {
  readonly name: string;
  readonly unit: string;
  /** Quantity per month; null when unknown or usage-based without a quantity. */
  readonly monthlyQuantity: number | null;
  /** Price per unit after discounts; null when there is no price. */
  readonly unitPrice: number | null;
  /** Quantity x price; null when either is missing. */
  readonly monthlyCost: number | null;
  readonly usageBased: boolean;
  readonly priceKey?: string;
  /** Why a figure is missing, or what it depends on. */
  readonly note?: string;
  /** The price is an estimate, not a published rate (reserved capacity without a reserved rate in the price data); `note` says which rate was used. */
  readonly estimate?: true;
}

export interface ResourceCost {
  readonly address: string;
  readonly type: string;
  readonly module: string;
  readonly file: string;
  /** One-based line of the resource block. */
  readonly line: number;
  readonly region: string;
  /** The sum of the components with a cost; null when the number of instances is unknown. */
  readonly monthlyCost: number | null;
  readonly components: readonly CostComponent[];
  /** Components left out of the total: usage-based without a quantity, or unknown. */
  readonly usageBasedComponents: number;
  readonly unknownComponents: number;
  /** Set when count/for_each is unknown: the cost is per instance and the total leaves it out. */
  readonly countUnknown?: string;
  /**
   * Why part of the cost is not known (the count, or each unknown component with its reason), when
   * it is not: such a resource reads "unknown" or "$X + unknown", never $0. Usage-based components
   * without a quantity are not unknown: they say what they depend on.
   */
  readonly unknown?: string;
}

export interface ModuleCost {
  readonly address: string;
  readonly monthlyCost: number;
  readonly resources: number;
}

export interface Estimate {
  readonly currency: 'USD';
  readonly pricesAsOf: string;
  readonly totalMonthlyCost: number;
  readonly resources: readonly ResourceCost[];
  readonly modules: readonly ModuleCost[];
  /** Resource types Kensa does not price and does not know to be free. */
  readonly unsupported: readonly { readonly address: string; readonly type: string; readonly file: string; readonly line: number }[];
  /** Resources known to cost nothing by themselves (VPC, subnet, IAM role, ...). */
  readonly free: readonly { readonly address: string; readonly type: string }[];
  /** Components shown but not in the total, across all resources. */
  readonly usageBasedComponents: number;
  readonly unknownComponents: number;
  readonly assumptions: readonly string[];
}

/**
 * What an estimate of a root module leaves for the next estimate of it (the editor estimates on
 * every keystroke): each instance's cost, and the types its pricer looked up. An instance is not
 * priced again when it is the same object (the evaluator reuses the instances of the modules
 * nothing changed under) and no instance of a type its pricer read changed. Kept for one set of
 * options; other options start it afresh.
 */
export class CostMemo {
  private options = '';
  private costs = new WeakMap<ResourceInstance, PricedInstance>();
  private types = new TypeChanges((r) => r.type);
  /** How many instances the last estimate priced (the rest came from the memo): for tests and benchmarks. */
  pricedLastRun = 0;

  /** The memo's view for one estimate with `options`, and the types changed since the last one. */
  begin(options: CostOptions, resources: readonly ResourceInstance[]): { costs: WeakMap<ResourceInstance, PricedInstance>; changed: ReadonlySet<string> } {
    const key = JSON.stringify([options.usage, options.usageFile ? usageFileId(options.usageFile) : null, options.region, options.spotShare, options.spotDiscount, options.commitmentDiscount]);
    if (key !== this.options) {
      this.options = key;
      this.costs = new WeakMap();
      this.types = new TypeChanges((r) => r.type);
    }
    this.pricedLastRun = 0;
    return { costs: this.costs, changed: this.types.update(resources) };
  }
}

const usageFileIds = new WeakMap<UsageFile, number>();
let nextUsageFileId = 1;

/** A number per usage file read, so a memo kept for one file is not used for another. */
function usageFileId(file: UsageFile): number {
  let id = usageFileIds.get(file);
  if (id === undefined) usageFileIds.set(file, (id = nextUsageFileId++));
  return id;
}

interface PricedInstance {
  readonly cost: ResourceCost;
  /** The types the pricer looked up (`resources`, `referenced`). */
  readonly reads: ReadonlySet<string>;
  /** What pricing it added to the estimate's assumptions (the default region). */
  readonly assumptions: readonly string[];
}

/**
 * Estimates the monthly cost of every managed resource instance of an evaluation. With `memo` (the
 * same one for every estimate of one root module), only what changed is priced again; a custom
 * catalogue or pricer list is never remembered.
 */
export function estimateCost(evaluation: Evaluation, options: CostOptions = {}, memo?: CostMemo): Estimate {
  const catalogue = options.catalogue ?? embeddedCatalogue();
  const pricers = pricersOf(options);
  const resources: ResourceCost[] = [];
  const unsupported: Estimate['unsupported'][number][] = [];
  const free: Estimate['free'][number][] = [];
  const assumptions = new Set<string>();
  const byType = resourcesByType(evaluation.resources);
  const remembered = memo && !options.catalogue && !options.pricers ? memo.begin(options, evaluation.resources) : undefined;

  for (const r of evaluation.resources) {
    if (r.mode !== 'managed') continue;
    const pricer = pricers.get(r.type);
    if (!pricer) {
      if (FREE_TYPES.has(r.type)) free.push({ address: r.address, type: r.type });
      else if (r.type.startsWith('aws_')) unsupported.push({ address: r.address, type: r.type, file: r.file, line: lineOf(evaluation, r) });
      continue;
    }
    const kept = remembered?.costs.get(r);
    if (kept && readsUnchanged(kept.reads, remembered!.changed)) {
      resources.push(kept.cost);
      for (const a of kept.assumptions) assumptions.add(a);
      continue;
    }
    if (!remembered) {
      resources.push(priceInstance(r, pricer, { evaluation, byType, options, catalogue, assumptions }));
      continue;
    }
    // what the pricer looks up and assumes is kept with its cost
    const reads = new Set<string>();
    const added = new Set<string>();
    const cost = priceInstance(r, pricer, { evaluation, byType, options, catalogue, assumptions: added, reads });
    resources.push(cost);
    for (const a of added) assumptions.add(a);
    memo!.pricedLastRun++;
    remembered.costs.set(r, { cost, reads, assumptions: [...added] });
  }
  const modules = new Map<string, { cost: number; n: number }>();
  for (const r of resources) {
    if (r.monthlyCost === null) continue;
    // every enclosing module gets the resource's cost: module.a and module.a.module.b
    const parts = r.module ? r.module.split(/\.(?=module\.)/) : [];
    for (let i = 0; i <= parts.length; i++) {
      const address = parts.slice(0, i).join('.');
      const m = modules.get(address) ?? { cost: 0, n: 0 };
      m.cost += r.monthlyCost;
      m.n++;
      modules.set(address, m);
    }
  }
  const total = resources.reduce((a, r) => a + (r.monthlyCost ?? 0), 0);
  if (options.spotShare) assumptions.add(`${Math.round(options.spotShare * 100)}% of spot-capable compute runs on spot`);
  for (const [service, d] of Object.entries(options.commitmentDiscount ?? {})) assumptions.add(`${service}: ${Math.round(d * 100)}% commitment discount (Savings Plans or reserved capacity) on on-demand hours, never on spot hours`);
  assumptions.add(`${HOURS_PER_MONTH} hours a month; on-demand list prices in USD, before tax and credits`);
  return {
    currency: 'USD',
    pricesAsOf: catalogue.pricesAsOf(),
    totalMonthlyCost: round(total),
    resources,
    modules: [...modules].map(([address, m]) => ({ address, monthlyCost: round(m.cost), resources: m.n })).sort((a, b) => (a.address < b.address ? -1 : 1)),
    unsupported,
    free,
    usageBasedComponents: resources.reduce((a, r) => a + r.usageBasedComponents, 0),
    unknownComponents: resources.reduce((a, r) => a + r.unknownComponents, 0),
    assumptions: [...assumptions],
  };
}

/** Spot hours with no snapshot price for their type and region: 70% off on-demand, the long-run typical discount for general-purpose types. */
export const DEFAULT_SPOT_DISCOUNT = 0.7;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

interface Pricing {
  readonly evaluation: Evaluation;
  /** Every instance of the evaluation by type: what pricers look up (a NAT gateway's EIPs, a cluster's nodes). */
  readonly byType: ReadonlyMap<string, readonly ResourceInstance[]>;
  readonly options: CostOptions;
  readonly catalogue: Catalogue;
  readonly assumptions: Set<string>;
  /** Where to record the types a pricer looks up. */
  readonly reads?: Set<string>;
}

/** One instance's cost: its pricer's components priced from the catalogue. */
function priceInstance(r: ResourceInstance, pricer: Pricer, pricing: Pricing): ResourceCost {
  const { options, catalogue } = pricing;
  const region = regionOf(r, options, pricing.assumptions);
  const fromFile = usageFromFile(options.usageFile, r, pricer);
  // kensa.jsonc's usage wins over the usage file's, key by key
  const usageOf = (key: string): UsageValue | undefined => usageFor(options.usage, r, key) ?? fromFile.get(key);
  const ctx = priceContext(r, region, pricing.byType, usageOf, pricing.reads);
  let specs: readonly ComponentSpec[];
  try {
    specs = pricer.price(ctx);
  } catch (e) {
    specs = [{ name: 'Estimate', unit: '', unknown: `the ${r.type} pricer failed: ${e instanceof Error ? e.message : String(e)}` }];
  }
  const components = specs.map((s) => component(s, usageOf, region, options, catalogue, (a) => pricing.assumptions.add(a)));
  const known = components.filter((c) => c.monthlyCost !== null);
  const sum = known.reduce((a, c) => a + c.monthlyCost!, 0);
  const unknown = [
    ...(r.expansionUnknown ? [r.expansionUnknown.replace(/^unknown because /, '')] : []),
    ...components.filter((c) => !c.usageBased && c.monthlyCost === null).map((c) => `${c.name}: ${(c.note ?? 'unknown').replace(/^unknown: /, '')}`),
  ];
  return {
    address: r.address,
    type: r.type,
    module: r.module,
    file: r.file,
    line: lineOf(pricing.evaluation, r),
    region,
    monthlyCost: r.expansionUnknown ? null : sum,
    components,
    usageBasedComponents: components.filter((c) => c.usageBased && c.monthlyCost === null).length,
    unknownComponents: components.filter((c) => !c.usageBased && c.monthlyCost === null).length,
    ...(r.expansionUnknown ? { countUnknown: r.expansionUnknown } : {}),
    ...(unknown.length ? { unknown: unknown.join('; ') } : {}),
  };
}


function lineOf(evaluation: Evaluation, r: ResourceInstance): number {
  return (evaluation.files.get(r.file)?.lines.position(r.decl.block.start).line ?? 0) + 1;
}

let defaultPricers: ReadonlyMap<string, Pricer> | undefined;

function pricersOf(options: CostOptions): ReadonlyMap<string, Pricer> {
  if (options.pricers) return new Map(options.pricers.map((p) => [p.resource, p]));
  return (defaultPricers ??= new Map(PRICERS.map((p) => [p.resource, p])));
}

/** An evaluation's instances by type, kept while the list lives: savings price many findings of one evaluation. */
const byTypeOf = new WeakMap<readonly ResourceInstance[], ReadonlyMap<string, readonly ResourceInstance[]>>();

const byAddressOf = new WeakMap<readonly ResourceInstance[], ReadonlyMap<string, ResourceInstance>>();

/** The managed instances by address, built once per evaluation (a priced finding looks one up). */
function managedByAddress(resources: readonly ResourceInstance[]): ReadonlyMap<string, ResourceInstance> {
  let byAddress = byAddressOf.get(resources);
  if (!byAddress) {
    const map = new Map<string, ResourceInstance>();
    for (const r of resources) if (r.mode === 'managed' && !map.has(r.address)) map.set(r.address, r);
    byAddressOf.set(resources, (byAddress = map));
  }
  return byAddress;
}

function resourcesByType(resources: readonly ResourceInstance[]): ReadonlyMap<string, readonly ResourceInstance[]> {
  let byType = byTypeOf.get(resources);
  if (!byType) {
    const map = new Map<string, ResourceInstance[]>();
    for (const r of resources) {
      const list = map.get(r.type);
      if (list) list.push(r);
      else map.set(r.type, [r]);
    }
    byTypeOf.set(resources, (byType = map));
  }
  return byType;
}

function regionOf(r: ResourceInstance, options: CostOptions, assumptions: Set<string>): string {
  const v = r.provider.region;
  if (v.kind === 'string') return v.value;
  const region = options.region ?? DEFAULT_REGION;
  assumptions.add(`resources whose provider sets no known region are priced in ${region}`);
  return region;
}

function priceContext(r: ResourceInstance, region: string, byType: ReadonlyMap<string, readonly ResourceInstance[]>, usage: (key: string) => UsageValue | undefined, reads?: Set<string>): PriceContext {
  const ofType = (type: string): readonly ResourceInstance[] => {
    reads?.add(type);
    return byType.get(type) ?? [];
  };
  /** Walks attributes and nested blocks (lists of objects: their first element) along a dotted path. */
  const get = (path: string): Value | undefined => {
    let v: Value | undefined = r.value;
    for (const p of path.split('.')) {
      if (v?.kind === 'list') v = v.items[0];
      if (!v || v.kind === 'unknown') return v;
      if (v.kind !== 'object') return undefined;
      v = v.entries.get(p);
    }
    return v;
  };
  const typed = <T>(kind: 'string' | 'number' | 'bool') => (path: string): T | undefined | { unknown: string } => {
    const v = get(path);
    if (!v || v.kind === 'null') return undefined;
    if (v.kind === 'unknown') return { unknown: `${path} is ${v.reason}${v.source ? ` (${v.source})` : ''}` };
    if (v.kind === kind) return v.value as T;
    if (kind === 'number' && v.kind === 'string' && /^-?\d+(\.\d+)?$/.test(v.value)) return Number(v.value) as T;
    if (kind === 'bool' && v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return (v.value === 'true') as T;
    if (kind === 'string' && (v.kind === 'number' || v.kind === 'bool')) return String(v.value) as T;
    return undefined;
  };
  return {
    resource: r,
    region,
    get,
    string: typed<string>('string'),
    number: typed<number>('number'),
    bool: typed<boolean>('bool'),
    blocks(type) {
      const v = r.value.kind === 'object' ? r.value.entries.get(type) : undefined;
      return v?.kind === 'list' ? v.items : v?.kind === 'object' ? [v] : [];
    },
    resources: ofType,
    usage,
    referenced(path, type) {
      const v = get(path);
      const candidates = ofType(type);
      if (v?.kind === 'unknown' && v.source) return candidates.find((c) => v.source!.startsWith(c.address + '.'));
      if (v?.kind === 'string') {
        // by a configured name or ARN-ish value equal to the target's `name`/`family`/`arn` attribute
        return candidates.find((c) => ['name', 'family', 'arn', 'id', 'identifier', 'cluster_identifier'].some((a) => {
          const x = getPath(c.value, [a]);
          return x.kind === 'string' && (x.value === v.value || v.value.includes(`/${x.value}`) || v.value.endsWith(`:${x.value}`));
        }));
      }
      return undefined;
    },
  };
}

/** The usage quantity for a resource: by exact address (with or without the instance key), module glob, then type. */
export function usageFor(usage: CostOptions['usage'], r: ResourceInstance, key: string): UsageValue | undefined {
  if (!usage) return undefined;
  const base = r.address.replace(/\[[^\]]*\]$/, '');
  const exact = usage[r.address]?.[key] ?? usage[base]?.[key];
  if (exact !== undefined) return exact;
  for (const [pattern, q] of Object.entries(usage)) {
    if (!pattern.includes('*') || q[key] === undefined) continue;
    // RE2, linear in the address: a kensa.jsonc pattern such as `*e*e*e*...` cannot make it backtrack
    const re = compileRe2('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    if (re.test(r.address) || re.test(base)) return q[key];
  }
  return usage[r.type]?.[key];
}

/** A component's name as priced: "on-demand" capacity with a spot share says so ("on-demand, 30% spot"). */
function pricedName(s: ComponentSpec, options: CostOptions): string {
  if (s.spot || !s.spotCapable || !options.spotShare) return s.name;
  const share = `${Math.round(options.spotShare * 100)}% spot`;
  return s.name.includes('on-demand') ? s.name.replace('on-demand', options.spotShare >= 1 ? 'spot' : `on-demand, ${share}`) : `${s.name} (${share})`;
}

function component(s: ComponentSpec, usageOf: (key: string) => UsageValue | undefined, region: string, options: CostOptions, catalogue: Catalogue, assume: (a: string) => void): CostComponent {
  const base = { name: pricedName(s, options), unit: s.unit, ...(s.priceKey ? { priceKey: s.priceKey } : {}) };
  if (s.unknown) return { ...base, monthlyQuantity: null, unitPrice: null, monthlyCost: null, usageBased: false, note: `unknown: ${s.unknown}` };
  const scale = s.unitScale ?? 1;
  // the price of one displayed unit, before tiers
  let unitPrice: number | undefined;
  let tiers: { from: number; to?: number; price: number }[] | undefined;
  if (s.priceKey && s.tiered) {
    const t = catalogue.tiersOf(s.priceKey, region);
    if (t.length) {
      tiers = t.map((x) => ({ from: x.from, ...(x.to !== undefined ? { to: x.to } : {}), price: x.price }));
      unitPrice = t[0]!.price;
    }
  } else if (s.priceKey) unitPrice = catalogue.priceOf(s.priceKey, region)?.price;
  unitPrice ??= s.price;
  if (unitPrice === undefined) {
    return { ...base, monthlyQuantity: null, unitPrice: null, monthlyCost: null, usageBased: s.usage !== undefined, note: `no price for ${s.priceKey ?? s.name} in ${region}` };
  }
  const adjusted = commitmentAndSpot(s, unitPrice, usageOf, region, options, catalogue, assume);
  // the same adjustments on the tiers: a first tier priced at $0 (a free tier) tells nothing about them
  const factor = unitPrice > 0 ? adjusted.price / unitPrice : commitmentAndSpot(s, 1, usageOf, region, options, catalogue, assume).price;
  const named = adjusted.name ? { ...base, name: adjusted.name } : base;
  const notes = [adjusted.note, s.note].filter((n): n is string => n !== undefined);
  const extra = { ...(notes.length ? { note: notes.join('; ') } : {}), ...(adjusted.estimate ? { estimate: true as const } : {}) };
  const shownPrice = adjusted.price * scale;
  let quantity: number | undefined;
  let usageBased = false;
  if (s.usage !== undefined) {
    usageBased = true;
    const given = usageOf(s.usage);
    // a word where a quantity is needed is reported where it was written; here it is no quantity
    quantity = typeof given === 'number' ? given : undefined;
    // a count of requests is shown in millions of requests
    if (quantity !== undefined && s.rawUsage) quantity = quantity / scale;
    if (quantity === undefined) {
      return { ...named, monthlyQuantity: null, unitPrice: shownPrice, monthlyCost: null, usageBased, note: `depends on usage: ${unitMoney(shownPrice)} per ${singular(s.unit)} (set usage "${s.usage}")` };
    }
  } else quantity = (s.quantity ?? 0) * (s.per === 'hour' ? HOURS_PER_MONTH : 1);
  let cost: number;
  if (tiers) {
    // the quantity in the catalogue's unit, spread over the tiers
    const raw = quantity * scale;
    cost = 0;
    for (const t of tiers) {
      if (raw <= t.from) break;
      const upper = t.to === undefined ? raw : Math.min(raw, t.to);
      cost += (upper - t.from) * t.price;
    }
    cost *= factor;
  } else cost = quantity * shownPrice;
  return { ...named, monthlyQuantity: quantity, unitPrice: shownPrice, monthlyCost: cost, usageBased, ...extra };
}

const TERMS: Readonly<Record<string, { years: number; key: string; label: string }>> = {
  '1_year': { years: 1, key: '1yr', label: '1 year' },
  '3_year': { years: 3, key: '3yr', label: '3 years' },
};
const PAYMENTS: Readonly<Record<string, string>> = { no_upfront: 'no upfront', partial_upfront: 'partial upfront', all_upfront: 'all upfront' };

/** A reserved rate per hour from the catalogue (upfront spread over the term's hours), for the families that have them. */
function reservedRate(priceKey: string | undefined, term: string, payment: string, region: string, catalogue: Catalogue): { perHour: number; upfront?: number; asOf: string } | undefined {
  const m = priceKey ? /^opensearch\.instance\/(.+)$/.exec(priceKey) : null;
  if (!m) return undefined;
  const t = TERMS[term]!;
  const pay = payment.replace('_', '-');
  const hourly = catalogue.priceOf(`opensearch.reserved/${m[1]}/${t.key}/${pay}`, region);
  if (!hourly) return undefined;
  const upfront = payment === 'no_upfront' ? undefined : catalogue.priceOf(`opensearch.reserved-upfront/${m[1]}/${t.key}/${pay}`, region);
  if (payment !== 'no_upfront' && !upfront) return undefined;
  return { perHour: hourly.price + (upfront?.price ?? 0) / (t.years * 8760), ...(upfront ? { upfront: upfront.price } : {}), asOf: hourly.asOf };
}

/** The spot price snapshot of an on-demand Linux instance price key, if the catalogue has one for the region. */
function spotSnapshot(priceKey: string | undefined, region: string, catalogue: Catalogue): { price: number; asOf: string } | undefined {
  const m = priceKey ? /^ec2\.instance\/([^/]+)\/linux$/.exec(priceKey) : null;
  const q = m ? catalogue.priceOf(`ec2.spot/${m[1]}/linux`, region) : undefined;
  return q ? { price: q.price, asOf: q.asOf } : undefined;
}

/**
 * The unit price of a line after reserved capacity, commitment discounts and spot, with what it
 * assumed. Reserved capacity (usage reserved_instance_term on a line with a commitment service) is
 * priced from the catalogue's reserved rates where it has them; else with
 * pricing.commitmentDiscount for the service, or on-demand, and the line is an estimate. Spot hours
 * are priced from the catalogue's spot snapshot for the type and region (else the configured spot
 * discount); a commitment discount never applies to them.
 */
function commitmentAndSpot(s: ComponentSpec, onDemand: number, usageOf: (key: string) => UsageValue | undefined, region: string, options: CostOptions, catalogue: Catalogue, assume: (a: string) => void): { price: number; name?: string; note?: string; estimate?: boolean } {
  const spotDiscount = options.spotDiscount ?? DEFAULT_SPOT_DISCOUNT;
  const spotShare = s.spot ? 1 : s.spotCapable && options.spotShare ? options.spotShare : 0;
  let spotPrice = 0;
  const notes: string[] = [];
  if (spotShare > 0) {
    const snapshot = options.spotDiscount === undefined ? spotSnapshot(s.priceKey, region, catalogue) : undefined;
    if (snapshot) {
      spotPrice = snapshot.price;
      assume(`spot hours of EC2 instances are priced from the spot price snapshot of ${snapshot.asOf} for their type and region (one observation, not an average; spot prices move)`);
    } else {
      spotPrice = onDemand * (1 - spotDiscount);
      assume(`spot hours without a spot price in the snapshot for their type and region are priced at ${Math.round(spotDiscount * 100)}% off on-demand${options.spotDiscount === undefined ? ' (pricing.spotDiscount sets it)' : ' (pricing.spotDiscount)'}`);
    }
  }
  if (spotShare >= 1) return { price: spotPrice };
  // the on-demand hours: reserved, committed or on-demand
  let committed = onDemand;
  let name: string | undefined;
  let estimate = false;
  const service = s.discount;
  const commitment = service ? options.commitmentDiscount?.[service] : undefined;
  const term = service ? usageOf('reserved_instance_term') : undefined;
  if (service && term !== undefined) {
    const paymentValue = usageOf('reserved_instance_payment_option');
    const payment = paymentValue === undefined ? 'no_upfront' : String(paymentValue);
    if (typeof term !== 'string' || !TERMS[term]) notes.push(`reserved_instance_term "${String(term)}" is not 1_year or 3_year: priced without a reservation`);
    else if (!PAYMENTS[payment]) notes.push(`reserved_instance_payment_option "${payment}" is not no_upfront, partial_upfront or all_upfront: priced without a reservation`);
    else {
      const label = `reserved ${TERMS[term]!.label}, ${PAYMENTS[payment]}`;
      name = s.name.includes('on-demand') ? s.name.replace('on-demand', label) : `${s.name} (${label})`;
      const rate = reservedRate(s.priceKey, term, payment, region, catalogue);
      if (rate) {
        notes.push(`reserved rate of ${rate.asOf}${rate.upfront ? `: $${rate.upfront.toLocaleString('en-US')} upfront spread over ${(TERMS[term]!.years * 8760).toLocaleString('en-US')} hours` : ''}${paymentValue === undefined ? '; no reserved_instance_payment_option, no upfront assumed' : ''}`);
        committed = rate.perHour;
        const shared = spotShare ? (1 - spotShare) * committed + spotShare * spotPrice : committed;
        return { price: shared, name, note: notes.join('; ') };
      }
      estimate = true;
      if (commitment !== undefined) {
        notes.push(`estimate: the price data has no ${service} reserved rates, so ${Math.round(commitment * 100)}% off on-demand from pricing.commitmentDiscount.${service}`);
        assume(`${service} reserved capacity is an estimate: the price data has no ${service} reserved rates; pricing.commitmentDiscount.${service} (${Math.round(commitment * 100)}%) is used`);
      } else {
        notes.push(`estimate: the price data has no ${service} reserved rates and kensa.jsonc sets no pricing.commitmentDiscount.${service}, so on-demand`);
        assume(`${service} reserved capacity is an estimate: the price data has no ${service} reserved rates and no pricing.commitmentDiscount.${service} is set, so it is priced on-demand`);
      }
    }
  }
  if (commitment !== undefined) committed = onDemand * (1 - commitment);
  const price = spotShare ? (1 - spotShare) * committed + spotShare * spotPrice : committed;
  return { price, ...(name ? { name } : {}), ...(notes.length ? { note: notes.join('; ') } : {}), ...(estimate ? { estimate } : {}) };
}

function singular(unit: string): string {
  // "1M requests" reads as it is ("per 1M requests"); "hours" becomes "hour", "queries" "query"
  if (/^\d/.test(unit)) return unit;
  return unit.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
}

export { isUnknown };

/**
 * The estimate of one resource instance of an evaluation, or undefined if it has no pricer or no
 * such address. `instead`: a changed version of that instance (a fix applied to its values) to
 * price in its place, with the rest of the evaluation around it.
 */
export function estimateResource(evaluation: Evaluation, address: string, options: CostOptions = {}, instead?: ResourceInstance): ResourceCost | undefined {
  const original = managedByAddress(evaluation.resources).get(address);
  if (!original) return undefined;
  const r = instead ?? original;
  const pricer = pricersOf(options).get(r.type);
  if (!pricer) return undefined;
  let byType = resourcesByType(evaluation.resources);
  if (instead) {
    // the other instances see the changed one where the original was, as in an evaluation with the fix
    const swapped = new Map(byType);
    swapped.set(original.type, (byType.get(original.type) ?? []).map((x) => (x === original ? r : x)));
    byType = swapped;
  }
  return priceInstance(r, pricer, { evaluation, byType, options, catalogue: options.catalogue ?? embeddedCatalogue(), assumptions: new Set() });
}

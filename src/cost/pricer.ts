/**
 * What a pricer is: one declarative object per resource type that lists the cost components of
 * ONE resource instance, in the vocabulary Infracost users know (name, unit, quantity, price key,
 * usage-based). The estimator resolves the region, expansion, prices, tiers, usage quantities,
 * spot and commitment discounts; a pricer never looks a price up itself.
 */
import type { ResourceInstance, Value } from '../terraform';

/** A usage quantity a pricer reads from kensa.jsonc's `usage` section. */
export interface UsageSpec {
  /** The quantity's unit, as users write it: `GB`, `requests`, `GB-months`. */
  readonly unit: string;
  readonly description: string;
}

export type Per = 'hour' | 'month';

/** A usage value as a usage file gives it: a quantity, or a word (`reserved_instance_term: 1_year`). */
export type UsageValue = number | string;

/**
 * How one of Infracost's usage keys (`request_duration_ms`; a sub-resource's `standard.storage_gb`)
 * reaches Kensa's, for the types both price. A key Infracost and Kensa name alike needs no entry.
 * - a string: the Kensa key it is, in the same unit (`monthly_cpu_credit_hrs` -> `monthly_cpu_credit_hours`);
 * - `scale`: the Kensa key is the value times `scale` (a unit changed);
 * - `derive`: the Kensa key `derive` is computed from the Infracost values of the resource
 *   (`read`) and the resource (a function's memory); undefined when what it needs is missing;
 * - `reservation`: a reserved-capacity term the estimator prices (reserved_instance_type/term/payment_option);
 * - `unused`: an Infracost key Kensa does not price, with the reason, said to the user.
 */
export type InfracostUsageKey =
  | string
  | { readonly to: string; readonly scale: number }
  | { readonly derive: string; readonly from: (read: (key: string) => UsageValue | undefined, resource: ResourceInstance) => number | undefined }
  | { readonly reservation: true }
  | { readonly unused: string };

/**
 * One line of an estimate. Exactly one of:
 * - `quantity` (a known amount per `per`),
 * - `usage` (a usage key: the amount comes from kensa.jsonc; without it the line is usage-based and
 *   stays out of the total),
 * - `unknown` (why the amount or price cannot be known before apply: "depends on var.size").
 */
export interface ComponentSpec {
  readonly name: string;
  /** The unit of the quantity, for display: `hours`, `GB`, `1M requests`. */
  readonly unit: string;
  /** Catalogue key of the unit price (per one unit of the catalogue's unit). A tier prefix when `tiered`. */
  readonly priceKey?: string;
  /** The key is a tier prefix: the quantity is spread across the tiers. */
  readonly tiered?: boolean;
  readonly quantity?: number;
  readonly per?: Per;
  readonly usage?: string;
  readonly unknown?: string;
  /**
   * How many catalogue units one displayed unit holds: 1e6 for "1M requests" over a per-request
   * price; 730 for "ACUs (average)" over a per-ACU-hour price. The displayed price is the
   * catalogue's times this. Quantities are in displayed units, and so is a usage quantity unless
   * `rawUsage` says it is counted in the catalogue's unit.
   */
  readonly unitScale?: number;
  /** The usage quantity is in the catalogue's unit (a count of requests, not of millions). */
  readonly rawUsage?: boolean;
  /** Service name for commitment discounts (kensa.jsonc pricing.commitmentDiscount): `ec2`, `rds`, `fargate`, ... */
  readonly discount?: string;
  /** Compute that may run on spot: the spot share and discount apply. */
  readonly spotCapable?: boolean;
  /** This line is already priced at spot (a spot request): the spot discount applies to all of it. */
  readonly spot?: boolean;
  /**
   * A published price per unit (USD) used when the catalogue has no price for `priceKey` in the
   * region, or alone when there is no key. The pricer's docs say where it comes from.
   */
  readonly price?: number;
  /** What a priced line assumed, shown under it: "no Fargate Spot rate in the price data; ...". */
  readonly note?: string;
}

export interface PriceContext {
  readonly resource: ResourceInstance;
  /** The region the resource is priced in (provider region, or the default). */
  readonly region: string;
  /** The value at a dotted path through attributes and nested blocks (first block): `root_block_device.volume_size`. */
  get(path: string): Value | undefined;
  /** A known string at `path`; `undefined` if missing or null; `{ unknown }` if not known before apply. */
  string(path: string): string | undefined | { readonly unknown: string };
  number(path: string): number | undefined | { readonly unknown: string };
  bool(path: string): boolean | undefined | { readonly unknown: string };
  /** The nested blocks of a type (first level), as values. */
  blocks(type: string): readonly Value[];
  /** Other resources of the configuration, to price a resource from its companions (a task definition, a launch template). */
  resources(type: string): readonly ResourceInstance[];
  /** The resource another one references through `path` (`task_definition` -> aws_ecs_task_definition). */
  referenced(path: string, type: string): ResourceInstance | undefined;
  /** A usage value of this instance (kensa.jsonc `usage` over a usage file): `operating_system`, a reservation term. */
  usage(key: string): UsageValue | undefined;
}

export interface Pricer {
  /** The resource type priced, `aws_nat_gateway`. */
  readonly resource: string;
  /** One or two sentences for the resource reference: what is priced and what is not. */
  readonly docs: string;
  /** Usage keys the pricer reads, with unit and meaning. */
  readonly usage?: Readonly<Record<string, UsageSpec>>;
  /** Infracost's usage keys for this type where they differ from Kensa's (see InfracostUsageKey). */
  readonly infracostUsage?: Readonly<Record<string, InfracostUsageKey>>;
  price(ctx: PriceContext): readonly ComponentSpec[];
}

/** Declares a pricer, checking its declaration. */
export function definePricer(pricer: Pricer): Pricer {
  if (!/^aws_[a-z0-9_]+$/.test(pricer.resource)) throw new Error(`pricer resource "${pricer.resource}" must be a resource type`);
  if (!pricer.docs) throw new Error(`pricer ${pricer.resource} needs docs`);
  return pricer;
}

/** A component whose amount is not known before apply. */
export function unknownComponent(name: string, unit: string, why: string): ComponentSpec {
  return { name, unit, unknown: why };
}

/** Narrowing helper: is a context answer unknown? */
export function isUnknown<T>(v: T | { readonly unknown: string }): v is { readonly unknown: string } {
  return typeof v === 'object' && v !== null && 'unknown' in v;
}

/** A quantity among Infracost's values (for `derive`): a number, else undefined. */
export function usageNumber(read: (key: string) => UsageValue | undefined, key: string): number | undefined {
  const v = read(key);
  return typeof v === 'number' ? v : undefined;
}

/** The sum of the quantities given under a sub-resource's keys (`monthly_http_requests.us`, `.europe`, ...), or undefined if none is. */
export function usageSum(read: (key: string) => UsageValue | undefined, keys: readonly string[]): number | undefined {
  const given = keys.map((k) => usageNumber(read, k)).filter((n): n is number => n !== undefined);
  return given.length ? given.reduce((a, b) => a + b, 0) : undefined;
}

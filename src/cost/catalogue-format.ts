/**
 * The shape of src/cost/catalogue/aws.json, shared by the runtime lookup (catalogue.ts) and the builder
 * (scripts/update-prices). docs/prices.md describes it for people.
 *
 * ```
 * { schema: 1, currency: "USD",
 *   regions: ["us-east-1", …],                     // column order of every regional price array
 *   sources: { "<id>": { title, repository, commit, asOf, licence, files } },
 *   services: { "<service>": { asOf,              // the oldest part's date
 *     parts: [ { source: "<id>", asOf: "YYYY-MM-DD",
 *                prices: { "<key>": [p0, p1, …, null, …]   // one per region, null = not priced there
 *                        | p } } ] } } }                  // a number = the same price in every region
 * ```
 * Each (key, region) cell lives in exactly one part, the one whose source won the precedence.
 */

/** The regions the catalogue covers, in column order. Changing the order changes the file format. */
export const CATALOGUE_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'eu-north-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-south-1',
  'sa-east-1',
] as const;

/** Where a part's numbers come from. */
export interface CatalogueSource {
  readonly title: string;
  readonly repository: string;
  readonly commit: string;
  /** Date of the prices, YYYY-MM-DD. */
  readonly asOf: string;
  readonly licence: string;
  readonly files: readonly string[];
}

/** The prices one source contributed to one service. */
export interface CataloguePart {
  readonly source: string;
  readonly asOf: string;
  readonly prices: Readonly<Record<string, number | readonly (number | null)[]>>;
}

/** The whole file. */
export interface CatalogueJson {
  readonly schema: 1;
  readonly currency: 'USD';
  readonly regions: readonly string[];
  readonly sources: Readonly<Record<string, CatalogueSource>>;
  readonly services: Readonly<Record<string, { readonly asOf: string; readonly parts: readonly CataloguePart[] }>>;
}

export * from './catalogue';
export type { PriceKeyFamily } from './catalogue-keys';
export { PRICE_KEY_FAMILIES, priceKeyFamily } from './catalogue-keys';
export { CATALOGUE_REGIONS } from './catalogue-format';
export type { CatalogueJson, CatalogueSource } from './catalogue-format';

/**
 * Every resource pricer. Each group file lists its pricers one per line, sorted by resource type;
 * this joins the groups and keeps the whole table sorted.
 */
import type { Pricer } from '../pricer';
import { COMPUTE_PRICERS } from './groups/compute';
import { DATA_PRICERS } from './groups/data';
import { SERVICE_PRICERS } from './groups/services';

export const PRICER_GROUPS: Readonly<Record<string, readonly Pricer[]>> = {
  compute: COMPUTE_PRICERS,
  data: DATA_PRICERS,
  services: SERVICE_PRICERS,
};

export const PRICERS: readonly Pricer[] = Object.values(PRICER_GROUPS)
  .flat()
  .sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));

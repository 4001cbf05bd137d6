/**
 * Every built-in rule. Each group file lists its rules one per line, sorted by id; this joins
 * the groups and keeps the whole catalogue sorted.
 */
import type { Rule } from '../rule';
import { COMPUTE_RULES } from './groups/compute';
import { DATA_RULES } from './groups/data';
import { IDENTITY_RULES } from './groups/identity';
import { MANAGED_RULES } from './groups/managed';
import { MONITORING_RULES } from './groups/monitoring';
import { PLATFORM_RULES } from './groups/platform';
import { SERVICE_RULES } from './groups/services';
import { STORAGE_RULES } from './groups/storage';

export const RULE_GROUPS: Readonly<Record<string, readonly Rule[]>> = {
  compute: COMPUTE_RULES,
  data: DATA_RULES,
  identity: IDENTITY_RULES,
  managed: MANAGED_RULES,
  monitoring: MONITORING_RULES,
  platform: PLATFORM_RULES,
  services: SERVICE_RULES,
  storage: STORAGE_RULES,
};

export const RULES: readonly Rule[] = Object.values(RULE_GROUPS)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

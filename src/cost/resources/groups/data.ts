/** Pricers for databases, caches, search, streaming storage and object/file storage. Sorted by resource type. */
import type { Pricer } from '../../pricer';

export const DATA_PRICERS: readonly Pricer[] = [];

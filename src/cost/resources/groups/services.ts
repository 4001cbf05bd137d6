/** Pricers for messaging, observability, DNS, security and workflow services. Sorted by resource type. */
import type { Pricer } from '../../pricer';

export const SERVICE_PRICERS: readonly Pricer[] = [];

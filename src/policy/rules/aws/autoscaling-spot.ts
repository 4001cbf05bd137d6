/**
 * What an Auto Scaling group's `mixed_instances_policy` says about On-Demand and Spot capacity.
 * Shared by the Auto Scaling rules so they agree on when a group uses Spot.
 */
import type { AttributeView, BlockView, ResourceView } from '../../resource-view';

export interface CapacityMix {
  readonly policy: BlockView | undefined;
  /** on_demand_percentage_above_base_capacity as written, if written. */
  readonly percentageAttr: AttributeView | undefined;
  /** The On-Demand share above the base capacity (100 when not set), or undefined if unknown. */
  readonly onDemandPercent: number | undefined;
}

export function capacityMixOf(group: ResourceView): CapacityMix {
  const policy = group.blocks('mixed_instances_policy')[0];
  const percentageAttr = policy?.attrAt('instances_distribution.on_demand_percentage_above_base_capacity');
  if (!policy || !percentageAttr) return { policy, percentageAttr, onDemandPercent: 100 };
  return { policy, percentageAttr, onDemandPercent: percentageAttr.value.kind === 'number' ? percentageAttr.value.value : undefined };
}

/** True if the group launches Spot instances above its On-Demand base. */
export function usesSpot(group: ResourceView): boolean {
  const mix = capacityMixOf(group);
  return mix.onDemandPercent !== undefined && mix.onDemandPercent < 100;
}

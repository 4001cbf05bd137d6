import { defineRule } from '../../rule';
import type { ResourceView } from '../../resource-view';
import type { Value } from '../../../terraform';

/** The availability zone of a subnet a value refers to (`aws_subnet.private[0].id`), if the configuration says. */
function zoneOfSubnet(v: Value, subnets: readonly ResourceView[]): string | undefined {
  if (v.kind !== 'unknown' || !v.source) return undefined;
  const source = v.source;
  const subnet = subnets.find((s) => source.startsWith(s.address + '.'));
  const zone = subnet?.attr('availability_zone')?.value ?? subnet?.attr('availability_zone_id')?.value;
  return zone?.kind === 'string' ? zone.value : undefined;
}

/**
 * Auto Scaling groups confined to one Availability Zone: one zone in `availability_zones`, one
 * subnet in `vpc_zone_identifier`, or several subnets that the configuration places in the same zone.
 */
export default defineRule({
  id: 'aws-autoscaling-single-az',
  title: 'Auto Scaling group in a single Availability Zone',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_autoscaling_group'],
  docs: {
    why: 'An Availability Zone can fail or run out of capacity for an instance type. A group whose subnets are all in one zone goes down with it and cannot launch replacements elsewhere, however many instances it has; spread over several zones, it rebalances and keeps serving.',
    fix: 'List subnets in at least two (preferably three) Availability Zones in vpc_zone_identifier, for example the private subnets of every zone of the VPC.',
    links: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html'],
  },
  check({ resource, graph, report }) {
    const subnets = resource.attr('vpc_zone_identifier');
    if (subnets) {
      if (subnets.value.kind !== 'list') return;
      const items = subnets.value.items;
      if (items.length === 1) {
        report({ at: subnets, message: 'vpc_zone_identifier lists one subnet, so every instance runs in one Availability Zone.' });
        return;
      }
      const zones = items.map((v) => zoneOfSubnet(v, graph.ofType('aws_subnet')));
      if (items.length > 1 && zones.every((z) => z !== undefined) && new Set(zones).size === 1) {
        report({ at: subnets, message: `All ${items.length} subnets in vpc_zone_identifier are in ${zones[0]}: every instance runs in one Availability Zone.` });
      }
      return;
    }
    const zones = resource.attr('availability_zones');
    if (zones?.value.kind === 'list' && zones.value.items.length === 1) {
      report({ at: zones, message: 'availability_zones lists one zone, so every instance runs in one Availability Zone.' });
    }
  },
});

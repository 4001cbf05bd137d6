import { defineRule } from '../../rule';
import type { BlockView, Graph, ResourceView } from '../../resource-view';
import type { Value } from '../../../terraform';

/** `aws_eip.nat.id` and `aws_eip.nat[0].allocation_id` refer to `aws_eip.nat` (or its instance). */
function refersTo(source: string | undefined, address: string): boolean {
  return source !== undefined && (source.startsWith(address + '.') || source.startsWith(address + '['));
}

/** True if a value (or an item of a list value) is a reference to `address`. */
function references(v: Value | undefined, address: string): boolean {
  if (v?.kind === 'unknown') return refersTo(v.source, address);
  if (v?.kind === 'list') return v.items.some((x) => references(x, address));
  return false;
}

/** True if some resource of the configuration takes this address by its allocation id (or public IP). */
function usedElsewhere(eip: ResourceView, graph: Graph): boolean {
  const uses = (b: BlockView, names: readonly string[]): boolean => names.some((n) => references(b.attr(n)?.value, eip.address));
  return (
    graph.ofType('aws_eip_association').some((r) => uses(r, ['allocation_id', 'public_ip'])) ||
    graph.ofType('aws_nat_gateway').some((r) => uses(r, ['allocation_id', 'secondary_allocation_ids'])) ||
    graph.ofType('aws_lb').some((r) => r.blocks('subnet_mapping').some((m) => uses(m, ['allocation_id'])))
  );
}

/**
 * Elastic IPs attached to nothing: no `instance` or `network_interface` on the `aws_eip`, and no
 * `aws_eip_association`, NAT gateway or Network Load Balancer in the configuration that uses it.
 */
export default defineRule({
  id: 'aws-eip-unattached',
  title: 'Elastic IP not attached to anything',
  severity: 'info',
  category: 'cost',
  targets: ['aws_eip'],
  docs: {
    why: 'Every public IPv4 address, an Elastic IP attached to nothing included, is billed at $0.005 an hour (about $3.65 a month). An Elastic IP that nothing in the configuration attaches is usually left over from a removed instance or NAT gateway and costs money for nothing.',
    fix: 'Remove the aws_eip if nothing uses it, or attach it where it is meant to be: instance or network_interface on the aws_eip, an aws_eip_association, a NAT gateway\'s allocation_id or a Network Load Balancer\'s subnet_mapping. If something outside this configuration attaches it, suppress the finding with that reason.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html', 'https://aws.amazon.com/vpc/pricing/'],
  },
  check({ resource, graph, report }) {
    if (resource.attr('instance') || resource.attr('network_interface')) return;
    if (usedElsewhere(resource, graph)) return;
    report({ at: resource, message: 'Nothing in this configuration attaches this Elastic IP (no instance, network_interface, aws_eip_association, NAT gateway or load balancer uses it): it is billed every hour for nothing.', alternative: { remove: true } });
  },
});

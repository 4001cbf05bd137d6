/**
 * Which subnets send their internet traffic through a NAT gateway, as far as the configuration
 * says: routes (`aws_route`, inline `route` blocks of `aws_route_table`) whose nat_gateway_id
 * refers to it, the route tables' `aws_route_table_association`s, and those subnets' zones.
 */
import type { ResourceView } from '../../resource-view';
import type { Graph } from '../../resource-view';
import type { Value } from '../../../terraform';

/** The resource a reference value points at (`aws_subnet.private[1].id` -> aws_subnet.private[1]). */
export function referencedResource(v: Value | undefined, candidates: readonly ResourceView[]): ResourceView | undefined {
  if (v?.kind !== 'unknown' || !v.source) return undefined;
  const source = v.source;
  return candidates.find((r) => source.startsWith(r.address + '.'));
}

/** True if a NAT gateway is public (the default connectivity type). */
export function isPublicNat(nat: ResourceView): boolean {
  const c = nat.attr('connectivity_type')?.value;
  return !c || (c.kind === 'string' && c.value === 'public');
}

/** The availability zones of the subnets routed through `nat`; undefined entries are subnets whose zone is unknown. */
export function zonesServedBy(nat: ResourceView, graph: Graph): (string | undefined)[] {
  const tables = new Set<ResourceView>();
  const allTables = graph.ofType('aws_route_table');
  for (const route of graph.referencing(nat, 'aws_route', 'nat_gateway_id')) {
    const table = referencedResource(route.attr('route_table_id')?.value, allTables);
    if (table) tables.add(table);
  }
  for (const table of allTables) {
    if (table.blocks('route').some((r) => referencedResource(r.attr('nat_gateway_id')?.value, [nat]))) tables.add(table);
  }
  const subnets = graph.ofType('aws_subnet');
  const zones: (string | undefined)[] = [];
  const seen = new Set<ResourceView>();
  for (const table of tables) {
    for (const assoc of graph.referencing(table, 'aws_route_table_association', 'route_table_id')) {
      const subnet = referencedResource(assoc.attr('subnet_id')?.value, subnets);
      if (!subnet || seen.has(subnet)) continue;
      seen.add(subnet);
      const zone = subnet.attr('availability_zone')?.value ?? subnet.attr('availability_zone_id')?.value;
      zones.push(zone?.kind === 'string' ? zone.value : undefined);
    }
  }
  return zones;
}

/** The zone of the subnet a NAT gateway is placed in, if the configuration says. */
export function zoneOfNat(nat: ResourceView, graph: Graph): string | undefined {
  const subnet = referencedResource(nat.attr('subnet_id')?.value, graph.ofType('aws_subnet'));
  const zone = subnet?.attr('availability_zone')?.value ?? subnet?.attr('availability_zone_id')?.value;
  return zone?.kind === 'string' ? zone.value : undefined;
}

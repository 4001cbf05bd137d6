import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** A VPC endpoint: gateway endpoints are free; interface and GWLB endpoints are billed per AZ hour and per GB. */
export default definePricer({
  resource: 'aws_vpc_endpoint',
  docs: 'Interface endpoints: hours per subnet (one network interface per Availability Zone: subnet_ids, subnet_configuration and aws_vpc_endpoint_subnet_association) and data processed as usage, tiered; Gateway Load Balancer endpoints: hours and data processed; gateway endpoints (S3, DynamoDB) are free. Resource and service-network endpoints are not priced.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data processed by the endpoint per month (interface endpoints: tiered across the region).' },
  },
  price(ctx) {
    const type = ctx.string('vpc_endpoint_type') ?? 'Gateway';
    if (isUnknown(type)) return [unknownComponent('Endpoint', 'hours', type.unknown)];
    if (type === 'Gateway') return [{ name: 'Gateway endpoint (free)', unit: 'months', quantity: 1, per: 'month', price: 0 }];
    if (type !== 'Interface' && type !== 'GatewayLoadBalancer') return [unknownComponent('Endpoint', 'hours', `vpc_endpoint_type "${type}" is not one Kensa prices`)];
    const gwlb = type === 'GatewayLoadBalancer';
    const out: ComponentSpec[] = [];
    const subnets = ctx.get('subnet_ids');
    const configured = ctx.blocks('subnet_configuration').length;
    let azs: number | undefined;
    let why: string | undefined;
    // subnets added by aws_vpc_endpoint_subnet_association: one more ENI (and AZ-hour) each
    const associations = ctx.resources('aws_vpc_endpoint_subnet_association').filter((a) => {
      const id = a.value.kind === 'object' ? a.value.entries.get('vpc_endpoint_id') : undefined;
      return id?.kind === 'unknown' && id.source?.startsWith(ctx.resource.address + '.');
    }).length;
    if (subnets?.kind === 'list' && subnets.items.length) azs = subnets.items.length + associations;
    else if (subnets?.kind === 'unknown') why = `subnet_ids is ${subnets.reason}${subnets.source ? ` (${subnets.source})` : ''}`;
    else if (configured) azs = configured + associations;
    else if (associations) azs = associations;
    else why = 'no subnet_ids: the number of Availability Zones is not known';
    const label = gwlb ? 'Gateway Load Balancer endpoint' : 'Interface endpoint';
    if (azs === undefined) out.push(unknownComponent(`${label} (per AZ)`, 'hours', why!));
    else out.push({ name: `${label} (${azs} AZ${azs === 1 ? '' : 's'})`, unit: 'hours', priceKey: gwlb ? 'vpc.gwlb-endpoint/hour' : 'vpc.endpoint/hour', quantity: azs, per: 'hour' });
    out.push(gwlb
      ? { name: 'Data processed', unit: 'GB', priceKey: 'vpc.gwlb-endpoint/gb', usage: 'monthly_data_processed_gb' }
      : { name: 'Data processed', unit: 'GB', priceKey: 'vpc.endpoint/gb', tiered: true, usage: 'monthly_data_processed_gb' });
    return out;
  },
});

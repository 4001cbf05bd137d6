import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

export default definePricer({
  resource: 'aws_redshift_cluster',
  infracostUsage: {
    spectrum_data_scanned_tb: { unused: 'Redshift Spectrum is not priced.' },
    backup_storage_gb: { unused: 'Backup storage is not priced.' },
  },
  docs: 'Node hours by node type times number_of_nodes (1 when not set). RA3 managed storage is listed as usage without a price: the shipped catalogue has none (docs/prices.md). Concurrency scaling beyond the free daily credits as usage, at the node type\'s per-second rate (feed redshift, "<type> Redshift Concurrency Scaling Current Generation ..."). Spectrum and backup storage are not priced (not in the price data).',
  usage: {
    managed_storage_gb: { unit: 'GB', description: 'RA3 managed storage used, average per month.' },
    excess_concurrency_scaling_secs: { unit: 'seconds', description: 'Seconds concurrency scaling clusters run per month beyond the free credits (one free hour a day of cluster use).' },
  },
  price(ctx) {
    const type = ctx.string('node_type');
    const nodes = ctx.number('number_of_nodes') ?? 1;
    if (type === undefined || isUnknown(type)) return [unknownComponent('Nodes', 'node-hours', type === undefined ? 'node_type is not set' : type.unknown)];
    if (isUnknown(nodes)) return [unknownComponent(`Nodes (${type})`, 'node-hours', nodes.unknown)];
    const out: ComponentSpec[] = [{ name: `Nodes (${type} x ${nodes})`, unit: 'node-hours', priceKey: `redshift.node/${type}`, quantity: nodes, per: 'hour', discount: 'redshift' }];
    out.push({ name: `Concurrency scaling (${type} x ${nodes})`, unit: 'cluster-seconds', priceKey: `redshift.concurrency-scaling/${type}`, unitScale: nodes, usage: 'excess_concurrency_scaling_secs' });
    if (type.startsWith('ra3.')) out.push(unknownComponent('Managed storage (RA3)', 'GB-months', 'no Redshift managed storage price in the shipped catalogue (only AWS offer files have it: docs/prices.md)'));
    return out;
  },
});

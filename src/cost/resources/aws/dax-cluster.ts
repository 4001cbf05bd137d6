import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A DynamoDB Accelerator cluster. Prices: feed dax, "<type> - Hourly Cost" (per node-hour). */
export default definePricer({
  resource: 'aws_dax_cluster',
  docs: 'Node hours by node_type, replication_factor nodes. Data transfer between Availability Zones is not included.',
  price(ctx) {
    const type = ctx.string('node_type');
    if (type === undefined || isUnknown(type)) return [unknownComponent('Nodes', 'hours', type === undefined ? 'node_type is not set' : type.unknown)];
    const n = ctx.number('replication_factor');
    if (n === undefined || isUnknown(n)) return [unknownComponent(`Nodes (${type})`, 'hours', n === undefined ? 'replication_factor is not set' : n.unknown)];
    return [{ name: `Nodes (${type})`, unit: 'hours', priceKey: `dax.node/${type}`, quantity: n, per: 'hour', discount: 'dax' }];
  },
});

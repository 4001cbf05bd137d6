import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

export default definePricer({
  resource: 'aws_msk_cluster',
  docs: 'Broker hours by instance type times number_of_broker_nodes (standard brokers, or Express brokers for express.* types), and the EBS storage of each standard broker (broker_node_group_info.storage_info.ebs_storage_info.volume_size; 1,000 GB assumed when not set, the AWS default). Provisioned storage throughput is listed but not priced (the price data has no rate for it); Express broker data and tiered storage are not priced.',
  price(ctx) {
    const type = ctx.string('broker_node_group_info.instance_type');
    const brokers = ctx.number('number_of_broker_nodes');
    if (type === undefined || isUnknown(type)) return [unknownComponent('Brokers', 'broker-hours', type === undefined ? 'broker_node_group_info.instance_type is not set' : type.unknown)];
    if (brokers === undefined || isUnknown(brokers)) return [unknownComponent(`Brokers (${type})`, 'broker-hours', brokers === undefined ? 'number_of_broker_nodes is not set' : brokers.unknown)];
    const express = type.startsWith('express.');
    const out: ComponentSpec[] = [{
      name: `${express ? 'Express brokers' : 'Brokers'} (${type} x ${brokers})`,
      unit: 'broker-hours',
      priceKey: express ? `msk.express-broker/${type}` : `msk.broker/${type}`,
      quantity: brokers,
      per: 'hour',
    }];
    if (express) return out; // Express brokers have no provisioned storage
    const size = ctx.number('broker_node_group_info.storage_info.ebs_storage_info.volume_size') ?? ctx.number('broker_node_group_info.ebs_volume_size');
    if (isUnknown(size)) out.push(unknownComponent('Broker storage', 'GB-months', size.unknown));
    else {
      const gb = size ?? 1000;
      out.push({ name: `Broker storage (${gb.toLocaleString('en-US')} GB${size === undefined ? ' assumed' : ''} x ${brokers})`, unit: 'GB-months', priceKey: 'msk.storage', quantity: gb * brokers, per: 'month' });
    }
    // provisioned storage throughput is billed per MiB/s-month, a rate the price data lacks: listed, never $0
    const pt = 'broker_node_group_info.storage_info.ebs_storage_info.provisioned_throughput';
    const enabled = ctx.bool(`${pt}.enabled`);
    const throughput = ctx.number(`${pt}.volume_throughput`);
    if (isUnknown(enabled)) out.push(unknownComponent('Provisioned storage throughput', 'MiBps-months', enabled.unknown));
    else if (enabled === true) {
      const what = isUnknown(throughput) ? throughput.unknown : 'not priced: the price data has no MSK provisioned storage throughput rate';
      out.push(unknownComponent(`Provisioned storage throughput (${typeof throughput === 'number' ? `${throughput} MiB/s x ${brokers}` : `x ${brokers}`})`, 'MiBps-months', what));
    }
    return out;
  },
});

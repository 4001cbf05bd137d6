import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

const MODES: Readonly<Record<string, string>> = {
  SINGLE_INSTANCE: 'single-instance',
  ACTIVE_STANDBY_MULTI_AZ: 'active-standby',
  CLUSTER_MULTI_AZ: 'cluster',
};

const MODE_NAMES: Readonly<Record<string, string>> = { 'single-instance': 'single-instance', 'active-standby': 'active/standby', cluster: 'cluster of 3' };

export default definePricer({
  resource: 'aws_mq_broker',
  infracostUsage: {
    storage_size_gb: 'storage_gb',
  },
  docs: 'Broker hours by engine (ActiveMQ, RabbitMQ), deployment mode (the catalogue prices the whole deployment: active/standby is two brokers, a RabbitMQ cluster three) and host instance type, and storage as usage: EFS (durability optimized, the ActiveMQ default) or EBS (throughput optimized; always EBS for RabbitMQ). Data transfer is not priced.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Message storage used per month (average).' },
  },
  price(ctx) {
    const engine = ctx.string('engine_type');
    const type = ctx.string('host_instance_type');
    const modeValue = ctx.string('deployment_mode') ?? 'SINGLE_INSTANCE';
    if (engine === undefined || isUnknown(engine)) return [unknownComponent('Broker', 'hours', engine === undefined ? 'engine_type is not set' : engine.unknown)];
    const e = engine.toLowerCase();
    if (e !== 'activemq' && e !== 'rabbitmq') return [unknownComponent('Broker', 'hours', `engine_type "${engine}" is not one Kensa prices`)];
    const label = e === 'activemq' ? 'ActiveMQ' : 'RabbitMQ';
    const out: ComponentSpec[] = [];
    if (isUnknown(modeValue)) out.push(unknownComponent(`Broker (${label})`, 'hours', modeValue.unknown));
    else if (type === undefined || isUnknown(type)) out.push(unknownComponent(`Broker (${label})`, 'hours', type === undefined ? 'host_instance_type is not set' : type.unknown));
    else {
      const mode = MODES[modeValue];
      if (!mode) out.push(unknownComponent(`Broker (${label}, ${type})`, 'hours', `deployment_mode "${modeValue}" is not one Kensa prices`));
      else out.push({ name: `Broker (${label}, ${type}, ${MODE_NAMES[mode]})`, unit: 'hours', priceKey: `mq.broker/${e}/${mode}/${type}`, quantity: 1, per: 'hour' });
    }
    const storage = e === 'rabbitmq' ? 'ebs' : ctx.string('storage_type') ?? 'efs';
    if (isUnknown(storage)) out.push(unknownComponent('Storage', 'GB-months', storage.unknown));
    else out.push({ name: `Storage (${storage === 'efs' ? 'EFS, durability optimized' : 'EBS, throughput optimized'})`, unit: 'GB-months', priceKey: `mq.storage/${storage}`, usage: 'storage_gb' });
    return out;
  },
});

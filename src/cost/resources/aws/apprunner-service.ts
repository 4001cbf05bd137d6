import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';
import { configured } from './rds-cluster-instance';

/** vCPUs or GB of an App Runner size: "1024" / "1 vCPU" (cpu), "2048" / "2 GB" (memory). */
function size(text: string): number | undefined {
  const m = /^\s*([0-9.]+)\s*(vCPU|GB)?\s*$/i.exec(text);
  if (!m) return undefined;
  return m[2] ? Number(m[1]) : Number(m[1]) / 1024;
}

/**
 * An App Runner service. Prices: feed apprunner, "Compute Provisioned GB-hours" (memory of provisioned
 * instances), "Compute vCPU hours" and "Compute GB hours" (active instances).
 */
export default definePricer({
  resource: 'aws_apprunner_service',
  docs: 'The memory of the provisioned instances (the auto scaling configuration\'s min_size, 1 by default) for every hour, and the vCPU of active instance-hours as usage (an active instance is billed vCPU and memory; its memory is the provisioned charge, at the same rate in the price data). Active instances above min_size, automatic deployments and builds are not included.',
  usage: {
    monthly_active_instance_hours: { unit: 'hours', description: 'Instance-hours spent processing requests per month.' },
  },
  price(ctx) {
    const cpuText = ctx.string('instance_configuration.cpu') ?? '1024';
    const memText = ctx.string('instance_configuration.memory') ?? '2048';
    if (isUnknown(cpuText)) return [unknownComponent('Provisioned instances', 'GB-hours', cpuText.unknown)];
    if (isUnknown(memText)) return [unknownComponent('Provisioned instances', 'GB-hours', memText.unknown)];
    const vcpu = size(cpuText);
    const gb = size(memText);
    if (vcpu === undefined || gb === undefined) return [unknownComponent('Provisioned instances', 'GB-hours', `instance size "${cpuText}" / "${memText}" is not understood`)];
    const asc = ctx.referenced('auto_scaling_configuration_arn', 'aws_apprunner_auto_scaling_configuration_version');
    const minValue = asc ? configured(asc, 'min_size') : undefined;
    const out: ComponentSpec[] = [];
    if (minValue?.kind === 'unknown') out.push(unknownComponent('Provisioned instances (memory)', 'GB-hours', `min_size is ${minValue.reason}`));
    else {
      const min = minValue?.kind === 'number' ? minValue.value : 1;
      out.push({ name: `Provisioned instances (memory, ${min} x ${gb} GB)`, unit: 'GB-hours', priceKey: 'apprunner.provisioned-memory', quantity: min * gb, per: 'hour' });
    }
    out.push({ name: `Active instances (vCPU, ${vcpu} vCPU each)`, unit: 'instance-hours', priceKey: 'apprunner.vcpu', unitScale: vcpu, usage: 'monthly_active_instance_hours' });
    return out;
  },
});

import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';
import { volumeComponents } from './ebs-volume';
import { instanceHours } from './instance';
import { launchTemplateAt, launchTemplateShape, spotHours, timesInstances } from './autoscaling-group';

/** An EKS managed node group: its instances (on-demand or spot) and their root volumes. */
export default definePricer({
  resource: 'aws_eks_node_group',
  infracostUsage: {
    instances: { unused: 'Kensa counts scaling_config.desired_size from the configuration.' },
    operating_system: { unused: 'Kensa prices Linux instances (the price data has no Windows, RHEL or SUSE EC2 rates).' },
    monthly_cpu_credit_hrs: { unused: 'CPU credits of group instances are not priced.' },
    vcpu_count: { unused: 'CPU credits of group instances are not priced.' },
    reserved_instance_type: { reservation: true },
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
  },
  docs: 'scaling_config.desired_size instances of the first of instance_types (t3.medium by default) or the launch template\'s type, on-demand or spot (capacity_type SPOT, at the catalogue\'s spot price snapshot for the type and region, else the configured spot discount), and their disks: disk_size (20 GB, 50 GB for Windows AMIs, gp2 assumed) or the launch template\'s volumes. Linux prices.',
  price(ctx) {
    const n = ctx.number('scaling_config.desired_size');
    if (n === undefined) return [unknownComponent('Nodes', 'hours', 'scaling_config.desired_size is not set')];
    if (isUnknown(n)) return [unknownComponent('Nodes', 'hours', n.unknown)];
    const capacity = ctx.string('capacity_type') ?? 'ON_DEMAND';
    if (isUnknown(capacity)) return [unknownComponent('Nodes', 'hours', capacity.unknown)];
    const lt = launchTemplateAt(ctx, 'launch_template');
    // an EKS-optimized AMI's root volume is 20 GB when the template maps no block devices
    const shape = lt ? launchTemplateShape(lt, 20) : undefined;
    const types = ctx.get('instance_types');
    let type: string | { unknown: string };
    if (types?.kind === 'unknown') type = { unknown: `instance_types is ${types.reason}${types.source ? ` (${types.source})` : ''}` };
    else if (types?.kind === 'list' && types.items.length) {
      const first = types.items[0]!;
      type = first.kind === 'string' ? first.value : { unknown: 'instance_types[0] is not known before apply' };
    } else if (shape) type = shape.type;
    else if (lt === undefined && ctx.get('launch_template')) type = { unknown: 'the launch template is not in this configuration' };
    else type = 't3.medium';
    const out: ComponentSpec[] = [];
    const spot = capacity === 'SPOT';
    const more = types?.kind === 'list' && types.items.length > 1 ? ', first of instance_types' : '';
    if (isUnknown(type)) out.push(unknownComponent('Nodes', 'hours', type.unknown));
    else if (spot) out.push({ ...spotHours('Nodes', type, n), name: `Nodes (Linux, spot, ${n} x ${type}${more})` });
    else out.push({ ...instanceHours('Nodes', type, shape?.tenancy ?? 'default', n), name: `Nodes (Linux, on-demand, ${n} x ${type}${more})` });
    if (shape) out.push(...timesInstances(shape.volumes, n));
    else if (!ctx.get('launch_template')) {
      const size = ctx.number('disk_size');
      if (isUnknown(size)) out.push(unknownComponent('Node disks', 'GB-months', size.unknown));
      else {
        const ami = ctx.string('ami_type');
        const windows = typeof ami === 'string' && ami.startsWith('WINDOWS');
        const gb = size ?? (windows ? 50 : 20);
        const note = size === undefined ? ' default' : '';
        out.push(...timesInstances(volumeComponents('Node disk', 'gp2', gb, undefined, undefined).map((c) => ({ ...c, name: `Node disk (${gb} GB${note}, gp2 assumed)` })), n));
      }
    }
    return out;
  },
});

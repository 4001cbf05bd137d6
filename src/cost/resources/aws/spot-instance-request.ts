import { definePricer, isUnknown, unknownComponent } from '../../pricer';
import { spotHours } from './autoscaling-group';
import { blockDeviceComponents } from './instance';

/** A spot instance request: the instance at spot price, and its EBS volumes at on-demand price. */
export default definePricer({
  resource: 'aws_spot_instance_request',
  docs: 'Instance hours at spot price (the catalogue\'s spot price snapshot for the type and region, else the on-demand Linux price less the configured spot discount), and the root and extra EBS volumes, which are not discounted.',
  price(ctx) {
    const type = ctx.string('instance_type');
    if (type === undefined) return [unknownComponent('Instance usage', 'hours', 'no instance_type (a launch template sets it)'), ...blockDeviceComponents(ctx)];
    if (isUnknown(type)) return [unknownComponent('Instance usage', 'hours', type.unknown), ...blockDeviceComponents(ctx)];
    return [spotHours('Instance usage', type, 1), ...blockDeviceComponents(ctx)];
  },
});

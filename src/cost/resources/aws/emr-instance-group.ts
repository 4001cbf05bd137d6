import { definePricer } from '../../pricer';
import { emrGroupComponents } from './emr-cluster';

/** An EMR (task) instance group. */
export default definePricer({
  resource: 'aws_emr_instance_group',
  docs: 'instance_count instances (1 by default) at the Linux on-demand rate plus the EMR fee per instance-hour. Spot instances (bid_price) and EBS volumes are not priced.',
  price(ctx) {
    return emrGroupComponents(ctx, '', 'Task');
  },
});

import { definePricer } from '../../pricer';

/** A Traffic Mirroring session. Price: feed vpc, "Hourly charge for Traffic Mirroring Source per hour" (per session-hour on the source ENI). */
export default definePricer({
  resource: 'aws_ec2_traffic_mirror_session',
  docs: 'Hours of the session on its source network interface. The mirrored traffic\'s data transfer and the target (a load balancer or instance) are priced on their own.',
  price() {
    return [{ name: 'Traffic mirror session', unit: 'hours', priceKey: 'vpc.traffic-mirroring/hour', quantity: 1, per: 'hour' }];
  },
});

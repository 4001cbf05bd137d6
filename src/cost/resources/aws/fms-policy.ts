import { definePricer } from '../../pricer';

/** A Firewall Manager policy. Price: feed fms, "Firewall Manager Policy Public Regions" (per policy per region and month). */
export default definePricer({
  resource: 'aws_fms_policy',
  docs: 'The policy per month in the region it is created in. The WAF, Shield, Network Firewall or security group resources the policy deploys are billed on their own.',
  price() {
    return [{ name: 'Protection policy', unit: 'months', priceKey: 'fms.policy', quantity: 1, per: 'month' }];
  },
});

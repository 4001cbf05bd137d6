import { definePricer } from '../../pricer';

/** A CloudHSM v2 HSM. Price: feed cloudhsm, "CloudHSM Hourly" (per HSM-hour). */
export default definePricer({
  resource: 'aws_cloudhsm_v2_hsm',
  infracostUsage: {
    monthly_hrs: { unused: 'Kensa prices an HSM for the whole month (730 hours).' },
  },
  docs: 'Hours of the HSM (each HSM of a cluster is one resource). Backups are free.',
  price() {
    return [{ name: 'HSM', unit: 'hours', priceKey: 'cloudhsm.hsm', quantity: 1, per: 'hour' }];
  },
});

import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** An AWS Config recorder: configuration items recorded, continuously or daily, as usage. */
export default definePricer({
  resource: 'aws_config_configuration_recorder',
  infracostUsage: {
    monthly_custom_config_items: { unused: 'Custom configuration items are not priced.' },
  },
  docs: 'Configuration items recorded as usage, at the continuous-recording rate or, when recording_mode sets a DAILY frequency, at AWS\'s published periodic rate of $0.012 per item (not in the catalogue). Rules are priced with aws_config_config_rule.',
  usage: {
    monthly_config_items: { unit: 'items', description: 'Configuration items recorded per month (one per recorded change, or per resource per day with daily recording).' },
  },
  price(ctx) {
    const frequency = ctx.string('recording_mode.recording_frequency') ?? 'CONTINUOUS';
    if (isUnknown(frequency)) return [unknownComponent('Configuration items', 'items', frequency.unknown)];
    if (frequency === 'DAILY') return [{ name: 'Configuration items (daily recording)', unit: 'items', price: 0.012, usage: 'monthly_config_items' }];
    return [{ name: 'Configuration items (continuous recording)', unit: 'items', priceKey: 'config.configuration-items', usage: 'monthly_config_items' }];
  },
});

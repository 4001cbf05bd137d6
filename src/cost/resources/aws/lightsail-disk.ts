import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A Lightsail block storage disk. Price: feed lightsail, "Lightsail Block Storage per GB-Mo". */
export default definePricer({
  resource: 'aws_lightsail_disk',
  docs: 'Provisioned size_in_gb per month. Disk snapshots are not included.',
  price(ctx) {
    const size = ctx.number('size_in_gb');
    if (size === undefined || isUnknown(size)) return [unknownComponent('Block storage', 'GB-months', size === undefined ? 'size_in_gb is not set' : size.unknown)];
    return [{ name: 'Block storage', unit: 'GB-months', priceKey: 'lightsail.storage', quantity: size, per: 'month' }];
  },
});

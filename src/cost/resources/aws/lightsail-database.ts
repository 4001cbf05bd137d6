import { definePricer, isUnknown, unknownComponent } from '../../pricer';

const MEMORY: Readonly<Record<string, string>> = { micro: '1', small: '2', medium: '4', large: '8' };

/** A Lightsail managed database by bundle. Prices: feed lightsail, "Lightsail Database <Standard|High> Availability ... <memory>GB Memory ..." (per hour). */
export default definePricer({
  resource: 'aws_lightsail_database',
  docs: 'Database hours by relational_database_bundle_id (size, standard or high availability), current bundle generation (_2_0). Storage and transfer allowances are in the bundle; snapshots are not priced.',
  price(ctx) {
    const bundle = ctx.string('relational_database_bundle_id');
    if (bundle === undefined || isUnknown(bundle)) return [unknownComponent('Database', 'hours', bundle === undefined ? 'relational_database_bundle_id is not set' : bundle.unknown)];
    const m = /^(micro|small|medium|large)(_ha)?_([0-9]+)_[0-9]+$/.exec(bundle);
    if (!m) return [unknownComponent(`Database (${bundle})`, 'hours', `relational_database_bundle_id "${bundle}" is not a bundle the price data knows`)];
    if (m[3] !== '2') return [unknownComponent(`Database (${bundle})`, 'hours', `bundle generation ${m[3]} has no price in the price data (only _2_0 bundles)`)];
    return [{ name: `Database (${bundle}: ${MEMORY[m[1]!]} GB, ${m[2] ? 'high availability' : 'standard'})`, unit: 'hours', priceKey: `lightsail.database/${m[2] ? 'high-availability' : 'standard'}/${MEMORY[m[1]!]}`, quantity: 1, per: 'hour' }];
  },
});

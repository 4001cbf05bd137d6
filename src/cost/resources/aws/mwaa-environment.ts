import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/**
 * An Amazon MWAA environment. Prices: feed mwaa, "Environment <size> per Hrs" (two schedulers, one worker and the
 * web server included), "Worker <size> per Hrs", "Scheduler <size> per Hrs", "Standard per Gigabyte Month" (meta database).
 */
export default definePricer({
  resource: 'aws_mwaa_environment',
  docs: 'Environment hours by environment_class (two schedulers and one worker included), the workers min_workers keeps beyond the first and the schedulers beyond two; workers the environment scales to above min_workers, and the meta database storage, as usage. mw1.micro has no price in the price data.',
  usage: {
    additional_workers: { unit: 'workers', description: 'Average number of workers running above min_workers over the month.' },
    additional_schedulers: { unit: 'schedulers', description: 'Average number of schedulers beyond those the schedulers attribute sets.' },
    meta_database_gb: { unit: 'GB', description: 'Meta database storage per month.' },
  },
  price(ctx) {
    const cls = ctx.string('environment_class') ?? 'mw1.small';
    if (isUnknown(cls)) return [unknownComponent('Environment', 'hours', cls.unknown)];
    const size = cls.replace(/^mw1\./, '');
    const out: ComponentSpec[] = [{ name: `Environment (${cls})`, unit: 'hours', priceKey: `mwaa.environment/${size}`, quantity: 1, per: 'hour' }];
    const minWorkers = ctx.number('min_workers') ?? 1;
    if (isUnknown(minWorkers)) out.push(unknownComponent('Workers beyond the included one', 'hours', minWorkers.unknown));
    else if (minWorkers > 1) out.push({ name: `Workers beyond the included one (min_workers ${minWorkers})`, unit: 'hours', priceKey: `mwaa.worker/${size}`, quantity: minWorkers - 1, per: 'hour' });
    out.push({ name: 'Additional workers (scaled out)', unit: 'workers (average)', priceKey: `mwaa.worker/${size}`, unitScale: 730, usage: 'additional_workers' });
    const schedulers = ctx.number('schedulers') ?? 2;
    if (isUnknown(schedulers)) out.push(unknownComponent('Schedulers beyond the included two', 'hours', schedulers.unknown));
    else if (schedulers > 2) out.push({ name: `Schedulers beyond the included two (schedulers ${schedulers})`, unit: 'hours', priceKey: `mwaa.scheduler/${size}`, quantity: schedulers - 2, per: 'hour' });
    out.push(
      { name: 'Additional schedulers', unit: 'schedulers (average)', priceKey: `mwaa.scheduler/${size}`, unitScale: 730, usage: 'additional_schedulers' },
      { name: 'Meta database', unit: 'GB-months', priceKey: 'mwaa.storage', usage: 'meta_database_gb' },
    );
    return out;
  },
});

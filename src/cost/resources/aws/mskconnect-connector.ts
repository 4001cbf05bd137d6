import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** An MSK Connect connector. Price: feed msk, "RunConnect" (per MCU-hour). */
export default definePricer({
  resource: 'aws_mskconnect_connector',
  docs: 'Worker capacity in MCU-hours: provisioned_capacity\'s workers x MCUs per worker; with autoscaling, the minimum workers always run and the workers above them are usage.',
  usage: {
    additional_workers: { unit: 'workers', description: 'Average workers above autoscaling\'s min_worker_count over the month.' },
  },
  price(ctx) {
    const provisioned = ctx.number('capacity.provisioned_capacity.worker_count');
    const mcu = ctx.number(provisioned !== undefined ? 'capacity.provisioned_capacity.mcu_count' : 'capacity.autoscaling.mcu_count') ?? 1;
    if (isUnknown(mcu)) return [unknownComponent('Workers', 'MCU-hours', mcu.unknown)];
    if (provisioned !== undefined) {
      if (isUnknown(provisioned)) return [unknownComponent('Workers', 'MCU-hours', provisioned.unknown)];
      return [{ name: `Workers (${provisioned} x ${mcu} MCU)`, unit: 'MCU-hours', priceKey: 'msk.connect-mcu', quantity: provisioned * mcu, per: 'hour' }];
    }
    const min = ctx.number('capacity.autoscaling.min_worker_count');
    if (min === undefined || isUnknown(min)) return [unknownComponent('Workers', 'MCU-hours', min === undefined ? 'capacity is not set' : min.unknown)];
    const out: ComponentSpec[] = [
      { name: `Minimum workers (${min} x ${mcu} MCU)`, unit: 'MCU-hours', priceKey: 'msk.connect-mcu', quantity: min * mcu, per: 'hour' },
      { name: `Scaled-out workers (${mcu} MCU each)`, unit: 'workers (average)', priceKey: 'msk.connect-mcu', unitScale: 730 * mcu, usage: 'additional_workers' },
    ];
    return out;
  },
});

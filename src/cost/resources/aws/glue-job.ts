import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** DPUs per worker of each Glue worker type (AWS Glue docs). */
const WORKER_DPUS: Readonly<Record<string, number>> = { Standard: 1, 'G.025X': 0.25, 'G.1X': 1, 'G.2X': 2, 'G.4X': 4, 'G.8X': 8, 'Z.2X': 2 };

/** A Glue job. Prices: feed glue, "ETL Job run" and "ETL Job run Flex" (per DPU-hour). */
export default definePricer({
  resource: 'aws_glue_job',
  docs: 'Run hours as usage, times the job\'s DPUs: number_of_workers x the worker_type\'s DPUs, or max_capacity, or AWS\'s default (10 DPUs for Spark jobs, 0.0625 for Python shell). Flex execution (execution_class = "FLEX") at its own rate. Development endpoints and interactive sessions are not included.',
  usage: {
    monthly_hours: { unit: 'hours', description: 'Hours the job runs per month (AWS bills per second, with a 1-minute minimum per run).' },
  },
  price(ctx) {
    const command = ctx.string('command.name') ?? 'glueetl';
    if (isUnknown(command)) return [unknownComponent('Duration', 'hours', command.unknown)];
    const workers = ctx.number('number_of_workers');
    const workerType = ctx.string('worker_type');
    const maxCapacity = ctx.number('max_capacity');
    let dpus: number;
    if (isUnknown(workers)) return [unknownComponent('Duration', 'hours', workers.unknown)];
    if (isUnknown(workerType)) return [unknownComponent('Duration', 'hours', workerType.unknown)];
    if (isUnknown(maxCapacity)) return [unknownComponent('Duration', 'hours', maxCapacity.unknown)];
    if (workers !== undefined && workerType !== undefined) {
      const per = WORKER_DPUS[workerType];
      if (per === undefined) return [unknownComponent('Duration', 'hours', `worker_type ${workerType} has no known DPU size`)];
      dpus = workers * per;
    } else dpus = maxCapacity ?? (command === 'pythonshell' ? 0.0625 : 10);
    const flex = ctx.string('execution_class') === 'FLEX';
    return [{ name: `Duration (${dpus} DPU${dpus === 1 ? '' : 's'}${flex ? ', flex' : ''})`, unit: 'hours', priceKey: flex ? 'glue.job-flex' : 'glue.job', unitScale: dpus, usage: 'monthly_hours' }];
  },
});

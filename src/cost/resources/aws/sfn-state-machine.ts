import { definePricer, isUnknown, unknownComponent, type UsageValue, usageNumber } from '../../pricer';

/** A Step Functions state machine: transitions (standard) or requests and duration (express), as usage. */
export default definePricer({
  resource: 'aws_sfn_state_machine',
  infracostUsage: {
    memory_mb: { derive: 'monthly_duration_gb_seconds', from: expressGbSeconds },
    workflow_duration_ms: { derive: 'monthly_duration_gb_seconds', from: expressGbSeconds },
  },
  docs: 'Standard workflows: state transitions as usage. Express workflows: requests and duration (GB-seconds, tiered) as usage. The free tier of 4,000 transitions a month is not deducted; the services the workflow calls are priced on their own.',
  usage: {
    monthly_transitions: { unit: 'transitions', description: 'State transitions per month (standard workflows).' },
    monthly_requests: { unit: 'requests', description: 'Workflow executions per month (express workflows).' },
    monthly_duration_gb_seconds: { unit: 'GB-seconds', description: 'Execution duration x memory per month (express workflows: billed in 100 ms and 64 MB increments).' },
  },
  price(ctx) {
    const type = ctx.string('type') ?? 'STANDARD';
    if (isUnknown(type)) return [unknownComponent('Workflow', '1M requests', type.unknown)];
    if (type === 'EXPRESS') {
      return [
        { name: 'Requests (express)', unit: '1M requests', priceKey: 'sfn.express-requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' },
        { name: 'Duration (express)', unit: 'GB-seconds', priceKey: 'sfn.express-duration', tiered: true, usage: 'monthly_duration_gb_seconds' },
      ];
    }
    return [{ name: 'State transitions (standard)', unit: '1M transitions', priceKey: 'sfn.transitions', unitScale: 1e6, rawUsage: true, usage: 'monthly_transitions' }];
  },
});

/** Infracost's express executions, memory and duration as GB-seconds, billed in 64 MB and 100 ms increments. */
function expressGbSeconds(read: (key: string) => UsageValue | undefined): number | undefined {
  const requests = usageNumber(read, 'monthly_requests');
  const memory = usageNumber(read, 'memory_mb');
  const ms = usageNumber(read, 'workflow_duration_ms');
  if (requests === undefined || memory === undefined || ms === undefined) return undefined;
  return requests * ((Math.ceil(ms / 100) * 100) / 1000) * ((Math.ceil(memory / 64) * 64) / 1024);
}

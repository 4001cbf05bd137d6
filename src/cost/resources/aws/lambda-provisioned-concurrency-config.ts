import type { ResourceInstance } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type PriceContext, type UsageValue, usageNumber } from '../../pricer';
import { lambdaArchitecture, lambdaMemoryMb } from './lambda-function';

const SECONDS_PER_MONTH = 730 * 3600;

/** The aws_lambda_function named by function_name: by reference, by name or by ARN. */
function functionOf(ctx: PriceContext): ResourceInstance | undefined {
  const v = ctx.get('function_name');
  const fns = ctx.resources('aws_lambda_function');
  if (v?.kind === 'unknown' && v.source) return fns.find((f) => v.source!.startsWith(`${f.address}.`));
  if (v?.kind !== 'string') return undefined;
  return fns.find((f) => {
    const name = f.value.kind === 'object' ? f.value.entries.get('function_name') : undefined;
    return name?.kind === 'string' && (name.value === v.value || v.value.endsWith(`:function:${name.value}`));
  });
}

/** Provisioned concurrency of a Lambda function: the capacity kept warm, and the duration it runs. */
export default definePricer({
  resource: 'aws_lambda_provisioned_concurrency_config',
  infracostUsage: {
    request_duration_ms: { derive: 'monthly_gb_seconds', from: provisionedGbSeconds },
    monthly_requests: { derive: 'monthly_gb_seconds', from: provisionedGbSeconds },
    memory_mb: { derive: 'monthly_gb_seconds', from: provisionedGbSeconds },
    monthly_duration_hrs: { unused: 'Kensa prices provisioned concurrency for the whole month (730 hours).' },
    architecture: { unused: 'Kensa reads the architecture from the function.' },
  },
  docs: 'Provisioned concurrency for the whole month (executions x the function\'s memory, by architecture) and the duration of invocations served by it as usage. Requests are priced with the function.',
  usage: {
    monthly_gb_seconds: { unit: 'GB-seconds', description: 'Compute served by the provisioned concurrency per month: invocations x average duration in seconds x memory in GB.' },
  },
  price(ctx) {
    const n = ctx.number('provisioned_concurrent_executions');
    if (n === undefined || isUnknown(n)) return [unknownComponent('Provisioned concurrency', 'GB-seconds', n === undefined ? 'provisioned_concurrent_executions is not set' : n.unknown)];
    const fn = functionOf(ctx);
    if (!fn) return [unknownComponent('Provisioned concurrency', 'GB-seconds', 'the function is not in this configuration: its memory is not known')];
    const arch = lambdaArchitecture(fn);
    const memory = lambdaMemoryMb(fn);
    if (isUnknown(arch)) return [unknownComponent('Provisioned concurrency', 'GB-seconds', arch.unknown)];
    if (isUnknown(memory)) return [unknownComponent('Provisioned concurrency', 'GB-seconds', memory.unknown)];
    const label = arch === 'arm' ? 'arm64' : 'x86_64';
    return [
      { name: `Provisioned concurrency (${n} x ${memory.toLocaleString('en-US')} MB, ${label})`, unit: 'GB-seconds', priceKey: `lambda.provisioned-concurrency/${arch}`, quantity: n * (memory / 1024) * SECONDS_PER_MONTH, per: 'month' },
      { name: `Duration on provisioned concurrency (${label})`, unit: 'GB-seconds', priceKey: `lambda.provisioned-duration/${arch}`, usage: 'monthly_gb_seconds' },
    ];
  },
});

/** Infracost's requests, average duration and memory_mb as GB-seconds served by provisioned concurrency. */
function provisionedGbSeconds(read: (key: string) => UsageValue | undefined): number | undefined {
  const requests = usageNumber(read, 'monthly_requests');
  const ms = usageNumber(read, 'request_duration_ms');
  const memory = usageNumber(read, 'memory_mb');
  if (requests === undefined || ms === undefined || memory === undefined) return undefined;
  return requests * (ms / 1000) * (memory / 1024);
}

import type { ResourceInstance, Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type UsageValue, usageNumber } from '../../pricer';

/** The catalogue's architecture segment of a function: `arm` for arm64, `x86` otherwise (the default). */
export function lambdaArchitecture(fn: ResourceInstance): 'x86' | 'arm' | { readonly unknown: string } {
  const v = fn.value.kind === 'object' ? fn.value.entries.get('architectures') : undefined;
  if (v?.kind === 'unknown') return { unknown: `architectures is ${v.reason}` };
  const first: Value | undefined = v?.kind === 'list' ? v.items[0] : undefined;
  if (first?.kind === 'unknown') return { unknown: `architectures is ${first.reason}` };
  return first?.kind === 'string' && first.value === 'arm64' ? 'arm' : 'x86';
}

/** The function's memory in MB (128 when not set), or why it is not known. */
export function lambdaMemoryMb(fn: ResourceInstance): number | { readonly unknown: string } {
  const v = fn.value.kind === 'object' ? fn.value.entries.get('memory_size') : undefined;
  if (v?.kind === 'unknown') return { unknown: `memory_size is ${v.reason}${v.source ? ` (${v.source})` : ''}` };
  if (v?.kind === 'number') return v.value;
  if (v?.kind === 'string' && /^\d+$/.test(v.value)) return Number(v.value);
  return 128;
}

const ARCH_LABEL = { x86: 'x86_64', arm: 'arm64' } as const;

/** A Lambda function: requests, duration (GB-seconds, tiered) and ephemeral storage above 512 MB. */
export default definePricer({
  resource: 'aws_lambda_function',
  infracostUsage: {
    request_duration_ms: { derive: 'monthly_gb_seconds', from: lambdaGbSeconds },
  },
  docs: 'Requests and duration (GB-seconds, tiered) by architecture, and ephemeral storage above the free 512 MB, all as usage; the monthly free tier is not deducted. Provisioned concurrency is priced with aws_lambda_provisioned_concurrency_config.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'Invocations per month.' },
    monthly_gb_seconds: { unit: 'GB-seconds', description: 'Compute per month: invocations x average duration in seconds x memory in GB (a 1,024 MB function running 1M times for 200 ms uses 200,000 GB-seconds).' },
    monthly_ephemeral_storage_gb_seconds: { unit: 'GB-seconds', description: 'Ephemeral storage above 512 MB x seconds run per month.' },
  },
  price(ctx) {
    const arch = lambdaArchitecture(ctx.resource);
    if (isUnknown(arch)) return [unknownComponent('Requests', '1M requests', arch.unknown)];
    const memory = lambdaMemoryMb(ctx.resource);
    const label = ARCH_LABEL[arch];
    const out: ComponentSpec[] = [
      { name: `Requests (${label})`, unit: '1M requests', priceKey: `lambda.requests/${arch}`, unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' },
    ];
    out.push(isUnknown(memory)
      ? unknownComponent('Duration', 'GB-seconds', memory.unknown)
      : { name: `Duration (${label}, ${memory.toLocaleString('en-US')} MB)`, unit: 'GB-seconds', priceKey: `lambda.duration/${arch}`, tiered: true, usage: 'monthly_gb_seconds' });
    const storage = ctx.number('ephemeral_storage.size');
    if (isUnknown(storage)) out.push(unknownComponent('Ephemeral storage', 'GB-seconds', storage.unknown));
    else if (storage !== undefined && storage > 512) {
      out.push({ name: `Ephemeral storage above 512 MB (${((storage - 512) / 1024).toLocaleString('en-US', { maximumFractionDigits: 2 })} GB)`, unit: 'GB-seconds', priceKey: `lambda.ephemeral-storage/${arch}`, usage: 'monthly_ephemeral_storage_gb_seconds' });
    }
    return out;
  },
});

/** Infracost's requests and average duration as GB-seconds at the function's memory. */
function lambdaGbSeconds(read: (key: string) => UsageValue | undefined, fn: ResourceInstance): number | undefined {
  const requests = usageNumber(read, 'monthly_requests');
  const ms = usageNumber(read, 'request_duration_ms');
  const memory = lambdaMemoryMb(fn);
  if (requests === undefined || ms === undefined || typeof memory !== 'number') return undefined;
  return requests * (ms / 1000) * (memory / 1024);
}

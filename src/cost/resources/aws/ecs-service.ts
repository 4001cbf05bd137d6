import type { ResourceInstance, Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';
import { valueAt } from './autoscaling-group';

/** The aws_ecs_task_definition of a service: by reference, family or family:revision. */
function taskDefinitionOf(ctx: PriceContext): ResourceInstance | undefined {
  const found = ctx.referenced('task_definition', 'aws_ecs_task_definition');
  if (found) return found;
  const v = ctx.get('task_definition');
  if (v?.kind !== 'string') return undefined;
  const family = v.value.replace(/^.*task-definition\//, '').replace(/:\d+$/, '');
  return ctx.resources('aws_ecs_task_definition').find((t) => {
    const f = valueAt(t.value, 'family');
    return f?.kind === 'string' && f.value === family;
  });
}

function num(v: Value | undefined): number | undefined | { unknown: string } {
  if (v?.kind === 'unknown') return { unknown: v.reason };
  if (v?.kind === 'number') return v.value;
  if (v?.kind === 'string' && /^\d+(\.\d+)?$/.test(v.value)) return Number(v.value);
  return undefined;
}

/** How many of `n` tasks each capacity provider runs: bases first, the rest by weight. */
function splitTasks(n: number, strategy: readonly { provider: string; base: number; weight: number }[]): Map<string, number> {
  const out = new Map<string, number>();
  let left = n;
  for (const s of strategy) {
    const b = Math.min(s.base, left);
    out.set(s.provider, (out.get(s.provider) ?? 0) + b);
    left -= b;
  }
  const total = strategy.reduce((a, s) => a + s.weight, 0);
  if (left > 0 && total > 0) {
    let given = 0;
    strategy.forEach((s, i) => {
      // the last provider takes the rounding remainder
      const share = i === strategy.length - 1 ? left - given : Math.round((left * s.weight) / total);
      given += share;
      out.set(s.provider, (out.get(s.provider) ?? 0) + share);
    });
  }
  return out;
}

/** An ECS service: on Fargate, its tasks' vCPU, memory, OS licence and extra ephemeral storage. */
export default definePricer({
  resource: 'aws_ecs_service',
  docs: 'Fargate tasks (launch_type FARGATE or a FARGATE / FARGATE_SPOT capacity provider strategy): desired_count x the task definition\'s vCPU and memory by architecture and OS, the Windows licence, and ephemeral storage above 20 GB; Fargate Spot tasks at the spot discount. Services on EC2 capacity cost nothing here: their instances are priced with the instances or Auto Scaling groups.',
  price(ctx) {
    const launch = ctx.string('launch_type');
    if (isUnknown(launch)) return [unknownComponent('Fargate tasks', 'vCPU-hours', launch.unknown)];
    const strategy = ctx.blocks('capacity_provider_strategy').map((b) => ({
      provider: valueAt(b, 'capacity_provider'),
      base: num(valueAt(b, 'base')),
      weight: num(valueAt(b, 'weight')),
    }));
    if (strategy.some((s) => s.provider?.kind !== 'string')) return [unknownComponent('Fargate tasks', 'vCPU-hours', 'a capacity provider is not known before apply')];
    const fargateLike = (p: string): boolean => p === 'FARGATE' || p === 'FARGATE_SPOT';
    const onFargate = launch === 'FARGATE' || (launch === undefined && strategy.some((s) => fargateLike((s.provider as { value: string }).value)));
    if (!onFargate) {
      const where = launch === 'EXTERNAL' ? 'ECS Anywhere' : 'EC2';
      return [{ name: `Tasks on ${where} (priced with the instances)`, unit: 'months', quantity: 0, per: 'month', price: 0 }];
    }
    const desired = ctx.number('desired_count');
    if (isUnknown(desired)) return [unknownComponent('Fargate tasks', 'vCPU-hours', desired.unknown)];
    const n = desired ?? 0;
    const td = taskDefinitionOf(ctx);
    if (!td) return [unknownComponent(`Fargate tasks (${n})`, 'vCPU-hours', 'the task definition is not in this configuration')];
    const cpu = num(valueAt(td.value, 'cpu'));
    const memory = num(valueAt(td.value, 'memory'));
    if (cpu === undefined || isUnknown(cpu)) return [unknownComponent(`Fargate tasks (${n})`, 'vCPU-hours', cpu === undefined ? `${td.address} sets no task-level cpu` : `cpu is ${cpu.unknown}`)];
    if (memory === undefined || isUnknown(memory)) return [unknownComponent(`Fargate tasks (${n})`, 'GB-hours', memory === undefined ? `${td.address} sets no task-level memory` : `memory is ${memory.unknown}`)];
    const archValue = valueAt(td.value, 'runtime_platform.cpu_architecture');
    const osValue = valueAt(td.value, 'runtime_platform.operating_system_family');
    if (archValue?.kind === 'unknown' || osValue?.kind === 'unknown') return [unknownComponent(`Fargate tasks (${n})`, 'vCPU-hours', 'the runtime platform is not known before apply')];
    const windows = osValue?.kind === 'string' && osValue.value.startsWith('WINDOWS');
    const arm = archValue?.kind === 'string' && archValue.value === 'ARM64';
    const platform = windows ? 'windows' : arm ? 'arm' : 'x86';
    const label = windows ? 'Windows' : arm ? 'Linux/ARM64' : 'Linux/x86';
    const vcpu = cpu / 1024;
    const gb = memory / 1024;
    const storage = num(valueAt(td.value, 'ephemeral_storage.size_in_gib'));
    const extraStorage = typeof storage === 'number' && storage > 20 ? storage - 20 : 0;

    let split: Map<string, number>;
    if (launch === 'FARGATE' || strategy.length === 0) split = new Map([['FARGATE', n]]);
    else {
      split = splitTasks(n, strategy.map((s) => ({
        provider: (s.provider as { value: string }).value,
        base: typeof s.base === 'number' ? s.base : 0,
        weight: typeof s.weight === 'number' ? s.weight : 0,
      })));
    }
    const out: ComponentSpec[] = [];
    for (const [provider, tasks] of split) {
      if (!fargateLike(provider)) continue;
      const spot = provider === 'FARGATE_SPOT';
      if (tasks === 0 && spot) continue;
      const tag = `${tasks} ${spot ? 'spot ' : ''}task${tasks === 1 ? '' : 's'}`;
      const flags = spot ? { spot: true } : { discount: 'fargate' };
      out.push(
        { name: `Fargate vCPU (${label}, ${tag} x ${vcpu} vCPU)`, unit: 'vCPU-hours', priceKey: `fargate.vcpu/${platform}`, quantity: tasks * vcpu, per: 'hour', ...flags },
        { name: `Fargate memory (${label}, ${tag} x ${gb} GB)`, unit: 'GB-hours', priceKey: `fargate.memory/${platform}`, quantity: tasks * gb, per: 'hour', ...flags },
      );
      if (windows) out.push({ name: `Windows licence (${tag})`, unit: 'vCPU-hours', priceKey: 'fargate.windows-license', quantity: tasks * vcpu, per: 'hour' });
      if (extraStorage) out.push({ name: `Storage above 20 GB (${tag} x ${extraStorage} GB)`, unit: 'GB-hours', priceKey: 'fargate.ephemeral-storage', quantity: tasks * extraStorage, per: 'hour' });
    }
    const onEc2 = [...split].filter(([p, t]) => !fargateLike(p) && t > 0);
    for (const [p, t] of onEc2) out.push({ name: `${t} task${t === 1 ? '' : 's'} on ${p} (priced with its instances)`, unit: 'months', quantity: 0, per: 'month', price: 0 });
    return out;
  },
});

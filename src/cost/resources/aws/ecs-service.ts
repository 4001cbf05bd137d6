import type { ResourceInstance, Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';
import { blocksAt, valueAt } from './autoscaling-group';

/** The aws_ecs_task_definition of a service or task set: by reference, family or family:revision. */
export function taskDefinitionOf(ctx: PriceContext): ResourceInstance | undefined {
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

/**
 * A task size in the forms ECS accepts: a number or numeric string of units (CPU units, MiB), or a
 * string with a unit, converted as ECS does when it registers the task definition: "1 vCPU" and
 * "0.25 vcpu" are x1024 CPU units; "2 GB" and "2GB" are x1024 MiB ("512 MiB" is taken as MiB).
 */
export function taskSize(v: Value | undefined, kind: 'cpu' | 'memory'): number | undefined | { unknown: string } {
  if (v?.kind === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v.value);
    if (!m) return undefined;
    const n = Number(m[1]);
    const unit = m[2]!.toLowerCase();
    if (unit === '') return n;
    if (kind === 'cpu' && unit === 'vcpu') return n * 1024;
    if (kind === 'memory' && (unit === 'gb' || unit === 'gib')) return n * 1024;
    if (kind === 'memory' && (unit === 'mib' || unit === 'mb')) return n;
    return undefined;
  }
  return num(v);
}

type Strategy = readonly { provider: Value | undefined; base: ReturnType<typeof num>; weight: ReturnType<typeof num> }[];

function strategyOf(blocks: readonly Value[]): Strategy {
  return blocks.map((b) => ({ provider: valueAt(b, 'capacity_provider'), base: num(valueAt(b, 'base')), weight: num(valueAt(b, 'weight')) }));
}

/**
 * The default capacity provider strategy of the cluster a service runs in: from the
 * aws_ecs_cluster_capacity_providers of that cluster (by reference or name), else the cluster's own
 * (older) default_capacity_provider_strategy blocks. A service without `cluster` runs in "default".
 */
function clusterDefaultStrategy(ctx: PriceContext): { strategy: Strategy; from: string } | undefined {
  const cluster = ctx.referenced('cluster', 'aws_ecs_cluster');
  const v = ctx.get('cluster');
  const clusterName = (() => {
    const n = cluster ? valueAt(cluster.value, 'name') : undefined;
    if (n?.kind === 'string') return n.value;
    if (v?.kind === 'string') return v.value.replace(/^arn:.*:cluster\//, '');
    if (v === undefined || v.kind === 'null') return 'default';
    return undefined;
  })();
  for (const cp of ctx.resources('aws_ecs_cluster_capacity_providers')) {
    const name = valueAt(cp.value, 'cluster_name');
    const matches = (name?.kind === 'string' && name.value === clusterName) || (name?.kind === 'unknown' && cluster !== undefined && name.source?.startsWith(cluster.address + '.'));
    if (!matches) continue;
    const blocks = blocksAt(cp.value, 'default_capacity_provider_strategy');
    if (blocks.length) return { strategy: strategyOf(blocks), from: cp.address };
  }
  if (cluster) {
    const blocks = blocksAt(cluster.value, 'default_capacity_provider_strategy');
    if (blocks.length) return { strategy: strategyOf(blocks), from: cluster.address };
  }
  return undefined;
}

/**
 * The cost of `n` tasks of a service or task set: Fargate (launch type or capacity providers, the
 * resource's own strategy or its cluster's default) by the task definition's size, platform and
 * storage; tasks on EC2 or ECS Anywhere cost nothing here (their instances are priced).
 */
export function ecsTasks(ctx: PriceContext, n: number | { unknown: string }, td: ResourceInstance | undefined, tdWhy: string): readonly ComponentSpec[] {
  const launch = ctx.string('launch_type');
  if (isUnknown(launch)) return [unknownComponent('Fargate tasks', 'vCPU-hours', launch.unknown)];
  let strategy = strategyOf(ctx.blocks('capacity_provider_strategy'));
  let from = '';
  if (launch === undefined && strategy.length === 0) {
    const d = clusterDefaultStrategy(ctx);
    if (d) ({ strategy, from } = d);
  }
  if (strategy.some((s) => s.provider?.kind !== 'string')) return [unknownComponent('Fargate tasks', 'vCPU-hours', 'a capacity provider is not known before apply')];
  const fargateLike = (p: string): boolean => p === 'FARGATE' || p === 'FARGATE_SPOT';
  const onFargate = launch === 'FARGATE' || (launch === undefined && strategy.some((s) => fargateLike((s.provider as { value: string }).value)));
  if (!onFargate) {
    const where = launch === 'EXTERNAL' ? 'ECS Anywhere' : 'EC2';
    return [{ name: `Tasks on ${where} (priced with the instances)`, unit: 'months', quantity: 0, per: 'month', price: 0 }];
  }
  if (isUnknown(n)) return [unknownComponent('Fargate tasks', 'vCPU-hours', n.unknown)];
  if (!td) return [unknownComponent(`Fargate tasks (${n})`, 'vCPU-hours', tdWhy)];
  const cpu = taskSize(valueAt(td.value, 'cpu'), 'cpu');
  const memory = taskSize(valueAt(td.value, 'memory'), 'memory');
  if (cpu === undefined || isUnknown(cpu)) return [unknownComponent(`Fargate tasks (${n})`, 'vCPU-hours', cpu === undefined ? `${td.address} sets no task-level cpu ECS accepts` : `cpu is ${cpu.unknown}`)];
  if (memory === undefined || isUnknown(memory)) return [unknownComponent(`Fargate tasks (${n})`, 'GB-hours', memory === undefined ? `${td.address} sets no task-level memory ECS accepts` : `memory is ${memory.unknown}`)];
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
  const via = from ? ', cluster default' : '';
  const out: ComponentSpec[] = [];
  for (const [provider, tasks] of split) {
    if (!fargateLike(provider)) continue;
    const spot = provider === 'FARGATE_SPOT';
    if (tasks === 0 && spot) continue;
    const tag = `${tasks} ${spot ? 'spot ' : ''}task${tasks === 1 ? '' : 's'}`;
    // the price data has no Fargate Spot rates: the spot discount is applied, and the line says so
    const flags = spot ? { spot: true } : { discount: 'fargate' };
    const note = spot ? { note: `Fargate Spot, vCPU and memory: the price data has no Fargate Spot rates, so the on-demand rate less the spot discount${from ? `; by the default strategy of ${from}` : ''}` } : from ? { note: `by the default capacity provider strategy of ${from}` } : {};
    out.push(
      { name: `Fargate vCPU (${label}, ${tag} x ${vcpu} vCPU${via})`, unit: 'vCPU-hours', priceKey: `fargate.vcpu/${platform}`, quantity: tasks * vcpu, per: 'hour', ...flags, ...note },
      { name: `Fargate memory (${label}, ${tag} x ${gb} GB${via})`, unit: 'GB-hours', priceKey: `fargate.memory/${platform}`, quantity: tasks * gb, per: 'hour', ...flags },
    );
    if (windows) out.push({ name: `Windows licence (${tag})`, unit: 'vCPU-hours', priceKey: 'fargate.windows-license', quantity: tasks * vcpu, per: 'hour' });
    if (extraStorage) out.push({ name: `Storage above 20 GB (${tag} x ${extraStorage} GB)`, unit: 'GB-hours', priceKey: 'fargate.ephemeral-storage', quantity: tasks * extraStorage, per: 'hour' });
  }
  const onEc2 = [...split].filter(([p, t]) => !fargateLike(p) && t > 0);
  for (const [p, t] of onEc2) out.push({ name: `${t} task${t === 1 ? '' : 's'} on ${p} (priced with its instances)`, unit: 'months', quantity: 0, per: 'month', price: 0 });
  return out;
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
  docs: 'Fargate tasks (launch_type FARGATE, a FARGATE / FARGATE_SPOT capacity provider strategy, or, with neither, the cluster\'s default strategy from aws_ecs_cluster_capacity_providers): desired_count x the task definition\'s vCPU and memory (CPU units or "1 vCPU", MiB or "2 GB") by architecture and OS, the Windows licence, and ephemeral storage above 20 GB; Fargate Spot tasks at the spot discount (the price data has no Fargate Spot rates). Services on EC2 capacity cost nothing here: their instances are priced with the instances or Auto Scaling groups.',
  price(ctx) {
    // with an external deployment controller the tasks are the task sets', priced with them
    if (ctx.string('deployment_controller.type') === 'EXTERNAL') return [{ name: 'Tasks of the task sets (priced with aws_ecs_task_set)', unit: 'months', quantity: 0, per: 'month', price: 0 }];
    const desired = ctx.number('desired_count');
    return ecsTasks(ctx, desired ?? 0, taskDefinitionOf(ctx), 'the task definition is not in this configuration');
  },
});

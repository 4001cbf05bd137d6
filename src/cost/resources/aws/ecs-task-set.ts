import { definePricer, isUnknown, type PriceContext } from '../../pricer';
import { valueAt } from './autoscaling-group';
import { ecsTasks, taskDefinitionOf } from './ecs-service';

/**
 * How many tasks a task set runs: its scale (a percentage of the service's desired count, rounded
 * up as ECS does; 100% when unset) of the service it belongs to.
 */
function taskCount(ctx: PriceContext): number | { unknown: string } {
  const unit = ctx.string('scale.unit');
  const value = ctx.number('scale.value');
  if (isUnknown(unit)) return unit;
  if (isUnknown(value)) return value;
  const service = ctx.referenced('service', 'aws_ecs_service');
  if (!service) return { unknown: 'the service is not in this configuration, so its desired count is not known' };
  const desired = valueAt(service.value, 'desired_count');
  if (desired?.kind === 'unknown') return { unknown: `${service.address}.desired_count is ${desired.reason}` };
  const n = desired?.kind === 'number' ? desired.value : 0;
  const percent = unit === undefined || unit === 'PERCENT' ? (value ?? 100) : 100;
  return Math.ceil((n * percent) / 100);
}

/** An ECS task set (external deployments): its share of the service's tasks, priced as the service's. */
export default definePricer({
  resource: 'aws_ecs_task_set',
  docs: 'Fargate tasks of a task set (EXTERNAL deployment controller): scale.value percent (100 when unset) of its service\'s desired_count, rounded up, x the task definition\'s vCPU and memory, Windows licence and extra ephemeral storage, by the task set\'s launch type or capacity provider strategy (else the cluster\'s default). Task sets on EC2 cost nothing here.',
  price(ctx) {
    return ecsTasks(ctx, taskCount(ctx), taskDefinitionOf(ctx), 'the task definition is not in this configuration');
  },
});

import { defineRule } from '../../rule';
import { containerDefinitions } from './ecs-container-definitions';

/** Containers without a `logConfiguration`: their stdout and stderr go nowhere you can read later. */
export default defineRule({
  id: 'aws-ecs-task-logging-missing',
  title: 'ECS container has no log configuration',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'Without a logConfiguration, a container\'s output is not shipped anywhere: on Fargate it is lost, on EC2 it stays on the instance until the task is cleaned up. When a task crashes at 3 a.m., its logs are the first thing the on-call engineer needs.',
    fix: 'Add "logConfiguration" = { logDriver = "awslogs", options = { "awslogs-group" = aws_cloudwatch_log_group.app.name, "awslogs-region" = "<region>", "awslogs-stream-prefix" = "app" } } (or a FireLens configuration) to each container.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html'],
  },
  check({ resource, report }) {
    const defs = containerDefinitions(resource);
    if (!defs) return;
    for (const c of defs.containers) {
      const log = c.props['logConfiguration'];
      if (log !== undefined && log !== null) continue;
      report({ at: defs.attr, message: `Container ${c.label} has no "logConfiguration": its output is not kept anywhere you can search.` });
    }
  },
});

import { defineRule } from '../../rule';

/** Linux Fargate platform versions older than 1.4.0. */
const OLD = new Set(['1.0.0', '1.1.0', '1.2.0', '1.3.0']);

/** ECS services on Fargate pinned to a Linux platform version before 1.4.0. */
export default defineRule({
  id: 'aws-ecs-fargate-platform-version-old',
  title: 'ECS service pinned to an old Fargate platform version',
  severity: 'info',
  category: 'security',
  targets: ['aws_ecs_service'],
  docs: {
    why: 'Fargate Linux platform versions before 1.4.0 run an older runtime: they lack EFS volumes, the 20 GiB encrypted ephemeral storage and the runtime updates that came with 1.4.0. A pinned old version is usually a forgotten workaround that keeps every new task on it.',
    fix: 'Set platform_version = "1.4.0" (or "LATEST"). From 1.4.0, tasks pull images and secrets through the task\'s network interface, so the task subnets need a route to ECR and Secrets Manager (NAT gateway or VPC endpoints).',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-linux-fargate.html'],
  },
  // 1.4.0 routes image pulls through the task's network interface: a behaviour change to check
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const version = resource.attr('platform_version');
    if (!version || version.value.kind !== 'string' || !OLD.has(version.value.value)) return;
    const launch = resource.get('launch_type');
    const fargate = launch?.kind === 'string' ? launch.value === 'FARGATE' : resource.blocks('capacity_provider_strategy').some((s) => {
      const p = s.attr('capacity_provider')?.value;
      return p?.kind === 'string' && p.value.startsWith('FARGATE');
    });
    if (!fargate) return;
    report({
      at: version,
      message: `platform_version "${version.value.value}" predates Fargate platform 1.4.0: the tasks miss its runtime updates and features.`,
      fixes: [{ title: 'Use Fargate platform version 1.4.0', edits: fix.set(resource, 'platform_version', '"1.4.0"') }],
    });
  },
});

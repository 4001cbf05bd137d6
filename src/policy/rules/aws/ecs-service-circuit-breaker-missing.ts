import { defineRule } from '../../rule';

/** ECS services on the rolling-update controller without a deployment circuit breaker. */
export default defineRule({
  id: 'aws-ecs-service-circuit-breaker-missing',
  title: 'ECS service has no deployment circuit breaker',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_ecs_service'],
  docs: {
    why: 'Without the deployment circuit breaker, a deployment whose tasks never become healthy (a bad image, a missing secret, a failing health check) keeps launching and stopping tasks for hours while the service runs degraded. With it, ECS fails the deployment after repeated task failures and, with rollback, returns to the last working task definition.',
    fix: 'Add deployment_circuit_breaker { enable = true, rollback = true }. Terraform\'s apply still succeeds unless wait_for_steady_state is set, so watch the deployment state in your pipeline.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html'],
  },
  // rolling back automatically changes what runs after a failed deployment: the user decides
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const controller = resource.get('deployment_controller.type');
    if (controller && (controller.kind !== 'string' || controller.value !== 'ECS')) return;
    if (resource.hasUnknownBlocks('deployment_circuit_breaker')) return;
    const breaker = resource.blocks('deployment_circuit_breaker')[0];
    const enable = breaker?.attr('enable');
    if (enable && (enable.value.kind !== 'bool' || enable.value.value)) return;
    report({
      at: enable ?? resource,
      message: enable ? 'deployment_circuit_breaker.enable is false: a failing deployment keeps replacing tasks instead of stopping and rolling back.' : 'No deployment_circuit_breaker: a failing deployment keeps replacing tasks instead of stopping and rolling back.',
      fixes: [
        {
          title: 'Enable the deployment circuit breaker with rollback',
          edits: breaker
            ? fix.setAll(breaker, { enable: 'true', rollback: 'true' })
            : fix.addBlock(resource, { type: 'deployment_circuit_breaker', attributes: { enable: 'true', rollback: 'true' } }),
        },
      ],
    });
  },
});

import { defineRule } from '../../rule';

/** Task definitions with network_mode = "host": containers share the instance's network stack. */
export default defineRule({
  id: 'aws-ecs-task-host-network-mode',
  title: 'ECS task uses the host network mode',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'In host mode a container uses the EC2 instance\'s network interfaces directly: it can bind any port, see the other tasks\' traffic on the host, and reach the instance metadata service and its role credentials; security groups apply to the instance, not the task.',
    fix: 'Use network_mode = "awsvpc", which gives each task its own network interface and security groups (and add network_configuration to the service), or "bridge" with port mappings.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#network_mode', 'https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-networkmode.html'],
  },
  check({ resource, report }) {
    const mode = resource.attr('network_mode');
    if (!mode || mode.value.kind !== 'string' || mode.value.value !== 'host') return;
    report({ at: mode, message: 'network_mode is "host": the containers share the instance\'s network stack and can reach its metadata credentials.' });
  },
});

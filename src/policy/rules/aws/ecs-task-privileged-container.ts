import { defineRule } from '../../rule';
import { containerDefinitions } from './ecs-container-definitions';

/** Task definitions with a container that sets `"privileged": true`. */
export default defineRule({
  id: 'aws-ecs-task-privileged-container',
  title: 'ECS container runs privileged',
  severity: 'error',
  category: 'security',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'A privileged container gets every Linux capability and access to the host\'s devices, so anyone who compromises the application can take over the EC2 container instance, read the other tasks\' credentials and memory, and reach the instance role. Fargate refuses privileged containers; on EC2 it is one bug away from host compromise.',
    fix: 'Remove "privileged" (it defaults to false) and grant only the capabilities the process needs with linuxParameters.capabilities.add, such as NET_ADMIN.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security'],
  },
  check({ resource, report }) {
    const defs = containerDefinitions(resource);
    if (!defs) return;
    for (const c of defs.containers) {
      if (c.props['privileged'] !== true) continue;
      report({ at: defs.attr, message: `Container ${c.label} sets "privileged": true: a compromise of the container is a compromise of the host.` });
    }
  },
});

import { defineRule } from '../../rule';
import { containerDefinitions } from './ecs-container-definitions';

function isRoot(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

/** Containers without a `user`, or with user root / 0: the process runs as root unless the image says otherwise. */
export default defineRule({
  id: 'aws-ecs-task-container-runs-as-root',
  title: 'ECS container may run as root',
  severity: 'info',
  category: 'security',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'A process running as root inside the container turns a file-write or path-traversal bug into full control of the container, and makes a container escape far more damaging. Without "user" the image\'s USER applies, which for most base images is root.',
    fix: 'Set "user" to a non-root UID (and GID), such as "1000:1000", and make sure the image\'s files are readable by it. If the image already sets a non-root USER, stating it in the task definition documents it.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security'],
  },
  check({ resource, report }) {
    const defs = containerDefinitions(resource);
    if (!defs) return;
    for (const c of defs.containers) {
      const user = c.props['user'];
      if (user !== undefined && user !== null && (typeof user !== 'string' || !isRoot(user))) continue;
      report({ at: defs.attr, message: typeof user === 'string' ? `Container ${c.label} runs as "${user}": set a non-root user.` : `Container ${c.label} does not set "user": it runs as the image's user, root for most images.` });
    }
  },
});

import { defineRule } from '../../rule';
import { containerDefinitions } from './ecs-container-definitions';

/** Task definitions with a container whose root filesystem is writable (readonlyRootFilesystem missing or false). */
export default defineRule({
  id: 'aws-ecs-task-root-filesystem-writable',
  title: 'ECS container root filesystem is writable',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ecs_task_definition'],
  docs: {
    why: 'With a writable root filesystem, an attacker who gets code execution in the container can drop tools, modify binaries or plant a web shell that persists for the life of the task. A read-only root filesystem limits writes to the volumes you declared.',
    fix: 'Set "readonlyRootFilesystem": true in each container definition and mount a volume (or a bind mount of an empty task volume) where the application must write, such as /tmp.',
    links: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_security'],
  },
  equivalents: { checkov: ['CKV_AWS_336'] },
  check({ resource, report }) {
    const defs = containerDefinitions(resource);
    if (!defs) return;
    for (const c of defs.containers) {
      const ro = c.props['readonlyRootFilesystem'];
      if (ro !== undefined && ro !== false && ro !== null) continue;
      report({ at: defs.attr, message: `Container ${c.label} ${ro === false ? 'sets "readonlyRootFilesystem": false' : 'does not set "readonlyRootFilesystem" (default false)'}: its root filesystem is writable.` });
    }
  },
});

import { defineRule } from '../../rule';

/** A notebook instance with `root_access` other than "Disabled" (the default is "Enabled"). */
export default defineRule({
  id: 'aws-sagemaker-notebook-root-access',
  title: 'SageMaker notebook instance gives its users root access',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sagemaker_notebook_instance'],
  docs: {
    why: 'With root access, every user of the notebook can change its operating system: install software, turn off the lifecycle configuration\'s hardening, read other users\' files and the instance role\'s credentials with full privileges. Without it, users still run notebooks and install Python packages in their own environments.',
    fix: 'Set root_access = "Disabled"; put the system packages the notebook needs into a lifecycle configuration, which still runs as root.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_307'] },
  // unsafe: users who install system packages by hand lose the ability to
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const root = resource.attr('root_access');
    if (root && (!root.known || (root.value.kind === 'string' && root.value.value === 'Disabled'))) return;
    report({
      at: root ?? resource,
      message: `${root ? 'root_access is "Enabled"' : 'root_access is not set (default "Enabled")'}: every notebook user can become root on the instance.`,
      fixes: [{ title: 'Disable root access for notebook users', edits: fix.set(resource, 'root_access', '"Disabled"') }],
    });
  },
});

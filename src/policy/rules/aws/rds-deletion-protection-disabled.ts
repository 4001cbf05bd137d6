import { defineRule } from '../../rule';

/** RDS instances and Aurora clusters that an API call or a `terraform destroy` can delete. */
export default defineRule({
  id: 'aws-rds-deletion-protection-disabled',
  title: 'RDS deletion protection is off',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Without deletion protection, a mistaken destroy, a renamed resource that Terraform plans to replace, or a stray console click deletes the database; automated backups go with it unless retained. Deletion protection makes the delete fail until someone turns it off on purpose.',
    fix: 'Set deletion_protection = true. Terraform then has to turn it off in a separate apply before it can destroy or replace the database.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeleteInstance.DeletionProtection'],
  },
  equivalents: { checkov: ['CKV_AWS_293', 'CKV_AWS_139'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const protection = resource.attr('deletion_protection');
    if (protection && (!protection.known || (protection.value.kind === 'bool' && protection.value.value))) return;
    report({
      at: protection ?? resource,
      message: `${protection ? 'deletion_protection is false' : 'deletion_protection is not set (default false)'}: a destroy or replacement deletes the database without a second step.`,
      fixes: [{ title: 'Turn on deletion protection', edits: fix.set(resource, 'deletion_protection', 'true') }],
    });
  },
});

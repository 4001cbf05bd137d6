import { defineRule } from '../../rule';

/** ELBv2 load balancers without deletion protection (enable_deletion_protection defaults to false). */
export default defineRule({
  id: 'aws-lb-deletion-protection-disabled',
  title: 'Load balancer deletion protection is off',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_lb', 'aws_alb'],
  docs: {
    why: 'A load balancer deleted by mistake (a destroy in the wrong workspace, a rename that Terraform plans as a replacement) takes the site down, and its replacement gets a new DNS name that every CNAME and client pointing at the old one must follow. Deletion protection makes the delete fail until someone turns it off.',
    fix: 'Set enable_deletion_protection = true on production load balancers. Terraform then cannot destroy or replace it until the flag is set back to false in a separate apply.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection'],
  },
  equivalents: { checkov: ['CKV_AWS_150'] },
  // it makes `terraform destroy` fail: right for production, a surprise for ephemeral stacks
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const protection = resource.attr('enable_deletion_protection');
    if (protection && (protection.value.kind !== 'bool' || protection.value.value)) return;
    report({
      at: protection ?? resource,
      message: `${protection ? 'enable_deletion_protection is false' : 'enable_deletion_protection is not set (default false)'}: a destroy or replacement deletes the load balancer and its DNS name.`,
      fixes: [{ title: 'Turn on deletion protection', edits: fix.set(resource, 'enable_deletion_protection', 'true') }],
    });
  },
});

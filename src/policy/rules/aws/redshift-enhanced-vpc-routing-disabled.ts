import { defineRule } from '../../rule';

/** Redshift clusters whose COPY and UNLOAD traffic bypasses the VPC's controls. */
export default defineRule({
  id: 'aws-redshift-enhanced-vpc-routing-disabled',
  title: 'Redshift enhanced VPC routing is off',
  severity: 'info',
  category: 'security',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'Without enhanced VPC routing, COPY and UNLOAD traffic to S3 and other services goes over the internet path outside your VPC, so VPC endpoint policies, security groups, network ACLs and VPC flow logs do not see or restrict it.',
    fix: 'Set enhanced_vpc_routing = true, with an S3 gateway endpoint (or a NAT route) in the cluster\'s subnets so COPY and UNLOAD keep working.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const routing = resource.attr('enhanced_vpc_routing');
    if (routing && (!routing.known || (routing.value.kind === 'bool' && routing.value.value))) return;
    report({
      at: routing ?? resource,
      message: `${routing ? 'enhanced_vpc_routing is false' : 'enhanced_vpc_routing is not set (default false)'}: COPY and UNLOAD traffic bypasses VPC endpoints, security groups and flow logs.`,
      fixes: [{ title: 'Route COPY and UNLOAD through the VPC (needs an S3 endpoint or NAT)', edits: fix.set(resource, 'enhanced_vpc_routing', 'true') }],
    });
  },
});

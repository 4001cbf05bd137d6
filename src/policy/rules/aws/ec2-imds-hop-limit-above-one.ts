import { defineRule } from '../../rule';

/**
 * `metadata_options.http_put_response_hop_limit` above 1 on instances, launch templates and launch configurations. A
 * limit of 2 is needed when containers with bridge networking must reach IMDS; otherwise it lets
 * any container or forwarded hop on the host fetch the instance role's credentials.
 */
export default defineRule({
  id: 'aws-ec2-imds-hop-limit-above-one',
  title: 'Instance metadata reachable beyond the instance (hop limit above 1)',
  severity: 'info',
  category: 'security',
  targets: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  docs: {
    why: 'The IMDSv2 token response is sent with an IP TTL of the hop limit. With 1, only processes on the instance itself get a token; with 2 or more, containers behind a bridge network, and anything the host forwards traffic for, can also obtain the instance role\'s credentials. On container hosts (ECS with bridge mode, EKS nodes where pods use the node role) 2 may be needed; elsewhere it widens access for nothing.',
    fix: 'Set metadata_options { http_put_response_hop_limit = 1 } unless containers on the host need IMDS; on EKS and ECS prefer IAM roles for service accounts / task roles so that containers never need the node\'s credentials.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html', 'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const limit = resource.attrAt('metadata_options.http_put_response_hop_limit');
    if (!limit || limit.value.kind !== 'number' || limit.value.value <= 1) return;
    report({
      at: limit,
      message: `http_put_response_hop_limit = ${limit.value.value}: containers and forwarded traffic on the host can obtain IMDS tokens and the instance role's credentials. Use 1 unless containers here need IMDS.`,
      fixes: [{ title: 'Limit IMDS responses to the instance (hop limit 1)', edits: fix.ensure(resource, ['metadata_options', 'http_put_response_hop_limit'], '1') }],
    });
  },
});

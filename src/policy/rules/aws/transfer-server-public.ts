import { defineRule } from '../../rule';

/** A Transfer Family server whose `endpoint_type` is not "VPC" or "VPC_ENDPOINT" (the default is "PUBLIC"). */
export default defineRule({
  id: 'aws-transfer-server-public',
  title: 'Transfer Family server with a public endpoint',
  severity: 'warning',
  category: 'security',
  targets: ['aws_transfer_server'],
  docs: {
    why: 'A PUBLIC endpoint accepts SFTP/FTPS connections from the whole internet and cannot be restricted with security groups: anyone can try passwords and keys against it, and there is no network control beyond what the identity provider enforces.',
    fix: 'Set endpoint_type = "VPC" with endpoint_details { vpc_id, subnet_ids, security_group_ids } (add address_allocation_ids with Elastic IPs if partners on the internet must still connect, then allow only their addresses in the security group). Changing the endpoint type briefly takes the server offline.',
    links: ['https://docs.aws.amazon.com/transfer/latest/userguide/create-server-in-vpc.html'],
  },
  equivalents: { checkov: ['CKV_AWS_164'] },
  check({ resource, report }) {
    const type = resource.attr('endpoint_type');
    if (type && (!type.known || (type.value.kind === 'string' && (type.value.value === 'VPC' || type.value.value === 'VPC_ENDPOINT')))) return;
    report({
      at: type ?? resource,
      message: `${type ? 'endpoint_type is "PUBLIC"' : 'endpoint_type is not set (default "PUBLIC")'}: the server accepts connections from the whole internet, with no security group in front of it.`,
    });
  },
});

import { defineRule } from '../../rule';

/** A Network Firewall without `encryption_configuration { key_id }`: encrypted with an AWS owned key. */
export default defineRule({
  id: 'aws-networkfirewall-without-cmk',
  title: 'Network Firewall not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_networkfirewall_firewall'],
  docs: {
    why: 'Network Firewall stores the firewall\'s configuration (subnets, policy association) encrypted with an AWS owned key unless you name your own. A customer managed key lets you audit its use in CloudTrail and control it with a key policy, as many compliance frameworks require.',
    fix: 'Add encryption_configuration { type = "CUSTOMER_KMS" key_id = aws_kms_key.<name>.arn } with a key policy that lets Network Firewall use the key.',
    links: ['https://docs.aws.amazon.com/network-firewall/latest/developerguide/kms-encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_345'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_configuration')) return;
    if (resource.attrAt('encryption_configuration.key_id')) return;
    report({ at: resource.blocks('encryption_configuration')[0] ?? resource, message: 'No encryption_configuration key_id: the firewall is encrypted with an AWS owned key you cannot audit or control.' });
  },
});

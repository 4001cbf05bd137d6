import { defineRule } from '../../rule';

/** A firewall policy without `encryption_configuration { key_id }`: encrypted with an AWS owned key. */
export default defineRule({
  id: 'aws-networkfirewall-policy-without-cmk',
  title: 'Network Firewall policy not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_networkfirewall_firewall_policy'],
  docs: {
    why: 'A firewall policy describes what the network allows and blocks: a map of your defences. Encrypted with an AWS owned key, its use cannot be audited or restricted by you. A customer managed key puts CloudTrail records and a key policy on every read.',
    fix: 'Add encryption_configuration { type = "CUSTOMER_KMS" key_id = aws_kms_key.<name>.arn } to the aws_networkfirewall_firewall_policy.',
    links: ['https://docs.aws.amazon.com/network-firewall/latest/developerguide/kms-encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_346'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_configuration')) return;
    if (resource.attrAt('encryption_configuration.key_id')) return;
    report({ at: resource.blocks('encryption_configuration')[0] ?? resource, message: 'No encryption_configuration key_id: the firewall policy is encrypted with an AWS owned key you cannot audit or control.' });
  },
});

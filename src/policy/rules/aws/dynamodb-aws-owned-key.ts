import { defineRule } from '../../rule';

/** DynamoDB tables encrypted with the AWS owned or AWS managed key rather than a customer managed one. */
export default defineRule({
  id: 'aws-dynamodb-aws-owned-key',
  title: 'DynamoDB table is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_dynamodb_table'],
  docs: {
    why: 'Every DynamoDB table is encrypted, but with the AWS owned key (the default) nobody can see or restrict its use, and with the AWS managed key aws/dynamodb the key policy cannot be changed. A customer managed key lets you audit every use in CloudTrail, limit who can decrypt, and revoke access in an incident.',
    fix: 'Set server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.<name>.arn }. KMS requests are billed.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_119'], trivy: ['AVD-AWS-0025'], tfsec: ['aws-dynamodb-table-customer-key'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('server_side_encryption')) return;
    const sse = resource.blocks('server_side_encryption')[0];
    const enabled = sse?.attr('enabled');
    if (enabled && !enabled.known) return;
    const on = enabled?.value.kind === 'bool' && enabled.value.value;
    const key = sse?.attr('kms_key_arn');
    const managed = key?.value.kind === 'string' && /(^|:)alias\/aws\/dynamodb$/.test(key.value.value);
    if (on && key && !managed) return;
    report({
      at: managed ? key! : (sse ?? resource),
      message: managed
        ? `kms_key_arn "${key!.value.kind === 'string' ? key!.value.value : ''}" names the AWS managed key aws/dynamodb, whose policy you cannot change.`
        : on ? 'server_side_encryption has no kms_key_arn: the table is encrypted with the AWS managed key aws/dynamodb, whose policy you cannot change.' : 'The table is encrypted with the AWS owned key (server_side_encryption is not enabled): key use cannot be audited or restricted.',
    });
  },
});

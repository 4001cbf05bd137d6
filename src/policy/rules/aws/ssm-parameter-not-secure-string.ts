import { defineRule } from '../../rule';

/** An SSM parameter whose `type` is not "SecureString": its value is stored and shown in plain text. */
export default defineRule({
  id: 'aws-ssm-parameter-not-secure-string',
  title: 'SSM parameter not stored as a SecureString',
  severity: 'info',
  category: 'security',
  targets: ['aws_ssm_parameter'],
  docs: {
    why: 'String and StringList parameters are stored unencrypted and shown in clear text to anyone allowed ssm:GetParameter or ssm:DescribeParameters, in the console and in CloudTrail-visible API responses. Values that start out harmless (an endpoint, a feature flag) are often replaced by credentials later, under the same name.',
    fix: 'Use type = "SecureString" for anything that could be sensitive, and read it with WithDecryption. Plain String remains fine for public values such as AMI IDs: suppress the finding there.',
    links: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_34'] },
  // unsafe: readers must then ask for decryption (WithDecryption) and be allowed kms:Decrypt
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = resource.attr('type');
    if (!type || type.value.kind !== 'string' || type.value.value === 'SecureString') return;
    const name = resource.attr('name')?.value;
    report({
      at: type,
      message: `The parameter${name?.kind === 'string' ? ` ${name.value}` : ''} is a ${type.value.value}: its value is stored and shown unencrypted.`,
      // a StringList's comma-separated value would become one opaque string
      fixes: type.value.value === 'String' ? [{ title: 'Store the value as a SecureString (readers must decrypt it)', edits: fix.set(resource, 'type', '"SecureString"') }] : [],
    });
  },
});

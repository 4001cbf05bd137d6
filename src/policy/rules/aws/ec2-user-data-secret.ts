import { defineRule } from '../../rule';

interface SecretPattern {
  readonly what: string;
  readonly re: RegExp;
}

const PATTERNS: readonly SecretPattern[] = [
  { what: 'an AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'an AWS secret access key', re: /aws_?secret_?access_?key["']?\s*[=:]\s*["']?[A-Za-z0-9/+]{40}\b/i },
  { what: 'a private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
  // a literal after password=/secret:/token= (not a $VAR, a $(command) or an empty value)
  { what: 'a password or token', re: /\b[A-Za-z_]*(?:password|passwd|secret|api_?key|access_?token|auth_?token)\b\\?["']?\s*[=:]\s*\\?["']?(?![$"'\s{<\\])[^\s"'`\\]{6,}/i },
];

/** Base64 as launch templates and user_data_base64 hold it; decoded only when it is clean base64. */
function decodeBase64(s: string): string | undefined {
  const compact = s.replace(/\s+/g, '');
  if (compact.length < 8 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return undefined;
  try {
    return atob(compact);
  } catch {
    return undefined;
  }
}

/**
 * Credentials written into EC2 user data: AWS access keys, private keys, passwords and tokens.
 * Reads `user_data`/`user_data_base64` of instances and launch configurations and the base64
 * `user_data` of launch templates, including what templatefile() renders when its inputs are known.
 */
export default defineRule({
  id: 'aws-ec2-user-data-secret',
  title: 'Secret in EC2 user data',
  severity: 'error',
  category: 'security',
  targets: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
  docs: {
    why: 'User data is not secret: anyone allowed ec2:DescribeInstanceAttribute or ec2:DescribeLaunchTemplateVersions can read it, every process on the instance can fetch it from the metadata service, and it is stored in plain text in the Terraform state. Credentials in it leak to far more people than intended and are hard to rotate.',
    fix: 'Give the instance an IAM role (iam_instance_profile) instead of access keys, and have the boot script fetch other secrets at run time from Secrets Manager or SSM Parameter Store (aws secretsmanager get-secret-value ...). Rotate any credential that was already committed.',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html', 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html'],
  },
  equivalents: { checkov: ['CKV_AWS_46'], trivy: ['AVD-AWS-0029', 'AVD-AWS-0122', 'AVD-AWS-0129'], tfsec: ['aws-ec2-no-secrets-in-user-data', 'aws-ec2-no-secrets-in-launch-template-user-data'] },
  check({ resource, report }) {
    for (const name of ['user_data', 'user_data_base64']) {
      const attr = resource.attr(name);
      if (!attr || attr.value.kind !== 'string') continue;
      const raw = attr.value.value;
      const base64 = name === 'user_data_base64' || resource.resourceType === 'aws_launch_template';
      const text = base64 ? (decodeBase64(raw) ?? raw) : raw;
      const found = PATTERNS.filter((p) => p.re.test(text)).map((p) => p.what);
      if (found.length === 0) continue;
      report({ at: attr, message: `${name} contains ${found.join(' and ')}: user data is readable through the EC2 API, from the instance metadata service and in the Terraform state. Use an instance role and fetch secrets at boot.` });
    }
  },
});

import { defineRule } from '../../rule';

/**
 * Instances and launch templates that still answer IMDSv1 requests. IMDSv2 needs a session token,
 * which stops SSRF bugs in applications from reading the instance's credentials.
 */
export default defineRule({
  id: 'aws-ec2-imdsv1-enabled',
  title: 'Instance metadata service allows IMDSv1',
  severity: 'error',
  category: 'security',
  targets: ['aws_instance', 'aws_launch_configuration', 'aws_launch_template'],
  docs: {
    why: 'With IMDSv1, any server-side request forgery in an application on the instance can read the instance role\'s credentials from http://169.254.169.254. IMDSv2 requires a session token obtained with a PUT request, which such bugs cannot send.',
    fix: 'Set metadata_options { http_tokens = "required" }. Check first that your SDKs and agents support IMDSv2 (all current AWS SDKs do).',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html'],
  },
  equivalents: { checkov: ['CKV_AWS_79'], trivy: ['AVD-AWS-0028', 'AVD-AWS-0130'], tfsec: ['aws-ec2-enforce-http-token-imds', 'aws-ec2-enforce-launch-config-http-token-imds'] },
  fix: 'safe',
  whenUnknown: 'info',
  check({ resource, report, undecided, fix }) {
    const options = resource.blocks('metadata_options')[0];
    if (resource.hasUnknownBlocks('metadata_options')) return;
    const endpoint = options?.attr('http_endpoint');
    if (endpoint?.value.kind === 'string' && endpoint.value.value === 'disabled') return;
    const tokens = options?.attr('http_tokens');
    if (tokens && !tokens.known) {
      undecided(tokens, 'http_tokens is known only after apply');
      return;
    }
    if (tokens?.value.kind === 'string' && tokens.value.value === 'required') return;
    report({
      at: tokens ?? options ?? resource,
      message: tokens ? `http_tokens is "${tokens.value.kind === 'string' ? tokens.value.value : 'optional'}": the instance answers IMDSv1 requests without a token.` : 'No metadata_options block requires IMDSv2 tokens, so the instance answers IMDSv1 requests (http_tokens defaults to "optional").',
      fixes: [{ title: 'Require IMDSv2 (http_tokens = "required")', edits: fix.ensure(resource, ['metadata_options', 'http_tokens'], '"required"') }],
    });
  },
});

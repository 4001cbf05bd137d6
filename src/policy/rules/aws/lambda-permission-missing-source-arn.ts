import { defineRule } from '../../rule';

/**
 * `aws_lambda_permission` granting an AWS service (`sns.amazonaws.com`, `events.amazonaws.com`)
 * without `source_arn`: any resource of that service, in any account, may invoke the function.
 */
export default defineRule({
  id: 'aws-lambda-permission-missing-source-arn',
  title: 'Lambda permission for an AWS service without source_arn',
  severity: 'warning',
  category: 'security',
  targets: ['aws_lambda_permission'],
  docs: {
    why: 'Granting a service principal such as s3.amazonaws.com or sns.amazonaws.com without source_arn lets that service invoke the function on behalf of any resource, including resources in other AWS accounts (the confused deputy problem): someone else\'s bucket or topic can trigger your function with their data.',
    fix: 'Set source_arn to the ARN of the bucket, topic, rule or API that triggers the function, and for S3 also source_account, since bucket ARNs carry no account ID.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
  },
  equivalents: { trivy: ['AVD-AWS-0067'], tfsec: ['aws-lambda-restrict-source-arn'] },
  check({ resource, report }) {
    const principal = resource.attr('principal');
    if (!principal || principal.value.kind !== 'string' || !/\.amazonaws\.com(\.cn)?$/.test(principal.value.value)) return;
    if (resource.attr('source_arn')) return;
    report({
      at: principal,
      message: `${principal.value.value} may invoke this function with no source_arn: any ${principal.value.value.split('.')[0]} resource, in any account, can trigger it. Set source_arn to the resource that should.`,
    });
  },
});

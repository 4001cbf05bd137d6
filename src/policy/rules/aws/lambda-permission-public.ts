import { defineRule } from '../../rule';

/**
 * `aws_lambda_permission` letting any principal (`"*"`) invoke the function with no source_arn or
 * source_account. The public invoke permission that goes with an unauthenticated function URL
 * (`lambda:InvokeFunctionUrl`) is reported by aws-lambda-function-url-public instead.
 */
export default defineRule({
  id: 'aws-lambda-permission-public',
  title: 'Lambda permission lets anyone invoke the function',
  severity: 'error',
  category: 'security',
  targets: ['aws_lambda_permission'],
  docs: {
    why: 'A resource policy statement with principal "*" and no source condition lets every AWS account in the world invoke the function, with any input, as often as it likes. The function\'s role then works for strangers, and its bill too.',
    fix: 'Name the principal that invokes the function: an AWS service ("s3.amazonaws.com") together with source_arn and source_account, or an account or role ARN. Use principal_org_id to allow a whole AWS Organization.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  },
  equivalents: { checkov: ['CKV_AWS_301'] },
  check({ resource, report }) {
    const principal = resource.attr('principal');
    if (!principal || principal.value.kind !== 'string' || principal.value.value !== '*') return;
    const action = resource.attr('action')?.value;
    if (action?.kind === 'string' && action.value === 'lambda:InvokeFunctionUrl') return;
    if (resource.attr('source_arn') || resource.attr('source_account') || resource.attr('principal_org_id')) return;
    report({ at: principal, message: 'principal is "*" with no source_arn, source_account or principal_org_id: any AWS account can invoke this function.' });
  },
});

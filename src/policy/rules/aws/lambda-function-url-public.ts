import { defineRule } from '../../rule';

/** A Lambda function URL with `authorization_type = "NONE"`: anyone on the internet can invoke it. */
export default defineRule({
  id: 'aws-lambda-function-url-public',
  title: 'Lambda function URL without authentication',
  severity: 'error',
  category: 'security',
  targets: ['aws_lambda_function_url'],
  docs: {
    why: 'A function URL with authorization type NONE is a public HTTPS endpoint: anyone who finds the URL can invoke the function as often as they like, reaching whatever the function\'s role can touch and running up its bill. Unless the function checks a signature or token itself, it is an unauthenticated API.',
    fix: 'Use authorization_type = "AWS_IAM" and sign requests with SigV4, or put the function behind API Gateway or CloudFront with authentication. If the URL must be public (a webhook), verify the caller\'s signature in the function and set reserved concurrency to bound abuse.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  },
  equivalents: { checkov: ['CKV_AWS_258'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const auth = resource.attr('authorization_type');
    if (!auth || auth.value.kind !== 'string' || auth.value.value !== 'NONE') return;
    report({
      at: auth,
      message: 'authorization_type is "NONE": anyone on the internet can invoke this function through its URL.',
      fixes: [{ title: 'Require IAM authentication (callers must sign requests)', edits: fix.set(resource, 'authorization_type', '"AWS_IAM"') }],
    });
  },
});

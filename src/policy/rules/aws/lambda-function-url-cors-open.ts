import { defineRule } from '../../rule';

/** A function URL whose `cors` allows any origin ("*") with any method ("*"). */
export default defineRule({
  id: 'aws-lambda-function-url-cors-open',
  title: 'Lambda function URL allows any origin with any method',
  severity: 'warning',
  category: 'security',
  targets: ['aws_lambda_function_url'],
  docs: {
    why: 'CORS with allow_origins = ["*"] and allow_methods = ["*"] lets scripts on every website send any request to the function from a visitor\'s browser and read the answer: a malicious page can drive the function with the visitor\'s network position (an internal network, a VPN) and, for IAM-less URLs, with nothing stopping it at all.',
    fix: 'List the origins of your own front ends in allow_origins and only the methods they use (GET, POST) in allow_methods.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html#urls-cors'],
  },
  equivalents: { checkov: ['CKV2_AWS_75'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('cors')) return;
    const cors = resource.blocks('cors')[0];
    if (!cors) return;
    const wildcard = (name: string): boolean => {
      const v = cors.attr(name)?.value;
      return v?.kind === 'list' && v.items.some((i) => i.kind === 'string' && i.value === '*');
    };
    if (!wildcard('allow_origins') || !wildcard('allow_methods')) return;
    report({ at: cors, message: 'cors allows every origin ("*") with every method ("*"): any website can call the function from its visitors\' browsers and read the responses.' });
  },
});

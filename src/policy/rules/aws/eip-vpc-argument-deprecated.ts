import { defineRule } from '../../rule';
import { boolOf } from './ec2-block-devices';

/**
 * `vpc = true` on `aws_eip`, deprecated since AWS provider 5.0 in favour of `domain = "vpc"`. The
 * fix rewrites the argument in place; the address is not replaced.
 */
export default defineRule({
  id: 'aws-eip-vpc-argument-deprecated',
  title: 'Elastic IP uses the deprecated vpc argument',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_eip'],
  docs: {
    why: 'The vpc argument of aws_eip is deprecated since version 5 of the AWS provider (EC2-Classic, the only alternative, is retired) and will be removed in a future major version, at which point this configuration stops validating. Each plan also prints a deprecation warning that hides the warnings that matter.',
    fix: 'Replace vpc = true with domain = "vpc". Both describe the same address, so Terraform plans no change.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/version-5-upgrade', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eip'],
  },
  fix: 'safe',
  check({ resource, report }) {
    const vpc = resource.attr('vpc');
    if (!vpc || !vpc.known) return;
    const isTrue = boolOf(vpc.value) === true;
    // the fix replaces the argument's own text, so it needs a literal written in a native .tf file
    const node = vpc.node;
    const editable = isTrue && vpc.literalHere && node !== undefined && resource.node !== undefined && !resource.dynamic && !vpc.file.endsWith('.json') && !resource.attr('domain');
    report({
      at: vpc,
      message: isTrue ? 'vpc = true is deprecated since AWS provider 5.0: write domain = "vpc".' : 'The vpc argument is deprecated since AWS provider 5.0 (EC2-Classic is retired): remove it and set domain = "vpc".',
      fixes: editable ? [{ title: 'Write domain = "vpc"', edits: [{ file: vpc.file, start: node.start, end: node.end, newText: 'domain = "vpc"' }] }] : [],
    });
  },
});

import { defineRule } from '../../rule';

/**
 * A .zip-packaged function without `code_signing_config_arn`: Lambda accepts any code package.
 * Container-image functions (`package_type = "Image"`) are left alone: code signing does not apply to them.
 */
export default defineRule({
  id: 'aws-lambda-code-signing-missing',
  title: 'Lambda function does not verify code signatures',
  severity: 'info',
  category: 'security',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'Without a code signing configuration, Lambda runs whatever package a deploy uploads: a compromised CI job or a stolen deploy credential can push tampered code that nothing rejects. With one, Lambda checks that each package was signed by an approved AWS Signer profile and has not changed since.',
    fix: 'Create an aws_signer_signing_profile and an aws_lambda_code_signing_config whose allowed_publishers lists it (untrusted_artifact_on_deployment = "Enforce"), sign packages in CI with aws_signer_signing_job or `aws signer start-signing-job`, and set code_signing_config_arn on the function.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html'],
  },
  equivalents: { checkov: ['CKV_AWS_272'] },
  check({ resource, report }) {
    const packageType = resource.attr('package_type');
    if (packageType && (!packageType.known || (packageType.value.kind === 'string' && packageType.value.value === 'Image'))) return;
    if (resource.attr('code_signing_config_arn')) return;
    report({ at: resource, message: 'No code_signing_config_arn: Lambda accepts any code package for this function, signed or not.' });
  },
});

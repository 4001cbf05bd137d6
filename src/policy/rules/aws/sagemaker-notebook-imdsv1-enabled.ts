import { defineRule } from '../../rule';

/**
 * A notebook instance whose `instance_metadata_service_configuration`
 * `minimum_instance_metadata_service_version` is not "2" (the default allows IMDSv1).
 */
export default defineRule({
  id: 'aws-sagemaker-notebook-imdsv1-enabled',
  title: 'SageMaker notebook instance accepts IMDSv1',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sagemaker_notebook_instance'],
  docs: {
    why: 'IMDSv1 answers any plain HTTP GET to 169.254.169.254, so a server-side request forgery in code running in the notebook (a library fetching a URL it was handed) can read the instance role\'s credentials. IMDSv2 requires a session token obtained with a PUT, which such requests cannot send.',
    fix: 'Add instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }. Current SageMaker notebook images and AWS SDKs support IMDSv2.',
    links: ['https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-update-notebook-imds.html'],
  },
  equivalents: { checkov: ['CKV_AWS_371'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('instance_metadata_service_configuration')) return;
    const version = resource.attrAt('instance_metadata_service_configuration.minimum_instance_metadata_service_version');
    if (version && (!version.known || (version.value.kind === 'string' && version.value.value === '2'))) return;
    report({
      at: version ?? resource,
      message: `${version ? 'minimum_instance_metadata_service_version is "1"' : 'No minimum_instance_metadata_service_version = "2"'}: the notebook answers IMDSv1 requests, so an SSRF can read its role's credentials.`,
      fixes: [{ title: 'Require IMDSv2', edits: fix.ensure(resource, ['instance_metadata_service_configuration', 'minimum_instance_metadata_service_version'], '"2"') }],
    });
  },
});

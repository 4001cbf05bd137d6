import { defineRule } from '../../rule';

/**
 * Athena databases without `encryption_configuration`, and workgroups whose query results are not
 * encrypted (`configuration.result_configuration.encryption_configuration`). Workgroups using
 * managed query results are left out: Athena always encrypts those.
 */
export default defineRule({
  id: 'aws-athena-results-unencrypted',
  title: 'Athena query results are not encrypted',
  severity: 'warning',
  category: 'security',
  targets: ['aws_athena_database', 'aws_athena_workgroup'],
  docs: {
    why: 'Athena writes every query result, often a copy of the very data that was queried, to S3 as CSV. Unless the workgroup (or the database) sets an encryption option, those result files are encrypted only as the bucket\'s default allows, and a workgroup cannot insist on it for its users.',
    fix: 'In the workgroup, set configuration { result_configuration { encryption_configuration { encryption_option = "SSE_KMS", kms_key_arn = ... } } } (or "SSE_S3"); for a database, add encryption_configuration { encryption_option = "SSE_KMS" }. Changing a database\'s encryption replaces it.',
    links: ['https://docs.aws.amazon.com/athena/latest/ug/encrypting-query-results-stored-in-s3.html', 'https://docs.aws.amazon.com/athena/latest/ug/workgroups-settings-override.html'],
  },
  equivalents: { checkov: ['CKV_AWS_77', 'CKV_AWS_159'], trivy: ['AVD-AWS-0006'], tfsec: ['aws-athena-enable-at-rest-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.resourceType === 'aws_athena_database') {
      if (resource.hasUnknownBlocks('encryption_configuration')) return;
      const config = resource.blocks('encryption_configuration')[0];
      const option = config?.attr('encryption_option');
      if (option && (!option.known || (option.value.kind === 'string' && option.value.value !== ''))) return;
      report({
        at: config ?? resource,
        message: 'The database has no encryption_configuration: query results written for it are not encrypted by Athena.',
        fixes: [{ title: 'Encrypt query results with SSE-S3 (replaces the database)', edits: fix.ensure(resource, ['encryption_configuration', 'encryption_option'], '"SSE_S3"') }],
      });
      return;
    }
    if (resource.hasUnknownBlocks('configuration')) return;
    const configuration = resource.blocks('configuration')[0];
    if (configuration?.hasUnknownBlocks('result_configuration') || configuration?.hasUnknownBlocks('managed_query_results_configuration')) return;
    const managed = configuration?.attrAt('managed_query_results_configuration.enabled');
    if (managed && (!managed.known || (managed.value.kind === 'bool' && managed.value.value))) return;
    const results = configuration?.blocks('result_configuration')[0];
    if (results?.hasUnknownBlocks('encryption_configuration')) return;
    const option = results?.attrAt('encryption_configuration.encryption_option');
    if (option && (!option.known || (option.value.kind === 'string' && option.value.value !== ''))) return;
    report({
      at: results ?? configuration ?? resource,
      message: 'The workgroup sets no encryption for query results (result_configuration.encryption_configuration): result files in S3 are not encrypted by Athena.',
      fixes: [{ title: 'Encrypt query results with SSE-S3', edits: fix.ensure(resource, ['configuration', 'result_configuration', 'encryption_configuration', 'encryption_option'], '"SSE_S3"') }],
    });
  },
});

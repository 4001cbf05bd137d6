import { defineRule } from '../../rule';
import { boolOf, stringOf } from '../support/settings';

/**
 * An account baseline (a configuration that manages a multi-Region or organization CloudTrail trail) with no IAM Access Analyzer
 * for external access: no `aws_accessanalyzer_analyzer` of type ACCOUNT or ORGANIZATION (the default
 * type is ACCOUNT) anywhere in the configuration.
 */
export default defineRule({
  id: 'aws-iam-access-analyzer-missing',
  title: 'No IAM Access Analyzer beside the account\'s trail',
  severity: 'info',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'IAM Access Analyzer reports every bucket, key, role, queue, secret and snapshot that a policy shares outside the account or organization, including shares made by hand or by another stack. Without it, a resource made public or shared with an unknown account goes unnoticed. It is free for external access findings. The configuration that manages the account\'s multi-Region (or organization) trail is taken as its security baseline, where the analyzer belongs.',
    fix: 'Add resource "aws_accessanalyzer_analyzer" "account" { analyzer_name = "account" } (type = "ORGANIZATION" in the organization\'s management or delegated administrator account), in each Region you use.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html'],
  },
  check({ resource, graph, report }) {
    if (boolOf(resource.attr('is_multi_region_trail')) !== true && boolOf(resource.attr('is_organization_trail')) !== true) return;
    const analyzers = graph.ofType('aws_accessanalyzer_analyzer');
    if (analyzers.some((a) => {
      const type = a.attr('type');
      if (!type) return true;
      if (!type.known) return true;
      return ['ACCOUNT', 'ORGANIZATION'].includes(stringOf(type) ?? '');
    })) return;
    report({ at: resource, message: 'The configuration manages this trail but no IAM Access Analyzer for external access: resources shared outside the account go unnoticed.' });
  },
});

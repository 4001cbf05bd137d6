import { defineRule } from '../../rule';

/**
 * Taggable AWS resource types whose tags teams most often report costs and ownership by. Not every
 * taggable type: the ones that carry cost or hold data, plus the network pieces they sit in.
 */
const TAGGABLE = [
  'aws_instance',
  'aws_launch_template',
  'aws_autoscaling_group',
  'aws_ebs_volume',
  'aws_ebs_snapshot',
  'aws_eip',
  'aws_nat_gateway',
  'aws_vpc',
  'aws_subnet',
  'aws_security_group',
  'aws_internet_gateway',
  'aws_route_table',
  'aws_vpc_endpoint',
  'aws_s3_bucket',
  'aws_efs_file_system',
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_dynamodb_table',
  'aws_elasticache_replication_group',
  'aws_elasticache_cluster',
  'aws_redshift_cluster',
  'aws_opensearch_domain',
  'aws_lb',
  'aws_alb',
  'aws_elb',
  'aws_lb_target_group',
  'aws_lambda_function',
  'aws_sqs_queue',
  'aws_sns_topic',
  'aws_kinesis_stream',
  'aws_eks_cluster',
  'aws_eks_node_group',
  'aws_ecs_cluster',
  'aws_ecs_service',
  'aws_ecs_task_definition',
  'aws_ecr_repository',
  'aws_cloudwatch_log_group',
  'aws_cloudfront_distribution',
  'aws_kms_key',
  'aws_secretsmanager_secret',
  'aws_iam_role',
  'aws_api_gateway_rest_api',
  'aws_apigatewayv2_api',
  'aws_sfn_state_machine',
];

/**
 * Resources without a tag key listed in kensa.jsonc `requiredTags`, counting the provider's
 * default_tags as AWS applies them. Does nothing when no tags are required.
 */
export default defineRule({
  id: 'aws-resource-missing-required-tags',
  title: 'Resource lacks required tags',
  severity: 'warning',
  category: 'governance',
  targets: TAGGABLE,
  docs: {
    why: 'Cost allocation, ownership and automation (backup selection, patching windows, data classification) rely on tags. A resource without the tags your organisation requires shows up as unallocated cost and has no owner to ask when it misbehaves or can be deleted.',
    fix: 'Add the missing keys to the resource\'s tags, or better, once for every resource in provider "aws" { default_tags { tags = { ... } } }. The required keys are set with "requiredTags" in kensa.jsonc.',
    links: ['https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/guides/resource-tagging'],
  },
  check({ resource, options, report }) {
    if (options.requiredTags.length === 0) return;
    const tags = resource.effectiveTags;
    if (tags.kind !== 'object') return; // unknown before apply: do not guess
    const missing = options.requiredTags.filter((k) => {
      const v = tags.entries.get(k);
      return !v || v.kind === 'null' || (v.kind === 'string' && v.value.trim() === '');
    });
    if (missing.length === 0) return;
    const attr = resource.attr('tags');
    report({
      at: attr ?? resource,
      message: `Missing required tag${missing.length > 1 ? 's' : ''} ${missing.map((k) => `"${k}"`).join(', ')} (neither in tags nor in the provider's default_tags).`,
    });
  },
});

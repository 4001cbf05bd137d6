import { defineRule } from '../../rule';

/**
 * Distributions with neither legacy standard logging (logging_config) nor standard logging v2: a
 * CloudWatch log delivery source for the distribution that a log delivery sends somewhere (a source
 * alone delivers nothing).
 */
export default defineRule({
  id: 'aws-cloudfront-access-logging-disabled',
  title: 'CloudFront access logging is disabled',
  severity: 'info',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'CloudFront access logs record every viewer request: client IP, path, status, edge location and TLS details. Without them there is no way to investigate abuse, a leaked signed URL or a sudden bill for data transfer after the fact.',
    fix: 'Add logging_config { bucket = aws_s3_bucket.cdn_logs.bucket_domain_name, prefix = "cdn/" } (the bucket needs ACLs enabled), or use standard logging v2: an aws_cloudwatch_log_delivery_source with log_type = "ACCESS_LOGS" and resource_arn = the distribution\'s ARN, plus a delivery destination.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_86'], trivy: ['AVD-AWS-0010'], tfsec: ['aws-cloudfront-enable-logging'] },
  check({ resource, graph, report }) {
    if (resource.blocks('logging_config').length > 0 || resource.hasUnknownBlocks('logging_config')) return;
    const sources = graph.referencing(resource, 'aws_cloudwatch_log_delivery_source', 'resource_arn', 'arn');
    if (sources.some((s) => graph.referencing(s, 'aws_cloudwatch_log_delivery', 'delivery_source_name', 'name').length > 0)) return;
    report({
      at: resource,
      message: sources.length
        ? 'No logging_config, and no CloudWatch log delivery uses the distribution\'s log delivery source: viewer requests are not logged.'
        : 'No logging_config and no CloudWatch log delivery source: viewer requests are not logged.',
    });
  },
});

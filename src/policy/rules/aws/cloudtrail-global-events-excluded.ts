import { defineRule } from '../../rule';

/** Trails with `include_global_service_events = false` (the default is true). */
export default defineRule({
  id: 'aws-cloudtrail-global-events-excluded',
  title: 'CloudTrail trail excludes global service events',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'IAM, STS and CloudFront are global services whose events (new users, access keys, policy changes, role assumptions) are delivered only to trails that include global service events. Without them the trail misses the most security-relevant activity in the account.',
    fix: 'Remove include_global_service_events or set it to true (required for multi-region trails). To avoid duplicate global events, have only one trail include them.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const attr = resource.attr('include_global_service_events');
    if (!attr || attr.value.kind !== 'bool' || attr.value.value) return;
    report({
      at: attr,
      message: 'include_global_service_events is false: IAM, STS and CloudFront activity is not recorded by this trail.',
      fixes: [{ title: 'Set include_global_service_events = true', edits: fix.set(resource, 'include_global_service_events', 'true') }],
    });
  },
});
